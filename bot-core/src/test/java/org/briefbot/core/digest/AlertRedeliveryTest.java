package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.alert.Alert;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.alert.AlertPost;
import org.briefbot.core.alert.AlertStore;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.digest.StandInPlatform.HttpPoster.StopAt;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.EmbeddedPostgresServer;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The digests' exactly-once test, for alerts: two Briefbot processes on one PostgreSQL, the first
 * killed with SIGKILL while posting its channels' alerts — after recording them and before sending,
 * or after the platform took them and before recording that — and the live one, at its next check,
 * takes the posts over: each channel has exactly one message for its matching stories (two outlets'
 * copies of one event, merged), on a platform that keeps nonces as Discord does and on one whose
 * history shows the key as Slack's does, and nothing is posted again.
 */
class AlertRedeliveryTest {
  private static final List<String> CHANNELS = List.of("alerts-1", "alerts-2", "alerts-3");

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
  @CsvSource({"BEFORE_SENDING, NONCE", "AFTER_ANSWER, NONCE", "AFTER_ANSWER, HISTORY"})
  void aLiveProcessPostsEachMatchingStoryOfAKilledOneOnce(StopAt killed, StandInPlatform.Kind kind)
      throws Exception {
    String url = postgres.freshDatabaseUrl("alerts");
    Clock clock = Clock.systemUTC();
    StandInPlatform platform = new StandInPlatform(kind, clock);
    open.add(platform);
    Database database = Database.open(url, "postgres", null);
    open.add(database);
    AlertStore store = new AlertStore(database);
    StoryStore stories = new StoryStore(database);
    Feed feed =
        DigestFixtures.feed(
            new FeedStore(database),
            Place.channel(Platform.DISCORD, "guild-1", CHANNELS.get(0)),
            "https://ledger.example/rss.xml",
            Instant.now());
    List<Alert> alerts = new ArrayList<>();
    for (String channel : CHANNELS) {
      alerts.add(
          store
              .add(
                  Place.channel(Platform.DISCORD, "guild-1", channel),
                  "ferries",
                  Optional.empty(),
                  "tester")
              .orElseThrow());
    }
    Thread.sleep(5); // the stories reach the feed after the alerts were set up
    List<Long> matching =
        List.of(
            DigestFixtures.story(
                stories, feed, "Port Wren ferries to sail every hour", Instant.now()),
            DigestFixtures.story(stories, feed, "Hourly ferries for Port Wren", Instant.now()));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                AlertPostingChild.class.getName(),
                url,
                platform.url().toString(),
                "0",
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
      assertThat(posting).as("the child reached every channel's post").isEqualTo(CHANNELS.size());
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(platform.posts()).hasSize(killed == StopAt.AFTER_ANSWER ? CHANNELS.size() : 0);
    for (Alert alert : alerts) {
      assertThat(store.posts().latest(alert.id(), 10))
          .singleElement()
          .satisfies(post -> assertThat(post.state()).isEqualTo(AlertPost.State.POSTING));
    }

    AlertDelivery live =
        new AlertDelivery(
            store,
            stories,
            new FeedStore(database),
            List.of(platform.poster()),
            AlertDelivery.AlertSettings.defaults(),
            clock);
    // The server ends the killed process's session (and its lock) moments after the kill.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int handled = 0;
    while (handled < CHANNELS.size() && System.nanoTime() < deadline) {
      handled += live.runDue();
      Thread.sleep(20);
    }

    for (Alert alert : alerts) {
      String channel = alert.place().channelId();
      List<AlertPost> posts = store.posts().latest(alert.id(), 10);
      assertThat(posts).as(channel + "'s alert posts").hasSize(1);
      assertThat(posts.get(0).state()).as(channel).isEqualTo(AlertPost.State.POSTED);
      assertThat(store.posts().coveredBy(posts.get(0).id()))
          .as("the stories of " + channel + "'s one post")
          .containsExactlyInAnyOrderElementsOf(matching);
      assertThat(platform.postsTo(channel)).as(channel + "'s messages").hasSize(1);
    }
    // Nothing is left for another check, and nothing more is posted.
    assertThat(live.runDue()).isZero();
    assertThat(platform.posts()).hasSize(CHANNELS.size());
  }
}
