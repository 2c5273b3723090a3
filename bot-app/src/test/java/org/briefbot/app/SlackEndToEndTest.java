package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.app.news.DemoStories;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.command.MessageAction;
import org.briefbot.core.store.Database;
import org.briefbot.slack.FakeSlack;
import org.briefbot.slack.SignedRequests;
import org.briefbot.slack.SlackAdapter;
import org.briefbot.slack.SlackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefbot as a Slack app in HTTP mode, the whole way: the real command set over the bundled demo
 * story in a fresh H2 database, started from settings and secrets as the launcher starts it, signed
 * requests on loopback, and Slack's side (Web API, response URLs) a local fake.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEndToEndTest {
  private static final String SECRET = "e2e0signing0secret0000000000000000";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Duration SLACK_ACK_LIMIT = Duration.ofSeconds(3);
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  private FakeSlack slack;
  private MockWebServer site;
  private BriefbotServices services;
  private SlackAdapter adapter;
  private SignedRequests requests;

  @BeforeAll
  void start() throws Exception {
    slack = new FakeSlack();
    site = new MockWebServer();
    site.start(java.net.InetAddress.getLoopbackAddress(), 0);
    BriefbotConfig config =
        BriefbotConfig.load(
            Map.of(
                "BRIEFBOT_CONFIG",
                "../config/briefbot.yml",
                "BRIEFBOT_DB_URL",
                Database.h2Url(dataDir),
                "BRIEFBOT_DB_USER",
                "sa",
                "BRIEFBOT_FETCH_ALLOW_PRIVATE",
                "true",
                "BRIEFBOT_SLACK_PORT",
                "0",
                "BRIEFBOT_SLACK_BIND",
                "127.0.0.1",
                "BRIEFBOT_SLACK_API_URL",
                slack.apiUrl()));
    Secrets secrets =
        Secrets.load(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-T1-0000000000-e2etoken", "SLACK_SIGNING_SECRET", SECRET),
            "");
    // The core as the launcher builds it, the Slack poster connected once the adapter runs.
    ConnectingPoster poster = new ConnectingPoster(Platform.SLACK);
    services = BriefbotServices.open(config, secrets, dataDir.resolve("index"), List.of(poster));
    assertThat(services.search().awaitReady(java.time.Duration.ofSeconds(30))).isTrue();
    adapter =
        SlackLaunch.start(config, secrets, services.router(), services.database()).orElseThrow();
    poster.connect(adapter.channelPoster());
    requests =
        new SignedRequests(
            URI.create(
                "http://127.0.0.1:"
                    + adapter.address().orElseThrow().getPort()
                    + SlackAdapter.EVENTS_PATH),
            SECRET);
  }

  @AfterAll
  void stop() throws Exception {
    adapter.close();
    services.close();
    site.shutdown();
    slack.close();
  }

  /**
   * Posts a signed slash command; checks Slack's three seconds; returns what reached its
   * response_url.
   */
  private JsonNode command(String command, String text, String user, String name) throws Exception {
    String body = SignedRequests.command(command, text, "T1", user, slack.responseUrl(name));
    Instant sent = Instant.now();
    HttpResponse<String> ack = requests.post(body, FORM);
    Duration took = Duration.between(sent, Instant.now());
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(took).isLessThan(SLACK_ACK_LIMIT);
    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer).as("an answer to " + command + " " + text).isNotNull();
    assertThat(answer.path()).isEqualTo("/respond/" + name);
    return JSON.readTree(answer.body());
  }

  private static String allText(JsonNode message) {
    return message.toString();
  }

  @Test
  void whoSaidNamesNetanyahu() throws Exception {
    JsonNode answer = command("/whosaid", "we will do it alone", "U1", "whosaid");
    assertThat(answer.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(answer.path("blocks").get(0).path("type").asText()).isEqualTo("header");
    assertThat(answer.path("blocks").get(0).path("text").path("text").asText())
        .contains("Benjamin Netanyahu");
    assertThat(answer.path("text").asText()).contains("Benjamin Netanyahu");
    assertThat(allText(answer)).contains("we will do it alone");
  }

  @Test
  void briefOfTheDemoStoryUrlSummarisesItWithItsQuotes() throws Exception {
    String story;
    try (InputStream in = DemoStories.class.getResourceAsStream("/samples/blinken-rafah.txt")) {
      story = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = story.split("\n");
    StringBuilder html =
        new StringBuilder(
            "<html><head><title>"
                + lines[1]
                + "</title></head><body><article><h1>"
                + lines[1]
                + "</h1>");
    for (String line : lines) {
      if (!line.isBlank()) {
        html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
      }
    }
    html.append("</article></body></html>");
    site.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .setBody(html.toString()));

    JsonNode answer = command("/brief", site.url("/world/rafah").toString(), "U1", "brief");
    assertThat(answer.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(answer.path("blocks").get(0).path("text").path("text").asText()).contains("Blinken");
    assertThat(allText(answer)).contains("Key quotes").contains("Netanyahu");
  }

  /** Posts a signed message shortcut on a message with this text; returns what was answered. */
  private JsonNode shortcut(String callbackId, String messageText, String name) throws Exception {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "message_action").put("callback_id", callbackId);
    payload.put("trigger_id", "1.2." + name).put("action_ts", "1700000000.1");
    payload.putObject("team").put("id", "T1").put("domain", "example");
    payload.putObject("user").put("id", "U1").put("name", "ada");
    payload.putObject("channel").put("id", "C1").put("name", "general");
    payload
        .putObject("message")
        .put("type", "message")
        .put("user", "U2")
        .put("ts", "1700000000.000500")
        .put("text", messageText);
    payload.put("response_url", slack.responseUrl(name));
    HttpResponse<String> ack =
        requests.post(
            "payload=" + java.net.URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
            FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer).as("an answer to the shortcut " + callbackId).isNotNull();
    assertThat(answer.path()).isEqualTo("/respond/" + name);
    return JSON.readTree(answer.body());
  }

  @Test
  void whoSaidThisOnAMessageLooksUpItsQuotedWords() throws Exception {
    JsonNode answer =
        shortcut(
            MessageAction.WHO_SAID_THIS.callbackId(),
            "\u201CWe will do it alone,\u201D the prime minister said.",
            "who-said-this");
    assertThat(answer.path("response_type").asText()).isEqualTo("in_channel");
    assertThat(answer.path("text").asText()).contains("Benjamin Netanyahu");
    assertThat(allText(answer))
        .contains("Exact: these are the words on record.")
        .doesNotContain("Not in the record");
  }

  @Test
  void briefThisLinkIsAShortcutTooAndSaysWhenAMessageHasNoLink() throws Exception {
    JsonNode answer =
        shortcut(MessageAction.BRIEF_THIS_LINK.callbackId(), "Morning all!", "brief-this-link");
    assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(answer.path("text").asText()).contains("That message has no link to brief.");
  }

  @Test
  void aMentionWithNoWordsIsAnsweredWithHelpForTheAskerAlone() throws Exception {
    String event =
        """
        {"team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvBlank","event_time":1700000000,
         "event":{"type":"app_mention","user":"U1","text":"<@UBOT>","ts":"1700000000.000700",
                  "channel":"C1","event_ts":"1700000000.000700"}}
        """;
    assertThat(requests.post(event, "application/json").statusCode()).isEqualTo(200);
    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer.path()).isEqualTo("/api/chat.postEphemeral");
    String blocks = java.net.URLDecoder.decode(answer.body(), StandardCharsets.UTF_8);
    assertThat(blocks).contains("/whosaid").contains("/brief").doesNotContain("Ask me something");
  }

  @Test
  void aCommandTheCoreGainedNeedsNoSlackCode() throws Exception {
    JsonNode preview = command("/digest", "preview", "U1", "digest");
    assertThat(preview.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(preview.path("blocks").get(0).path("text").path("text").asText())
        .startsWith("Preview: ");
  }

  @Test
  void aWrongSignatureIsRefusedAndNothingIsPosted() throws Exception {
    String body =
        SignedRequests.command(
            "/whosaid", "we will do it alone", "T1", "U1", slack.responseUrl("forged"));
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> refused =
        requests.post(
            body, FORM, now, SignedRequests.signature("a-guessed-secret", now, body), Map.of());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(slack.nextAnswer(Duration.ofSeconds(2))).isNull();
    assertThat(slack.sentTo("/respond/forged")).isEmpty();
  }

  @Test
  void badInputGetsAClearMessageOnlyTheAskerSees() throws Exception {
    JsonNode empty = command("/whosaid", "", "U1", "empty");
    assertThat(empty.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(empty.path("text").asText()).contains("needs &lt;quote&gt;");

    JsonNode huge = command("/whosaid", "word ".repeat(1200).strip(), "U1", "huge");
    assertThat(huge.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(huge.path("text").asText()).contains("too long").contains("at most 1000");

    JsonNode file = command("/brief", "file:///etc/passwd", "U1", "file");
    assertThat(file.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(file.path("text").asText()).contains("only fetches http and https links");

    JsonNode nobody = command("/quotes", "Zorvan Quillfeather", "U1", "nobody");
    assertThat(nobody.path("text").asText()).isEqualTo("No stored quote of Zorvan Quillfeather.");

    JsonNode notAdmin = command("/feeds", "add https://news.example/feed.xml", "U2", "feeds");
    assertThat(notAdmin.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(notAdmin.path("text").asText()).contains("workspace admins and owners");
    int feeds =
        services
            .database()
            .jdbi()
            .withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM feed_owners").mapTo(Integer.class).one());
    assertThat(feeds).isZero();

    JsonNode unknown = command("/nosuch", "", "U1", "unknown");
    assertThat(unknown.path("text").asText()).contains("Type /help");
  }

  @Test
  void theManifestAnAdminPastesOffersEveryCommandTheShortcutAndTheEvents() throws Exception {
    JsonNode manifest =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("../slack-adapter/manifest.yml").toFile());
    List<String> slashCommands = new ArrayList<>();
    manifest
        .path("features")
        .path("slash_commands")
        .forEach(c -> slashCommands.add(c.path("command").asText()));
    assertThat(slashCommands)
        .containsAll(services.router().commands().stream().map(c -> "/" + c.name()).toList());
    assertThat(manifest.path("features").path("shortcuts").get(0).path("callback_id").asText())
        .isEqualTo(MessageAction.WHO_SAID_THIS.callbackId());
    List<String> scopes = new ArrayList<>();
    manifest
        .path("oauth_config")
        .path("scopes")
        .path("bot")
        .forEach(scope -> scopes.add(scope.asText()));
    assertThat(scopes).containsExactlyInAnyOrderElementsOf(SlackSettings.DEFAULT_SCOPES);
    List<String> events = new ArrayList<>();
    manifest
        .path("settings")
        .path("event_subscriptions")
        .path("bot_events")
        .forEach(event -> events.add(event.asText()));
    assertThat(events).contains("app_mention", "message.im", "app_uninstalled", "tokens_revoked");
    assertThat(manifest.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
  }
}
