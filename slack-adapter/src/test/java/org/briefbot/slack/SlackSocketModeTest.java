package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.briefbot.core.chat.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a local stand-in for Slack: the app opens a connection with its app token
 * ({@code apps.connections.open}), takes envelopes from the WebSocket, acknowledges each and
 * answers through the Web API or the response URL.
 */
class SlackSocketModeTest {
  private static final String APP_TOKEN = "xapp-1-A1-0000000000-apptoken";

  private final LinkedBlockingQueue<String> fromApp = new LinkedBlockingQueue<>();
  private final AtomicReference<WebSocket> serverSide = new AtomicReference<>();
  private final MockWebServer socket = new MockWebServer();
  private FakeSlack slack;
  private TestCommands commands;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack();
    commands = new TestCommands();
    socket.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws Exception {
    // The stand-in's end of the socket goes first, so that its server can stop at once.
    Optional.ofNullable(serverSide.get()).ifPresent(open -> open.close(1000, "test over"));
    socket.shutdown();
    slack.close();
  }

  /** The stand-in sends these envelopes once the app has connected. */
  private void sendOnConnect(List<String> envelopes) {
    socket.enqueue(
        new MockResponse()
            .withWebSocketUpgrade(
                new WebSocketListener() {
                  @Override
                  public void onOpen(WebSocket webSocket, Response response) {
                    serverSide.set(webSocket);
                    webSocket.send(
                        "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}");
                    envelopes.forEach(webSocket::send);
                  }

                  @Override
                  public void onMessage(WebSocket webSocket, String text) {
                    fromApp.add(text);
                  }
                }));
    connectionsOpenAnswers("ws://127.0.0.1:" + socket.getPort() + "/link");
  }

  private void connectionsOpenAnswers(String wsUrl) {
    slack.method("apps.connections.open", request -> "{\"ok\":true,\"url\":\"" + wsUrl + "\"}");
  }

  private SlackSettings settings() {
    SlackSettings settings =
        new SlackSettings(
            Optional.of("xoxb-T1-0000000000-bottoken"),
            Optional.of(APP_TOKEN),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(slack.apiUrl()),
            "127.0.0.1",
            0,
            Optional.empty(),
            SlackSettings.DEFAULT_SCOPES,
            Set.of(),
            2);
    assertThat(settings.socketMode()).isTrue();
    return settings;
  }

  @Test
  void aSlashCommandArrivesOverTheSocketAndIsAnswered() throws Exception {
    String envelope =
        """
        {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
         "payload":{"token":"x","team_id":"T1","team_domain":"example","channel_id":"C1","channel_name":"general",
                    "user_id":"U1","user_name":"ada","command":"/whosaid","text":"we will rebuild","api_app_id":"A1",
                    "response_url":"%s","trigger_id":"1.2.3"}}
        """
            .formatted(slack.responseUrl("socket"))
            .replace("\n", "");
    sendOnConnect(List.of(envelope));

    try (SlackAdapter adapter = SlackAdapter.start(commands.router, settings(), null)) {
      assertThat(adapter.address()).isEmpty();
      FakeSlack.Sent answer = slack.nextAnswer(Duration.ofSeconds(20));
      assertThat(answer).isNotNull();
      assertThat(answer.path()).isEqualTo("/respond/socket");
      assertThat(answer.body())
          .contains("in_channel")
          .contains("we will rebuild")
          .contains("Ada Quill");
      String ack = fromApp.poll(10, TimeUnit.SECONDS);
      assertThat(ack).contains("\"envelope_id\":\"env-1\"");
      assertThat(slack.sentTo("/api/apps.connections.open"))
          .isNotEmpty()
          .allSatisfy(open -> assertThat(open.authorization()).isEqualTo("Bearer " + APP_TOKEN));
    }
  }

  @Test
  void directMessageEditsDeletionsAndFileSharesAreAcknowledgedAndNotAnswered() throws Exception {
    List<String> envelopes = new ArrayList<>();
    for (String subtype : SlackEventsOfNoAnswer.SUBTYPES) {
      envelopes.add(
          "{\"envelope_id\":\"env-"
              + subtype
              + "\",\"type\":\"events_api\",\"accepts_response_payload\":false,\"payload\":"
              + SlackEventsOfNoAnswer.directMessage(subtype)
              + "}");
    }
    sendOnConnect(envelopes);

    try (SlackAdapter adapter = SlackAdapter.start(commands.router, settings(), null)) {
      List<String> acks = new ArrayList<>();
      for (int i = 0; i < envelopes.size(); i++) {
        String ack = fromApp.poll(10, TimeUnit.SECONDS);
        assertThat(ack).as("acknowledgements so far: " + acks).isNotNull();
        acks.add(ack);
      }
      for (String subtype : SlackEventsOfNoAnswer.SUBTYPES) {
        assertThat(acks).anySatisfy(ack -> assertThat(ack).contains("env-" + subtype));
      }
      assertThat(slack.nextAnswer(Duration.ofMillis(500))).isNull();
      assertThat(commands.runs.get()).isZero();
      // each acknowledgement was timed for the operator's metrics, as Slack's
      assertThat(commands.acknowledged)
          .hasSize(envelopes.size())
          .containsOnly(org.briefbot.core.chat.Platform.SLACK);
    }
  }

  @Test
  void aDroppedConnectionIsOpenedAgainAndServesOnTheNewOne() throws Exception {
    // The first connection only greets; the test drops it once the app is up.
    AtomicReference<WebSocket> first = new AtomicReference<>();
    socket.enqueue(
        new MockResponse()
            .withWebSocketUpgrade(
                new WebSocketListener() {
                  @Override
                  public void onOpen(WebSocket webSocket, Response response) {
                    first.set(webSocket);
                    webSocket.send(
                        "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}");
                  }
                }));
    String envelope =
        """
        {"envelope_id":"env-again","type":"slash_commands","accepts_response_payload":true,
         "payload":{"token":"x","team_id":"T1","team_domain":"example","channel_id":"C1","channel_name":"general",
                    "user_id":"U1","user_name":"ada","command":"/whosaid","text":"we will rebuild","api_app_id":"A1",
                    "response_url":"%s","trigger_id":"1.2.3"}}
        """
            .formatted(slack.responseUrl("again"))
            .replace("\n", "");
    sendOnConnect(List.of(envelope));

    try (SlackAdapter adapter = SlackAdapter.start(commands.router, settings(), null)) {
      first.get().close(1001, "going away");
      // Bolt's client notices the drop on its next look (every five seconds) and connects anew.
      FakeSlack.Sent answer = slack.nextAnswer(Duration.ofSeconds(60));
      assertThat(answer).as("an answer over the new connection").isNotNull();
      assertThat(answer.path()).isEqualTo("/respond/again");
      assertThat(fromApp.poll(10, TimeUnit.SECONDS)).contains("env-again");
      assertThat(slack.sentTo("/api/apps.connections.open")).hasSize(2);
    }
  }

  @Test
  void aRefusedAppTokenFailsTheStartWithSlacksReason() throws Exception {
    slack.method("apps.connections.open", request -> "{\"ok\":false,\"error\":\"invalid_auth\"}");

    assertThatThrownBy(() -> SlackAdapter.start(commands.router, settings(), null).close())
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Slack refused the app token (invalid_auth)")
        .hasMessageNotContaining(APP_TOKEN);
  }

  @Test
  void aSocketThatCannotBeOpenedFailsTheStartWithAClearReason() throws Exception {
    int closedPort;
    try (ServerSocket nothingListens = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = nothingListens.getLocalPort();
    }
    connectionsOpenAnswers("ws://127.0.0.1:" + closedPort + "/link");

    assertThatThrownBy(() -> SlackAdapter.start(commands.router, settings(), null).close())
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Socket Mode connection could not be opened")
        .hasMessageNotContaining(APP_TOKEN);
  }
}
