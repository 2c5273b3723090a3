package org.briefbot.core.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.store.FeedItem;
import org.briefbot.core.store.FeedItemQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes queued feed items and brings their stories in, several at a time (fetching waits on the
 * network). An item is claimed with a lease before work starts, so a crash leaves it to be taken
 * again once the lease is over; a failure that may pass is retried later with back-off, one that
 * cannot (a PDF, a paywall, no article) or one that keeps failing is given up with its reason.
 */
public final class FeedItemWorker implements AutoCloseable {
  public static final int MAX_ATTEMPTS = 5;

  /** Longer than a fetch (10 s) plus analysis and storing can take. */
  public static final Duration LEASE = Duration.ofMinutes(2);

  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(FeedItemWorker.class);

  private final FeedItemQueue queue;
  private final StoryIngester ingester;
  private final Clock clock;
  private final ExecutorService workers;
  private final int parallelism;
  private volatile NewsObserver observer = NewsObserver.NONE;

  /**
   * What became of an item.
   *
   * @param ingested the story, when it was brought in
   * @param error the reason, when it was not
   * @param willRetry whether the item stays queued for another try
   */
  public record ItemResult(
      FeedItem item, Optional<Ingested> ingested, Optional<String> error, boolean willRetry) {}

  public FeedItemWorker(FeedItemQueue queue, StoryIngester ingester, Clock clock, int parallelism) {
    this.queue = queue;
    this.ingester = ingester;
    this.clock = clock;
    this.parallelism = parallelism;
    this.workers =
        Executors.newFixedThreadPool(
            parallelism,
            runnable -> {
              Thread thread = new Thread(runnable, "briefbot-ingest");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Tells {@code observer} how each item worked on from now on went. */
  public void observeWith(NewsObserver observer) {
    this.observer = observer;
  }

  /**
   * Processes up to {@code limit} due items, in parallel, and waits for them. Items are claimed a
   * few at a time (one transaction for several) as workers free up, so that no worker waits for a
   * slow neighbour and no claimed item waits long enough for its lease to run out.
   */
  public List<ItemResult> processDue(int limit) {
    CompletionService<ItemResult> finished = new ExecutorCompletionService<>(workers);
    List<ItemResult> results = new ArrayList<>();
    int inFlight = 0;
    int taken = 0;
    boolean queueEmpty = false;
    while (true) {
      if (!queueEmpty && inFlight <= parallelism && taken < limit) {
        Instant now = clock.instant();
        List<FeedItem> claimed =
            queue.claimDue(
                now, now.plus(LEASE), Math.min(2 * parallelism - inFlight, limit - taken));
        queueEmpty = claimed.isEmpty();
        for (FeedItem item : claimed) {
          finished.submit(() -> work(item));
        }
        inFlight += claimed.size();
        taken += claimed.size();
      }
      if (inFlight == 0) {
        return results;
      }
      try {
        Future<ItemResult> next = finished.take();
        inFlight--;
        results.add(next.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return results;
      } catch (ExecutionException e) {
        // An Error in a worker: its item keeps its lease and is taken again when the lease is over.
        log.warn("an ingest worker failed", e.getCause());
      }
    }
  }

  /**
   * Brings in a feed's newest queued items now, up to {@code limit}, side by side, and waits for
   * them (a feed just added: its first stories are there when the answer says so); the rest stay
   * queued for the background rounds.
   */
  public NewestItems processNewest(long feedId, int limit) {
    List<FeedItem> newest =
        queue.items(feedId).stream()
            .filter(item -> item.state() == FeedItem.State.PENDING)
            .sorted(
                java.util.Comparator.comparing(
                        (FeedItem item) -> item.publishedAt().orElse(Instant.EPOCH))
                    .reversed())
            .limit(limit)
            .toList();
    List<Future<Optional<ItemResult>>> running = new ArrayList<>();
    for (FeedItem item : newest) {
      running.add(workers.submit(() -> process(item)));
    }
    List<ItemResult> results = new ArrayList<>();
    int held = 0;
    for (Future<Optional<ItemResult>> one : running) {
      try {
        Optional<ItemResult> result = one.get();
        if (result.isPresent()) {
          results.add(result.get());
        } else {
          held++;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        log.warn("an ingest worker failed", e.getCause());
      }
    }
    return new NewestItems(results, held);
  }

  /**
   * A feed's newest items brought in now.
   *
   * @param results what became of each item this process took
   * @param heldElsewhere items another process had taken (or a process that stopped, until its
   *     lease runs out): they are not lost, and are taken again when their lease is over
   */
  public record NewestItems(List<ItemResult> results, int heldElsewhere) {}

  /** Claims and processes one item; empty when another worker had claimed it. */
  public Optional<ItemResult> process(FeedItem item) {
    Instant now = clock.instant();
    if (!queue.claim(item.id(), now, now.plus(LEASE))) {
      return Optional.empty();
    }
    return Optional.of(
        work(
            new FeedItem(
                item.id(),
                item.feedId(),
                item.guid(),
                item.url(),
                item.title(),
                item.publishedAt(),
                item.state(),
                item.attempts() + 1,
                item.lastError(),
                item.storyId())));
  }

  /**
   * Brings in a claimed item ({@code item.attempts()} counts this attempt) and records how it went.
   */
  private ItemResult work(FeedItem item) {
    int attempt = item.attempts();
    try {
      Ingested ingested = ingester.ingestItem(item);
      tell(observer -> observer.itemBroughtIn(ingested.outcome()));
      return new ItemResult(item, Optional.of(ingested), Optional.empty(), false);
    } catch (FetchException failure) {
      String reason = failure.reason().name().toLowerCase(java.util.Locale.ROOT);
      tell(observer -> observer.itemNotBroughtIn(reason, failure.isRetryable()));
      return failed(
          item, attempt, failure.getMessage(), failure.isRetryable(), failure.retryAfter());
    } catch (UnsupportedTextException failure) {
      tell(observer -> observer.itemNotBroughtIn("unreadable", false));
      return failed(item, attempt, failure.getMessage(), false, Optional.empty());
    } catch (RuntimeException unexpected) {
      log.warn("ingesting {} failed unexpectedly", item.url(), unexpected);
      tell(observer -> observer.itemNotBroughtIn("internal", true));
      return failed(
          item,
          attempt,
          "Briefbot could not store that story because of an internal error.",
          true,
          Optional.empty());
    }
  }

  /** Tells the observer; a failing observer costs the metric, never the item's record. */
  private void tell(java.util.function.Consumer<NewsObserver> note) {
    try {
      note.accept(observer);
    } catch (RuntimeException failure) {
      log.warn("the news observer failed", failure);
    }
  }

  /**
   * @param retryAfter the server's Retry-After, which puts the next try off when it is longer than
   *     the back-off (up to a day)
   */
  private ItemResult failed(
      FeedItem item, int attempt, String reason, boolean retryable, Optional<Duration> retryAfter) {
    Instant now = clock.instant();
    Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 6));
    Duration wait =
        retryAfter
            .filter(asked -> asked.compareTo(backoff) > 0)
            .map(
                asked ->
                    asked.compareTo(FeedPoller.MAX_HINTED_WAIT) > 0
                        ? FeedPoller.MAX_HINTED_WAIT
                        : asked)
            .orElse(backoff);
    Optional<Instant> retryAt = retryable ? Optional.of(now.plus(wait)) : Optional.empty();
    queue.markFailed(item.id(), reason, now, retryAt, MAX_ATTEMPTS);
    return new ItemResult(
        item, Optional.empty(), Optional.of(reason), retryable && attempt < MAX_ATTEMPTS);
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
