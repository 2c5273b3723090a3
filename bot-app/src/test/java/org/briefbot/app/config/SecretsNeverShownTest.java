package org.briefbot.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.briefbot.app.BriefbotProcess;
import org.briefbot.app.discord.FakeDiscordEnvironment;
import org.briefbot.discord.fake.FakeDiscord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused token or secret is named, never shown: Briefbot started as a process with every secret
 * set, its own logging at its most detailed, and the platform refusing; nothing it prints or logs
 * holds a secret's value.
 */
class SecretsNeverShownTest {
  private static final String DATABASE_PASSWORD = "db-pass-5f0c2a9e71";
  private static final String SIGNING_SECRET = "signing-4b8e1d73a0c6";
  private static final String CLIENT_SECRET = "client-secret-9d27e6b1f4";
  private static final String SLACK_BOT_TOKEN = "xoxb-T1-5550001-botsecret3c91";
  private static final List<String> SECRETS =
      List.of(DATABASE_PASSWORD, SIGNING_SECRET, CLIENT_SECRET, SLACK_BOT_TOKEN, FakeDiscord.TOKEN);
  private static final String[] MOST_DETAILED_LOG = {"-Dlogback.configurationFile=logback.xml"};

  @Test
  void aRefusedDiscordTokenIsNamedAndNoSecretIsPrintedOrLogged(@TempDir Path workDir)
      throws Exception {
    try (FakeDiscord discord = new FakeDiscord()) {
      discord.refuseToken();
      Map<String, String> variables =
          FakeDiscordEnvironment.with(
              discord,
              Map.of(
                  "SLACK_SIGNING_SECRET",
                  SIGNING_SECRET,
                  "SLACK_CLIENT_SECRET",
                  CLIENT_SECRET,
                  "BRIEFBOT_DB_PASSWORD",
                  DATABASE_PASSWORD,
                  "BRIEFBOT_LOG_LEVEL",
                  "TRACE"));
      String output = run(workDir, variables);
      assertThat(BriefbotProcess.stderr(workDir))
          .as(output)
          .contains("Discord refused the bot token: check DISCORD_TOKEN");
      assertNoSecretIn(output);
    }
  }

  @Test
  void aRefusedSlackTokenIsNamedAndNoSecretIsPrintedOrLogged(@TempDir Path workDir)
      throws Exception {
    try (MockWebServer slack = new MockWebServer()) {
      slack.setDispatcher(
          new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody("{\"ok\":false,\"error\":\"invalid_auth\"}");
            }
          });
      slack.start(java.net.InetAddress.getLoopbackAddress(), 0);
      Map<String, String> variables =
          Map.of(
              "SLACK_BOT_TOKEN",
              SLACK_BOT_TOKEN,
              "SLACK_SIGNING_SECRET",
              SIGNING_SECRET,
              "BRIEFBOT_SLACK_API_URL",
              slack.url("/api/").toString(),
              "BRIEFBOT_SLACK_PORT",
              "0",
              "BRIEFBOT_DB_PASSWORD",
              DATABASE_PASSWORD,
              "BRIEFBOT_LOG_LEVEL",
              "TRACE");
      String output = run(workDir, variables);
      assertThat(slack.getRequestCount()).as(output).isPositive();
      assertThat(BriefbotProcess.stderr(workDir)).as(output).contains("Slack");
      assertNoSecretIn(output);
    }
  }

  /** Runs Briefbot to its end (a refusal ends it with exit code 1); all it printed. */
  private static String run(Path workDir, Map<String, String> variables) throws Exception {
    Process briefbot = BriefbotProcess.in(workDir, variables, MOST_DETAILED_LOG).start();
    briefbot.getOutputStream().close();
    boolean ended = briefbot.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      briefbot.destroyForcibly().waitFor();
    }
    String output = BriefbotProcess.output(workDir);
    assertThat(ended).as(output).isTrue();
    assertThat(briefbot.exitValue()).as(output).isEqualTo(1);
    assertThat(BriefbotProcess.stderr(workDir)).as(output).doesNotContain("Exception");
    return output;
  }

  private static void assertNoSecretIn(String output) {
    for (String secret : SECRETS) {
      assertThat(output).as("the output holds a secret").doesNotContain(secret);
    }
  }
}
