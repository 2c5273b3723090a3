package org.briefbot.core.news;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.news.FeedItemWorker.ItemResult;
import org.briefbot.core.news.FeedPoller.PollResult;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedItemQueue;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;

/**
 * News in, assembled: the guarded fetcher, article and feed readers, the analyser, the stores, the
 * feed poller and the item workers over one database, and the round of background work ({@link
 * #runRound}) the shared scheduler runs. What the launcher builds once.
 */
public final class NewsIngestion implements AutoCloseable {
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

  private final ArticleFetcher articles;
  private final StoryStore stories;
  private final FeedStore feeds;
  private final FeedItemQueue queue;
  private final StoryIngester ingester;
  private final FeedPoller poller;
  private final FeedItemWorker worker;
  private final Clock clock;
  private final HttpFetcher http;

  public NewsIngestion(
      Database database, HttpFetcher http, StoryAnalyzer analyzer, Clock clock, int parallelism) {
    this.clock = clock;
    this.http = http;
    this.articles = new ArticleFetcher(http, new ArticleExtractor(), 500, Duration.ofMinutes(30));
    this.stories = new StoryStore(database);
    this.feeds = new FeedStore(database);
    this.queue = new FeedItemQueue(database);
    this.ingester = new StoryIngester(articles, analyzer, stories, clock);
    this.poller = new FeedPoller(http, new FeedReader(), feeds, clock);
    this.worker = new FeedItemWorker(queue, ingester, clock, parallelism);
  }

  /**
   * With the system's DNS and eight stories at a time: a worker mostly waits on the network or a
   * commit.
   */
  public static NewsIngestion create(
      Database database, FetchSettings settings, StoryAnalyzer analyzer) {
    return new NewsIngestion(
        database, new HttpFetcher(settings, HostResolver.system()), analyzer, Clock.systemUTC(), 8);
  }

  /** Tells {@code observer} how each later feed read, queued item and linked story went. */
  public void observeWith(NewsObserver observer) {
    poller.observeWith(observer);
    worker.observeWith(observer);
    ingester.observeWith(observer);
  }

  /**
   * Subscribes an owner to a feed without reading it (the next round does); the address is checked
   * by the SSRF guard first. People's {@code /feeds add} goes through {@link #addAndRead}.
   *
   * @throws FetchException when the address is refused
   */
  public Feed addFeed(String url, FeedOwner owner, String addedBy) {
    String checked = articles.guard().check(url).toString();
    return feeds.add(checked, owner, addedBy, DEFAULT_POLL_INTERVAL, clock.instant());
  }

  /**
   * A feed added by {@link #addAndRead}: how its first read went, and the stories brought in now.
   *
   * @param poll the first read (its items queued)
   * @param page the web page it was found on, when the address given was a page naming its feed
   * @param newest the newest items brought in now (and those another process held); the rest are
   *     queued for the background rounds
   */
  public record FeedAdded(
      PollResult poll, Optional<String> page, FeedItemWorker.NewestItems newest) {
    /** What became of each item brought in now. */
    public List<ItemResult> items() {
      return newest.results();
    }
  }

  /**
   * Adds a feed only once it has been read: the address is checked by the SSRF guard, fetched and
   * parsed; a web page that names its feed ({@code <link rel="alternate">}) stands for that feed.
   * Then the owner is subscribed, the feed's items are queued, and its newest {@code readNow} are
   * brought in before this returns.
   *
   * @throws FetchException with the reason for the person when the address is refused, does not
   *     answer, or is not a feed (nothing is stored then)
   */
  public FeedAdded addAndRead(String url, FeedOwner owner, String addedBy, int readNow) {
    String address = articles.guard().check(url).toString();
    Optional<String> page = Optional.empty();
    FeedPoller.Read read;
    try {
      read = poller.fetchAndParse(address, HttpFetcher.Validators.NONE);
    } catch (FeedReader.WebPageWithFeed named) {
      page = Optional.of(address);
      address = articles.guard().check(named.feedUrl()).toString();
      read = poller.fetchAndParse(address, HttpFetcher.Validators.NONE);
    }
    Feed feed = feeds.add(address, owner, addedBy, DEFAULT_POLL_INTERVAL, clock.instant());
    PollResult poll = poller.record(feed, read);
    return new FeedAdded(poll, page, worker.processNewest(feed.id(), readNow));
  }

  /**
   * The bytes of a file a chat platform serves (an attachment), fetched as a feed is: the address
   * and every redirect checked by the guard, the size and the time capped.
   *
   * @throws FetchException with the reason for the person when it cannot be fetched
   */
  public byte[] fetchFile(String url) {
    return http.fetch(url, HttpFetcher.Expect.FEED, HttpFetcher.Validators.NONE).body();
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

  /**
   * One round of background news work: polls the feeds that are due and works through the queue.
   * The shared scheduler ({@code BackgroundJobs}) runs it in one process at a time; a feed is also
   * claimed before it is polled, so two rounds that overlap never poll it twice.
   */
  public void runRound() {
    poller.pollDue(50);
    worker.processDue(200);
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

  /** The clock feeds are read and stories stored by. */
  public Clock clock() {
    return clock;
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
  public void close() {
    worker.close();
  }
}
