package org.briefbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.briefbot.app.BriefbotProcess;
import org.briefbot.slack.FakeSlack;
import org.briefbot.slack.SignedRequests;
import org.briefbot.slack.SlackAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefbot as people run it on Slack: its own process with Slack's secrets in the environment and a
 * local stand-in for Slack, started, then stopped as a service manager stops it, or refused.
 */
class SlackProcessTest {
  private static final String SECRET = "process0signing0secret00000000000";
  private static final String BOT_TOKEN = "xoxb-T1-0000000000-processtoken";
  private static final String APP_TOKEN = "xapp-1-A1-0000000000-processtoken";

  /** A hang guard for a loaded machine to start the JVM and answer, not a speed target. */
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  /**
   * What a person waits for after SIGTERM when nothing is under way: well under the core's closing
   * allowance, with room for a slow machine.
   */
  private static final Duration PROMPT_STOP = Duration.ofSeconds(4);

  @Test
  void sigtermStopsTheHttpModeAppPromptly(@TempDir Path workDir) throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      int port = freePort();
      Map<String, String> environment = new HashMap<>(slackApi(slack));
      environment.putAll(
          Map.of(
              "SLACK_BOT_TOKEN",
              BOT_TOKEN,
              "SLACK_SIGNING_SECRET",
              SECRET,
              "BRIEFBOT_SLACK_PORT",
              Integer.toString(port),
              "BRIEFBOT_SLACK_BIND",
              "127.0.0.1"));
      Process briefbot = BriefbotProcess.in(workDir, environment).start();
      try {
        SignedRequests requests =
            new SignedRequests(
                URI.create("http://127.0.0.1:" + port + SlackAdapter.EVENTS_PATH), SECRET);
        String help = SignedRequests.command("/help", "", "T1", "U1", slack.responseUrl("help"));
        awaitListening(requests, help, briefbot, workDir);
        assertThat(slack.nextAnswer(PATIENCE)).as(BriefbotProcess.output(workDir)).isNotNull();

        assertStopsPromptly(briefbot, workDir);
      } finally {
        briefbot.destroyForcibly();
      }
    }
  }

  @Test
  void sigtermStopsTheSocketModeAppPromptly(@TempDir Path workDir) throws Exception {
    AtomicReference<WebSocket> serverSide = new AtomicReference<>();
    AtomicReference<String> hello = new AtomicReference<>();
    try (FakeSlack slack = new FakeSlack();
        MockWebServer socket = new MockWebServer()) {
      socket.enqueue(
          new MockResponse()
              .withWebSocketUpgrade(
                  new WebSocketListener() {
                    @Override
                    public void onOpen(WebSocket webSocket, Response response) {
                      serverSide.set(webSocket);
                      webSocket.send(
                          "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}");
                      hello.set("sent");
                    }
                  }));
      socket.start(InetAddress.getLoopbackAddress(), 0);
      String wsUrl = "ws://127.0.0.1:" + socket.getPort() + "/link";
      slack.method("apps.connections.open", request -> "{\"ok\":true,\"url\":\"" + wsUrl + "\"}");
      Map<String, String> environment = new HashMap<>(slackApi(slack));
      environment.putAll(
          Map.of(
              "SLACK_BOT_TOKEN", BOT_TOKEN,
              "SLACK_APP_TOKEN", APP_TOKEN,
              "BRIEFBOT_LOG_LEVEL", "INFO"));
      Process briefbot = BriefbotProcess.in(workDir, environment).start();
      try {
        // Connected: the stand-in greeted the app, and the app has checked the socket answers.
        long guard = System.nanoTime() + PATIENCE.toNanos();
        while (!BriefbotProcess.stderr(workDir).contains("connected over Socket Mode")
            && briefbot.isAlive()
            && System.nanoTime() < guard) {
          Thread.sleep(100);
        }
        assertThat(BriefbotProcess.stderr(workDir)).contains("connected over Socket Mode");
        assertThat(hello.get()).as(BriefbotProcess.output(workDir)).isEqualTo("sent");
        assertThat(briefbot.isAlive()).as(BriefbotProcess.output(workDir)).isTrue();

        assertStopsPromptly(briefbot, workDir);
      } finally {
        briefbot.destroyForcibly();
        Optional.ofNullable(serverSide.get()).ifPresent(open -> open.close(1000, "test over"));
      }
    }
  }

  @Test
  void anAppTokenWithoutABotTokenIsAClearErrorNotTheConsole(@TempDir Path workDir)
      throws Exception {
    Process briefbot = BriefbotProcess.in(workDir, Map.of("SLACK_APP_TOKEN", APP_TOKEN)).start();
    briefbot.getOutputStream().close();
    try {
      assertThat(briefbot.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      assertThat(briefbot.exitValue()).as(BriefbotProcess.output(workDir)).isEqualTo(1);
      assertThat(BriefbotProcess.stdout(workDir)).doesNotContain("Briefbot console");
      assertThat(BriefbotProcess.stderr(workDir).strip())
          .startsWith("briefbot: A Slack app token is set but no bot token")
          .doesNotContain(APP_TOKEN)
          .doesNotContain("\n");
    } finally {
      briefbot.destroyForcibly();
    }
  }

  @Test
  void aSocketThatCannotBeOpenedEndsTheStartWithOneLine(@TempDir Path workDir) throws Exception {
    try (FakeSlack slack = new FakeSlack()) {
      String nowhere = "ws://127.0.0.1:" + freePort() + "/link";
      slack.method("apps.connections.open", request -> "{\"ok\":true,\"url\":\"" + nowhere + "\"}");
      Map<String, String> environment = new HashMap<>(slackApi(slack));
      environment.putAll(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN));
      Process briefbot = BriefbotProcess.in(workDir, environment).start();
      try {
        assertThat(briefbot.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
            .as(BriefbotProcess.output(workDir))
            .isTrue();
        assertThat(briefbot.exitValue()).as(BriefbotProcess.output(workDir)).isEqualTo(1);
        // One line: no stack trace from the attempt, no retries.
        assertThat(BriefbotProcess.stderr(workDir).strip())
            .startsWith("briefbot: Slack's Socket Mode connection could not be opened")
            .doesNotContain("\n");
        assertThat(BriefbotProcess.stderr(workDir)).doesNotContain(APP_TOKEN);
      } finally {
        briefbot.destroyForcibly();
      }
    }
  }

  private static Map<String, String> slackApi(FakeSlack slack) {
    return Map.of("BRIEFBOT_SLACK_API_URL", slack.apiUrl());
  }

  /** Sends the request until the app takes it (the port opens once the core is up). */
  private static void awaitListening(
      SignedRequests requests, String body, Process briefbot, Path workDir) throws Exception {
    long guard = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      try {
        if (requests.post(body, "application/x-www-form-urlencoded").statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      assertThat(briefbot.isAlive()).as(BriefbotProcess.output(workDir)).isTrue();
      assertThat(System.nanoTime()).as("listening in time").isLessThan(guard);
      Thread.sleep(200);
    }
  }

  private static void assertStopsPromptly(Process briefbot, Path workDir) throws Exception {
    long asked = System.nanoTime();
    briefbot.destroy(); // SIGTERM, as systemd, Docker and Kubernetes stop a service
    assertThat(briefbot.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
        .as(BriefbotProcess.output(workDir))
        .isTrue();
    Duration took = Duration.ofNanos(System.nanoTime() - asked);
    assertThat(took).as(BriefbotProcess.output(workDir)).isLessThan(PROMPT_STOP);
    assertThat(BriefbotProcess.stderr(workDir)).doesNotContain("Exception");
  }

  private static int freePort() throws Exception {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return free.getLocalPort();
    }
  }
}
