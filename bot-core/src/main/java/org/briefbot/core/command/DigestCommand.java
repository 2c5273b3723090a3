package org.briefbot.core.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.digest.Digest;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestOptions;
import org.briefbot.core.digest.DigestPreview;
import org.briefbot.core.digest.DigestReply;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.digest.DigestTime;
import org.briefbot.core.digest.Subscription;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;

/**
 * {@code /digest subscribe|list|remove|pause|resume|preview|zone}: a channel's daily digest.
 * Changes need the permission to manage the server; {@code list} and {@code preview} are for
 * anyone.
 */
public final class DigestCommand implements BotCommand {
  public static final int MAX_ITEMS = 20;
  private static final Pattern DISCORD_ROLE = Pattern.compile("<@&(\\d+)>");
  private static final Pattern SLACK_GROUP =
      Pattern.compile("<!subteam\\^([A-Z0-9]+)(?:\\|[^>]*)?>");
  private static final Pattern ROLE_NAME = Pattern.compile("@?([\\p{L}\\p{N}_.-]{1,100})");

  private final DigestDelivery digests;
  private final FeedStore feeds;
  private final DigestSummaries summaries;

  public DigestCommand(DigestDelivery digests, FeedStore feeds) {
    this.digests = digests;
    this.feeds = feeds;
    this.summaries = new DigestSummaries(digests.store(), feeds);
  }

  @Override
  public String name() {
    return "digest";
  }

  DigestStore store() {
    return digests.store();
  }

  DigestSummaries summaries() {
    return summaries;
  }

  @Override
  public String description() {
    return "A daily digest of the news in this channel";
  }

  @Override
  public List<Subcommand> subcommands() {
    CommandOption zone =
        CommandOption.optional(
                "zone",
                CommandOption.Type.WORD,
                "IANA time zone such as Europe/Berlin (default: the one /digest zone set, else UTC)")
            .withMaxLength(64);
    return List.of(
        Subcommand.of(
            "subscribe",
            "Post a digest here every day at a local time",
            CommandOption.required("time", CommandOption.Type.WORD, "Local time, like 08:00")
                .withMaxLength(5),
            zone,
            CommandOption.optional(
                    "days", CommandOption.Type.WORD, "daily (the default) or weekdays")
                .withMaxLength(10),
            CommandOption.optional(
                "items",
                CommandOption.Type.INTEGER,
                "At most this many items (default 5, up to 20)"),
            CommandOption.optional(
                    "role", CommandOption.Type.WORD, "A role to mention with each digest")
                .withMaxLength(120),
            CommandOption.optional(
                    "feeds",
                    CommandOption.Type.WORD,
                    "all (the default), or addresses from /feeds list separated by commas")
                .withMaxLength(4000),
            CommandOption.optional(
                    "empty",
                    CommandOption.Type.WORD,
                    "On a day without news: nothing (the default) or line (post one line)")
                .withMaxLength(10),
            CommandOption.optional(
                    "topics",
                    CommandOption.Type.TEXT,
                    "Only stories about these keywords, separated by commas")
                .withMaxLength(500),
            CommandOption.optional(
                    "exclude",
                    CommandOption.Type.TEXT,
                    "Leave out stories about these keywords, separated by commas")
                .withMaxLength(500)),
        Subcommand.of("list", "The digests set up here: when the next goes out, how the last went"),
        Subcommand.of("remove", "Stop this channel's digest"),
        Subcommand.of("pause", "Pause this channel's digest"),
        Subcommand.of("resume", "Resume this channel's digest"),
        Subcommand.of("preview", "Show what this channel's digest would hold now"),
        Subcommand.of(
            "zone",
            "Set the default time zone of digests set up here",
            CommandOption.required(
                    "zone", CommandOption.Type.WORD, "IANA time zone such as Europe/Berlin")
                .withMaxLength(64)));
  }

  /**
   * The channel whose digest an overview's button acts on, in the asker's own server or workspace.
   */
  static final CommandOption CHANNEL =
      CommandOption.optional("channel", CommandOption.Type.WORD, "The digest's channel")
          .withMaxLength(100);

  /** A Remove button's option: ask before removing, with a button that removes. */
  private static final CommandOption ASK_FIRST =
      CommandOption.optional(DigestReply.ASK, CommandOption.Type.WORD, "Ask before removing")
          .withMaxLength(3);

  /** Digests a page of {@code /digest list} shows: a Slack message holds 50 blocks. */
  static final int LISTED = 10;

  @Override
  public List<CommandOption> buttonOptions(Optional<String> subcommand) {
    return switch (subcommand.orElse("list")) {
      case "list" -> List.of(Page.OPTION);
      case "remove" -> List.of(ASK_FIRST);
      case "pause", "resume", "preview" -> List.of(CHANNEL);
      default -> List.of();
    };
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
  public Reply handle(CommandRequest request) {
    String action = request.subcommand().orElse("list");
    Place place = target(request);
    place.feedOwner(); // a direct message has no server: say so before anything else
    if (!action.equals("list")
        && !action.equals("preview")
        && !request.requester().may(Permission.MANAGE_FEEDS)) {
      return Reply.error(Permission.MANAGE_FEEDS.refusal("digest " + action, place.platform()));
    }
    return switch (action) {
      case "subscribe" -> subscribe(request);
      case "list" -> list(request);
      case "remove" -> remove(request);
      case "pause" -> pause(place, request.place());
      case "resume" -> resume(place, request.place());
      case "preview" -> preview(place);
      case "zone" -> zone(request);
      default -> throw new UserFacingException("Use " + Usage.alternatives(this) + ".");
    };
  }

  /**
   * Where the command acts: the channel it was asked in, or the one an overview's button names —
   * only a channel whose digest is in the asker's own server or workspace, whatever the payload
   * says.
   */
  private Place target(CommandRequest request) {
    Place asked = request.place();
    Optional<String> channel = request.option(CHANNEL.name());
    if (channel.isEmpty() || channel.get().equals(asked.channelId())) {
      return asked;
    }
    Place named = new Place(asked.platform(), asked.workspaceId(), channel.get());
    boolean ours =
        digests
            .store()
            .find(named)
            .filter(found -> found.place().workspaceId().equals(asked.workspaceId()))
            .isPresent();
    if (!ours || asked.workspaceId().isEmpty()) {
      throw new UserFacingException(
          "That digest is no longer set up here; /digest list shows the digests there are.");
    }
    return named;
  }

  private Reply subscribe(CommandRequest request) {
    Place place = request.place();
    java.time.LocalTime time = DigestTime.parseTime(request.optionOrEmpty("time"));
    ZoneId zone =
        request.option("zone").map(DigestTime::parseZone).orElseGet(() -> defaultZone(place));
    DigestTime.Days days =
        request.option("days").map(DigestTime.Days::parse).orElse(DigestTime.Days.DAILY);
    int items =
        request
            .option("items")
            .map(Integer::parseInt)
            .orElse(org.briefbot.core.digest.DigestOptions.DEFAULT_ITEMS);
    if (items < 1 || items > MAX_ITEMS) {
      throw new UserFacingException(
          "The items must be from 1 to " + MAX_ITEMS + ", not " + items + ".");
    }
    Optional<String> role = request.option("role").map(DigestCommand::role);
    boolean lineWhenEmpty = request.option("empty").map(DigestCommand::lineWhenEmpty).orElse(false);
    List<Feed> chosen =
        request
            .option("feeds")
            .filter(f -> !f.equalsIgnoreCase("all"))
            .map(f -> chosenFeeds(place, f))
            .orElse(List.of());
    List<String> topics = request.option("topics").map(DigestCommand::topics).orElse(List.of());
    List<String> excluded = request.option("exclude").map(DigestCommand::topics).orElse(List.of());
    DigestTime when = new DigestTime(time, zone, days);
    Instant now = digests.clock().instant();
    DigestTime.Occurrence next = when.next(now);
    Subscription subscription =
        digests
            .store()
            .subscribe(
                place,
                new DigestStore.Settings(
                    when,
                    chosen.isEmpty(),
                    chosen.stream().map(Feed::id).toList(),
                    topics,
                    excluded,
                    items,
                    role,
                    lineWhenEmpty),
                next,
                request.requester().userId(),
                now);
    String from =
        subscription.allFeeds()
            ? "all of this " + request.place().platform().placeWord() + "'s feeds"
            : chosen.size() == 1 ? "1 feed" : chosen.size() + " feeds";
    String about =
        (topics.isEmpty() ? "" : " about " + String.join(", ", topics))
            + (excluded.isEmpty() ? "" : ", leaving out " + String.join(", ", excluded));
    return Reply.builder()
        .askerOnly()
        .title("Digest subscribed")
        .text(
            "This channel gets a digest at "
                + when.describe()
                + ", from "
                + from
                + about
                + ", up to "
                + items
                + " items.")
        .section(Reply.Section.fields(List.of(DigestSummaries.nextField(subscription))))
        .build();
  }

  private Reply list(CommandRequest request) {
    Place place = request.place();
    List<Subscription> all =
        digests.store().list(place.platform(), place.workspaceId().orElseThrow());
    if (all.isEmpty()) {
      return text(
          "This "
              + place.platform().placeWord()
              + " has no digests yet; /digest subscribe 08:00 sets one up in a channel.");
    }
    Page page = Page.of(request, all.size(), LISTED);
    ReplyBuilder reply = Reply.builder().askerOnly().title("Digests");
    if (!page.isOnly()) {
      reply.text(all.size() + " digests, " + LISTED + " a page. " + page.line());
    }
    page.actions(request).forEach(reply::action);
    for (Subscription subscription : page.of(all)) {
      reply.section(summaries.of(subscription, place));
    }
    return reply.build();
  }

  /**
   * Removes the channel's digest; a Remove button asks first, with the button that removes, since a
   * removed digest's settings are gone.
   */
  private Reply remove(CommandRequest request) {
    Place place = request.place();
    if (request.option(DigestReply.ASK).isPresent()) {
      Subscription subscription = digests.store().find(place).orElseThrow(DigestCommand::noDigest);
      return Reply.builder()
          .askerOnly()
          .text(
              "Remove this channel's digest ("
                  + subscription.time().describe()
                  + ")? Its settings are lost; /digest pause stops it and keeps them.")
          .action(
              new Action(
                  "Remove for good",
                  new Action.Call("digest", Optional.of("remove"), Map.of(), Action.Answer.REPLACE),
                  true))
          .build();
    }
    return digests.store().remove(place)
        ? text("Removed this channel's digest.")
        : text("This channel has no digest; /digest subscribe <time> sets one up.");
  }

  private Reply pause(Place place, Place asked) {
    String whose = whose(place, asked);
    Subscription subscription = digests.store().find(place).orElseThrow(DigestCommand::noDigest);
    if (subscription.isPaused()) {
      return text(capitalized(whose) + " is already paused; /digest resume starts it again.");
    }
    digests.store().pause(subscription.id(), digests.clock().instant(), Optional.empty());
    return Reply.builder()
        .askerOnly()
        .text("Paused " + whose + "; /digest resume starts it again.")
        .action(
            new Action(
                "Resume digest",
                new Action.Call("digest", Optional.of("resume"), Map.of(), Action.Answer.REPLACE),
                true))
        .build();
  }

  private Reply resume(Place place, Place asked) {
    String whose = whose(place, asked);
    Subscription subscription = digests.store().find(place).orElseThrow(DigestCommand::noDigest);
    DigestTime.Occurrence next = subscription.time().next(digests.clock().instant());
    digests.store().resume(subscription.id(), next);
    Subscription resumed = digests.store().find(subscription.id()).orElseThrow();
    return Reply.builder()
        .askerOnly()
        .text(
            subscription.isPaused()
                ? "Resumed " + whose + "."
                : capitalized(whose) + " was not paused.")
        .section(Reply.Section.fields(List.of(DigestSummaries.nextField(resumed))))
        .build();
  }

  /** "this channel's digest", or the other channel's an overview's button acts on. */
  private static String whose(Place place, Place asked) {
    return place.channelId().equals(asked.channelId())
        ? "this channel's digest"
        : "the digest of channel " + place.channelId();
  }

  private static String capitalized(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private Reply preview(Place place) {
    Digest digest = digests.preview(place);
    ZoneId zone =
        digests.store().find(place).map(s -> s.time().zone()).orElseGet(() -> defaultZone(place));
    LocalDate today = digests.clock().instant().atZone(zone).toLocalDate();
    ReplyBuilder reply =
        Reply.builder().askerOnly().title("Preview: " + DigestDelivery.title(today));
    List<DigestPreview.Verdict> verdicts = digests.whyEach(place);
    if (digest.isEmpty()) {
      reply.text(
          DigestReply.NOTHING_NEW
              + " New stories come from this "
              + place.platform().placeWord()
              + "'s feeds (/feeds add <url>).");
      whyEach(reply, verdicts);
      return reply.build();
    }
    DigestReply.sections(digest).forEach(reply::section);
    whyEach(reply, verdicts);
    DigestReply.briefButtons(digest, Action.Answer.ASKER).forEach(reply::action);
    return reply
        .footer(
            digest.items().size()
                + (digest.items().size() == 1 ? " item" : " items")
                + " from "
                + digest.storyIds().size()
                + (digest.storyIds().size() == 1 ? " story" : " stories"))
        .build();
  }

  /** The latest stories of the channel's feeds, each with why it is in the next digest or not. */
  private static void whyEach(ReplyBuilder reply, List<DigestPreview.Verdict> verdicts) {
    if (!verdicts.isEmpty()) {
      reply.section(
          Reply.Section.bullets(
              "The latest " + verdicts.size() + " stories of the feeds, in or out",
              verdicts.stream().map(DigestPreview.Verdict::line).toList()));
    }
  }

  private Reply zone(CommandRequest request) {
    ZoneId zone = DigestTime.parseZone(request.optionOrEmpty("zone"));
    Place place = request.place();
    digests.store().setWorkspaceZone(place.platform(), place.workspaceId().orElseThrow(), zone);
    return text(
        "Digests of this "
            + place.platform().placeWord()
            + " now default to "
            + zone.getId()
            + " (subscriptions made before keep their zone).");
  }

  private ZoneId defaultZone(Place place) {
    return place
        .workspaceId()
        .flatMap(w -> digests.store().workspaceZone(place.platform(), w))
        .orElse(digests.settings().defaultZone());
  }

  /** The feeds named, each one of this place's. */
  private List<Feed> chosenFeeds(Place place, String typed) {
    List<Feed> own = feeds.list(place.feedOwner());
    List<Feed> chosen = new ArrayList<>();
    for (String url : typed.split("[,\\s]+")) {
      if (url.isBlank()) {
        continue;
      }
      Feed feed =
          own.stream()
              .filter(f -> sameAddress(f.url(), url))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UserFacingException(
                          ReplyText.shorten(url, 200)
                              + " is not one of this "
                              + place.platform().placeWord()
                              + "'s feeds; "
                              + "/feeds list shows them, or use feeds:all."));
      if (!chosen.contains(feed)) {
        chosen.add(feed);
      }
    }
    if (chosen.isEmpty()) {
      throw new UserFacingException(
          "Name the feeds by their addresses, separated by commas, or use feeds:all.");
    }
    return chosen;
  }

  private static boolean sameAddress(String stored, String typed) {
    String a = stored.strip().replaceFirst("/$", "");
    String b = typed.strip().replaceFirst("/$", "");
    return a.equalsIgnoreCase(b);
  }

  /**
   * A Discord role mention, a Slack user group, or a role's name: what adapters need to mention it.
   */
  static String role(String typed) {
    String value = typed.strip();
    Matcher discord = DISCORD_ROLE.matcher(value);
    if (discord.matches()) {
      return discord.group(1);
    }
    Matcher slack = SLACK_GROUP.matcher(value);
    if (slack.matches()) {
      return slack.group(1);
    }
    Matcher name = ROLE_NAME.matcher(value);
    if (name.matches()) {
      return name.group(1);
    }
    throw new UserFacingException(
        "The role must be a role mention or a role's name without spaces, not \""
            + ReplyText.shorten(value, 40)
            + "\".");
  }

  private static boolean lineWhenEmpty(String typed) {
    return switch (typed.strip().toLowerCase(Locale.ROOT)) {
      case "line", "post", "yes" -> true;
      case "nothing", "skip", "no" -> false;
      default ->
          throw new UserFacingException(
              "The empty option must be nothing or line, not \""
                  + ReplyText.shorten(typed, 20)
                  + "\".");
    };
  }

  /** "climate, energy prices" is two topics; words without commas are one topic each. */
  static List<String> topics(String typed) {
    String separator = typed.contains(",") ? "," : "\\s+";
    List<String> topics =
        Arrays.stream(typed.split(separator))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .distinct()
            .limit(20)
            .toList();
    // refuses, with the reason, a topic that has nothing a story could be matched on
    topics.forEach(DigestOptions::topicFilter);
    return topics;
  }

  private static UserFacingException noDigest() {
    return new UserFacingException(
        "This channel has no digest; /digest subscribe <time> sets one up.");
  }

  private static Reply text(String text) {
    return Reply.builder().askerOnly().text(text).build();
  }
}
