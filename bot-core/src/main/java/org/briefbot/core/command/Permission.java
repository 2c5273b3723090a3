package org.briefbot.core.command;

import org.briefbot.core.chat.Platform;

/** What a person may do beyond reading; adapters map platform roles onto these. */
public enum Permission {
  /** Add and remove the feeds of a server or workspace, manage its digests. */
  MANAGE_FEEDS;

  /**
   * What a person without this permission is told when they use {@code /command}, in the words of
   * their platform's roles.
   */
  public String refusal(String command, Platform platform) {
    return switch (platform) {
      case DISCORD -> "Only people with the Manage Server permission can use /" + command + ".";
      case SLACK ->
          "Only workspace admins and owners, and the feed managers named in Briefbot's settings"
              + " (slack.feedManagers), can use /"
              + command
              + ".";
      case CONSOLE -> "Only the person at this terminal can use /" + command + ".";
    };
  }
}
