package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.OverviewCommand;
import org.briefbot.core.command.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Buttons on the real Bolt app in HTTP mode: signed {@code block_actions} in, what Slack is sent
 * back out — the page in place of the message through its {@code response_url}, refusals for the
 * person alone, a button from before a restart.
 */
class SlackButtonsTest {
  private static final String SECRET = "5e1b2c3d4e5f60718293a4b5c6d7e8f9";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeSlack slack;
  private SlackAdapter adapter;
  private SignedRequests requests;
  private int clicks;

  /** {@code /letters} pages through the alphabet, six a page; one button needs a manager. */
  private static final class Letters implements BotCommand {
    public String name() {
      return "letters";
    }

    public String description() {
      return "The alphabet";
    }

    public List<CommandOption> buttonOptions(Optional<String> subcommand) {
      return List.of(CommandOption.optional("from", CommandOption.Type.INTEGER, "First letter"));
    }

    public Reply handle(CommandRequest request) {
      int from = Integer.parseInt(request.option("from").orElse("0"));
      StringBuilder letters = new StringBuilder("Letters:");
      for (int i = from; i < Math.min(26, from + 6); i++) {
        letters.append(' ').append((char) ('A' + i));
      }
      ReplyBuilder reply = Reply.builder().askerOnly().text(letters.toString());
      if (from + 6 < 26) {
        reply.action(
            Action.of(
                "More letters",
                Action.Call.of(
                    "letters", Map.of("from", String.valueOf(from + 6)), Action.Answer.REPLACE)));
      }
      reply.action(Action.of("Spell it", Action.Call.of("spell", Map.of(), Action.Answer.THREAD)));
      reply.action(
          new Action(
              "Reset the alphabet",
              Action.Call.of("reset", Map.of(), Action.Answer.AS_COMMAND),
              true));
      return reply.build();
    }
  }

  /** {@code /spell}: answers in the channel, or an error with {@code fail}. */
  private static final class Spell implements BotCommand {
    public String name() {
      return "spell";
    }

    public String description() {
      return "Spells the alphabet";
    }

    public Reply.Visibility answerVisibility() {
      return Reply.Visibility.CHANNEL;
    }

    public Reply handle(CommandRequest request) {
      return Reply.builder().text("A is for anchor.").build();
    }
  }

  /**
   * Stands for the core's overview, which Slack's App Home shows: one page button, one manager's.
   */
  private static final class Overview implements BotCommand {
    public String name() {
      return OverviewCommand.NAME;
    }

    public String description() {
      return "What is set up";
    }

    public Reply handle(CommandRequest request) {
      return Reply.builder()
          .askerOnly()
          .text("Overview for " + request.requester().userId() + " in " + request.place())
          .action(
              Action.of(
                  "More letters",
                  Action.Call.of("letters", Map.of("from", "6"), Action.Answer.REPLACE)))
          .action(
              new Action(
                  "Reset the alphabet",
                  Action.Call.of("reset", Map.of(), Action.Answer.REPLACE),
                  true))
          .build();
    }
  }

  private static final class Reset implements BotCommand {
    public String name() {
      return "reset";
    }

    public String description() {
      return "Resets it";
    }

    public Optional<Permission> requiredPermission() {
      return Optional.of(Permission.MANAGE_FEEDS);
    }

    public Reply handle(CommandRequest request) {
      return Reply.builder().askerOnly().text("The alphabet is reset.").build();
    }
  }

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack();
    slack.method("views.publish", request -> "{\"ok\":true}");
    adapter = startAdapter();
  }

  private SlackAdapter startAdapter() throws Exception {
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
            Set.of("UMANAGER"),
            2);
    SlackAdapter started =
        SlackAdapter.start(
            new CommandRouter(
                List.of(new Letters(), new Spell(), new Overview(), new Reset()), List.of()),
            settings,
            null);
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
  void theAnswerCarriesItsButtonsInAnActionsBlock() throws Exception {
    JsonNode answer = ask();

    JsonNode buttons = buttons(answer);
    assertThat(buttons).hasSize(3);
    assertThat(buttons.get(0).path("text").path("text").asText()).isEqualTo("More letters");
    assertThat(buttons.get(0).path("action_id").asText()).isEqualTo("bb1|r|letters|from=6");
    assertThat(buttons.get(0).path("value").asText()).isEqualTo("bb1|r|letters|from=6");
    assertThat(text(answer)).isEqualTo("Letters: A B C D E F");
  }

  @Test
  void aPageButtonReplacesTheMessageItIsOn() throws Exception {
    JsonNode answer = ask();

    JsonNode page = click("U2", buttons(answer).get(0).path("action_id").asText(), true);

    assertThat(page.path("replace_original").asBoolean()).isTrue();
    assertThat(page.has("response_type")).isFalse();
    assertThat(text(page)).isEqualTo("Letters: G H I J K L");
    assertThat(buttons(page).get(0).path("action_id").asText()).isEqualTo("bb1|r|letters|from=12");
  }

  @Test
  void aManagersButtonIsRefusedToAMemberWithoutTouchingTheMessage() throws Exception {
    JsonNode answer = ask();
    String reset = buttons(answer).get(2).path("action_id").asText();

    JsonNode refused = click("U2", reset, true);
    assertThat(refused.path("replace_original").asBoolean()).isFalse();
    assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(text(refused)).contains("Only workspace admins and owners", "/reset");

    assertThat(text(click("UMANAGER", reset, true))).isEqualTo("The alphabet is reset.");
  }

  @Test
  void aButtonFromBeforeARestartStillWorks() throws Exception {
    JsonNode answer = ask();
    adapter.close();
    adapter = startAdapter();

    JsonNode page = click("U2", buttons(answer).get(0).path("action_id").asText(), true);

    assertThat(text(page)).isEqualTo("Letters: G H I J K L");
  }

  @Test
  void aThreadButtonAnswersInTheThreadUnderTheMessageItIsOn() throws Exception {
    String spell = buttons(ask()).get(1).path("action_id").asText();

    sendClick("U2", spell, false, Optional.empty());
    FakeSlack.Sent underThePost = slack.nextAnswer(WAIT);
    assertThat(underThePost.path()).isEqualTo("/api/chat.postMessage");
    Map<String, String> posted = underThePost.form();
    assertThat(posted).containsEntry("channel", "C1").containsEntry("thread_ts", "1700000009.1");
    assertThat(posted.get("blocks")).contains("A is for anchor.");

    // A button on a message inside the thread answers in that same thread.
    sendClick("U2", spell, false, Optional.of("1700000009.1"));
    assertThat(slack.nextAnswer(WAIT).form()).containsEntry("thread_ts", "1700000009.1");
  }

  @Test
  void openingTheAppHomePublishesTheOverviewForThePersonAndAClickPublishesItsAnswer()
      throws Exception {
    homeOpened("U2", "home");

    Map<String, String> published = nextPublished();
    assertThat(published).containsEntry("user_id", "U2");
    JsonNode view = JSON.readTree(published.get("view"));
    assertThat(view.path("type").asText()).isEqualTo("home");
    assertThat(text(view)).contains("Overview for U2").contains("T1");
    JsonNode buttons = buttons(view);
    assertThat(buttons).hasSize(2);

    homeClick("U2", buttons.get(0).path("action_id").asText());
    assertThat(text(JSON.readTree(nextPublished().get("view")))).isEqualTo("Letters: G H I J K L");

    homeClick("U2", buttons.get(1).path("action_id").asText());
    assertThat(text(JSON.readTree(nextPublished().get("view"))))
        .contains("Only workspace admins and owners");
    homeClick("UMANAGER", buttons.get(1).path("action_id").asText());
    assertThat(text(JSON.readTree(nextPublished().get("view"))))
        .isEqualTo("The alphabet is reset.");
  }

  @Test
  void openingTheMessagesTabPublishesNothing() throws Exception {
    homeOpened("U2", "messages");
    homeOpened("U3", "home");

    assertThat(nextPublished()).containsEntry("user_id", "U3");
    assertThat(slack.sentTo("/api/views.publish")).hasSize(1);
  }

  private int published;

  /** The next views.publish Slack was sent, as its form fields. */
  private Map<String, String> nextPublished() throws InterruptedException {
    long giveUp = System.nanoTime() + WAIT.toNanos();
    while (slack.sentTo("/api/views.publish").size() <= published && System.nanoTime() < giveUp) {
      Thread.sleep(20);
    }
    List<FakeSlack.Sent> all = slack.sentTo("/api/views.publish");
    assertThat(all).as("views.publish sent").hasSizeGreaterThan(published);
    return all.get(published++).form();
  }

  private void homeOpened(String user, String tab) throws Exception {
    int n = ++clicks;
    String event =
        """
        {"team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvHome%d",
         "event_time":1700000000,
         "event":{"type":"app_home_opened","user":"%s","channel":"D%d","tab":"%s",
                  "event_ts":"1700000000.%d"}}
        """
            .formatted(n, user, n, tab, n)
            .replace("\n", "");
    assertThat(requests.post(event, "application/json").statusCode()).isEqualTo(200);
  }

  /** A click on a button of the App Home: a view container, no channel and no response_url. */
  private void homeClick(String user, String actionId) throws Exception {
    int n = ++clicks;
    ObjectNode payload = clickPayload(user, n, actionId);
    payload.putObject("container").put("type", "view").put("view_id", "V" + n);
    payload.putObject("view").put("id", "V" + n).put("type", "home").put("team_id", "T1");
    postClick(payload);
  }

  /** What every click of a button carries: who clicked, in which workspace, which button. */
  private static ObjectNode clickPayload(String user, int n, String actionId) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions").put("trigger_id", "9.8." + n).put("api_app_id", "A1");
    payload.putObject("team").put("id", "T1").put("domain", "example");
    payload.putObject("user").put("id", user).put("username", "reader").put("team_id", "T1");
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("type", "button").put("action_id", actionId).put("value", actionId);
    action.put("block_id", "b" + n).put("action_ts", "1700000010." + n);
    return payload;
  }

  /** Posts a click, signed, and checks that it was acknowledged. */
  private void postClick(ObjectNode payload) throws Exception {
    HttpResponse<String> ack =
        requests.post(
            "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
  }

  private JsonNode ask() throws Exception {
    HttpResponse<String> ack =
        requests.post(
            SignedRequests.command("/letters", "", "T1", "U2", slack.responseUrl("ask")), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    return JSON.readTree(slack.nextAnswer(WAIT).body());
  }

  /** A signed block_actions payload for a click on a button of an ephemeral answer. */
  private JsonNode click(String user, String actionId, boolean ephemeral) throws Exception {
    int n = sendClick(user, actionId, ephemeral, Optional.empty());
    FakeSlack.Sent sent = slack.nextAnswer(WAIT);
    assertThat(sent.path()).isEqualTo("/respond/click" + n);
    return JSON.readTree(sent.body());
  }

  /** Sends the click, acknowledged at once; its number names its response_url. */
  private int sendClick(String user, String actionId, boolean ephemeral, Optional<String> thread)
      throws Exception {
    int n = ++clicks;
    ObjectNode payload = clickPayload(user, n, actionId);
    payload.putObject("channel").put("id", "C1").put("name", "general");
    ObjectNode container =
        payload
            .putObject("container")
            .put("type", "message")
            .put("message_ts", "1700000009." + n)
            .put("channel_id", "C1")
            .put("is_ephemeral", ephemeral);
    thread.ifPresent(ts -> container.put("thread_ts", ts));
    payload.put("response_url", slack.responseUrl("click" + n));
    postClick(payload);
    return n;
  }

  private static JsonNode buttons(JsonNode message) {
    for (JsonNode block : message.path("blocks")) {
      if (block.path("type").asText().equals("actions")) {
        return block.path("elements");
      }
    }
    return JSON.createArrayNode();
  }

  private static String text(JsonNode message) {
    List<String> texts = new ArrayList<>();
    for (JsonNode block : message.path("blocks")) {
      if (block.path("type").asText().equals("section")) {
        texts.add(block.path("text").path("text").asText().replace(":warning: ", ""));
      }
    }
    return String.join("\n", texts);
  }
}
