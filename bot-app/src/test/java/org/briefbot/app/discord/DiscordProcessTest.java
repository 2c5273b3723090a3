package org.briefbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.discord.fake.FakeDiscord.path;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.briefbot.app.BriefbotProcess;
import org.briefbot.discord.fake.FakeDiscord;
import org.briefbot.discord.fake.FakeDiscord.Recorded;
import org.briefbot.discord.fake.FakeDiscord.Who;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefbot as people run it on Discord: its own process with a token in the environment, stopped
 * with SIGTERM while an answer is under way.
 */
class DiscordProcessTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void sigtermLetsTheAnswerUnderWayReachDiscordThenClosesTheGatewayCleanly(@TempDir Path dataDir)
      throws Exception {
    try (FakeDiscord discord = new FakeDiscord();
        MockWebServer site = new MockWebServer()) {
      site.start(java.net.InetAddress.getLoopbackAddress(), 0);
      // The page takes a while, so the answer is still being made when the stop comes.
      site.enqueue(
          new MockResponse()
              .setHeader("Content-Type", "text/html; charset=utf-8")
              .setBody(DiscordEndToEndTest.demoPage())
              .setHeadersDelay(2, TimeUnit.SECONDS));
      ProcessBuilder launch =
          BriefbotProcess.in(
              dataDir,
              FakeDiscordEnvironment.with(
                  discord,
                  Map.of(
                      "BRIEFBOT_DISCORD_GUILD",
                      FakeDiscord.GUILD_ID,
                      "BRIEFBOT_FETCH_ALLOW_PRIVATE",
                      "true")));
      Process briefbot = launch.start();
      try {
        discord.await(path("PUT", "/guilds/" + FakeDiscord.GUILD_ID + "/commands"), WAIT);
        String id =
            discord.slashCommand(
                Who.MEMBER,
                "brief",
                null,
                Map.of("url", site.url("/world/blinken-rafah").toString()));
        discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
        assertThat(site.takeRequest(WAIT.toSeconds(), TimeUnit.SECONDS)).isNotNull();

        briefbot.destroy(); // SIGTERM, as systemd, Docker and Kubernetes stop a service

        assertThat(briefbot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
            .as(BriefbotProcess.output(dataDir))
            .isTrue();
        List<Recorded> answers =
            discord.requests().stream()
                .filter(path("PATCH", "/token-" + id + "/messages/@original"))
                .toList();
        assertThat(answers).as(BriefbotProcess.output(dataDir)).hasSize(1);
        assertThat(answers.get(0).json().path("embeds").get(0).path("title").asText())
            .contains("Blinken");
        assertThat(discord.closeCodes())
            .as("a clean close, not a dropped connection")
            .containsExactly(1000);
        assertThat(BriefbotProcess.output(dataDir)).doesNotContain("Exception");
      } finally {
        briefbot.destroyForcibly();
      }
    }
  }
}
