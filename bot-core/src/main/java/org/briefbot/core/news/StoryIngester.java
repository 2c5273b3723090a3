package org.briefbot.core.news;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import org.briefbot.core.news.Ingested.Outcome;
import org.briefbot.core.nlp.NewsDocument;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.store.FeedItem;
import org.briefbot.core.store.NewStory;
import org.briefbot.core.store.SaveResult;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StorySource;
import org.briefbot.core.store.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * URL → fetch → extract → analyse once → store. A known address is not fetched again; a page whose
 * canonical address or text is already stored becomes another source of that story; only a new
 * story is analysed. Everything about a story is stored in one transaction, together with the feed
 * item it answers. Analyses are cached by address for a while. Thread-safe.
 */
public final class StoryIngester {
  private static final Logger log = LoggerFactory.getLogger(StoryIngester.class);

  /** The address prefix of stories that came as text, not from the web. */
  public static final String TEXT_SCHEME = "briefbot:";

  private final ArticleFetcher articles;
  private final StoryAnalyzer analyzer;
  private final StoryStore store;
  private final Clock clock;
  private final Cache<String, StoryAnalysis> analyses;
  private final List<Consumer<StoredStory>> storedListeners = new CopyOnWriteArrayList<>();
  private volatile NewsObserver observer = NewsObserver.NONE;

  public StoryIngester(
      ArticleFetcher articles, StoryAnalyzer analyzer, StoryStore store, Clock clock) {
    this.articles = articles;
    this.analyzer = analyzer;
    this.store = store;
    this.clock = clock;
    this.analyses =
        Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofHours(1)).build();
  }

  /**
   * Calls {@code listener} with every story this ingester stores anew, after its transaction
   * committed.
   */
  public void onStored(Consumer<StoredStory> listener) {
    storedListeners.add(listener);
  }

  /** Tells {@code observer} how each later story fetched for a link went. */
  public void observeWith(NewsObserver observer) {
    this.observer = observer;
  }

  private Ingested stored(SaveResult saved, Outcome otherwise) {
    if (saved.created()) {
      storedListeners.forEach(listener -> listener.accept(saved.story()));
      return new Ingested(saved.story(), Outcome.STORED);
    }
    return new Ingested(saved.story(), otherwise);
  }

  /**
   * Brings in a story someone linked to.
   *
   * @throws FetchException (or another {@link org.briefbot.core.nlp.UnsupportedTextException}) with
   *     a one-sentence reason when it cannot be fetched or read
   */
  public Ingested ingestUrl(String url) {
    Ingested ingested;
    try {
      ingested = ingest(url, OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
    } catch (FetchException failure) {
      String reason = failure.reason().name().toLowerCase(Locale.ROOT);
      tell(observer -> observer.linkNotBroughtIn(reason, failure.isRetryable()));
      throw failure;
    } catch (UnsupportedTextException failure) {
      tell(observer -> observer.linkNotBroughtIn("unreadable", false));
      throw failure;
    } catch (RuntimeException failure) {
      tell(observer -> observer.linkNotBroughtIn("internal", true));
      throw failure;
    }
    tell(observer -> observer.linkBroughtIn(ingested.outcome()));
    return ingested;
  }

  /** Tells the observer; a failing observer costs the metric, never the story. */
  private void tell(Consumer<NewsObserver> note) {
    try {
      note.accept(observer);
    } catch (RuntimeException failure) {
      log.warn("the news observer failed", failure);
    }
  }

  /**
   * Brings in a queued feed item; the item leaves the queue in the transaction that stores its
   * story. The feed's date for the item is the story's date when the page gives none.
   */
  public Ingested ingestItem(FeedItem item) {
    return ingest(
        item.url(), OptionalLong.of(item.feedId()), OptionalLong.of(item.id()), item.publishedAt());
  }

  /**
   * Brings in a story given as text rather than fetched (the bundled demo stories, a pasted story),
   * through the same analysis and store, under a name of the form {@code briefbot:NAME}.
   *
   * @throws org.briefbot.core.nlp.UnsupportedTextException when the text cannot be read
   */
  public Ingested ingestText(String name, String text) {
    NewsDocument document = NewsText.parse(text);
    String address = TEXT_SCHEME + name;
    String body = document.bodyText();
    String contentHash = ContentHash.of(body);
    Optional<StoredStory> known =
        store.findByUrl(address).or(() -> store.findByContentHash(contentHash));
    if (known.isPresent()) {
      return new Ingested(known.get(), Outcome.ALREADY_STORED);
    }
    String title = document.title().orElse(name);
    String outlet = document.outlet().orElse("Briefbot");
    StoryAnalysis analysis = analyzer.analyze(text);
    Optional<java.time.Instant> published = document.dateLine().flatMap(PageMetadata::parseDate);
    NewStory story =
        new NewStory(
            address,
            address,
            title,
            outlet,
            document.byline(),
            published,
            clock.instant(),
            analysis.text(),
            analysis.sentences(),
            analysis.summary(),
            analysis.quotes(),
            analysis.language(),
            contentHash,
            ArticleExtractor.wordCount(body));
    SaveResult saved =
        store.save(story, StorySource.link(address, outlet, title), OptionalLong.empty());
    return stored(saved, Outcome.ALREADY_STORED);
  }

  private Ingested ingest(
      String url, OptionalLong feedId, OptionalLong itemId, Optional<java.time.Instant> feedDate) {
    HttpUrl checked = articles.guard().check(url);
    String requested = CanonicalUrls.canonicalize(checked);
    Optional<StoredStory> known = store.findByUrl(requested);
    if (known.isPresent()) {
      StoredStory story = known.get();
      store.addSource(
          story.id(), new StorySource(requested, story.outlet(), story.title(), feedId), itemId);
      return new Ingested(story, Outcome.ALREADY_STORED);
    }
    Article article = articles.fetch(checked.toString());
    StorySource source = new StorySource(requested, article.outlet(), article.title(), feedId);
    String contentHash = ContentHash.of(article);
    Optional<StoredStory> same = store.findSame(List.of(article.canonicalUrl()), contentHash);
    if (same.isPresent()) {
      store.addSource(same.get().id(), source, itemId);
      if (!article.canonicalUrl().equals(requested)) {
        store.addSource(
            same.get().id(),
            StorySource.link(article.canonicalUrl(), article.outlet(), article.title()),
            OptionalLong.empty());
      }
      return new Ingested(same.get(), Outcome.MERGED);
    }
    // Not Cache.get(key, loader): an analysis takes milliseconds, and a loader blocks other keys of
    // its bin meanwhile.
    StoryAnalysis analysis = analyses.getIfPresent(article.canonicalUrl());
    if (analysis == null) {
      analysis =
          analyzer.analyze(
              article.text(), Optional.of(article.title()).filter(title -> !title.isBlank()));
      analyses.put(article.canonicalUrl(), analysis);
    }
    NewStory story =
        new NewStory(
            article.url(),
            article.canonicalUrl(),
            article.title(),
            article.outlet(),
            article.author(),
            article.publishedAt().or(() -> feedDate),
            clock.instant(),
            analysis.text(),
            analysis.sentences(),
            analysis.summary(),
            analysis.quotes(),
            analysis.language(),
            contentHash,
            article.wordCount());
    SaveResult saved = store.save(story, source, itemId);
    return stored(saved, Outcome.MERGED);
  }
}
