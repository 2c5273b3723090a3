package org.briefbot.slack;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seen requests in the shared database ({@code slack_seen_requests}), so that every instance behind
 * one load balancer refuses a replay another one took: the key's primary key decides, in one
 * insert. When the database cannot be reached the request runs (an answer twice is better than
 * none), and the failure is logged.
 */
final class DatabaseSeenRequests implements SeenRequests {
  private static final Logger log = LoggerFactory.getLogger(DatabaseSeenRequests.class);
  private static final String UNIQUE_VIOLATION = "23505";
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final Clock clock;
  private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

  DatabaseSeenRequests(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public boolean firstTime(List<String> keys) {
    Instant now = clock.instant();
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    StringBuilder insert =
        new StringBuilder("INSERT INTO slack_seen_requests (request_key, seen_at) VALUES ");
    for (int i = 0; i < keys.size(); i++) {
      insert.append(i == 0 ? "" : ", ").append("(:key").append(i).append(", :at)");
    }
    try {
      // One statement for all keys: it fails whole when any key was taken, so a replay is refused
      // however many of its keys another instance recorded.
      jdbi.useHandle(
          handle -> {
            var update = handle.createUpdate(insert.toString()).bind("at", at);
            for (int i = 0; i < keys.size(); i++) {
              update.bind("key" + i, keys.get(i));
            }
            update.execute();
          });
    } catch (UnableToExecuteStatementException failure) {
      if (failure.getCause() instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return false;
      }
      log.warn("could not record a Slack request as seen; it runs: {}", failure.toString());
      return true;
    } catch (RuntimeException unreachable) {
      log.warn("could not record a Slack request as seen; it runs: {}", unreachable.toString());
      return true;
    }
    pruneNowAndThen(now);
    return true;
  }

  /** Deletes the keys past their time, at most once a minute. */
  private void pruneNowAndThen(Instant now) {
    Instant last = lastPrune.get();
    if (Duration.between(last, now).compareTo(PRUNE_EVERY) < 0
        || !lastPrune.compareAndSet(last, now)) {
      return;
    }
    try {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate("DELETE FROM slack_seen_requests WHERE seen_at < :before")
                  .bind("before", OffsetDateTime.ofInstant(now.minus(KEPT), ZoneOffset.UTC))
                  .execute());
    } catch (RuntimeException failure) {
      log.warn("could not delete old seen Slack requests: {}", failure.toString());
    }
  }
}
