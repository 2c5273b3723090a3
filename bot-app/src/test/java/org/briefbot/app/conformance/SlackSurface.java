package org.briefbot.app.conformance;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.command.MessageAction;
import org.briefbot.slack.FakeSlack;
import org.briefbot.slack.SignedRequests;

/**
 * Slack in HTTP mode: signed requests into the real Bolt app, and what reached Slack's side — the
 * response_url bodies, {@code chat.postMessage} and {@code chat.postEphemeral} — read as a person
 * reads them.
 */
final class SlackSurface implements Surface {
  static final String SECRET = "conformance0signing0secret00000000";
  static final String ADMIN = "U1";
  static final String MEMBER = "U2";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Duration FIRST_ANSWER = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofMillis(700);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSlack slack;
  private final SignedRequests requests;
  private final AutoCloseable adapter;
  private final AtomicInteger asked = new AtomicInteger();

  SlackSurface(FakeSlack slack, URI events, AutoCloseable adapter) {
    this.slack = slack;
    this.requests = new SignedRequests(events, SECRET);
    this.adapter = adapter;
    // Slack says who administers the workspace; U1 does.
    slack.method(
        "users.info",
        request -> FakeSlack.user(request.getBody().clone().readUtf8().contains("user=" + ADMIN)));
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public List<Seen> ask(Scenario.Ask ask) throws Exception {
    List<Seen> seen = new ArrayList<>();
    for (FakeSlack.Sent sent : send(ask)) {
      seen.add(read(sent, null));
    }
    return seen;
  }

  /** Does what the person does; what reached Slack's side of it, in order. */
  private List<FakeSlack.Sent> send(Scenario.Ask ask) throws Exception {
    String user = ask.who() == Scenario.Who.ADMIN ? ADMIN : MEMBER;
    int n = asked.incrementAndGet();
    HttpResponse<String> ack;
    if (ask instanceof Scenario.Ask.Click click) {
      for (FakeSlack.Sent sent : send(click.first())) {
        JsonNode body = JSON.readTree(sent.body());
        for (JsonNode block : body.path("blocks")) {
          for (JsonNode element : block.path("elements")) {
            if (element.path("type").asText().equals("button")
                && element.path("text").path("text").asText().startsWith(click.label())) {
              boolean ephemeral = body.path("response_type").asText().equals("ephemeral");
              return clicked(
                  user, n, element.path("action_id").asText(), ephemeral, read(sent, null));
            }
          }
        }
      }
      throw new AssertionError("no button \"" + click.label() + "\" on the answer");
    }
    if (ask instanceof Scenario.Ask.Press press) {
      return clicked(user, n, press.actionId(), false, null);
    }
    if (ask instanceof Scenario.Ask.Slash || ask instanceof Scenario.Ask.Attach) {
      // Slack's slash commands carry no file: its text is pasted after the command, and Slack
      // escapes the pasted <, > and & as it escapes them in any message.
      String typed =
          ask instanceof Scenario.Ask.Attach attach
              ? attach.typed() + " " + slackEscaped(attach.content())
              : ((Scenario.Ask.Slash) ask).typed();
      int space = typed.indexOf(' ');
      String command = space < 0 ? typed : typed.substring(0, space);
      String text = space < 0 ? "" : typed.substring(space + 1);
      ack =
          requests.post(
              SignedRequests.command(command, text, "T1", user, slack.responseUrl("a" + n)), FORM);
    } else if (ask instanceof Scenario.Ask.OnMessage onMessage) {
      ObjectNode payload = JSON.createObjectNode();
      payload.put("type", "message_action");
      payload.put(
          "callback_id", MessageAction.named(onMessage.action()).orElseThrow().callbackId());
      payload.put("trigger_id", "1.2." + n);
      payload.put("action_ts", "1700000000." + n);
      payload.putObject("team").put("id", "T1").put("domain", "example");
      payload.putObject("user").put("id", user).put("name", "reader");
      payload.putObject("channel").put("id", "C1").put("name", "general");
      payload
          .putObject("message")
          .put("type", "message")
          .put("user", "U3")
          .put("ts", "1700000001." + n)
          .put("text", slackEscaped(onMessage.messageText()));
      payload.put("response_url", slack.responseUrl("a" + n));
      ack =
          requests.post(
              "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), FORM);
    } else {
      boolean direct = ask instanceof Scenario.Ask.DirectMessage;
      String words =
          direct
              ? ((Scenario.Ask.DirectMessage) ask).words()
              : ((Scenario.Ask.Mention) ask).words();
      ObjectNode event = JSON.createObjectNode();
      event.put("team_id", "T1").put("api_app_id", "A1").put("type", "event_callback");
      event.put("event_id", "Ev" + n).put("event_time", 1700000000);
      ObjectNode inner = event.putObject("event");
      if (direct) {
        inner.put("type", "message").put("channel_type", "im").put("channel", "D1");
        inner.put("text", slackEscaped(words));
      } else {
        inner.put("type", "app_mention").put("channel", "C1");
        inner.put("text", "<@UBOT> " + slackEscaped(words));
      }
      inner.put("user", user).put("ts", "1700000002." + n).put("event_ts", "1700000002." + n);
      event
          .putArray("authorizations")
          .addObject()
          .put("team_id", "T1")
          .put("user_id", "UBOT")
          .put("is_bot", true);
      ack = requests.post(event.toString(), "application/json");
    }
    return answers(ack);
  }

  private List<FakeSlack.Sent> answers(HttpResponse<String> ack) throws InterruptedException {
    if (ack.statusCode() != 200) {
      throw new AssertionError("Slack's request was not acknowledged: HTTP " + ack.statusCode());
    }
    List<FakeSlack.Sent> all = new ArrayList<>();
    FakeSlack.Sent sent = slack.nextAnswer(FIRST_ANSWER);
    while (sent != null) {
      all.add(sent);
      sent = slack.nextAnswer(QUIET);
    }
    return all;
  }

  /**
   * A click on a button as Slack sends it: a signed {@code block_actions} payload with the button's
   * action id, the message it is on and a {@code response_url}. A body that replaces that message
   * is marked as shown to the message's own audience.
   */
  private List<FakeSlack.Sent> clicked(
      String user, int n, String actionId, boolean ephemeral, Seen original) throws Exception {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("type", "block_actions");
    payload.put("trigger_id", "3.4." + n);
    payload.put("api_app_id", "A1");
    payload.putObject("team").put("id", "T1").put("domain", "example");
    payload
        .putObject("user")
        .put("id", user)
        .put("username", "reader")
        .put("name", "reader")
        .put("team_id", "T1");
    payload.putObject("channel").put("id", "C1").put("name", "general");
    payload
        .putObject("container")
        .put("type", "message")
        .put("message_ts", "1700000003." + n)
        .put("channel_id", "C1")
        .put("is_ephemeral", ephemeral);
    payload.put("response_url", slack.responseUrl("b" + n));
    ObjectNode action = payload.putArray("actions").addObject();
    action.put("type", "button").put("action_id", actionId).put("block_id", "b" + n);
    action.put("value", actionId).put("action_ts", "1700000004." + n);
    action.putObject("text").put("type", "plain_text").put("text", "button");
    List<FakeSlack.Sent> sent =
        answers(
            requests.post(
                "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), FORM));
    clickedAudience = original == null ? Scenario.Audience.CHANNEL : original.audience();
    return sent;
  }

  /** The audience of the message a click replaced: a replacement keeps it. */
  private Scenario.Audience clickedAudience = Scenario.Audience.CHANNEL;

  /** What a message Slack received shows, and to whom. */
  private Seen read(FakeSlack.Sent sent, Scenario.Audience replacedFor) throws Exception {
    JsonNode blocks;
    Scenario.Audience audience;
    if (sent.path().startsWith("/respond/")) {
      JsonNode body = JSON.readTree(sent.body());
      blocks = body.path("blocks");
      audience =
          body.path("replace_original").asBoolean(false)
              ? (replacedFor == null ? clickedAudience : replacedFor)
              : body.path("response_type").asText().equals("ephemeral")
                  ? Scenario.Audience.ASKER
                  : Scenario.Audience.CHANNEL;
    } else {
      Map<String, String> form = sent.form();
      blocks = JSON.readTree(form.getOrDefault("blocks", "[]"));
      boolean directMessage = form.getOrDefault("channel", "").startsWith("D");
      audience =
          sent.path().startsWith("/api/chat.postEphemeral") || directMessage
              ? Scenario.Audience.ASKER
              : Scenario.Audience.CHANNEL;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode block : blocks) {
      texts.add(block.path("text").path("text").asText(""));
      block.path("fields").forEach(field -> texts.add(field.path("text").asText("")));
      block
          .path("elements")
          .forEach(
              element ->
                  texts.add(
                      element.path("type").asText().equals("button")
                          ? "[" + element.path("text").path("text").asText("") + "]"
                          : element.path("text").asText("")));
    }
    String text =
        String.join(" ", texts)
            .replace("*", "")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ");
    return new Seen(text, audience);
  }

  @Override
  public String written(Moment moment) {
    String format =
        switch (moment.shown()) {
          case DATE -> "{date_short_pretty}";
          case DATE_TIME -> "{date_short_pretty} {time}";
          case TIME -> "{time}";
        };
    return "<!date^" + moment.instant().getEpochSecond() + "^" + format + "|";
  }

  /** Text as Slack sends what a person wrote: &, < and > as entities. */
  private static String slackEscaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() throws Exception {
    adapter.close();
    slack.close();
  }
}
