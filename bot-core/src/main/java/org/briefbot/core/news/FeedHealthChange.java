package org.briefbot.core.news;

import java.util.Objects;
import org.briefbot.core.store.Feed;

/**
 * A read of a feed after which the people whose digests use it should hear from Briefbot: it has
 * started failing (and will be stopped if it goes on), it was stopped, or it is read again after a
 * warning.
 *
 * @param feed the feed after the read (its reason, failures in a row and next read)
 * @param turn what changed
 * @param failures the failed reads in a row: up to this one, or before it for {@link
 *     Turn#READ_AGAIN}
 */
public record FeedHealthChange(Feed feed, Turn turn, int failures) {
  /** What changed. */
  public enum Turn {
    /** {@link FeedPoller#WARN_AFTER_FAILURES} reads in a row failed; it is still read. */
    FAILING,
    /** {@link FeedPoller#DISABLE_AFTER_FAILURES} reads in a row failed: it is no longer read. */
    STOPPED,
    /** A read succeeded after a warning. */
    READ_AGAIN
  }

  public FeedHealthChange {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(turn, "turn");
  }

  /** The reads that may still fail, after {@code failures} in a row, before a feed is stopped. */
  public static int failuresLeft(int failures) {
    return Math.max(0, FeedPoller.DISABLE_AFTER_FAILURES - failures);
  }
}
