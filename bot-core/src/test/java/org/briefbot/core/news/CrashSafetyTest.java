package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedItem;
import org.briefbot.core.store.FeedItemQueue;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingestion killed part-way — the process with SIGKILL (destroyForcibly) at several points, or a
 * worker dying between fetching and storing — and then restarted: afterwards every story is stored
 * exactly once and whole (with its sentences, summary and sources), and every item the feed
 * delivered has been brought in: none lost, none half-done.
 */
class CrashSafetyTest {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(CrashSafetyTest.class);
  private static final int DISTINCT_STORIES = 24;
  private static final int WIRE_COPIES = 8;
  private static final List<List<String>> BASES =
      List.of(TestStories.BRIDGE, TestStories.ORCHESTRA, TestStories.MARKET, TestStories.LIBRARY);

  @TempDir Path dataDir;
  TestNewsSite site;
  final AtomicInteger pagesServed = new AtomicInteger();
  final AtomicReference<Runnable> onPageServed = new AtomicReference<>(() -> {});

  static List<String> storyText(int n) {
    List<String> paragraphs = new ArrayList<>(BASES.get(n % BASES.size()));
    paragraphs.add(
        "The notice about this matter was number "
            + (1000 + n)
            + " in the council's register, officials said on the day.");
    return paragraphs;
  }

  @BeforeEach
  void serveFeedAndPages() throws IOException {
    site = new TestNewsSite();
    List<String[]> items = new ArrayList<>();
    for (int n = 0; n < DISTINCT_STORIES; n++) {
      String path = "/story/" + n;
      String html = TestNewsSite.article("Story number " + n, "Harbor Ledger", null, storyText(n));
      site.route(
          "ledger.example",
          path,
          request -> {
            onPageServed.get().run();
            pagesServed.incrementAndGet();
            return new MockResponse().setHeader("Content-Type", "text/html").setBody(html);
          });
      items.add(new String[] {"Story " + n, site.url("ledger.example", path), "guid-" + n});
    }
    for (int n = 0; n < WIRE_COPIES; n++) {
      // The same text at another address: must become a second source, never a second story.
      String path = "/wire/" + n;
      String html = TestNewsSite.article("Wire headline " + n, "Wire", null, storyText(n));
      site.route(
          "ledger.example",
          path,
          request -> {
            onPageServed.get().run();
            pagesServed.incrementAndGet();
            return new MockResponse().setHeader("Content-Type", "text/html").setBody(html);
          });
      items.add(new String[] {"Wire " + n, site.url("ledger.example", path), "wire-guid-" + n});
    }
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Ledger", items));
  }

  @AfterEach
  void stop() throws IOException {
    site.close();
  }

  @Test
  void killedWithSigkillAtSeveralPointsAndRestartedNothingIsLostHalfStoredOrDoubled()
      throws Exception {
    // Run 1 dies as soon as the feed has been asked for; runs 2 and 3 die part-way through the
    // pages.
    runChildAndKill(0, () -> site.hits("ledger.example", "/rss.xml") >= 1);
    int before = pagesServed.get();
    runChildAndKill(5, () -> pagesServed.get() >= before + 7);
    int before2 = pagesServed.get();
    runChildAndKill(10, () -> pagesServed.get() >= before2 + 9);

    // The restart that is allowed to finish, in this process, "later" than every lease.
    try (Database database = Database.defaultH2(dataDir);
        NewsIngestion news =
            new NewsIngestion(
                database,
                new HttpFetcher(
                    FetchSettings.defaults().withAllowPrivateAddresses(true),
                    TestNewsSite.RESOLVER),
                new LeadSentencesAnalyzer(NlpPipeline.shared()),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(15)),
                2)) {
      Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");
      news.drainQueue();
      news.pollAndIngest(news.feeds().find(feed.id()).orElseThrow());

      assertEverythingStoredOnceAndWhole(news, feed);
    }
  }

  @Test
  void aWorkerThatDiesBetweenFetchAndStoreLeavesItsItemToBeTakenAgain() throws Exception {
    AtomicInteger analysed = new AtomicInteger();
    StoryAnalyzer real = new LeadSentencesAnalyzer(NlpPipeline.shared());
    StoryAnalyzer dying =
        text -> {
          if (analysed.incrementAndGet() > 5) {
            throw new SimulatedCrash(); // an Error, not an exception: nothing in the worker handles
            // it
          }
          return real.analyze(text);
        };
    MutableClock clock = new MutableClock(java.time.Instant.parse("2024-06-01T08:00:00Z"));
    try (Database database = Database.defaultH2(dataDir)) {
      try (NewsIngestion crashing =
          new NewsIngestion(
              database,
              new HttpFetcher(
                  FetchSettings.defaults().withAllowPrivateAddresses(true), TestNewsSite.RESOLVER),
              dying,
              clock,
              2)) {
        Feed feed =
            crashing.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");
        crashing.pollAndIngest(feed);
        assertThat(crashing.stories().count()).isEqualTo(5);
        assertThat(crashing.queue().counts().get(FeedItem.State.PENDING)).isGreaterThan(0);
      }
      clock.advance(FeedItemWorker.LEASE.plusSeconds(1));
      try (NewsIngestion restarted =
          new NewsIngestion(
              database,
              new HttpFetcher(
                  FetchSettings.defaults().withAllowPrivateAddresses(true), TestNewsSite.RESOLVER),
              real,
              clock,
              2)) {
        restarted.drainQueue();
        assertEverythingStoredOnceAndWhole(
            restarted, restarted.feeds().list(FeedOwner.CONSOLE).get(0));
      }
    }
  }

  /** Stands for the worker dying: no code path catches an Error. */
  private static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash between fetching and storing");
    }
  }

  private void assertEverythingStoredOnceAndWhole(NewsIngestion news, Feed feed) {
    List<FeedItem> items = news.queue().items(feed.id());
    assertThat(items).hasSize(DISTINCT_STORIES + WIRE_COPIES);
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.state()).isEqualTo(FeedItem.State.DONE);
              assertThat(item.storyId()).isPresent();
              assertThat(news.stories().sourceUrls(item.storyId().getAsLong()))
                  .contains(item.url());
            });
    assertThat(news.stories().count()).isEqualTo(DISTINCT_STORIES);
    for (StoredStory story : news.stories().latest(1000)) {
      int n = Integer.parseInt(story.title().replaceAll("\\D+", ""));
      assertThat(story.title()).isEqualTo("Story number " + n);
      assertThat(story.text()).endsWith(storyText(n).get(5));
      assertThat(news.stories().sentences(story.id())).hasSize(6);
      assertThat(story.summarySentences()).hasSize(3);
      assertThat(news.stories().sourceUrls(story.id())).hasSize(n < WIRE_COPIES ? 2 : 1);
    }
  }

  /**
   * Starts the child, waits until {@code killWhen} holds (or the child finishes), and kills it with
   * SIGKILL.
   */
  private void runChildAndKill(int clockAheadMinutes, java.util.function.BooleanSupplier killWhen)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                IngestCrashChild.class.getName(),
                dataDir.toString(),
                site.url("ledger.example", "/rss.xml"),
                Integer.toString(clockAheadMinutes))
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("child-" + clockAheadMinutes + ".log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (child.isAlive() && !killWhen.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    boolean finishedOnItsOwn = !child.isAlive();
    child.destroyForcibly();
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    // The point of the exercise: the child was killed, not allowed to finish.
    assertThat(finishedOnItsOwn).as("the child finished before it could be killed").isFalse();
    assertWholeAfterKill();
  }

  /**
   * Right after a kill: whatever is stored is stored whole and once, and every item marked done has
   * its story.
   */
  private void assertWholeAfterKill() {
    try (Database database = Database.defaultH2(dataDir)) {
      StoryStore stories = new StoryStore(database);
      FeedItemQueue queue = new FeedItemQueue(database);
      List<StoredStory> stored = stories.latest(1000);
      assertThat(stored).extracting(StoredStory::contentHash).doesNotHaveDuplicates();
      for (StoredStory story : stored) {
        assertThat(stories.sentences(story.id())).hasSize(6);
        assertThat(story.summarySentences()).hasSize(3);
        assertThat(stories.sourceUrls(story.id())).isNotEmpty();
      }
      List<FeedItem> items =
          database
              .jdbi()
              .withHandle(h -> h.createQuery("SELECT id FROM feed_items").mapTo(Long.class).list())
              .stream()
              .map(id -> queue.find(id).orElseThrow())
              .toList();
      assertThat(items)
          .filteredOn(item -> item.state() == FeedItem.State.DONE)
          .allSatisfy(item -> assertThat(stories.find(item.storyId().getAsLong())).isPresent());
      log.info("after a kill: {} stories stored, items {}", stored.size(), queue.counts());
    }
    assertThat(new File(dataDir.toFile(), "briefbot.mv.db")).exists();
  }
}
