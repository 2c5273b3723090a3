package org.briefbot.core.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefbot.core.news.StoryIngester;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.StoryQuotes;
import org.briefbot.core.store.IndexableStory;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's search indexes — stories ({@link StoryIndex}) and their quotes and speakers ({@link
 * WhoSaidIndex}) — kept in step with the store, which stays the source of truth.
 *
 * <p>On disk ({@code index/} beside the database) the indexes survive restarts: each commit records
 * the highest story id indexed (the watermark), and at start the indexes only catch up with the
 * stories stored since. A missing or unreadable index, or one written by an older version of this
 * class, is rebuilt from the store in bulk in the background; until then {@link #stillIndexing()}
 * says so, and commands say so rather than answer from half an index. Right after a start, an
 * answer waits for that catch-up ({@link #beforeAnswering()}), so that stories stored while the bot
 * was not running are never silently missing from it. A story the process stores is indexed at
 * once; stories other processes store on the same database are found by polling ({@link
 * #startPolling}), so each process keeps its own index. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

  /** Bumped when the documents change: an index of another schema is rebuilt. */
  static final String SCHEMA = "2";

  private static final String SCHEMA_KEY = "schema";
  private static final String WATERMARK_KEY = "watermark";

  /** The highest story update whose story was indexed again, as the watermark is for stories. */
  private static final String UPDATES_KEY = "updates";

  /**
   * Updates this far under the updates' watermark are looked at again, for the reason of {@link
   * #LOOKBACK}; those already indexed again are remembered ({@link #reindexed}), not redone.
   */
  private static final long UPDATES_LOOKBACK = 100;

  /** "false" while a rebuild is under way: a start after a stop mid-rebuild goes on rebuilding. */
  private static final String COMPLETE_KEY = "complete";

  private static final int BATCH = 500;

  /** During a rebuild, commit this often, so that a stop keeps most of the work. */
  private static final int COMMIT_EVERY = 20_000;

  /**
   * Story ids this far under the watermark are looked at again: processes sharing a database take
   * ids in one order and may commit them in another, so a story can appear under the watermark.
   */
  private static final long LOOKBACK = 1_000;

  /** How long an answer waits, at most, for the first catch-up after a start. */
  static final Duration ANSWER_WAITS_AT_MOST = Duration.ofSeconds(3);

  /** What an answer says when the first catch-up after a start takes longer than that. */
  static final String CATCHING_UP =
      "Briefbot has just started and is still catching up with the stories stored meanwhile; "
          + "ask again in a moment.";

  private final StoryIndex stories;
  private final WhoSaidIndex quotes;
  private final Object catchingUp = new Object();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final AtomicInteger indexed = new AtomicInteger();
  private volatile boolean building;
  private volatile int toIndex;
  private volatile long watermark;
  private volatile long updatesWatermark;

  /** The latest updates whose stories were indexed again (guarded by {@code catchingUp}). */
  private final java.util.LinkedHashSet<Long> reindexed = new java.util.LinkedHashSet<>();

  private volatile StoryStore store;

  /** Set when closing begins: a catch-up under way stops after its batch. */
  private volatile boolean stopping;

  private volatile boolean closed;
  private ScheduledExecutorService poller;

  /** When a catch-up last got to the end of the store ({@link System#nanoTime()}). */
  private volatile long caughtUpAt = System.nanoTime();

  private SearchIndex(StoryIndex stories, WhoSaidIndex quotes) {
    this.stories = stories;
    this.quotes = quotes;
  }

  /** Indexes held in memory, filled from the store at each start (tests). */
  public static SearchIndex inMemory() {
    return new SearchIndex(
        StoryIndex.in(new ByteBuffersDirectory()), WhoSaidIndex.in(new ByteBuffersDirectory()));
  }

  /**
   * Indexes in {@code directory} ({@code stories/} and {@code quotes/}), created if missing;
   * unreadable ones are emptied, to be rebuilt. One process at a time may use a directory.
   */
  public static SearchIndex onDisk(Path directory) {
    StoryIndex stories = IndexDirectories.open(directory.resolve("stories"), StoryIndex::in);
    try {
      return new SearchIndex(
          stories, IndexDirectories.open(directory.resolve("quotes"), WhoSaidIndex::in));
    } catch (RuntimeException e) {
      stories.close();
      throw e;
    }
  }

  /** Deletes the indexes in {@code directory} (the next start rebuilds them). */
  public static void deleteOnDisk(Path directory) {
    IndexDirectories.delete(directory);
  }

  public StoryIndex stories() {
    return stories;
  }

  public WhoSaidIndex quotes() {
    return quotes;
  }

  /**
   * Keeps the indexes in step with {@code store}: each story {@code ingester} stores from now on is
   * indexed at once, and the stories stored meanwhile are indexed in {@code background} — all of
   * them when the indexes were missing, unreadable or of another schema.
   */
  public void keepInStep(StoryStore store, StoryIngester ingester, Executor background) {
    this.store = store;
    Map<String, String> storyData = stories.commitData();
    Map<String, String> quoteData = quotes.commitData();
    boolean usable = SCHEMA.equals(storyData.get(SCHEMA_KEY)) && storyData.equals(quoteData);
    if (!usable) {
      stories.clear();
      quotes.clear();
      watermark = 0;
    } else {
      watermark = Long.parseLong(storyData.getOrDefault(WATERMARK_KEY, "0"));
      updatesWatermark = Long.parseLong(storyData.getOrDefault(UPDATES_KEY, "0"));
    }
    boolean complete = !"false".equals(storyData.get(COMPLETE_KEY));
    if ((watermark == 0 || !complete) && !store.storyIdsAfter(watermark, 1).isEmpty()) {
      toIndex = store.count();
      indexed.set(stories.size());
      building = true;
      LOG.info("Building the search index from {} stored stories.", toIndex);
    }
    ingester.onStored(this::indexNow);
    ingester.onUpdated(this::indexNow);
    background.execute(
        () -> {
          try {
            if (catchUp()) {
              if (building) {
                LOG.info("The search index holds all {} stored stories.", stories.size());
              }
              building = false;
              ready.countDown();
            }
          } catch (RuntimeException e) {
            LOG.error(
                "The search index could not catch up with the store; it tries again at the next poll.",
                e);
          }
        });
  }

  /** Catches up with stories other processes store, every {@code interval}. */
  public synchronized void startPolling(Duration interval) {
    if (poller != null) {
      return;
    }
    poller =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "search-index-poll");
              thread.setDaemon(true);
              return thread;
            });
    poller.scheduleWithFixedDelay(
        () -> {
          try {
            if (catchUp()) {
              // Also when the first catch-up after the start failed: answers wait for this one.
              building = false;
              ready.countDown();
            }
          } catch (RuntimeException e) {
            LOG.warn("The search index could not catch up with the store: {}", e.toString());
          }
        },
        interval.toMillis(),
        interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Indexes every stored story the indexes do not hold yet (those above the watermark, and any
   * committed late just under it), then commits with the new watermark.
   *
   * @return whether it got to the end of the store (false when the index is being closed)
   */
  public boolean catchUp() {
    synchronized (catchingUp) {
      return catchUpWhile(() -> !stopping);
    }
  }

  /** Catches up while {@code going} holds; whether it got to the end of the store. */
  private boolean catchUpWhile(java.util.function.BooleanSupplier going) {
    StoryStore source = store;
    if (source == null) {
      return false;
    }
    long from = Math.max(0, watermark - LOOKBACK);
    long highest = watermark;
    int sinceCommit = 0;
    boolean atEnd = false;
    while (!atEnd && going.getAsBoolean()) {
      List<Long> ids = source.storyIdsAfter(from, BATCH);
      if (ids.isEmpty()) {
        atEnd = true;
        continue;
      }
      List<Long> missing = ids.stream().filter(id -> !stories.contains(id)).toList();
      index(source.forIndexing(missing));
      sinceCommit += missing.size();
      from = ids.get(ids.size() - 1);
      highest = Math.max(highest, from);
      indexed.addAndGet(ids.size());
      if (sinceCommit >= COMMIT_EVERY) {
        commit(highest, !building);
        sinceCommit = 0;
      }
    }
    long updatesBefore = updatesWatermark;
    if (atEnd) {
      atEnd = indexUpdatesWhile(source, going);
    }
    if (atEnd) {
      caughtUpAt = System.nanoTime();
    }
    if (atEnd
        && (sinceCommit > 0
            || highest != watermark
            || updatesWatermark != updatesBefore
            || !"true".equals(stories.commitData().get(COMPLETE_KEY)))) {
      commit(highest, true);
    }
    return atEnd;
  }

  /**
   * Indexes again the stories stored again since the last catch-up (their pages changed: another
   * process stored the update, or this one did and indexed it already), so that their new sentences
   * and quotes are found and their removed ones no longer are.
   *
   * @return whether it got to the last update
   */
  private boolean indexUpdatesWhile(StoryStore source, java.util.function.BooleanSupplier going) {
    long from = Math.max(0, updatesWatermark - UPDATES_LOOKBACK);
    while (going.getAsBoolean()) {
      List<org.briefbot.core.store.StoryUpdates.StoryUpdate> updates =
          source.updates().after(from, BATCH);
      if (updates.isEmpty()) {
        return true;
      }
      java.util.Set<Long> stories = new java.util.LinkedHashSet<>();
      for (var update : updates) {
        if (!reindexed.contains(update.id())) {
          stories.add(update.storyId());
        }
      }
      index(source.forIndexing(List.copyOf(stories)));
      for (var update : updates) {
        reindexed.add(update.id());
        from = Math.max(from, update.id());
      }
      while (reindexed.size() > 10 * UPDATES_LOOKBACK) {
        reindexed.remove(reindexed.iterator().next());
      }
      updatesWatermark = Math.max(updatesWatermark, from);
    }
    return false;
  }

  /**
   * Empty when the indexes answer for every stored story; else what to tell someone who asks
   * meanwhile.
   */
  public Optional<String> stillIndexing() {
    if (!building) {
      return Optional.empty();
    }
    int total = Math.max(toIndex, 1);
    int done = Math.min(indexed.get(), total);
    return Optional.of(
        String.format(
            java.util.Locale.ENGLISH,
            "Still indexing the stored stories (%,d of %,d); ask again in a moment.",
            done,
            total));
  }

  /**
   * What an answer asks before it searches: empty when the indexes answer for every stored story;
   * else what to tell the person meanwhile. Right after a start it waits, up to {@link
   * #ANSWER_WAITS_AT_MOST}, for the indexes to catch up with the stories stored since they were
   * last open (by {@code briefbot ingest}, or another process on the same database) rather than
   * answer without them. Indexes filled directly rather than kept in step with a store answer at
   * once.
   */
  public Optional<String> beforeAnswering() {
    Optional<String> rebuilding = stillIndexing();
    if (rebuilding.isPresent() || store == null) {
      return rebuilding;
    }
    boolean caughtUp;
    try {
      caughtUp = ready.await(ANSWER_WAITS_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      caughtUp = false;
    }
    return caughtUp ? stillIndexing() : Optional.of(stillIndexing().orElse(CATCHING_UP));
  }

  /** Stories looked at, at most, to tell how far the indexes are behind the store. */
  static final int LAG_LOOKS_AT = 10_000;

  /**
   * How far the indexes are behind the store (for the operator's metrics): the stories stored — by
   * another process on the same database, or while a rebuild goes on — that the indexes do not
   * answer for yet (up to {@link #LAG_LOOKS_AT}), and, while there are any, how long since a
   * catch-up last got to the end of the store (zero when there are none).
   */
  public Lag lag() {
    StoryStore source = store;
    if (source == null || closed) {
      return new Lag(0, Duration.ZERO);
    }
    long waiting =
        source.storyIdsAfter(watermark, LAG_LOOKS_AT).stream()
            .filter(id -> !stories.contains(id))
            .count();
    return new Lag(
        (int) waiting,
        waiting == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - caughtUpAt));
  }

  /**
   * @param stories stored stories the indexes do not answer for yet
   * @param behind how long since the indexes last caught up with the store, while there are any
   */
  public record Lag(int stories, Duration behind) {}

  /** Waits until the first catch-up is done; whether it was within {@code timeout}. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    stopping = true;
    synchronized (this) {
      if (poller != null) {
        poller.shutdownNow();
      }
    }
    try {
      synchronized (catchingUp) {
        if (store != null && !building) {
          // Stories indexed as they were stored are above the watermark: move it past them.
          try {
            catchUpWhile(() -> true);
          } catch (RuntimeException storeGone) {
            LOG.warn(
                "The search index could not look at the store a last time: {}",
                storeGone.toString());
          }
        }
        closed = true;
        if (store != null) {
          commit(watermark, !building);
        }
      }
    } finally {
      try {
        stories.close();
      } finally {
        quotes.close();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void indexNow(StoredStory story) {
    if (!closed) {
      index(store.forIndexing(List.of(story.id())));
    }
  }

  private void index(List<IndexableStory> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<StoryIndex.IndexedStory> storyDocuments = new ArrayList<>(batch.size());
    List<StoryQuotes> quoteDocuments = new ArrayList<>(batch.size());
    for (IndexableStory indexable : batch) {
      StoredStory story = indexable.story();
      String link = story.url().startsWith("http") ? story.canonicalUrl() : "";
      storyDocuments.add(
          new StoryIndex.IndexedStory(
              story.id(),
              story.title(),
              story.summary(),
              story.text(),
              link,
              story.outlet(),
              story.publishedAt().orElse(story.fetchedAt()),
              story.publishedAt().isPresent()));
      quoteDocuments.add(storyQuotes(indexable, link));
    }
    // Quotes first: a story in the story index counts as indexed whole.
    quotes.addAll(quoteDocuments);
    stories.addAll(storyDocuments);
  }

  private void commit(long highest, boolean complete) {
    Map<String, String> data =
        Map.of(
            SCHEMA_KEY,
            SCHEMA,
            WATERMARK_KEY,
            Long.toString(highest),
            UPDATES_KEY,
            Long.toString(updatesWatermark),
            COMPLETE_KEY,
            Boolean.toString(complete));
    quotes.commit(data);
    stories.commit(data);
    watermark = highest;
  }

  private static StoryQuotes storyQuotes(IndexableStory indexable, String link) {
    StoredStory story = indexable.story();
    List<Quote> quotes = new ArrayList<>();
    for (StoryQuote stored : indexable.quotes()) {
      TextSpan span = new TextSpan(stored.start(), stored.end());
      quotes.add(
          new Quote(
              stored.text(),
              QuoteKind.valueOf(stored.kind().name()),
              span,
              List.of(span),
              stored.speaker(),
              stored.speakerRole().orElse(""),
              "",
              context(story.text(), indexable.sentences(), span)));
    }
    return new StoryQuotes(
        String.valueOf(story.id()),
        story.title(),
        story.outlet(),
        story.publishedAt().map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)),
        link,
        quotes);
  }

  /** The sentences a quote stands in, as the story prints them. */
  static String context(String text, List<StorySentence> sentences, TextSpan quote) {
    int start = -1;
    int end = -1;
    for (StorySentence sentence : sentences) {
      if (sentence.start() < quote.end() && quote.start() < sentence.end()) {
        start = start < 0 ? sentence.start() : start;
        end = sentence.end();
      }
    }
    return start < 0 ? "" : text.substring(start, end).strip();
  }
}
