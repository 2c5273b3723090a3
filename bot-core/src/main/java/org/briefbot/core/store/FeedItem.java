package org.briefbot.core.store;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A queued feed item; {@code attempts} counts claims, so an item that crashes the process is not
 * retried forever.
 */
public record FeedItem(
    long id,
    long feedId,
    String guid,
    String url,
    Optional<String> title,
    Optional<Instant> publishedAt,
    State state,
    int attempts,
    Optional<String> lastError,
    OptionalLong storyId) {

  public enum State {
    /** Waiting to be fetched and stored (again, after a failure that may pass). */
    PENDING,
    /** Stored, or found to be a story already stored. */
    DONE,
    /** Given up: not an article, or failed too often. */
    FAILED
  }
}
