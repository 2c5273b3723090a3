package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.digest.StandInPlatform.HttpPoster.StopAt;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.EmbeddedPostgresServer;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Briefbot process on PostgreSQL killed with SIGKILL in the middle of its digests — after
 * claiming them and before sending them, or after the platform took them and before recording that
 * — and a live process on the same database: at its next check the live one takes the runs over and
 * each channel has exactly one message, on a platform that keeps nonces as Discord does and on one
 * whose history shows the key as Slack's does.
 */
class RedeliveryTest {
  private static final Instant DUE = Instant.parse("2026-06-01T08:00:00Z");
  private static final List<String> CHANNELS = List.of("news-1", "news-2", "news-3");

  private static EmbeddedPostgresServer postgres;

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

  @AfterEach
  void tearDown() throws Exception {
    if (child != null) {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
    }
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @ParameterizedTest(name = "killed {0}, on a platform of {1}")
  @CsvSource({
    "BEFORE_SENDING, NONCE",
    "AFTER_ANSWER, NONCE",
    "BEFORE_SENDING, HISTORY",
    "AFTER_ANSWER, HISTORY"
  })
  void aLiveProcessDeliversTheRunsOfAKilledOneOnceEach(StopAt killed, StandInPlatform.Kind kind)
      throws Exception {
    String url = postgres.freshDatabaseUrl("redeliver");
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), DUE));
    StandInPlatform platform = new StandInPlatform(kind, clock);
    open.add(platform);
    Database database = Database.open(url, "postgres", null);
    open.add(database);
    DigestStore store = new DigestStore(database);
    for (String channel : CHANNELS) {
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
                killed.name())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int posting = 0;
      while (posting < CHANNELS.size()) {
        String line = out.readLine(); // blocks until the child says more (or ends)
        if (line == null) {
          break;
        }
        posting += line.equals("posting") ? 1 : 0;
      }
      assertThat(posting).as("the child reached every post").isEqualTo(CHANNELS.size());
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    int sentByChild = platform.posts().size();
    assertThat(sentByChild).isEqualTo(killed == StopAt.AFTER_ANSWER ? CHANNELS.size() : 0);
    for (String channel : CHANNELS) {
      assertThat(runOf(store, channel).state()).isEqualTo(DigestRun.State.POSTING);
    }

    DigestDelivery live =
        new DigestDelivery(
            store,
            new StoryStore(database),
            new FeedStore(database),
            List.of(platform.poster()),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    // The server ends the killed process's session (and its lock) moments after the kill.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int handled = 0;
    while (handled < CHANNELS.size() && System.nanoTime() < deadline) {
      handled += live.runDue();
      Thread.sleep(20);
    }

    for (String channel : CHANNELS) {
      DigestRun run = runOf(store, channel);
      assertThat(run.state()).as(channel).isEqualTo(DigestRun.State.POSTED);
      List<StandInPlatform.Post> messages = platform.postsTo(channel);
      assertThat(messages).as(channel + "'s messages").hasSize(1);
      assertThat(run.messageId()).contains(messages.get(0).messageId());
    }
    // Nothing is left for another check, and nothing more is posted.
    assertThat(live.runDue()).isZero();
    assertThat(platform.posts()).hasSize(CHANNELS.size());
  }

  private static DigestRun runOf(DigestStore store, String channel) {
    Subscription subscription =
        store.find(Place.channel(Platform.DISCORD, "guild-1", channel)).orElseThrow();
    List<DigestRun> runs = store.runs().latest(subscription.id(), 10);
    assertThat(runs).as(channel + "'s runs").hasSize(1);
    return runs.get(0);
  }
}
