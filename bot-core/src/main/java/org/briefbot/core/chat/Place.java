package org.briefbot.core.chat;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.briefbot.core.store.FeedOwner;

/**
 * Where a request was made, or where the bot posts unprompted.
 *
 * @param platform the chat platform
 * @param workspaceId the Discord guild or Slack workspace (team) id that feeds and digests belong
 *     to; empty in a Discord direct message, which belongs to no server
 * @param channelId the channel the request came from, where a public reply goes
 */
public record Place(Platform platform, Optional<String> workspaceId, String channelId) {
  public Place {
    Objects.requireNonNull(platform, "platform");
    workspaceId = workspaceId.filter(id -> !id.isBlank());
    Objects.requireNonNull(channelId, "channelId");
  }

  /** A channel of a server or workspace. */
  public static Place channel(Platform platform, String workspaceId, String channelId) {
    return new Place(
        platform, Optional.of(Objects.requireNonNull(workspaceId, "workspaceId")), channelId);
  }

  /** A direct message outside any server. */
  public static Place directMessage(Platform platform, String channelId) {
    return new Place(platform, Optional.empty(), channelId);
  }

  /** The one place of the terminal console. */
  public static Place console() {
    return channel(Platform.CONSOLE, "local", "console");
  }

  /**
   * The server or workspace whose feeds and digests this place shares.
   *
   * @throws UserFacingException in a direct message, which has no server
   */
  public FeedOwner feedOwner() {
    String workspace =
        workspaceId.orElseThrow(
            () ->
                new UserFacingException(
                    "Feeds and digests belong to a "
                        + platform.placeWord()
                        + ": use this command in one of its channels, not in a direct message."));
    return new FeedOwner(platform.name().toLowerCase(Locale.ROOT), workspace);
  }
}
