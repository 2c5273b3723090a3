package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.schedule.BackgroundJobs;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A process asked to stop while it posts a digest, with another process on the same PostgreSQL: the
 * digest under way is posted and recorded as posted (no false gap), the stopping process claims no
 * other, and the other process posts the rest, each once.
 */
class GracefulStopTest {
  private static EmbeddedPostgresServer postgres;

  MutableClock clock;
  String url;
  final List<AutoCloseable> open = new ArrayList<>();

  @BeforeAll
  static void startServer() throws IOException {
    postgres = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void freshDatabase() throws Exception {
    url = postgres.freshDatabaseUrl("stops");
    clock = new MutableClock(Instant.parse("2026-06-01T07:59:00Z"));
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  /** A channel's posts as the platform took them: the channel of each, in order. */
  static final class ChannelsPoster implements ChannelPoster {
    final List<String> channels = new CopyOnWriteArrayList<>();
    final CountDownLatch firstPostBegun = new CountDownLatch(1);

    /** Holds each post until this returns. */
    volatile Runnable beforePost = () -> {};

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public Delivery post(Place place, Reply reply) {
      firstPostBegun.countDown();
      beforePost.run();
      channels.add(place.channelId());
      return new Delivery.Posted("m-" + place.channelId());
    }
  }

  private record Process(Database database, NewsIngestion news, DigestDelivery digests) {}

  private Process process(ChannelsPoster poster) {
    Database database = Database.open(url, "postgres", null);
    open.add(database);
    NewsIngestion news = DigestFixtures.newsReadingNoStory(database, clock);
    open.add(news);
    DigestDelivery digests =
        new DigestDelivery(
            new DigestStore(database),
            news.stories(),
            news.feeds(),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    return new Process(database, news, digests);
  }

  @Test
  void aStopWhilePostingRecordsThatDigestAndLeavesTheOthersToTheOtherProcess() throws Exception {
    ChannelsPoster stoppingPoster = new ChannelsPoster();
    ChannelsPoster otherPoster = new ChannelsPoster();
    Process stopping = process(stoppingPoster);
    Process other = process(otherPoster);
    List<String> channels = new ArrayList<>();
    for (int i = 1; i <= 2 * DigestDelivery.POSTING_THREADS; i++) {
      channels.add("channel-" + i);
    }
    for (String channel : channels) {
      DigestFixtures.subscribe(
          stopping.digests().store(),
          Place.channel(Platform.DISCORD, "guild-1", channel),
          DigestFixtures.dailyWithLine("08:00", "UTC"),
          clock.instant());
    }
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));

    // The stop comes while the first digests are with the platform: no post returns before the
    // stopping thread waits for the running work (SIGTERM's hook does the same).
    BackgroundJobs[] jobs = new BackgroundJobs[1];
    AtomicBoolean closing = new AtomicBoolean();
    Thread stopper =
        new Thread(
            () -> {
              try {
                stoppingPoster.firstPostBegun.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              closing.set(true);
              jobs[0].close();
            },
            "stopper");
    stoppingPoster.beforePost = () -> awaitStopWaiting(stopper, closing);
    BackgroundJobs.Timing timing =
        new BackgroundJobs.Timing(
            Duration.ofMinutes(1),
            Duration.ofMinutes(1),
            Duration.ofMillis(200),
            Duration.ofSeconds(1));
    jobs[0] =
        BackgroundJobs.start(
            stopping.database(), stopping.digests(), stopping.news(), clock, timing, List.of());
    stopper.start();
    jobs[0].checkNow();
    stopper.join(TimeUnit.SECONDS.toMillis(60));
    assertThat(stopper.isAlive()).as("the stop finished").isFalse();

    // Only what it was posting when the stop came: each posted, and recorded so.
    assertThat(stoppingPoster.channels)
        .as("posted by the stopping process")
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(DigestDelivery.POSTING_THREADS);
    DigestStore store = other.digests().store();
    for (String posted : stoppingPoster.channels) {
      Subscription subscription =
          store.find(Place.channel(Platform.DISCORD, "guild-1", posted)).orElseThrow();
      assertThat(store.runs().latest(subscription.id(), 10))
          .singleElement()
          .satisfies(
              run -> {
                assertThat(run.state()).isEqualTo(DigestRun.State.POSTED);
                assertThat(run.messageId()).contains("m-" + posted);
              });
    }

    // The others are still due, unclaimed: the other process's next check posts them.
    int left = channels.size() - stoppingPoster.channels.size();
    assertThat(other.digests().runDue()).isEqualTo(left);
    List<String> all = new ArrayList<>(stoppingPoster.channels);
    all.addAll(otherPoster.channels);
    assertThat(all).containsExactlyInAnyOrderElementsOf(channels);

    // Long past the posting timeout, no run is called unconfirmed.
    clock.set(Instant.parse("2026-06-01T08:20:00Z"));
    other.digests().runDue();
    for (String channel : channels) {
      Subscription subscription =
          store.find(Place.channel(Platform.DISCORD, "guild-1", channel)).orElseThrow();
      assertThat(store.runs().latest(subscription.id(), 10))
          .singleElement()
          .satisfies(run -> assertThat(run.state()).isEqualTo(DigestRun.State.POSTED));
    }
  }

  /** Until the stop has begun and blocks, waiting for the running work; no fixed delay. */
  private static void awaitStopWaiting(Thread stopper, AtomicBoolean closing) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!(closing.get()
            && (stopper.getState() == Thread.State.TIMED_WAITING
                || stopper.getState() == Thread.State.WAITING))
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }
}
