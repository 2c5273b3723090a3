package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.digest.DigestFixtures.RecordingPoster;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The observer hears what became of each due digest — delivered, refused, empty, missed — and how
 * long after its due time, as the operator's metrics count them.
 */
class DigestObserverTest {
  private record Heard(DigestObserver.Outcome outcome, Duration late) {}

  private final List<Heard> heard = java.util.Collections.synchronizedList(new ArrayList<>());
  private Database database;
  private DigestStore store;
  private MutableClock clock;
  private RecordingPoster poster;
  private DigestDelivery delivery;

  @BeforeEach
  void open() {
    database = Database.open("jdbc:h2:mem:digest-observer;DB_CLOSE_DELAY=-1", "sa", "");
    store = new DigestStore(database);
    clock = new MutableClock(Instant.parse("2026-05-04T06:00:00Z"));
    poster = new RecordingPoster(Platform.DISCORD);
    delivery =
        new DigestDelivery(
            store,
            new StoryStore(database),
            new FeedStore(database),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock,
            (outcome, late) -> heard.add(new Heard(outcome, late)));
  }

  @AfterEach
  void close() {
    database.jdbi().useHandle(handle -> handle.execute("DROP ALL OBJECTS"));
    database.close();
  }

  private void runAt(String instant) {
    clock.set(Instant.parse(instant));
    delivery.runDue();
  }

  @Test
  void aPostedDigestIsDeliveredWithItsDelayFromTheDueTime() {
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("08:00", "UTC"),
        clock.instant());

    runAt("2026-05-04T08:00:20Z");

    assertThat(heard)
        .containsExactly(new Heard(DigestObserver.Outcome.DELIVERED, Duration.ofSeconds(20)));
  }

  @Test
  void aRefusalIsAFailureAndAPermanentOneSaysSo() {
    DigestFixtures.subscribe(
        store,
        DigestFixtures.CHANNEL,
        DigestFixtures.dailyWithLine("08:00", "UTC"),
        clock.instant());
    poster.answer = reply -> new Delivery.Failed("Missing access.", false);
    runAt("2026-05-04T08:00:05Z");
    poster.answer = reply -> new Delivery.Failed("The channel no longer exists.", true);
    runAt("2026-05-05T08:00:05Z");

    assertThat(heard)
        .extracting(Heard::outcome)
        .containsExactly(DigestObserver.Outcome.FAILED, DigestObserver.Outcome.FAILED_PERMANENTLY);
  }

  @Test
  void aDayWithoutNewsAndADigestPastTheGracePeriodAreSkipped() {
    DigestFixtures.subscribe(
        store, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    runAt("2026-05-04T08:00:05Z");
    runAt("2026-05-05T11:00:00Z"); // three hours late: past the two of grace

    assertThat(heard)
        .extracting(Heard::outcome)
        .containsExactly(DigestObserver.Outcome.EMPTY, DigestObserver.Outcome.MISSED);
    assertThat(poster.posts).isEmpty();
  }
}
