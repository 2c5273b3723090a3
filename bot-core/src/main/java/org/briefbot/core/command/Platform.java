package org.briefbot.core.command;

/** Where a request came from; adapters name themselves, the core never depends on them. */
public enum Platform {
  CONSOLE,
  DISCORD,
  SLACK
}
