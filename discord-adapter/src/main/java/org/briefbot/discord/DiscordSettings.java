package org.briefbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;

/**
 * How the bot reaches Discord.
 *
 * @param devGuildId a server to register the commands to (instant, for development); empty: global
 * @param shardsTotal the shards of the whole bot, 0 for Discord's recommendation
 * @param shardIds the shards this process runs, empty for all of them
 * @param restUrl Discord's REST API base (proxies, tests), empty for Discord's own
 * @param gatewayUrl Discord's gateway (proxies, tests), empty for the one Discord names
 */
public record DiscordSettings(
    Optional<String> devGuildId,
    int shardsTotal,
    List<Integer> shardIds,
    Optional<String> restUrl,
    Optional<String> gatewayUrl) {

  public DiscordSettings {
    devGuildId = blankless(devGuildId);
    if (devGuildId.isPresent() && !devGuildId.get().matches("\\d{1,20}")) {
      throw new UserFacingException(
          "The Discord guild must be a server id (digits), not '" + devGuildId.get() + "'.");
    }
    if (shardsTotal < 0) {
      throw new UserFacingException(
          "The Discord shard total must be 0 (Discord's recommendation) or more, not "
              + shardsTotal
              + ".");
    }
    shardIds = List.copyOf(shardIds);
    if (!shardIds.isEmpty() && shardsTotal == 0) {
      throw new UserFacingException(
          "Discord shard ids need the shard total too (BRIEFBOT_DISCORD_SHARDS_TOTAL).");
    }
    for (int id : shardIds) {
      if (id < 0 || id >= shardsTotal) {
        throw new UserFacingException(
            "Discord shard id " + id + " is outside 0.." + (shardsTotal - 1) + ".");
      }
    }
    restUrl = blankless(restUrl);
    restUrl.ifPresent(url -> requireHttp(url, "REST URL", "http"));
    gatewayUrl = blankless(gatewayUrl);
    gatewayUrl.ifPresent(url -> requireHttp(url, "gateway URL", "ws"));
  }

  /** Discord's own servers, global commands, every shard. */
  public static DiscordSettings defaults() {
    return new DiscordSettings(Optional.empty(), 0, List.of(), Optional.empty(), Optional.empty());
  }

  /** {@code "0,1,4-7"} as shard ids; blank for all. */
  public static List<Integer> parseShardIds(String text) {
    List<Integer> ids = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return ids;
    }
    for (String part : text.split(",")) {
      String range = part.strip();
      try {
        int dash = range.indexOf('-');
        if (dash > 0) {
          int from = Integer.parseInt(range.substring(0, dash).strip());
          int to = Integer.parseInt(range.substring(dash + 1).strip());
          if (to < from) {
            throw new NumberFormatException();
          }
          for (int id = from; id <= to; id++) {
            ids.add(id);
          }
        } else {
          ids.add(Integer.parseInt(range));
        }
      } catch (NumberFormatException wrong) {
        throw new UserFacingException(
            "Discord shard ids are numbers and ranges like 0,1,4-7, not '" + text.strip() + "'.");
      }
    }
    return ids;
  }

  private static Optional<String> blankless(Optional<String> value) {
    return Objects.requireNonNull(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static void requireHttp(String url, String what, String scheme) {
    if (!url.startsWith(scheme + "://") && !url.startsWith(scheme + "s://")) {
      throw new UserFacingException(
          "The Discord "
              + what
              + " must start with "
              + scheme
              + ":// or "
              + scheme
              + "s://, not '"
              + url
              + "'.");
    }
  }
}
