package org.briefbot.core.news;

import java.time.Duration;

/**
 * How often a feed is read, learnt from how often it changes: a read that finds new items halves
 * the feed's interval (down to {@link #FLOOR}), a read that finds nothing new (a 304, or only items
 * seen before) makes it half as long again (up to {@link #CEILING}). A feed that posts every few
 * minutes is read every five; one that posts twice a day settles at an hour. The first read (when a
 * feed is added) teaches nothing: every item is new then. A feed's own {@code ttl} and a server's
 * {@code Retry-After} still put a read off further ({@link FeedPoller#nextWait}).
 */
public final class PollRhythm {
  /** The shortest interval: no feed is read more often. */
  public static final Duration FLOOR = FeedPoller.MIN_WAIT;

  /** The longest interval a quiet feed settles at: its news is at most this late. */
  public static final Duration CEILING = Duration.ofHours(1);

  private PollRhythm() {}

  /** The interval after a read that found {@code newItems} new items. */
  public static Duration after(Duration interval, int newItems) {
    if (newItems == 1) {
      return interval;
    }
    if (newItems > 1) {
      Duration half = interval.dividedBy(2);
      return half.compareTo(FLOOR) < 0 ? FLOOR : half;
    }
    Duration longer = interval.plus(interval.dividedBy(2));
    return longer.compareTo(CEILING) > 0 ? CEILING : longer;
  }
}
