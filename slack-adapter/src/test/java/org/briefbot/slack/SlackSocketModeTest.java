package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
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
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a local stand-in for Slack: the app opens a connection with its app token
 * ({@code apps.connections.open}), takes a slash command from the WebSocket, acknowledges its
 * envelope and answers through the command's response URL.
 */
class SlackSocketModeTest {

  @Test
  void aSlashCommandArrivesOverTheSocketAndIsAnswered() throws Exception {
    LinkedBlockingQueue<String> fromApp = new LinkedBlockingQueue<>();
    AtomicReference<WebSocket> serverSide = new AtomicReference<>();
    MockWebServer socket = new MockWebServer();
    try (FakeSlack slack = new FakeSlack()) {
      String envelope =
          """
          {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
           "payload":{"token":"x","team_id":"T1","team_domain":"example","channel_id":"C1","channel_name":"general",
                      "user_id":"U1","user_name":"ada","command":"/whosaid","text":"we will rebuild","api_app_id":"A1",
                      "response_url":"%s","trigger_id":"1.2.3"}}
          """
              .formatted(slack.responseUrl("socket"))
              .replace("\n", "");
      socket.enqueue(
          new MockResponse()
              .withWebSocketUpgrade(
                  new WebSocketListener() {
                    @Override
                    public void onOpen(WebSocket webSocket, Response response) {
                      serverSide.set(webSocket);
                      webSocket.send(
                          "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}");
                      webSocket.send(envelope);
                    }

                    @Override
                    public void onMessage(WebSocket webSocket, String text) {
                      fromApp.add(text);
                    }
                  }));
      socket.start(InetAddress.getLoopbackAddress(), 0);
      String wsUrl = "ws://127.0.0.1:" + socket.getPort() + "/link";
      slack.method("apps.connections.open", request -> "{\"ok\":true,\"url\":\"" + wsUrl + "\"}");
      TestCommands commands = new TestCommands();
      SlackSettings settings =
          new SlackSettings(
              Optional.of("xoxb-T1-0000000000-bottoken"),
              Optional.of("xapp-1-A1-0000000000-apptoken"),
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

      try (SlackAdapter adapter = SlackAdapter.start(commands.router, settings, null)) {
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
            .allSatisfy(
                open ->
                    assertThat(open.authorization())
                        .isEqualTo("Bearer xapp-1-A1-0000000000-apptoken"));
      }
    } finally {
      // The stand-in's end of the socket goes first, so that its server can stop at once.
      Optional.ofNullable(serverSide.get()).ifPresent(open -> open.close(1000, "test over"));
      socket.shutdown();
    }
  }
}
