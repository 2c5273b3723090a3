package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
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
 * while its posts are with the platform (a stand-in that keeps nonces as Discord does): the
 * survivor, with the default timing, takes over the runs the killed process was posting and posts
 * every other due digest, all within 30 s of their time, and each channel has one message.
 */
class DigestFailoverTest {
  private static final Instant DUE = Instant.parse("2026-06-01T08:00:00Z");
  private static final Duration PROMISE = Duration.ofSeconds(30);

  private static EmbeddedPostgresServer postgres;

  String url;
  StandInPlatform platform;
  Clock clock;
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
    // Both clocks read 08:00:00 when the child is launched.
    clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), DUE));
    platform = new StandInPlatform(StandInPlatform.Kind.NONCE, clock);
    // The platform takes the child's posts and never answers: it is killed meanwhile.
    platform.holdAnswers = new CountDownLatch(1);
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
    platform.close();
  }

  @Test
  void killingTheProcessThatPostsLeavesEveryDigestToTheSurvivorWithinThirtySecondsOnceEach(
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

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                DigestPostingChild.class.getName(),
                url,
                platform.url().toString(),
                Long.toString(Duration.between(Instant.now(), clock.instant()).toMillis()),
                StandInPlatform.HttpPoster.StopAt.NOWHERE.name())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("child.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (platform.posts().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(platform.posts()).as("the child began posting").isNotEmpty();
    child.destroyForcibly(); // SIGKILL while its posts are with the platform
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    List<String> postedByChild =
        platform.posts().stream().map(StandInPlatform.Post::channel).toList();

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
            List.of(platform.poster()),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    open.add(
        BackgroundJobs.start(
            database, survivor, news, clock, BackgroundJobs.Timing.defaults(), List.of()));

    // Wait, at most to the promise, for every digest to be recorded as posted.
    while (clock.instant().isBefore(DUE.plus(PROMISE).plusSeconds(5))
        && posted(store, channels) < channels.size()) {
      Thread.sleep(50);
    }

    for (String channel : channels) {
      Subscription subscription =
          store.find(Place.channel(Platform.DISCORD, "guild-1", channel)).orElseThrow();
      List<DigestRun> runs = store.runs().latest(subscription.id(), 10);
      assertThat(runs).as(channel + "'s runs").hasSize(1);
      DigestRun run = runs.get(0);
      assertThat(run.state()).as(channel).isEqualTo(DigestRun.State.POSTED);
      List<StandInPlatform.Post> messages = platform.postsTo(channel);
      assertThat(messages).as(channel + "'s messages").hasSize(1);
      assertThat(run.messageId()).contains(messages.get(0).messageId());
      assertThat(Duration.between(DUE, messages.get(0).at()))
          .as(channel + " posted late")
          .isLessThanOrEqualTo(PROMISE);
      assertThat(Duration.between(DUE, run.finishedAt().orElseThrow()))
          .as(channel + " recorded late")
          .isLessThanOrEqualTo(PROMISE);
    }
    // The killed process's posts were taken over: posted again with their keys, the platform
    // answered with the messages they had made.
    assertThat(postedByChild).hasSizeBetween(1, DigestDelivery.POSTING_THREADS);
  }

  private static int posted(DigestStore store, List<String> channels) {
    int posted = 0;
    for (String channel : channels) {
      Subscription subscription =
          store.find(Place.channel(Platform.DISCORD, "guild-1", channel)).orElseThrow();
      posted +=
          (int)
              store.runs().latest(subscription.id(), 10).stream()
                  .filter(run -> run.state() == DigestRun.State.POSTED)
                  .count();
    }
    return posted;
  }
}
