package org.briefbot.core.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.briefbot.core.news.FeedReader.ParsedFeed;
import org.briefbot.core.news.HttpFetcher.Expect;
import org.briefbot.core.news.HttpFetcher.Fetched;
import org.briefbot.core.news.HttpFetcher.Validators;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.NewFeedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds on their schedule: a conditional GET (ETag, Last-Modified), the new items queued in
 * the same transaction that stores the new validators, and on failure a back-off that doubles with
 * each failure in a row; after {@link #DISABLE_AFTER_FAILURES} in a row the feed is disabled and
 * the last reason kept for {@code /feeds list}. Safe to run in several processes on one database: a
 * feed is claimed before it is polled.
 *
 * <p>A feed's own word moves its next poll: its RSS {@code <ttl>} or the answer's {@code
 * Cache-Control: max-age} make Briefbot wait longer than the feed's interval (never shorter), and a
 * {@code Retry-After} on a 429 or 503 longer than the back-off. Such a wait is held between {@link
 * #MIN_WAIT} and {@link #MAX_HINTED_WAIT}, so that no feed is read more often than every 5 minutes
 * and none is left unread for more than a day by its own hint.
 *
 * <p>A read that turns a feed's health — its {@link #WARN_AFTER_FAILURES}-th failure in a row, its
 * stop, its first success after a warning — is told to the {@link #onHealthChange} listener, so
 * that the channels using the feed hear of it before it is stopped.
 */
public final class FeedPoller {
  public static final int DISABLE_AFTER_FAILURES = 5;

  /**
   * The failures in a row after which the channels using a feed are warned: one failure is often a
   * server's passing hiccup, two rarely are.
   */
  public static final int WARN_AFTER_FAILURES = 2;

  public static final Duration MAX_BACKOFF = Duration.ofHours(12);

  /** The soonest a feed is read again after a poll, whatever it or its server says. */
  public static final Duration MIN_WAIT = Duration.ofMinutes(5);

  /** The longest a feed's ttl, max-age or Retry-After may put off its next read. */
  public static final Duration MAX_HINTED_WAIT = Duration.ofHours(24);

  /** How long a claimed feed stays hidden from other pollers: longer than any fetch may take. */
  static final Duration CLAIM = Duration.ofMinutes(2);

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  private final HttpFetcher http;
  private final FeedReader reader;
  private final FeedStore feeds;
  private final Clock clock;
  private volatile NewsObserver observer = NewsObserver.NONE;
  private volatile Consumer<FeedHealthChange> healthListener = change -> {};

  /** How a poll went. */
  public enum Status {
    NEW_ITEMS,
    NOTHING_NEW,
    NOT_MODIFIED,
    FAILED,
    DISABLED
  }

  /**
   * @param feed the feed after the poll
   * @param newItems items queued by this poll
   * @param listed items the feed listed
   * @param error the failure's one-sentence reason, when it failed
   */
  public record PollResult(
      Feed feed, Status status, int newItems, int listed, Optional<String> error) {}

  public FeedPoller(HttpFetcher http, FeedReader reader, FeedStore feeds, Clock clock) {
    this.http = http;
    this.reader = reader;
    this.feeds = feeds;
    this.clock = clock;
  }

  /** Tells {@code observer} how each later poll went. */
  public void observeWith(NewsObserver observer) {
    this.observer = observer;
  }

  /** Tells {@code listener} of each later read that turns a feed's health. */
  public void onHealthChange(Consumer<FeedHealthChange> listener) {
    this.healthListener = Objects.requireNonNull(listener, "listener");
  }

  /** Polls every due feed this process manages to claim. */
  public List<PollResult> pollDue(int limit) {
    Instant now = clock.instant();
    List<PollResult> results = new ArrayList<>();
    for (Feed feed : feeds.due(now, limit)) {
      if (feeds.claim(feed, now.plus(CLAIM))) {
        results.add(poll(feed));
      }
    }
    return results;
  }

  /** Polls one feed now, whatever its schedule; failures are recorded, not thrown. */
  public PollResult poll(Feed feed) {
    PollResult result = read(feed);
    try {
      observer.feedRead(result.status());
    } catch (RuntimeException failure) {
      log.warn("the news observer failed", failure);
    }
    healthChange(feed, result).ifPresent(this::tell);
    return result;
  }

  /** What the read turned of the feed's health, if anything. */
  static Optional<FeedHealthChange> healthChange(Feed before, PollResult result) {
    Feed after = result.feed();
    return switch (result.status()) {
      case DISABLED ->
          before.isDisabled()
              ? Optional.empty()
              : Optional.of(
                  new FeedHealthChange(
                      after, FeedHealthChange.Turn.STOPPED, after.consecutiveFailures()));
      case FAILED ->
          after.consecutiveFailures() == WARN_AFTER_FAILURES
              ? Optional.of(
                  new FeedHealthChange(
                      after, FeedHealthChange.Turn.FAILING, after.consecutiveFailures()))
              : Optional.empty();
      case NEW_ITEMS, NOTHING_NEW, NOT_MODIFIED ->
          before.consecutiveFailures() >= WARN_AFTER_FAILURES
              ? Optional.of(
                  new FeedHealthChange(
                      after, FeedHealthChange.Turn.READ_AGAIN, before.consecutiveFailures()))
              : Optional.empty();
    };
  }

  private void tell(FeedHealthChange change) {
    try {
      healthListener.accept(change);
    } catch (RuntimeException failure) {
      log.warn("telling of feed {}'s health failed", change.feed().id(), failure);
    }
  }

  private PollResult read(Feed feed) {
    Instant now = clock.instant();
    try {
      return record(
          feed,
          fetchAndParse(
              feed.url(),
              new Validators(feed.etag().orElse(null), feed.lastModified().orElse(null))));
    } catch (FetchException failure) {
      return failed(feed, failure.getMessage(), failure.retryAfter(), now);
    } catch (RuntimeException unexpected) {
      log.warn("polling feed {} failed unexpectedly", feed.id(), unexpected);
      return failed(
          feed,
          "Briefbot could not read that feed because of an internal error.",
          Optional.empty(),
          now);
    }
  }

  /**
   * A feed fetched (conditionally, with the validators of the last read) and parsed, not yet
   * recorded.
   *
   * @param parsed the feed, or empty when the server said it is unchanged
   */
  public record Read(Fetched fetched, Optional<ParsedFeed> parsed) {}

  /**
   * Fetches and parses a feed; nothing is recorded.
   *
   * @throws FetchException with the reason for the person, when it cannot be read as a feed (a web
   *     page that names its feed throws {@link FeedReader.WebPageWithFeed})
   */
  public Read fetchAndParse(String url, Validators validators) {
    Fetched fetched = http.fetch(url, Expect.FEED, validators);
    if (fetched.notModified()) {
      return new Read(fetched, Optional.empty());
    }
    try {
      return new Read(
          fetched,
          Optional.of(
              reader.read(
                  fetched.body(), fetched.charset(), fetched.mediaType(), fetched.finalUrl())));
    } catch (FetchException failure) {
      throw failure;
    } catch (UnsupportedTextException failure) {
      throw new FetchException(FetchException.Reason.BAD_FEED, failure.getMessage());
    }
  }

  /** Records a feed's read: its items queued, its next read scheduled by what it said. */
  public PollResult record(Feed feed, Read read) {
    Instant now = clock.instant();
    Fetched fetched = read.fetched();
    if (read.parsed().isEmpty()) {
      Duration interval = rhythm(feed, 0);
      Instant next = now.plus(nextWait(interval, fetched.freshFor()));
      feeds.recordNotModified(feed.id(), now, next);
      if (!interval.equals(feed.pollInterval())) {
        feeds.reschedule(feed.id(), interval, next);
      }
      return new PollResult(
          feeds.find(feed.id()).orElseThrow(), Status.NOT_MODIFIED, 0, 0, Optional.empty());
    }
    ParsedFeed parsed = read.parsed().get();
    List<NewFeedItem> items =
        parsed.items().stream()
            .map(
                entry ->
                    new NewFeedItem(
                        entry.guid(),
                        entry.url(),
                        entry.title(),
                        entry.publishedAt(),
                        Optional.of(entry.revision())))
            .toList();
    Optional<Duration> hint = later(parsed.ttl(), fetched.freshFor());
    Instant next = now.plus(nextWait(feed.pollInterval(), hint));
    int added =
        feeds.recordFetched(
            feed.id(),
            parsed.title(),
            Optional.ofNullable(fetched.validators().etag()),
            Optional.ofNullable(fetched.validators().lastModified()),
            items,
            now,
            next);
    Duration interval = rhythm(feed, added);
    if (!interval.equals(feed.pollInterval())) {
      feeds.reschedule(feed.id(), interval, now.plus(nextWait(interval, hint)));
    }
    return new PollResult(
        feeds.find(feed.id()).orElseThrow(),
        added > 0 ? Status.NEW_ITEMS : Status.NOTHING_NEW,
        added,
        parsed.totalItems(),
        Optional.empty());
  }

  /** The feed's interval after this read ({@link PollRhythm}); the first read teaches nothing. */
  private static Duration rhythm(Feed feed, int newItems) {
    return feed.lastSuccessAt().isEmpty()
        ? feed.pollInterval()
        : PollRhythm.after(feed.pollInterval(), newItems);
  }

  private PollResult failed(Feed feed, String reason, Optional<Duration> retryAfter, Instant now) {
    Duration wait =
        nextWait(backoff(feed.pollInterval(), feed.consecutiveFailures() + 1), retryAfter);
    Feed after =
        feeds.recordFailure(feed.id(), reason, now, now.plus(wait), DISABLE_AFTER_FAILURES);
    return new PollResult(
        after, after.isDisabled() ? Status.DISABLED : Status.FAILED, 0, 0, Optional.of(reason));
  }

  /**
   * The wait before the next read: the usual wait, or longer when the feed or its server asked for
   * longer, within {@link #MIN_WAIT} and {@link #MAX_HINTED_WAIT} (or the usual wait, when that is
   * longer).
   */
  public static Duration nextWait(Duration usual, Optional<Duration> asked) {
    Duration wait =
        asked
            .filter(a -> a.compareTo(usual) > 0)
            .map(a -> min(a, max(usual, MAX_HINTED_WAIT)))
            .orElse(usual);
    return max(wait, MIN_WAIT);
  }

  private static Optional<Duration> later(Optional<Duration> a, Optional<Duration> b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(max(a.get(), b.get()));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * The wait after the n-th failure in a row: the poll interval doubled n times, at most {@link
   * #MAX_BACKOFF}.
   */
  static Duration backoff(Duration interval, int failures) {
    Duration wait = interval;
    for (int i = 0; i < failures && wait.compareTo(MAX_BACKOFF) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }
}
