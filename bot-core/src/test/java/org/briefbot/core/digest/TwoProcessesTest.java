package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.digest.DigestFixtures.RecordingPoster;
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
 * Two Briefbot processes — each its own connection pool, scheduler, poster and news side — on one
 * PostgreSQL server: a due digest is posted once, a due feed is polled once.
 */
class TwoProcessesTest {
  private static EmbeddedPostgresServer postgres;

  MutableClock clock;
  String url;
  final List<AutoCloseable> open = new ArrayList<>();
  MockWebServer site;
  final AtomicInteger feedRequests = new AtomicInteger();

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
    url = postgres.freshDatabaseUrl("digests");
    clock = new MutableClock(Instant.parse("2026-06-01T07:59:00Z"));
    site = new MockWebServer();
    site.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            feedRequests.incrementAndGet();
            return new MockResponse()
                .setHeader("Content-Type", "application/rss+xml")
                .setBody(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Harbor Ledger</title>"
                        + "<link>https://ledger.example/</link><description>d</description></channel></rss>");
          }
        });
    site.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    site.shutdown();
  }

  /** One process: its pool, news side, delivery with its own poster. */
  private record Process(
      Database database, NewsIngestion news, DigestDelivery digests, RecordingPoster poster) {}

  private Process process() {
    Database database = Database.open(url, "postgres", null);
    open.add(database);
    NewsIngestion news = DigestFixtures.newsReadingNoStory(database, clock);
    open.add(news);
    RecordingPoster poster = new RecordingPoster(Platform.DISCORD);
    DigestDelivery digests =
        new DigestDelivery(
            new DigestStore(database),
            news.stories(),
            news.feeds(),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    return new Process(database, news, digests, poster);
  }

  @Test
  void twoSchedulersOnOneDatabasePostADueDigestOnceAndPollADueFeedOnce() throws Exception {
    Process a = process();
    Process b = process();
    a.news().addFeed(site.url("/rss.xml").toString(), DigestFixtures.CHANNEL.feedOwner(), "tester");
    DigestFixtures.subscribe(
        a.digests().store(),
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("08:00", "UTC"),
        clock.instant());

    Map<String, Semaphore> completed = new ConcurrentHashMap<>();
    SchedulerListener counter =
        new AbstractSchedulerListener() {
          @Override
          public void onExecutionComplete(ExecutionComplete complete) {
            completed
                .computeIfAbsent(
                    complete.getExecution().taskInstance.getTaskName(), n -> new Semaphore(0))
                .release();
          }
        };
    completed.put(BackgroundJobs.NEWS_TASK, new Semaphore(0));
    BackgroundJobs.Timing timing =
        new BackgroundJobs.Timing(
            Duration.ofMinutes(1),
            Duration.ofMinutes(1),
            Duration.ofMillis(200),
            Duration.ofSeconds(1));
    BackgroundJobs jobsA =
        BackgroundJobs.start(a.database(), a.digests(), a.news(), clock, timing, List.of(counter));
    open.add(jobsA);
    BackgroundJobs jobsB =
        BackgroundJobs.start(b.database(), b.digests(), b.news(), clock, timing, List.of(counter));
    open.add(jobsB);

    // 07:59: both tasks run once (by one process or the other); the feed is due and polled.
    awaitRounds(completed, jobsA, jobsB);
    assertThat(feedRequests.get()).isEqualTo(1);
    assertThat(a.poster().posts.size() + b.poster().posts.size()).isZero();

    // 08:00:30, then three more minutes: the digest is due once, the feed not again before its 15
    // minutes.
    for (int minute = 0; minute < 4; minute++) {
      clock.set(Instant.parse("2026-06-01T08:00:30Z").plus(Duration.ofMinutes(minute)));
      awaitRounds(completed, jobsA, jobsB);
    }
    assertThat(a.poster().posts.size() + b.poster().posts.size()).isEqualTo(1);
    assertThat(feedRequests.get()).isEqualTo(1);
  }

  /**
   * Checks for due digests in both processes, wakes both schedulers and waits until the news round
   * has completed once more.
   */
  private static void awaitRounds(Map<String, Semaphore> completed, BackgroundJobs... jobs)
      throws Exception {
    for (BackgroundJobs job : jobs) {
      job.checkDigestsNow();
      job.checkNow();
    }
    assertThat(completed.get(BackgroundJobs.NEWS_TASK).tryAcquire(60, TimeUnit.SECONDS))
        .as("the news round ran")
        .isTrue();
  }

  @Test
  void oneCheckPostsEveryDueDigestNotOneBatchThenAnIntervalsWait() throws Exception {
    Process a = process();
    int due = DigestDelivery.DUE_AT_ONCE + 20;
    for (int i = 0; i < due; i++) {
      DigestFixtures.subscribe(
          a.digests().store(),
          Place.channel(Platform.DISCORD, "guild-1", "channel-" + i),
          DigestFixtures.dailyWithLine("08:00", "UTC"),
          clock.instant());
    }
    BackgroundJobs jobs =
        BackgroundJobs.start(
            a.database(),
            a.digests(),
            a.news(),
            clock,
            new BackgroundJobs.Timing(
                Duration.ofHours(1),
                Duration.ofHours(1),
                Duration.ofHours(1),
                Duration.ofSeconds(1)),
            List.of());
    open.add(jobs);
    assertThat(jobs.checkDigestsNow()).as("before 08:00, after the check at start").isZero();
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));

    assertThat(jobs.checkDigestsNow()).isEqualTo(due);
    assertThat(a.poster().posts).hasSize(due);
  }

  @Test
  void twoProcessesCheckingAtTheSameMomentPostEachDigestOnce() throws Exception {
    Process a = process();
    Process b = process();
    List<Place> channels = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Place channel = Place.channel(Platform.DISCORD, "guild-1", "channel-" + i);
      channels.add(channel);
      DigestFixtures.subscribe(
          a.digests().store(),
          channel,
          DigestFixtures.dailyWithLine("08:00", "UTC"),
          clock.instant());
    }
    clock.set(Instant.parse("2026-06-01T08:00:05Z"));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch gate = new CountDownLatch(1);
      Future<Integer> first =
          threads.submit(
              () -> {
                gate.await();
                return a.digests().runDue();
              });
      Future<Integer> second =
          threads.submit(
              () -> {
                gate.await();
                return b.digests().runDue();
              });
      gate.countDown();
      assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(20);
    } finally {
      threads.shutdownNow();
    }
    assertThat(a.poster().posts.size() + b.poster().posts.size()).isEqualTo(20);
    DigestStore store = a.digests().store();
    HashSet<Long> ran = new HashSet<>();
    for (Place channel : channels) {
      Subscription subscription = store.find(channel).orElseThrow();
      assertThat(store.runs().latest(subscription.id(), 10))
          .singleElement()
          .satisfies(run -> assertThat(run.state()).isEqualTo(DigestRun.State.POSTED));
      ran.add(subscription.id());
    }
    assertThat(ran).hasSize(20);
  }
}
