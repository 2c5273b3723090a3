package org.briefbot.app;

import java.util.Optional;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.discord.DiscordAdapter;
import org.briefbot.discord.DiscordSettings;

/**
 * Briefbot on Discord, from the settings and the token: connect, run until stopped, stop cleanly.
 */
public final class DiscordLaunch {
  private DiscordLaunch() {}

  public static DiscordSettings settings(BriefbotConfig.Discord discord) {
    return new DiscordSettings(
        Optional.of(discord.guild()),
        discord.shardsTotal(),
        DiscordSettings.parseShardIds(discord.shardIds()),
        Optional.of(discord.restUrl()),
        Optional.of(discord.gatewayUrl()));
  }

  /**
   * Logs in and starts the shards.
   *
   * @throws org.briefbot.core.chat.UserFacingException when the settings are wrong, Discord refuses
   *     the token or cannot be reached
   */
  public static DiscordAdapter start(BriefbotConfig config, Secrets secrets, CommandRouter router) {
    String token =
        secrets.discordToken().orElseThrow(() -> new IllegalStateException("no Discord token"));
    DiscordAdapter bot = DiscordAdapter.start(settings(config.discord()), token, router);
    System.err.println("briefbot: connected to Discord; stop with Ctrl+C or SIGTERM.");
    return bot;
  }
}
