package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.DigestCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Requester;
import org.briefbot.core.digest.DigestFixtures.RecordingPoster;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /digest} as people type it: what they are told, what is stored. */
class DigestCommandTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Requester ADMIN =
      new Requester("u1", "Ada", Set.of(Permission.MANAGE_FEEDS));
  private static final Requester MEMBER = new Requester("u2", "Bo", Set.of());

  Database database;
  MutableClock clock;
  CommandRouter router;
  DigestDelivery delivery;
  FeedStore feeds;
  StoryStore stories;
  RecordingPoster poster;

  @BeforeEach
  void open() {
    database =
        Database.open(
            "jdbc:h2:mem:digestcmd" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
    clock = new MutableClock(Instant.parse("2026-06-01T05:00:00Z"));
    feeds = new FeedStore(database);
    stories = new StoryStore(database);
    poster = new RecordingPoster(Platform.DISCORD);
    delivery =
        new DigestDelivery(
            new DigestStore(database),
            stories,
            feeds,
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    router = new CommandRouter(List.of(new DigestCommand(delivery, feeds)), List.of());
  }

  @AfterEach
  void close() {
    database.close();
  }

  private Reply typed(String line, Requester requester) {
    return typed(line, requester, DigestFixtures.CHANNEL);
  }

  private Reply typed(String line, Requester requester, Place place) {
    return router.dispatchText(line, requester, place);
  }

  private static String text(Reply reply) {
    StringBuilder out = new StringBuilder(reply.plainText());
    reply
        .sections()
        .forEach(
            s -> {
              s.heading().ifPresent(h -> out.append('\n').append(h));
              s.fields()
                  .forEach(
                      f ->
                          out.append('\n')
                              .append(f.name())
                              .append(": ")
                              .append(f.shown(Moment::plain, t -> t)));
            });
    return out.toString();
  }

  @Test
  void subscribeThenListShowsTheNextRunInLocalTime() {
    Reply subscribed = typed("/digest subscribe 08:00 Europe/Berlin", ADMIN);
    assertThat(subscribed.isError()).isFalse();
    // 05:00 UTC on 1 June is 07:00 in Berlin: the first digest is today at 08:00 CEST.
    assertThat(text(subscribed))
        .contains("08:00 Europe/Berlin, daily")
        .contains("Next digest: Mon 1 Jun 08:00 (Europe/Berlin)");
    Reply.Field next = subscribed.sections().get(1).fields().get(0);
    assertThat(next.time().map(Moment::instant)).hasValue(Instant.parse("2026-06-01T06:00:00Z"));

    Reply list = typed("/digest list", MEMBER);
    assertThat(text(list))
        .contains("This channel")
        .contains("Next digest: Mon 1 Jun 08:00 (Europe/Berlin)");
  }

  @Test
  void badInputIsNamed() {
    assertThat(typed("/digest subscribe 25:00", ADMIN).plainText())
        .contains("There is no time 25:00");
    assertThat(typed("/digest subscribe 8am", ADMIN).plainText()).contains("like 08:00");
    assertThat(typed("/digest subscribe 08:00 Europe/Atlantis", ADMIN).plainText())
        .contains("\"Europe/Atlantis\" is not a time zone");
    assertThat(typed("/digest subscribe 08:00 UTC sometimes", ADMIN).plainText())
        .contains("daily or weekdays");
    assertThat(typed("/digest subscribe 08:00 items:50", ADMIN).plainText())
        .contains("from 1 to 20");

    // A feed of another server is not this server's to choose.
    Feed other =
        feeds.add(
            "https://elsewhere.example/rss",
            new FeedOwner("discord", "guild-2"),
            "x",
            java.time.Duration.ofMinutes(15),
            clock.instant());
    assertThat(typed("/digest subscribe 08:00 feeds:" + other.url(), ADMIN).plainText())
        .contains("https://elsewhere.example/rss is not one of this server's feeds");
    assertThat(delivery.store().find(DigestFixtures.CHANNEL)).isEmpty();
  }

  @Test
  void changesNeedTheManagePermissionButPreviewAndListDoNot() {
    assertThat(typed("/digest subscribe 08:00", MEMBER).plainText()).contains("/digest subscribe");
    assertThat(typed("/digest subscribe 08:00", MEMBER).isError()).isTrue();
    assertThat(typed("/digest preview", MEMBER).isError()).isFalse();
    assertThat(typed("/digest list", MEMBER).isError()).isFalse();
    assertThat(
            typed("/digest preview", MEMBER, Place.directMessage(Platform.DISCORD, "dm"))
                .plainText())
        .contains("belong to a server");
  }

  @Test
  void theServerZoneIsTheDefaultAndChosenFeedsTopicsRoleAreKept() {
    Feed own =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    assertThat(typed("/digest zone America/New_York", ADMIN).isError()).isFalse();
    typed(
        "/digest subscribe 07:30 days:weekdays items:3 role:<@&998877> feeds:"
            + own.url()
            + " topics:ferry, pier",
        ADMIN);
    Subscription subscription = delivery.store().find(DigestFixtures.CHANNEL).orElseThrow();
    assertThat(subscription.time().zone().getId()).isEqualTo("America/New_York");
    assertThat(subscription.time().days()).isEqualTo(DigestTime.Days.WEEKDAYS);
    assertThat(subscription.maxItems()).isEqualTo(3);
    assertThat(subscription.mentionRole()).hasValue("998877");
    assertThat(subscription.allFeeds()).isFalse();
    assertThat(subscription.feedIds()).containsExactly(own.id());
    assertThat(subscription.topics()).containsExactly("ferry", "pier");
  }

  @Test
  void excludedTopicsAreKeptSaidWhenSubscribingListedAndLeaveTheirStoriesOutOfThePreview() {
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());
    typed("/digest subscribe 08:00 UTC", ADMIN);
    assertThat(text(typed("/digest preview", MEMBER))).contains("Ferry timetable approved");

    Reply subscribed = typed("/digest subscribe 08:00 UTC exclude:ferries, storm damage", ADMIN);

    assertThat(subscribed.plainText()).contains("leaving out ferries, storm damage");
    assertThat(delivery.store().find(DigestFixtures.CHANNEL).orElseThrow().excluded())
        .containsExactly("ferries", "storm damage");
    assertThat(text(typed("/digest list", MEMBER))).contains("leaving out: ferries, storm damage");
    assertThat(text(typed("/digest preview", MEMBER))).doesNotContain("Ferry timetable approved");
  }

  @Test
  void aTopicOfOnlyStopWordsIsRefusedWithTheReasonAndNothingIsSubscribed() {
    Reply reply = typed("/digest subscribe 07:30 UTC topics:ferry, the", ADMIN);

    assertThat(reply.isError()).isTrue();
    assertThat(text(reply)).contains("\"the\" has no word a story could be matched on");
    assertThat(delivery.store().find(DigestFixtures.CHANNEL)).isEmpty();
  }

  @Test
  void listShowsTheLastDeliveryAndTheLastFailureAndPauseResumeRemove() {
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    typed("/digest subscribe 08:00 UTC", ADMIN);
    DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));
    delivery.runDue();
    DigestFixtures.story(stories, feed, "Pier repairs begin", clock.instant());
    poster.answer = reply -> new Delivery.Failed("The bot was removed from the server.", true);
    clock.set(Instant.parse("2026-06-02T08:00:05Z"));
    delivery.runDue();

    String list = text(typed("/digest list", MEMBER));
    assertThat(list).contains("Last delivered: Mon 1 Jun 08:00 (UTC): 1 item");
    assertThat(list)
        .contains("Last failure: Tue 2 Jun 08:00 (UTC): The bot was removed from the server.");
    assertThat(list).contains("Status: Paused itself: the last digest could not be delivered");

    assertThat(typed("/digest resume", ADMIN).plainText()).contains("Resumed");
    assertThat(text(typed("/digest list", MEMBER))).contains("Next digest: Wed 3 Jun 08:00 (UTC)");
    assertThat(typed("/digest pause", ADMIN).plainText()).contains("Paused this channel's digest");
    assertThat(typed("/digest remove", ADMIN).plainText()).contains("Removed");
    assertThat(typed("/digest list", MEMBER).plainText()).contains("no digests yet");
  }

  @Test
  void aDigestPostsButtonsPauseForAManagerAndAskBeforeRemovingWhateverAMemberClicks() {
    typed("/digest subscribe 08:00 UTC", ADMIN);
    Reply post =
        DigestReply.of(
                new Digest(List.of()), "Digest — Mon 1 Jun", java.util.Optional.empty(), true)
            .orElseThrow();
    String pause = button(post, "Pause digest");
    String remove = button(post, "Remove digest");

    Reply refused = router.dispatchAction(pause, MEMBER, DigestFixtures.CHANNEL);
    assertThat(refused.isError()).isTrue();
    assertThat(refused.plainText()).contains("Only people");
    assertThat(router.dispatchAction(remove, MEMBER, DigestFixtures.CHANNEL).isError()).isTrue();

    Reply paused = router.dispatchAction(pause, ADMIN, DigestFixtures.CHANNEL);
    assertThat(paused.plainText()).contains("Paused this channel's digest");
    assertThat(text(typed("/digest list", MEMBER))).contains("Paused");
    Reply resumed =
        router.dispatchAction(button(paused, "Resume digest"), ADMIN, DigestFixtures.CHANNEL);
    assertThat(resumed.plainText()).contains("Resumed this channel's digest");

    Reply asked = router.dispatchAction(remove, ADMIN, DigestFixtures.CHANNEL);
    assertThat(asked.plainText()).contains("Remove this channel's digest (08:00 UTC, daily)?");
    assertThat(delivery.store().find(DigestFixtures.CHANNEL)).isPresent();
    Reply removed =
        router.dispatchAction(button(asked, "Remove for good"), ADMIN, DigestFixtures.CHANNEL);
    assertThat(removed.plainText()).contains("Removed this channel's digest");
    assertThat(delivery.store().find(DigestFixtures.CHANNEL)).isEmpty();
  }

  private static String button(Reply reply, String label) {
    return reply.actions().stream()
        .filter(action -> action.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + label + " in " + reply.actions()))
        .call()
        .id();
  }

  @Test
  void aChannelSubscribedAgainAfterRemovingDoesNotGetTheSameStoriesAgain() {
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    typed("/digest subscribe 08:00 UTC", ADMIN);
    DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));
    delivery.runDue();
    assertThat(poster.posts).hasSize(1);
    typed("/digest remove", ADMIN);
    typed("/digest subscribe 09:00 UTC", ADMIN);
    assertThat(delivery.preview(DigestFixtures.CHANNEL).isEmpty()).isTrue();
    clock.set(Instant.parse("2026-06-01T09:00:05Z"));
    delivery.runDue();
    assertThat(poster.posts).hasSize(1);
  }
}
