package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.HostResolver;
import org.briefbot.core.news.HttpFetcher;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Briefbot processes on one PostgreSQL, the one posting the due digests killed with SIGKILL
 * while its posts are with the platform: the survivor, with the default timing, posts every other
 * due digest within 30 s of its time, and no digest is posted twice.
 */
class DigestFailoverTest {
  private static final Instant DUE = Instant.parse("2026-06-01T08:00:00Z");
  private static final Duration PROMISE = Duration.ofSeconds(30);

  private static EmbeddedPostgresServer postgres;

  String url;
  MockWebServer platform;
  final List<String> heldByChild = new CopyOnWriteArrayList<>();
  final CountDownLatch released = new CountDownLatch(1);
  final List<AutoCloseable> open = new ArrayList<>();
  Process child;

  @BeforeAll
  static void startServer() throws IOException {
    postgres = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    url = postgres.freshDatabaseUrl("failover");
    platform = new MockWebServer();
    platform.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            // The platform takes the child's posts and never answers: it is killed meanwhile.
            heldByChild.add(request.getBody().readUtf8());
            released.await();
            return new MockResponse().setBody("late");
          }
        });
    platform.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void tearDown() throws Exception {
    if (child != null) {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
    }
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    released.countDown();
    platform.shutdown();
  }

  /** The survivor's posts: the channel and the time by its clock. */
  static final class TimedPoster implements ChannelPoster {
    final Map<String, List<Instant>> posts = new ConcurrentHashMap<>();
    final Clock clock;

    TimedPoster(Clock clock) {
      this.clock = clock;
    }

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public Delivery post(Place place, Reply reply) {
      posts
          .computeIfAbsent(place.channelId(), c -> new CopyOnWriteArrayList<>())
          .add(clock.instant());
      return new Delivery.Posted("m-" + place.channelId());
    }
  }

  @Test
  void killingTheProcessThatPostsLeavesTheOtherDigestsToTheSurvivorWithinThirtySeconds(
      @TempDir Path workDir) throws Exception {
    Database database = Database.open(url, "postgres", null);
    open.add(database);
    DigestStore store = new DigestStore(database);
    List<String> channels = new ArrayList<>();
    for (int i = 1; i <= 3 * DigestDelivery.POSTING_THREADS; i++) {
      String channel = "channel-" + i;
      channels.add(channel);
      DigestFixtures.subscribe(
          store,
          Place.channel(Platform.DISCORD, "guild-1", channel),
          DigestFixtures.dailyWithLine("08:00", "UTC"),
          DUE.minus(Duration.ofMinutes(1)));
    }

    // Both clocks read 08:00:00 when the child is launched.
    Duration ahead = Duration.between(Instant.now(), DUE);
    Clock clock = Clock.offset(Clock.systemUTC(), ahead);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                DigestPostingChild.class.getName(),
                url,
                platform.url("/post").toString(),
                Long.toString(ahead.toMillis()))
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("child.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (heldByChild.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(heldByChild).as("the child began posting").isNotEmpty();
    child.destroyForcibly(); // SIGKILL while its posts are with the platform
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

    TimedPoster poster = new TimedPoster(clock);
    NewsIngestion news =
        new NewsIngestion(
            database,
            new HttpFetcher(
                FetchSettings.defaults().withAllowPrivateAddresses(true), HostResolver.system()),
            text -> {
              throw new AssertionError("no feed is read");
            },
            new MutableClock(DUE),
            1);
    open.add(news);
    DigestDelivery survivor =
        new DigestDelivery(
            store,
            news.stories(),
            news.feeds(),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    open.add(
        BackgroundJobs.start(
            database, survivor, news, clock, BackgroundJobs.Timing.defaults(), List.of()));

    // Wait, at most to the promise, for every digest the child was not posting.
    while (clock.instant().isBefore(DUE.plus(PROMISE).plusSeconds(5))
        && poster.posts.size() + postingRuns(store, channels) < channels.size()) {
      Thread.sleep(50);
    }

    int unconfirmed = 0;
    for (String channel : channels) {
      Subscription subscription =
          store.find(Place.channel(Platform.DISCORD, "guild-1", channel)).orElseThrow();
      List<DigestRun> runs = store.runs().latest(subscription.id(), 10);
      assertThat(runs).as(channel + "'s runs").hasSize(1);
      List<Instant> posted = poster.posts.getOrDefault(channel, List.of());
      if (runs.get(0).state() == DigestRun.State.POSTING) {
        // Claimed by the child when it died: it may have gone out, so it is not posted again.
        unconfirmed++;
        assertThat(posted).as(channel + ", being posted by the killed process").isEmpty();
      } else {
        assertThat(runs.get(0).state()).as(channel).isEqualTo(DigestRun.State.POSTED);
        assertThat(heldByChild).as(channel + ", posted by the survivor").doesNotContain(channel);
        assertThat(posted).as(channel + "'s posts").hasSize(1);
        assertThat(Duration.between(DUE, posted.get(0)))
            .as(channel + " posted late")
            .isLessThanOrEqualTo(PROMISE);
      }
    }
    assertThat(unconfirmed).isBetween(1, DigestDelivery.POSTING_THREADS);
  }

  private static int postingRuns(DigestStore store, List<String> channels) {
    int posting = 0;
    for (String channel : channels) {
      Subscription subscription =
          store.find(Place.channel(Platform.DISCORD, "guild-1", channel)).orElseThrow();
      posting +=
          (int)
              store.runs().latest(subscription.id(), 10).stream()
                  .filter(run -> run.state() == DigestRun.State.POSTING)
                  .count();
    }
    return posting;
  }
}
