package org.briefbot.core.command;

import java.util.Objects;

/**
 * Where a request was made.
 *
 * @param platform the chat platform
 * @param workspaceId the Discord guild or Slack workspace (team) id; feeds and digests belong to it
 * @param channelId the channel the request came from, where a public reply goes
 */
public record Place(Platform platform, String workspaceId, String channelId) {
  public Place {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(channelId, "channelId");
  }

  /** The one place of the terminal console. */
  public static Place console() {
    return new Place(Platform.CONSOLE, "local", "console");
  }
}
