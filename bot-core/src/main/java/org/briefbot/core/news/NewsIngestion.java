package org.briefbot.core.news;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.news.FeedItemWorker.ItemResult;
import org.briefbot.core.news.FeedPoller.PollResult;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedItemQueue;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * News in, assembled: the guarded fetcher, article and feed readers, the analyser, the stores,
 * the feed poller and the item workers over one database — and, when started, a background
 * schedule that polls due feeds and works through the queue. What the launcher builds once.
 */
public final class NewsIngestion implements AutoCloseable {
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);
  private static final Logger log = LoggerFactory.getLogger(NewsIngestion.class);

  private final ArticleFetcher articles;
  private final StoryStore stories;
  private final FeedStore feeds;
  private final FeedItemQueue queue;
  private final StoryIngester ingester;
  private final FeedPoller poller;
  private final FeedItemWorker worker;
  private final Clock clock;
  private ScheduledExecutorService schedule;

  public NewsIngestion(Database database, HttpFetcher http, StoryAnalyzer analyzer, Clock clock, int parallelism) {
    this.clock = clock;
    this.articles = new ArticleFetcher(http, new ArticleExtractor(), 500, Duration.ofMinutes(30));
    this.stories = new StoryStore(database);
    this.feeds = new FeedStore(database);
    this.queue = new FeedItemQueue(database);
    this.ingester = new StoryIngester(articles, analyzer, stories, clock);
    this.poller = new FeedPoller(http, new FeedReader(), feeds, clock);
    this.worker = new FeedItemWorker(queue, ingester, clock, parallelism);
  }

  /** With the system's DNS and eight stories at a time: a worker mostly waits on the network or a commit. */
  public static NewsIngestion create(Database database, FetchSettings settings, StoryAnalyzer analyzer) {
    return new NewsIngestion(database, new HttpFetcher(settings, HostResolver.system()), analyzer, Clock.systemUTC(), 8);
  }

  /**
   * Subscribes an owner to a feed; the address is checked by the SSRF guard first.
   *
   * @throws FetchException when the address is refused
   */
  public Feed addFeed(String url, FeedOwner owner, String addedBy) {
    String checked = articles.guard().check(url).toString();
    return feeds.add(checked, owner, addedBy, DEFAULT_POLL_INTERVAL, clock.instant());
  }

  /** Polls one feed now and brings in every item it queued that can be brought in now. */
  public FeedRun pollAndIngest(Feed feed) {
    PollResult poll = poller.poll(feed);
    List<ItemResult> items = drainQueue();
    return new FeedRun(poll, items);
  }

  /** One feed polled and its items processed. */
  public record FeedRun(PollResult poll, List<ItemResult> items) {}

  /** Works through every due item of the queue. */
  public List<ItemResult> drainQueue() {
    List<ItemResult> all = new java.util.ArrayList<>();
    while (true) {
      List<ItemResult> batch = worker.processDue(64);
      if (batch.isEmpty()) {
        return all;
      }
      all.addAll(batch);
    }
  }

  /** Polls due feeds and works the queue every {@code period}, in the background, until closed. */
  public synchronized void startSchedule(Duration period) {
    if (schedule != null) {
      return;
    }
    schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "briefbot-news-schedule");
      thread.setDaemon(true);
      return thread;
    });
    schedule.scheduleWithFixedDelay(() -> {
      try {
        poller.pollDue(50);
        worker.processDue(200);
      } catch (RuntimeException e) {
        log.warn("news schedule round failed", e);
      }
    }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  public ArticleFetcher articles() {
    return articles;
  }

  public StoryIngester ingester() {
    return ingester;
  }

  public StoryStore stories() {
    return stories;
  }

  public FeedStore feeds() {
    return feeds;
  }

  public FeedItemQueue queue() {
    return queue;
  }

  public FeedPoller poller() {
    return poller;
  }

  public FeedItemWorker worker() {
    return worker;
  }

  @Override
  public synchronized void close() {
    if (schedule != null) {
      schedule.shutdownNow();
    }
    worker.close();
  }
}
