package org.briefbot.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefbot.core.alert.Alert;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.alert.AlertPreview;
import org.briefbot.core.alert.AlertStore;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.digest.DigestOptions;
import org.briefbot.core.digest.DigestPreview;
import org.briefbot.core.store.FeedStore;

/**
 * {@code /alerts add|list|pause|resume|remove|preview}: a channel's alerts as news breaks, each on
 * a topic. Changes need the permission that manages digests; {@code list} and {@code preview} are
 * for anyone.
 */
public final class AlertsCommand implements BotCommand {
  /** The longest topic an alert takes. */
  static final int TOPIC_CHARACTERS = 100;

  /** A mention typed at the end of the topic rather than as {@code role:}. */
  private static final Pattern TRAILING_MENTION =
      Pattern.compile("^(.*\\S)\\s+(<@&\\d+>|<!subteam\\^[A-Z0-9]+(?:\\|[^>]*)?>|<!here>|@\\S+)$");

  private final AlertDelivery alerts;
  private final FeedStore feeds;

  public AlertsCommand(AlertDelivery alerts, FeedStore feeds) {
    this.alerts = alerts;
    this.feeds = feeds;
  }

  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public String description() {
    return "Post the stories on a topic here as they break";
  }

  @Override
  public List<Subcommand> subcommands() {
    CommandOption topic =
        CommandOption.required(
                "topic", CommandOption.Type.TEXT, "The words a story must mention, like bike lanes")
            .withMaxLength(TOPIC_CHARACTERS);
    CommandOption known = topic.withAutocomplete();
    return List.of(
        Subcommand.of(
            "add",
            "Post each new story on a topic here as it is stored",
            topic,
            CommandOption.optional(
                    "role",
                    CommandOption.Type.WORD,
                    "A role or group to mention with each alert, or @here")
                .withMaxLength(120)),
        Subcommand.of("list", "The alerts of this channel"),
        Subcommand.of("pause", "Pause an alert of this channel", known),
        Subcommand.of("resume", "Resume a paused alert", known),
        Subcommand.of("remove", "Stop an alert of this channel", known),
        Subcommand.of(
            "preview", "Which of the latest stories an alert would post, and why not", known));
  }

  @Override
  public Reply.Visibility answerVisibility() {
    return Reply.Visibility.ASKER_ONLY;
  }

  @Override
  public boolean mayBeSlow() {
    return true;
  }

  @Override
  public List<String> suggestions(
      Optional<String> subcommand, String option, String typed, Place place) {
    if (!option.equals("topic") || place.workspaceId().isEmpty()) {
      return List.of();
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    return alerts.store().inChannel(place).stream()
        .map(Alert::topic)
        .filter(t -> t.contains(lower))
        .limit(25)
        .toList();
  }

  @Override
  public Reply handle(CommandRequest request) {
    String action = request.subcommand().orElse("list");
    Place place = request.place();
    place.feedOwner(); // a direct message has no server: say so before anything else
    if (!action.equals("list")
        && !action.equals("preview")
        && !request.requester().may(Permission.MANAGE_FEEDS)) {
      return Reply.error(Permission.MANAGE_FEEDS.refusal("alerts " + action, place.platform()));
    }
    return switch (action) {
      case "add" -> add(request);
      case "list" -> list(place);
      case "pause" -> pause(place, known(place, request));
      case "resume" -> resume(place, known(place, request));
      case "remove" -> remove(place, request);
      case "preview" -> preview(place, topic(request.optionOrEmpty("topic")));
      default -> throw new UserFacingException("Use " + Usage.alternatives(this) + ".");
    };
  }

  private Reply add(CommandRequest request) {
    Place place = request.place();
    String typed = request.optionOrEmpty("topic").strip();
    Optional<String> role = request.option("role");
    var trailing = TRAILING_MENTION.matcher(typed);
    if (role.isEmpty() && trailing.matches()) {
      typed = trailing.group(1);
      role = Optional.of(trailing.group(2));
    }
    String topic = topic(typed);
    Optional<String> mention = role.map(AlertsCommand::mention);
    if (feeds.list(place.feedOwner()).isEmpty()) {
      throw new UserFacingException(
          "This "
              + place.platform().placeWord()
              + " has no feeds yet, and alerts post the new stories of its feeds: /feeds add <url>"
              + " adds one.");
    }
    Optional<Alert> added = alerts.store().add(place, topic, mention, request.requester().userId());
    if (added.isEmpty()) {
      return text(
          "This channel already has an alert on "
              + topic
              + "; /alerts list shows its alerts, /alerts remove "
              + topic
              + " stops it.");
    }
    return Reply.builder()
        .askerOnly()
        .title("Alert set up")
        .text(
            "Each new story of this "
                + place.platform().placeWord()
                + "'s feeds that mentions "
                + topic
                + " is posted here as it is stored"
                + mention.map(m -> ", mentioning " + shown(m)).orElse("")
                + ": at most "
                + alerts.settings().postsPerHour()
                + " posts an hour, then one that says how many more there are. /alerts preview "
                + topic
                + " shows what it would post of the latest stories.")
        .build();
  }

  private Reply list(Place place) {
    List<Alert> all = alerts.store().inChannel(place);
    if (all.isEmpty()) {
      return text("This channel has no alerts yet; /alerts add <topic> sets one up.");
    }
    List<String> lines =
        all.stream()
            .map(
                alert ->
                    alert.topic()
                        + " \u2014 "
                        + (alert.isPaused() ? "paused; /alerts resume " + alert.topic() : "on")
                        + alert.mentionRole().map(m -> ", mentions " + shown(m)).orElse(""))
            .toList();
    return Reply.builder()
        .askerOnly()
        .title("Alerts")
        .section(Reply.Section.bullets("This channel", lines))
        .footer("At most " + alerts.settings().postsPerHour() + " alert posts an hour a channel")
        .build();
  }

  private Reply pause(Place place, Alert alert) {
    boolean paused = alerts.store().pause(alert.id(), alerts.clock().instant());
    return text(
        (paused
                ? "Paused the alert on " + alert.topic()
                : "The alert on " + alert.topic() + " is already paused")
            + "; /alerts resume "
            + alert.topic()
            + " starts it again.");
  }

  private Reply resume(Place place, Alert alert) {
    return text(
        alerts.store().resume(alert.id())
            ? "Resumed the alert on "
                + alert.topic()
                + ": the stories that reach the feeds from now on are posted."
            : "The alert on " + alert.topic() + " was not paused.");
  }

  private Reply remove(Place place, CommandRequest request) {
    Alert alert = known(place, request);
    alerts.store().remove(place, alert.topic());
    return text("Removed the alert on " + alert.topic() + ".");
  }

  private Reply preview(Place place, String topic) {
    Optional<Alert> alert = alerts.store().find(place, topic);
    List<DigestPreview.Verdict> verdicts = AlertPreview.of(alerts, place, topic);
    ReplyBuilder reply = Reply.builder().askerOnly().title("Preview: alerts on " + topic);
    reply.text(
        alert.isEmpty()
            ? "This channel has no alert on "
                + topic
                + "; this is what /alerts add "
                + topic
                + " would do with the latest stories."
            : alert.get().isPaused()
                ? "The alert on " + topic + " is paused."
                : "What the alert on " + topic + " does with the latest stories.");
    if (verdicts.isEmpty()) {
      reply.section(
          Reply.Section.text(
              "No story has reached this "
                  + place.platform().placeWord()
                  + "'s feeds yet (/feeds add <url>)."));
    } else {
      reply.section(
          Reply.Section.bullets(
              "The latest " + verdicts.size() + " stories of the feeds, posted or not",
              verdicts.stream().map(DigestPreview.Verdict::line).toList()));
    }
    return reply.build();
  }

  /** The channel's alert on the topic given. */
  private Alert known(Place place, CommandRequest request) {
    String topic = topic(request.optionOrEmpty("topic"));
    return alerts
        .store()
        .find(place, topic)
        .orElseThrow(
            () -> {
              List<String> topics =
                  alerts.store().inChannel(place).stream().map(Alert::topic).toList();
              return new UserFacingException(
                  "This channel has no alert on "
                      + ReplyText.shorten(topic, 60)
                      + (topics.isEmpty()
                          ? "; /alerts add <topic> sets one up."
                          : "; its alerts are on " + String.join(", ", topics) + "."));
            });
  }

  /** The topic as alerts keep it; one a story could be matched on. */
  private static String topic(String typed) {
    String topic = AlertStore.normalised(typed);
    if (topic.isEmpty()) {
      throw new UserFacingException("Name the topic, like /alerts add bike lanes.");
    }
    DigestOptions.topicFilter(topic); // refuses, with the reason, a topic of stop words alone
    return topic;
  }

  /** The mention a typed role stands for: {@code @here}, or a role or group as digests take it. */
  static String mention(String typed) {
    String value = typed.strip();
    if (value.equalsIgnoreCase("@here")
        || value.equalsIgnoreCase("here")
        || value.equals("<!here>")) {
      return Reply.MENTION_HERE;
    }
    return DigestCommand.role(value);
  }

  /** How a mention reads in an answer. */
  private static String shown(String mention) {
    return mention.equals(Reply.MENTION_HERE) ? "everyone online in the channel" : "@" + mention;
  }

  private static Reply text(String text) {
    return Reply.builder().askerOnly().text(text).build();
  }
}
