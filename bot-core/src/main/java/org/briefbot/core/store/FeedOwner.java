package org.briefbot.core.store;

/**
 * Who subscribed a feed: a Discord server, a Slack workspace, or the console.
 *
 * @param platform "discord", "slack" or "console"
 * @param workspaceId the guild or workspace id
 */
public record FeedOwner(String platform, String workspaceId) {
  public static final FeedOwner CONSOLE = new FeedOwner("console", "local");

  public FeedOwner {
    if (platform == null || platform.isBlank() || workspaceId == null || workspaceId.isBlank()) {
      throw new IllegalArgumentException("a feed owner needs a platform and a workspace id");
    }
  }
}
