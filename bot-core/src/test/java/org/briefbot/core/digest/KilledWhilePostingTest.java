package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.digest.DigestFixtures.RecordingPoster;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A Briefbot process killed with SIGKILL while a digest is being posted — after the run was
 * recorded, before the platform answered — and a restart on the same database: the digest is not
 * posted a second time, and the gap is logged and recorded.
 */
class KilledWhilePostingTest {
  static final String DUE = "2026-06-01T08:00:05Z";

  @TempDir Path dataDir;

  @Test
  void aProcessKilledWhilePostingIsNotPostedAgainAfterARestartAndTheGapIsLogged() throws Exception {
    try (Database database = Database.defaultH2(dataDir)) {
      DigestFixtures.subscribe(
          new DigestStore(database),
          DigestFixtures.CHANNEL,
          DigestFixtures.dailyWithLine("08:00", "UTC"),
          Instant.parse("2026-06-01T07:00:00Z"));
    }

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                DigestCrashChild.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = out.readLine(); // blocks until the child says it is posting (or ends)
      } while (line != null && !line.equals("posting"));
      assertThat(line).as("the child reached the post").isEqualTo("posting");
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    Logger logger = (Logger) LoggerFactory.getLogger(DigestDelivery.class);
    logger.addAppender(logged);
    try (Database database = Database.defaultH2(dataDir)) {
      DigestStore store = new DigestStore(database);
      Subscription subscription = store.find(DigestFixtures.CHANNEL).orElseThrow();
      assertThat(store.runs().latest(subscription.id(), 5))
          .singleElement()
          .satisfies(run -> assertThat(run.state()).isEqualTo(DigestRun.State.POSTING));

      MutableClock clock = new MutableClock(Instant.parse("2026-06-01T08:30:00Z"));
      RecordingPoster poster = new RecordingPoster(Platform.DISCORD);
      new DigestDelivery(
              store,
              new StoryStore(database),
              new FeedStore(database),
              List.of(poster),
              DigestDelivery.DigestSettings.defaults(),
              clock)
          .runDue();

      assertThat(poster.posts).isEmpty();
      assertThat(store.runs().latest(subscription.id(), 5))
          .singleElement()
          .satisfies(run -> assertThat(run.state()).isEqualTo(DigestRun.State.UNCONFIRMED));
      assertThat(logged.list)
          .filteredOn(e -> e.getFormattedMessage().startsWith("digest gap"))
          .hasSize(1);
    } finally {
      logger.detachAppender(logged);
    }
  }
}
