package org.briefbot.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.briefbot.app.DiscordLaunch;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.app.discord.FakeDiscordEnvironment;
import org.briefbot.discord.fake.FakeDiscord;

/** The conformance table on Discord: the real JDA bot against the local Discord. */
class DiscordConformanceTest extends ConformanceSuite {
  private FakeDiscord discord;

  @Override
  Map<String, String> environment() throws Exception {
    discord = new FakeDiscord();
    return FakeDiscordEnvironment.with(discord, Map.of());
  }

  @Override
  Surface start(Map<String, String> environment, BriefbotConfig config, Secrets secrets)
      throws Exception {
    var bot = DiscordLaunch.start(config, secrets, services.router());
    assertThat(bot.awaitReady(Duration.ofSeconds(30))).isTrue();
    return new DiscordSurface(discord, services.router(), bot);
  }
}
