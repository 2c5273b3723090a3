package org.briefbot.core.command;

/** What a person may do beyond reading; adapters map platform roles onto these. */
public enum Permission {
  /** Add and remove the feeds of a server or workspace, manage its digests. */
  MANAGE_FEEDS
}
