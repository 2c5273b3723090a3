package org.briefbot.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.discord.fake.FakeDiscord.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefbot.app.BriefbotProcess;
import org.briefbot.app.discord.FakeDiscordEnvironment;
import org.briefbot.discord.fake.FakeDiscord;
import org.briefbot.discord.fake.FakeDiscord.Who;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefbot run as a service, as an orchestrator sees it: its own process on a (fake) Discord with
 * the operator's port set and JSON logs; ready once connected, a command counted in {@code
 * /metrics}, every log line a JSON object, and a clean stop on SIGTERM.
 */
class OpsProcessTest {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The ready answer once it is 200, or the last one when the wait ran out. */
  private static HttpResponse<String> awaitReady(int port, Process briefbot) throws Exception {
    Instant until = Instant.now().plus(WAIT);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(until) && briefbot.isAlive()) {
      try {
        last = OpsHttp.get(port, "/health/ready");
        if (last.statusCode() == 200) {
          return last;
        }
      } catch (IOException notListeningYet) {
        // the process is still starting
      }
      Thread.sleep(200);
    }
    return last;
  }

  @Test
  void readyWhenConnectedCountsCommandsLogsJsonAndStopsOnSigterm(@TempDir Path dataDir)
      throws Exception {
    int port = freePort();
    try (FakeDiscord discord = new FakeDiscord()) {
      Process briefbot =
          BriefbotProcess.in(
                  dataDir,
                  FakeDiscordEnvironment.with(
                      discord,
                      Map.of(
                          "BRIEFBOT_DISCORD_GUILD",
                          FakeDiscord.GUILD_ID,
                          "BRIEFBOT_OPS_PORT",
                          Integer.toString(port),
                          "BRIEFBOT_LOG_FORMAT",
                          "json",
                          "BRIEFBOT_LOG_LEVEL",
                          "INFO")))
              .start();
      try {
        HttpResponse<String> ready = awaitReady(port, briefbot);
        assertThat(ready).as(BriefbotProcess.output(dataDir)).isNotNull();
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode checks = JSON.readTree(ready.body()).path("checks");
        assertThat(checks.findValuesAsText("name"))
            .containsExactly("database", "migrations", "search_index", "discord");
        assertThat(OpsHttp.get(port, "/health/live").statusCode()).isEqualTo(200);

        String id = discord.slashCommand(Who.MEMBER, "help", null, Map.of());
        discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
        discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);

        String metrics = OpsHttp.get(port, "/metrics").body();
        assertThat(
                OpsHttp.sample(
                    metrics, "briefbot_commands_total", "command=\"help\"", "outcome=\"answered\""))
            .hasValue(1.0);

        briefbot.destroy(); // SIGTERM, as Docker and Kubernetes stop a container
        assertThat(briefbot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
            .as(BriefbotProcess.output(dataDir))
            .isTrue();
      } finally {
        briefbot.destroyForcibly();
      }
      assertThat(BriefbotProcess.stdout(dataDir)).isEmpty();
      List<String> logLines =
          BriefbotProcess.stderr(dataDir).lines().filter(line -> line.startsWith("{")).toList();
      assertThat(logLines).as(BriefbotProcess.stderr(dataDir)).isNotEmpty();
      for (String line : logLines) {
        JsonNode event = JSON.readTree(line);
        assertThat(event.path("level").asText()).as(line).isNotEmpty();
        assertThat(event.path("loggerName").asText()).as(line).isNotEmpty();
        assertThat(event.has("formattedMessage")).as(line).isTrue();
      }
      assertThat(String.join("\n", logLines)).contains("Operator's endpoint on 127.0.0.1:" + port);
      // Beside the log, stderr has only the launcher's own one-line messages for a person.
      assertThat(BriefbotProcess.stderr(dataDir).lines())
          .allSatisfy(line -> assertThat(line).matches("\\{.*\\}|briefbot: .*"));
      assertThat(BriefbotProcess.stderr(dataDir)).doesNotContain(FakeDiscord.TOKEN);
    }
  }
}
