package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.digest.DigestFixtures.RecordingPoster;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Digests posted on a clock the test moves: across DST changes in two zones, after downtime within
 * and past the grace period, to a channel that keeps failing, by a process that dies while posting,
 * and with stories stored around the moment a digest is built.
 */
class DigestDeliveryTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  Database database;
  DigestStore store;
  StoryStore stories;
  FeedStore feeds;
  MutableClock clock;
  RecordingPoster poster;
  DigestDelivery delivery;

  @BeforeEach
  void open() {
    database =
        Database.open(
            "jdbc:h2:mem:digest" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
    store = new DigestStore(database);
    stories = new StoryStore(database);
    feeds = new FeedStore(database);
    clock = new MutableClock(Instant.parse("2026-03-28T12:00:00Z"));
    poster = new RecordingPoster(Platform.DISCORD);
    delivery = delivery(poster);
  }

  DigestDelivery delivery(RecordingPoster poster) {
    return new DigestDelivery(
        store, stories, feeds, List.of(poster), DigestDelivery.DigestSettings.defaults(), clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  /** Runs the due check at each instant (UTC) in turn; returns how many posts each made. */
  private List<Integer> runAt(String... instants) {
    return java.util.Arrays.stream(instants)
        .map(
            at -> {
              clock.set(Instant.parse(at));
              int before = poster.posts.size();
              delivery.runDue();
              return poster.posts.size() - before;
            })
        .toList();
  }

  @Test
  void aTimeTheSpringChangeSkipsPostsAnHourLaterOnceInBerlin() {
    // 29 Mar 2026, Europe/Berlin: 02:00 CET becomes 03:00 CEST, so there is no 02:30.
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("02:30", "Europe/Berlin"),
        clock.instant());
    assertThat(
            runAt(
                "2026-03-29T00:30:00Z",
                "2026-03-29T01:29:00Z",
                "2026-03-29T01:30:05Z",
                "2026-03-29T02:30:00Z",
                "2026-03-29T12:00:00Z",
                "2026-03-29T23:59:00Z"))
        .containsExactly(0, 0, 1, 0, 0, 0); // 01:30 UTC is 03:30 CEST
    assertThat(poster.posts.get(0).title()).contains("Digest — Sun 29 Mar");
    Subscription after = store.find(DigestFixtures.CHANNEL).orElseThrow();
    assertThat(after.nextRunAt()).isEqualTo(Instant.parse("2026-03-30T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void aTimeTheAutumnChangeRepeatsPostsOnceInBerlin() {
    clock.set(Instant.parse("2026-10-24T12:00:00Z"));
    // 25 Oct 2026: 03:00 CEST becomes 02:00 CET, so 02:30 comes twice: 00:30 and 01:30 UTC.
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("02:30", "Europe/Berlin"),
        clock.instant());
    assertThat(
            runAt(
                "2026-10-25T00:29:00Z",
                "2026-10-25T00:30:01Z",
                "2026-10-25T01:30:01Z",
                "2026-10-25T02:30:00Z",
                "2026-10-25T23:00:00Z"))
        .containsExactly(0, 1, 0, 0, 0);
    assertThat(store.find(DigestFixtures.CHANNEL).orElseThrow().nextRunAt())
        .isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
  }

  @Test
  void bothChangesInNewYorkPostOnceADay() {
    clock.set(Instant.parse("2026-03-07T12:00:00Z"));
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("02:30", "America/New_York"),
        clock.instant());
    // 8 Mar 2026: 02:00 EST becomes 03:00 EDT; 02:30 is posted at 03:30 EDT = 07:30 UTC.
    assertThat(
            runAt(
                "2026-03-08T07:29:00Z",
                "2026-03-08T07:30:01Z",
                "2026-03-08T08:30:00Z",
                "2026-03-09T06:29:00Z",
                "2026-03-09T06:30:01Z"))
        .containsExactly(0, 1, 0, 0, 1);

    clock.set(Instant.parse("2026-10-31T12:00:00Z"));
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("01:30", "America/New_York"),
        clock.instant());
    // 1 Nov 2026: 02:00 EDT becomes 01:00 EST; 01:30 comes at 05:30 and again at 06:30 UTC.
    int before = poster.posts.size();
    assertThat(
            runAt(
                "2026-11-01T05:29:00Z",
                "2026-11-01T05:30:01Z",
                "2026-11-01T06:30:01Z",
                "2026-11-01T12:00:00Z"))
        .containsExactly(0, 1, 0, 0);
    assertThat(poster.posts.size() - before).isEqualTo(1);
  }

  @Test
  void aDigestAnHourLateIsPostedOneFiveHoursLateIsRecordedAsMissedAndItsStoriesGoToTheNext() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    DigestFixtures.subscribe(
        store, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());

    // Down from 07:30 to 09:00: one hour late, within the 2 h grace.
    assertThat(runAt("2026-06-01T09:00:00Z")).containsExactly(1);
    assertThat(poster.headlines().get(0)).containsExactly("Ferry timetable approved");

    // A story the next morning, then down from 07:30 to 13:00: five hours late.
    DigestFixtures.story(
        stories, feed, "Pier repairs begin", Instant.parse("2026-06-02T06:00:00Z"));
    assertThat(runAt("2026-06-02T13:00:00Z")).containsExactly(0);
    Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
    DigestRun missed = store.runs().latest(subscription.id(), 1).get(0);
    assertThat(missed.state()).isEqualTo(DigestRun.State.MISSED);
    assertThat(missed.reason().orElseThrow()).contains("5 h later").contains("grace period of 2 h");
    assertThat(subscription.nextRunAt()).isEqualTo(Instant.parse("2026-06-03T08:00:00Z"));

    // The missed day's story is not dropped: the next digest has it.
    assertThat(runAt("2026-06-03T08:00:30Z")).containsExactly(1);
    assertThat(poster.headlines().get(1)).containsExactly("Pier repairs begin");
  }

  @Test
  void aProcessPostsOnlyForThePlacesItHoldsAndLeavesTheOthersDueNeverFailed() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    DigestFixtures.subscribe(
        store, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());
    // This process runs other shards than the one the server is on.
    poster.holds = place -> false;
    poster.answer =
        reply -> new Delivery.Failed("Briefbot is no longer in the Discord server.", true);

    assertThat(runAt("2026-06-01T08:00:10Z", "2026-06-01T08:01:10Z")).containsExactly(0, 0);
    Subscription waiting = store.find(DigestFixtures.CHANNEL).orElseThrow();
    assertThat(waiting.isPaused()).isFalse();
    assertThat(store.runs().latest(waiting.id(), 5)).isEmpty();

    // The process that holds the server's shard posts it, on time.
    RecordingPoster holder = new RecordingPoster(Platform.DISCORD);
    clock.set(Instant.parse("2026-06-01T08:01:20Z"));
    assertThat(delivery(holder).runDue()).isEqualTo(1);
    assertThat(holder.headlines()).containsExactly(List.of("Ferry timetable approved"));
    assertThat(store.runs().latest(waiting.id(), 5).get(0).state())
        .isEqualTo(DigestRun.State.POSTED);
  }

  @Test
  void aChannelThatKeepsFailingIsRecordedEachTimeThenPausedWithTheReason() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    DigestFixtures.subscribe(
        store, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());
    poster.answer =
        reply -> new Delivery.Failed("Discord says the bot may not post in #news-room.", false);

    runAt("2026-06-01T08:00:10Z");
    Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
    DigestRun first = store.runs().latest(subscription.id(), 1).get(0);
    assertThat(first.state()).isEqualTo(DigestRun.State.FAILED);
    assertThat(first.reason()).hasValue("Discord says the bot may not post in #news-room.");
    assertThat(store.runs().coveredBy(first.id()))
        .isEmpty(); // its story goes back to the next digest
    assertThat(subscription.consecutiveFailures()).isEqualTo(1);
    assertThat(subscription.isPaused()).isFalse();

    runAt("2026-06-02T08:00:10Z", "2026-06-03T08:00:10Z");
    subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
    assertThat(subscription.isPaused()).isTrue();
    assertThat(subscription.pausedReason().orElseThrow())
        .contains("Paused itself after 3 failed deliveries")
        .contains("may not post in #news-room");
    assertThat(poster.posts).hasSize(3);
    // Every failed attempt carried the story it could not deliver.
    assertThat(poster.headlines())
        .allSatisfy(h -> assertThat(h).containsExactly("Ferry timetable approved"));

    runAt("2026-06-04T08:00:10Z", "2026-06-05T08:00:10Z");
    assertThat(poster.posts).hasSize(3); // paused: no more attempts
  }

  @Test
  void aPermanentFailurePausesAtOnce() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("08:00", "UTC"),
        clock.instant());
    poster.answer = reply -> new Delivery.Failed("The channel no longer exists.", true);
    runAt("2026-06-01T08:00:10Z");
    Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
    assertThat(subscription.isPaused()).isTrue();
    assertThat(subscription.pausedReason().orElseThrow()).contains("The channel no longer exists.");
  }

  @Test
  void slowPostsToSeveralChannelsAreUnderWayTogetherNotOneAfterAnother() throws Exception {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    for (int i = 1; i <= DigestDelivery.POSTING_THREADS; i++) {
      DigestFixtures.subscribe(
          store,
          Place.channel(Platform.DISCORD, "guild-1", "channel-" + i),
          DigestFixtures.dailyWithLine("08:00", "UTC"),
          clock.instant());
    }
    // Each post is held until every channel's post has begun: posted one after another, the first
    // would hold the others back (and this check would never end).
    java.util.concurrent.CountDownLatch allBegun =
        new java.util.concurrent.CountDownLatch(DigestDelivery.POSTING_THREADS);
    poster.answer =
        reply -> {
          allBegun.countDown();
          try {
            if (!allBegun.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
              return new Delivery.Failed("posted one after another", false);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new Delivery.Posted("m-" + reply.title());
        };
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));
    assertThat(delivery.runDue()).isEqualTo(DigestDelivery.POSTING_THREADS);
    for (int i = 1; i <= DigestDelivery.POSTING_THREADS; i++) {
      Subscription subscription =
          store.find(Place.channel(Platform.DISCORD, "guild-1", "channel-" + i)).orElseThrow();
      assertThat(store.runs().latest(subscription.id(), 1).get(0).state())
          .isEqualTo(DigestRun.State.POSTED);
    }
  }

  @Test
  void aRunWhosePostingThreadDiedIsLeftUnconfirmedWhenThePlatformCannotTellAndTheGapIsLogged() {
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    Logger logger = (Logger) LoggerFactory.getLogger(DigestDelivery.class);
    logger.addAppender(logged);
    try {
      clock.set(Instant.parse("2026-06-01T07:00:00Z"));
      DigestFixtures.subscribe(
          store,
          DigestFixtures.CHANNEL,
          DigestFixtures.dailyWithLine("08:00", "UTC"),
          clock.instant());
      RecordingPoster dying = new RecordingPoster(Platform.DISCORD);
      dying.answer =
          reply -> {
            throw new SimulatedCrash();
          };
      clock.set(Instant.parse("2026-06-01T08:00:05Z"));
      assertThatThrownBy(() -> delivery(dying).runDue()).isInstanceOf(SimulatedCrash.class);
      Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
      assertThat(store.runs().latest(subscription.id(), 1).get(0).state())
          .isEqualTo(DigestRun.State.POSTING);

      // The next check takes the run over; this poster cannot tell whether the post went out, so
      // it is not posted again, and the gap is logged and recorded with the reason.
      clock.set(Instant.parse("2026-06-01T08:00:10Z"));
      assertThat(delivery.runDue()).isEqualTo(1);
      assertThat(poster.posts).isEmpty();
      DigestRun run = store.runs().latest(subscription.id(), 1).get(0);
      assertThat(run.state()).isEqualTo(DigestRun.State.UNCONFIRMED);
      assertThat(run.reason().orElseThrow())
          .isEqualTo(
              "The process posting this digest stopped before Discord's answer was recorded, and"
                  + " Discord cannot tell whether it went out; it may or may not have reached the"
                  + " channel, so it is not posted again.");
      assertThat(logged.list)
          .filteredOn(e -> e.getFormattedMessage().startsWith("digest gap"))
          .hasSize(1);
      assertThat(delivery.runDue()).isZero();

      // The next day goes out as usual.
      assertThat(runAt("2026-06-02T08:00:05Z")).containsExactly(1);
    } finally {
      logger.detachAppender(logged);
    }
  }

  @Test
  void aRunWhoseProcessDiedAfterThePlatformTookItIsRecordedAsPostedWithOneMessage() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("08:00", "UTC"),
        clock.instant());
    // A platform that keeps keys as Discord keeps an enforced nonce; the process dies once the
    // platform took the post, before the answer is recorded.
    poster.keepsKeys = true;
    poster.answer =
        reply -> {
          throw new SimulatedCrash();
        };
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));
    assertThatThrownBy(() -> delivery.runDue()).isInstanceOf(SimulatedCrash.class);
    assertThat(poster.posts).hasSize(1);

    poster.answer = reply -> new Delivery.Posted("never asked");
    clock.set(Instant.parse("2026-06-01T08:00:10Z"));
    assertThat(delivery.runDue()).isEqualTo(1);
    assertThat(poster.posts).hasSize(1); // posted again with its key: the platform made no second
    Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
    DigestRun run = store.runs().latest(subscription.id(), 1).get(0);
    assertThat(run.state()).isEqualTo(DigestRun.State.POSTED);
    assertThat(run.messageId()).contains("m-1");
    assertThat(delivery.runDue()).isZero();
  }

  @Test
  void aRunOfAProcessThatDiedBeforeSendingItIsPostedByTheNextCheck() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("08:00", "UTC"),
        clock.instant());
    // This process dies before the post reaches the platform.
    ChannelPoster dropping =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            throw new SimulatedCrash();
          }
        };
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));
    assertThatThrownBy(
            () ->
                new DigestDelivery(
                        store,
                        stories,
                        feeds,
                        List.of(dropping),
                        DigestDelivery.DigestSettings.defaults(),
                        clock)
                    .runDue())
        .isInstanceOf(SimulatedCrash.class);

    poster.keepsKeys = true;
    clock.set(Instant.parse("2026-06-01T08:00:10Z"));
    assertThat(delivery.runDue()).isEqualTo(1);
    assertThat(poster.posts).hasSize(1);
    assertThat(poster.posts.get(0).title()).contains("Digest — Mon 1 Jun");
    Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
    assertThat(store.runs().latest(subscription.id(), 1).get(0).state())
        .isEqualTo(DigestRun.State.POSTED);
  }

  @Test
  void storiesStoredInTheMinuteADigestIsBuiltAreInExactlyOneDigest() throws Exception {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    Subscription subscription =
        DigestFixtures.subscribe(
            store,
            DigestFixtures.CHANNEL,
            new DigestStore.Settings(
                DigestFixtures.daily("08:00", "UTC").time(),
                true,
                List.of(),
                List.of(),
                20,
                java.util.Optional.empty(),
                true),
            clock.instant());
    DigestFixtures.story(
        stories, feed, "Stored at 08:00:10", Instant.parse("2026-06-01T08:00:10Z"));

    // A story whose transaction began before the digest and commits after it: no id or time
    // watermark would see it later, the record of what each digest took does.
    long lateStory;
    try (org.jdbi.v3.core.Handle late = database.jdbi().open()) {
      late.begin();
      lateStory =
          late.createUpdate(
                  "INSERT INTO stories (url, canonical_url, title, outlet, fetched_at, story_text, summary,"
                      + " content_hash, word_count) VALUES ('https://ledger.example/late', 'https://ledger.example/late',"
                      + " 'Committed late', 'Harbor Ledger', :at, 'Late text.', 'Late text.', :hash, 2)")
              .bind("at", Instant.parse("2026-06-01T08:00:20Z"))
              .bind("hash", "f".repeat(64))
              .executeAndReturnGeneratedKeys("id")
              .mapTo(Long.class)
              .one();
      late.createUpdate(
              "INSERT INTO story_feeds (story_id, feed_id, seen_at) VALUES (:story, :feed, :at)")
          .bind("story", lateStory)
          .bind("feed", feed.id())
          .bind("at", Instant.parse("2026-06-01T08:00:20Z"))
          .execute();

      assertThat(runAt("2026-06-01T08:00:30Z")).containsExactly(1);
      late.commit();
    }
    DigestFixtures.story(
        stories, feed, "Stored at 08:00:50", Instant.parse("2026-06-01T08:00:50Z"));

    assertThat(runAt("2026-06-02T08:00:30Z", "2026-06-03T08:00:30Z")).containsExactly(1, 1);
    assertThat(poster.headlines().get(0)).containsExactly("Stored at 08:00:10");
    assertThat(poster.headlines().get(1))
        .containsExactlyInAnyOrder("Stored at 08:00:50", "Committed late");
    assertThat(poster.posts.get(2).plainText()).isEqualTo(DigestReply.NOTHING_NEW);
    List<Long> all =
        store.runs().latest(subscription.id(), 10).stream()
            .flatMap(r -> store.runs().coveredBy(r.id()).stream())
            .toList();
    assertThat(all).doesNotHaveDuplicates().contains(lateStory).hasSize(3);
  }

  @Test
  void aPreviewTakesNoStoriesAndAnEmptyDayPostsNothingUnlessAsked() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    DigestFixtures.subscribe(
        store, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());
    assertThat(delivery.preview(DigestFixtures.CHANNEL).items()).hasSize(1);
    assertThat(delivery.preview(DigestFixtures.CHANNEL).items()).hasSize(1);

    assertThat(runAt("2026-06-01T08:00:05Z", "2026-06-02T08:00:05Z")).containsExactly(1, 0);
    Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
    assertThat(store.runs().latest(subscription.id(), 1).get(0).state())
        .isEqualTo(DigestRun.State.EMPTY);
    assertThat(delivery.preview(DigestFixtures.CHANNEL).isEmpty()).isTrue();
  }

  @Test
  void aDigestRendersEachItemWithItsQuoteInQuoteMarksAndItsSourcesAsLinks() {
    clock.set(Instant.parse("2026-06-01T07:00:00Z"));
    Feed feed =
        DigestFixtures.feed(
            feeds, DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    store.subscribe(
        DigestFixtures.CHANNEL,
        new DigestStore.Settings(
            DigestFixtures.daily("08:00", "UTC").time(),
            true,
            List.of(),
            List.of(),
            5,
            java.util.Optional.of("123456"),
            false),
        DigestFixtures.daily("08:00", "UTC").time().next(clock.instant()),
        "tester",
        clock.instant());
    long id = DigestFixtures.story(stories, feed, "Ferry timetable approved", clock.instant());
    runAt("2026-06-01T08:00:05Z");
    Reply posted = poster.posts.get(0);
    assertThat(posted.mentionRole()).hasValue("123456");
    Reply.Section item = posted.sections().get(0);
    assertThat(item.heading()).hasValue("Ferry timetable approved");
    assertThat(item.bullets())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("The harbour council of Port Wren");
    assertThat(item.quotes())
        .containsExactly(
            new Reply.QuoteLine(
                "We will run a boat every hour from June", "Mara Quill", "transport chair", true));
    assertThat(item.links())
        .containsExactly(
            new Reply.Link("Harbor Ledger", stories.find(id).orElseThrow().canonicalUrl()));
    // Each item's Brief answers in the thread under the post; Pause and Remove are the managers'.
    assertThat(posted.actions())
        .extracting(Action::label)
        .containsExactly("Brief: Ferry timetable approved", "Pause digest", "Remove digest");
    Action brief = posted.actions().get(0);
    assertThat(brief.call().answer()).isEqualTo(Action.Answer.THREAD);
    assertThat(brief.call().options()).containsEntry("story", Long.toString(id));
    assertThat(posted.actions().subList(1, 3)).allMatch(Action::managersOnly);
  }

  /** Stands for the process dying: nothing in the delivery handles an Error. */
  private static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash while posting");
    }
  }
}
