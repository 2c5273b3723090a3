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
 *     to; empty in a Discord direct message, which belongs to no server, and where Briefbot is not
 *     a member
 * @param channelId the channel the request came from, where a public reply goes
 * @param botIsMember false where Briefbot answers only as an app a person installed for themselves
 *     (Discord's user-installed apps), in a server or conversation Briefbot was not added to
 */
public record Place(
    Platform platform, Optional<String> workspaceId, String channelId, boolean botIsMember) {
  public Place {
    Objects.requireNonNull(platform, "platform");
    workspaceId = workspaceId.filter(id -> !id.isBlank());
    Objects.requireNonNull(channelId, "channelId");
  }

  /** A place Briefbot is a member of. */
  public Place(Platform platform, Optional<String> workspaceId, String channelId) {
    this(platform, workspaceId, channelId, true);
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

  /**
   * A channel of a server or conversation Briefbot is not a member of, reached through the app a
   * person installed for themselves: it has no feeds or digests of Briefbot's.
   */
  public static Place withoutBot(Platform platform, String channelId) {
    return new Place(platform, Optional.empty(), channelId, false);
  }

  /** The one place of the terminal console. */
  public static Place console() {
    return channel(Platform.CONSOLE, "local", "console");
  }

  /**
   * The server or workspace whose feeds and digests this place shares.
   *
   * @throws UserFacingException in a direct message, which has no server, and where Briefbot is not
   *     a member
   */
  public FeedOwner feedOwner() {
    if (!botIsMember) {
      throw new UserFacingException(
          "Feeds and digests need Briefbot added to a "
              + platform.placeWord()
              + ": here it answers only as an app you installed for yourself. Add Briefbot to the "
              + platform.placeWord()
              + ", then use this command in one of its channels.");
    }
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
