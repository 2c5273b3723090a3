package org.briefbot.core.command;

/** What a person may do beyond reading; adapters map platform roles onto these. */
public enum Permission {
  /** Add and remove the feeds of a server or workspace, manage its digests. */
  MANAGE_FEEDS(
      "Only people who may manage this server (Manage Server on Discord, a workspace admin on Slack) "
          + "can use /%s.");

  private final String refusal;

  Permission(String refusal) {
    this.refusal = refusal;
  }

  /** What a person without this permission is told when they use {@code /command}. */
  public String refusal(String command) {
    return String.format(refusal, command);
  }
}
