package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Slack app in HTTP mode on loopback, end to end: requests signed as Slack signs them go to
 * {@code /slack/events}; the Web API and the response URLs are a local fake that records what the
 * app sends.
 */
class SlackHttpModeTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeSlack slack;
  private TestCommands commands;
  private SlackAdapter adapter;
  private SignedRequests requests;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack();
    commands = new TestCommands();
    adapter = startAdapter(Set.of("UMANAGER"));
  }

  private SlackAdapter startAdapter(Set<String> managers) throws Exception {
    return startAdapter(managers, null);
  }

  /** An adapter on its own port; {@link #requests} then signs requests for it. */
  private SlackAdapter startAdapter(Set<String> managers, org.jdbi.v3.core.Jdbi jdbi)
      throws Exception {
    SlackSettings settings =
        new SlackSettings(
            Optional.of("xoxb-T1-0000000000-bottoken"),
            Optional.empty(),
            Optional.of(SECRET),
            Optional.empty(),
            Optional.empty(),
            Optional.of(slack.apiUrl()),
            "127.0.0.1",
            0,
            Optional.empty(),
            SlackSettings.DEFAULT_SCOPES,
            managers,
            2);
    SlackAdapter started = SlackAdapter.start(commands.router, settings, jdbi);
    requests =
        new SignedRequests(
            URI.create(
                "http://127.0.0.1:"
                    + started.address().orElseThrow().getPort()
                    + SlackAdapter.EVENTS_PATH),
            SECRET);
    return started;
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    slack.close();
  }

  @Test
  void aSignedSlashCommandIsAcknowledgedAndAnsweredInBlockKitThroughItsResponseUrl()
      throws Exception {
    String body =
        SignedRequests.command(
            "/whosaid", "we &amp; they &lt;will&gt; rebuild", "T1", "U1", slack.responseUrl("a"));
    HttpResponse<String> ack = requests.post(body, FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    // The operator's metrics are told of the acknowledgement, once (just after the 200 is sent).
    for (int waited = 0; commands.acknowledged.isEmpty() && waited < 100; waited++) {
      Thread.sleep(50);
    }
    assertThat(commands.acknowledged).containsExactly(org.briefbot.core.chat.Platform.SLACK);

    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer.path()).isEqualTo("/respond/a");
    JsonNode message = JSON.readTree(answer.body());
    assertThat(message.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(message.path("text").asText()).isEqualTo("Ada Quill, Mayor of Lindenfield");
    JsonNode blocks = message.path("blocks");
    assertThat(blocks.get(0).path("type").asText()).isEqualTo("header");
    assertThat(blocks.get(0).path("text").path("type").asText()).isEqualTo("plain_text");
    assertThat(blocks.get(0).path("text").path("text").asText())
        .isEqualTo("Ada Quill, Mayor of Lindenfield");
    assertThat(blocks.get(1).path("type").asText()).isEqualTo("context");
    assertThat(blocks.get(1).path("elements").get(0).path("text").asText())
        .isEqualTo("<https://news.example/lindenfield-bridge|news.example>");
    // The quote is a block quote with its speaker; the person's words are escaped.
    assertThat(blocks.get(2).path("text").path("type").asText()).isEqualTo("mrkdwn");
    assertThat(blocks.get(2).path("text").path("text").asText())
        .isEqualTo(
            ">\u201Cwe &amp; they &lt;will&gt; rebuild\u201D\n>\u2014 *Ada Quill*, Mayor of Lindenfield");
    // Reported speech: never in quote marks.
    String reported = blocks.get(3).path("text").path("text").asText();
    assertThat(reported)
        .isEqualTo(
            "*Also reported*\n_Reported:_ the bridge would reopen in spring\n\u2014 *Ada Quill*");
    assertThat(reported).doesNotContain("\u201C").doesNotContain("\"");
    JsonNode fields = blocks.get(4).path("fields");
    assertThat(fields.get(0).path("text").asText()).isEqualTo("*Story*\nLindenfield bridge");
    long day = Instant.parse("2026-03-04T00:00:00Z").getEpochSecond();
    assertThat(fields.get(1).path("text").asText())
        .isEqualTo("*Date*\n<!date^" + day + "^{date_short_pretty}|4 Mar 2026>");
    long posted = Instant.parse("2026-03-04T09:30:00Z").getEpochSecond();
    assertThat(blocks.get(5).path("elements").get(0).path("text").asText())
        .isEqualTo(
            "Lindenfield Ledger \u00B7 <!date^" + posted + "^{date_short_pretty}|4 Mar 2026>");
    assertThat(blocks.size()).isEqualTo(6);
    assertThat(commands.runs.get()).isEqualTo(1);
  }

  @Test
  void theSameSignedRequestSentAgainIsAcknowledgedButRunsOnce() throws Exception {
    String body =
        SignedRequests.command("/whosaid", "we will rebuild", "T1", "U1", slack.responseUrl("r"));
    long now = Instant.now().getEpochSecond();
    String signature = SignedRequests.signature(SECRET, now, body);
    assertThat(requests.post(body, FORM, now, signature, Map.of()).statusCode()).isEqualTo(200);
    assertThat(slack.nextAnswer(WAIT)).isNotNull();
    // A replay of the very bytes within Slack's five minutes: taken, not run.
    assertThat(requests.post(body, FORM, now, signature, Map.of()).statusCode()).isEqualTo(200);
    // Slack's retry of the same command: a new timestamp and signature, the same trigger.
    HttpResponse<String> retry =
        requests.post(
            body,
            FORM,
            now + 1,
            SignedRequests.signature(SECRET, now + 1, body),
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(slack.nextAnswer(Duration.ofSeconds(2))).isNull();
    assertThat(commands.runs.get()).isEqualTo(1);
  }

  @Test
  void aReplayIsRefusedByAnotherInstanceOnTheSamePostgres() throws Exception {
    try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres =
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        Database database =
            Database.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null)) {
      adapter.close();
      adapter = startAdapter(Set.of("UMANAGER"), database.jdbi());
      SignedRequests first = requests;
      SlackAdapter other = startAdapter(Set.of("UMANAGER"), database.jdbi());
      try {
        SignedRequests second = requests;
        String body =
            SignedRequests.command(
                "/whosaid", "we will rebuild", "T1", "U1", slack.responseUrl("x"));
        long now = Instant.now().getEpochSecond();
        String signature = SignedRequests.signature(SECRET, now, body);
        assertThat(first.post(body, FORM, now, signature, Map.of()).statusCode()).isEqualTo(200);
        assertThat(slack.nextAnswer(WAIT)).isNotNull();
        assertThat(second.post(body, FORM, now, signature, Map.of()).statusCode()).isEqualTo(200);
        assertThat(slack.nextAnswer(Duration.ofSeconds(2))).isNull();
        assertThat(commands.runs.get()).isEqualTo(1);
      } finally {
        other.close();
      }
    }
  }

  @Test
  void connectionsThatSendALittleAndStallCannotHoldBackSlacksAcknowledgements() throws Exception {
    int port = adapter.address().orElseThrow().getPort();
    List<java.net.Socket> stalled = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 1000; i++) {
        java.net.Socket socket =
            new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port);
        socket
            .getOutputStream()
            .write(
                ("POST /slack/events HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\ncommand=/w")
                    .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }
      Instant sent = Instant.now();
      HttpResponse<String> ack =
          requests.post(
              SignedRequests.command(
                  "/whosaid", "we will rebuild", "T1", "U1", slack.responseUrl("s")),
              FORM);
      assertThat(ack.statusCode()).isEqualTo(200);
      assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(3));
      assertThat(slack.nextAnswer(WAIT).path()).isEqualTo("/respond/s");

      // A stalled body is refused once its time to arrive is up, and its connection let go.
      java.net.Socket first = stalled.get(0);
      first.setSoTimeout(15_000);
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(first.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertThat(status).startsWith("HTTP/1.1 408");
    } finally {
      for (java.net.Socket socket : stalled) {
        socket.close();
      }
    }
    assertThat(commands.runs.get()).isEqualTo(1);
  }

  @Test
  void aBodyDeclaredLargerThanAnySlackPayloadIsRefusedBeforeItIsRead() throws Exception {
    int port = adapter.address().orElseThrow().getPort();
    try (java.net.Socket socket =
        new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write(
              ("POST /slack/events HTTP/1.1\r\nHost: localhost\r\n"
                      + "Content-Type: application/x-www-form-urlencoded\r\n"
                      + "Content-Length: 2000000\r\n\r\ncommand=")
                  .getBytes(StandardCharsets.US_ASCII));
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertThat(status).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void anErrorGoesOnlyToTheAskerAndNamesWhatIsMissing() throws Exception {
    requests.post(
        SignedRequests.command("/whosaid", "   ", "T1", "U1", slack.responseUrl("empty")), FORM);
    JsonNode message = JSON.readTree(slack.nextAnswer(WAIT).body());
    assertThat(message.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(message.path("text").asText())
        .contains("needs <quote>".replace("<", "&lt;").replace(">", "&gt;"));
    assertThat(message.path("blocks").get(0).path("text").path("text").asText())
        .startsWith(":warning: ");
    assertThat(commands.runs.get()).isZero();
  }

  @Test
  void requestsNotSignedBySlackGet401AndNothingRuns() throws Exception {
    String body =
        SignedRequests.command("/whosaid", "we will rebuild", "T1", "U1", slack.responseUrl("bad"));
    long now = Instant.now().getEpochSecond();
    assertThat(
            requests
                .post(
                    body,
                    FORM,
                    now,
                    SignedRequests.signature("not-the-secret", now, body),
                    Map.of())
                .statusCode())
        .isEqualTo(401);
    long old = now - 6 * 60;
    assertThat(
            requests
                .post(body, FORM, old, SignedRequests.signature(SECRET, old, body), Map.of())
                .statusCode())
        .isEqualTo(401);
    assertThat(requests.post(body, FORM, now, null, Map.of()).statusCode()).isEqualTo(401);
    assertThat(
            requests
                .post(body, FORM, 0, SignedRequests.signature(SECRET, now, body), Map.of())
                .statusCode())
        .isEqualTo(401);
    // The body signed is not the body sent.
    assertThat(
            requests
                .post(
                    body.replace("rebuild", "resign"),
                    FORM,
                    now,
                    SignedRequests.signature(SECRET, now, body),
                    Map.of())
                .statusCode())
        .isEqualTo(401);

    assertThat(slack.nextAnswer(Duration.ofMillis(500))).isNull();
    assertThat(commands.runs.get()).isZero();
  }

  @Test
  void aSignedBodyThatIsNoSlackPayloadGets400() throws Exception {
    assertThat(requests.post("hello=world", FORM).statusCode()).isEqualTo(400);
    assertThat(requests.post("{\"type\":", "application/json").statusCode()).isEqualTo(400);
    assertThat(
            requests
                .post("payload=" + URLEncoder.encode("{not json", StandardCharsets.UTF_8), FORM)
                .statusCode())
        .isEqualTo(400);
    assertThat(slack.nextAnswer(Duration.ofMillis(500))).isNull();
    assertThat(commands.runs.get()).isZero();
  }

  @Test
  void feedChangesNeedAWorkspaceAdminAskedOnceThroughUsersInfo() throws Exception {
    requests.post(
        SignedRequests.command(
            "/feeds",
            "add https://news.example/feed.xml",
            "T1",
            "U1",
            slack.responseUrl("refused")),
        FORM);
    JsonNode refused = JSON.readTree(slack.nextAnswer(WAIT).body());
    assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(refused.path("text").asText())
        .contains("workspace admins and owners")
        .contains("/feeds");
    assertThat(commands.runs.get()).isZero();

    slack.method("users.info", request -> FakeSlack.user(true));
    requests.post(
        SignedRequests.command(
            "/feeds", "add https://news.example/feed.xml", "T1", "U2", slack.responseUrl("admin")),
        FORM);
    JsonNode added = JSON.readTree(slack.nextAnswer(WAIT).body());
    assertThat(added.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(added.path("text").asText()).isEqualTo("Added https://news.example/feed.xml.");
    requests.post(
        SignedRequests.command(
            "/feeds",
            "add https://news.example/other.xml",
            "T1",
            "U2",
            slack.responseUrl("admin-again")),
        FORM);
    slack.nextAnswer(WAIT);
    assertThat(slack.sentTo("/api/users.info"))
        .hasSize(2); // U1 once, U2 once: the second /feeds of U2 was remembered

    // A person the settings list needs no lookup.
    requests.post(
        SignedRequests.command(
            "/feeds",
            "add https://news.example/third.xml",
            "T1",
            "UMANAGER",
            slack.responseUrl("listed")),
        FORM);
    assertThat(JSON.readTree(slack.nextAnswer(WAIT).body()).path("text").asText())
        .startsWith("Added");
    assertThat(slack.sentTo("/api/users.info")).hasSize(2);
    assertThat(commands.runs.get()).isEqualTo(3);
  }

  @Test
  void anEventSlackDeliversAgainIsAnsweredOnce() throws Exception {
    String event =
        """
        {"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev0001","event_time":1700000000,
         "event":{"type":"app_mention","user":"U1","text":"<@UBOT> who said \\"we will rebuild\\"?","ts":"1700000000.000100",
                  "channel":"C1","event_ts":"1700000000.000100"},
         "authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}]}
        """;
    assertThat(requests.post(event, "application/json").statusCode()).isEqualTo(200);
    long now = Instant.now().getEpochSecond();
    assertThat(
            requests
                .post(
                    event,
                    "application/json",
                    now,
                    SignedRequests.signature(SECRET, now, event),
                    Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode())
        .isEqualTo(200);

    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer.path()).isEqualTo("/api/chat.postMessage");
    assertThat(answer.authorization()).isEqualTo("Bearer xoxb-T1-0000000000-bottoken");
    assertThat(answer.form())
        .containsEntry("channel", "C1")
        .containsEntry("text", "Ada Quill, Mayor of Lindenfield");
    assertThat(answer.form().get("blocks")).contains("we will rebuild");
    assertThat(slack.nextAnswer(Duration.ofSeconds(1))).isNull();
    assertThat(commands.runs.get()).isEqualTo(1);
  }

  @Test
  void aDirectMessageInPlainWordsIsAnsweredInTheConversation() throws Exception {
    String event =
        """
        {"team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev0002","event_time":1700000000,
         "event":{"type":"message","channel_type":"im","user":"U1","text":"who said &quot;we will rebuild&quot;?",
                  "ts":"1700000000.000300","channel":"D1","event_ts":"1700000000.000300"}}
        """
            .replace("&quot;", "\\\"");
    assertThat(requests.post(event, "application/json").statusCode()).isEqualTo(200);
    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer.path()).isEqualTo("/api/chat.postMessage");
    assertThat(answer.form()).containsEntry("channel", "D1");
  }

  @Test
  void directMessageEditsDeletionsAndFileSharesAreAcknowledgedAndNotAnswered() throws Exception {
    for (String subtype : SlackEventsOfNoAnswer.SUBTYPES) {
      HttpResponse<String> ack =
          requests.post(SlackEventsOfNoAnswer.directMessage(subtype), "application/json");
      // Anything but 2xx is a failed delivery to Slack, which then delivers the event again.
      assertThat(ack.statusCode()).as(subtype).isEqualTo(200);
    }
    assertThat(slack.nextAnswer(Duration.ofMillis(500))).isNull();
    assertThat(commands.runs.get()).isZero();
  }

  @Test
  void aMentionThatIsNoQuestionGetsAHintOnlyTheAskerSees() throws Exception {
    String event =
        """
        {"team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev0003","event_time":1700000000,
         "event":{"type":"app_mention","user":"U1","text":"<@UBOT> hello there","ts":"1700000000.000400",
                  "channel":"C1","event_ts":"1700000000.000400"}}
        """;
    requests.post(event, "application/json");
    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer.path()).isEqualTo("/api/chat.postEphemeral");
    assertThat(answer.form()).containsEntry("user", "U1");
    assertThat(answer.form().get("text")).contains("Type /help");
  }

  @Test
  void theWhoSaidShortcutAsksAboutTheMessageWords() throws Exception {
    String payload =
        """
        {"type":"message_action","callback_id":"who_said_this","trigger_id":"1.2.3","action_ts":"1700000000.1",
         "team":{"id":"T1","domain":"example"},"user":{"id":"U1","name":"ada"},"channel":{"id":"C1","name":"general"},
         "message":{"type":"message","user":"U2","ts":"1700000000.000500","text":"Did anyone catch this? &lt;we will rebuild&gt; <https://news.example/x|the story>"},
         "response_url":"%s"}
        """
            .formatted(slack.responseUrl("shortcut"));
    HttpResponse<String> ack =
        requests.post("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer.path()).isEqualTo("/respond/shortcut");
    String quoteBlock =
        JSON.readTree(answer.body()).path("blocks").get(2).path("text").path("text").asText();
    // Slack's markup read back to words (the link's label, decoded entities), then escaped again on
    // the way out.
    assertThat(quoteBlock)
        .startsWith(
            ">\u201CDid anyone catch this? &lt;we will rebuild&gt; the story"
                + " (https://news.example/x)\u201D");
  }

  @Test
  void contentCannotPingTheChannel() throws Exception {
    requests.post(
        SignedRequests.command(
            "/whosaid",
            "tell @channel and @here <!channel>",
            "T1",
            "U1",
            slack.responseUrl("ping")),
        FORM);
    String body = slack.nextAnswer(WAIT).body();
    assertThat(body)
        .doesNotContain("<!channel>")
        .doesNotContain("@channel")
        .doesNotContain("@here");
  }
}
