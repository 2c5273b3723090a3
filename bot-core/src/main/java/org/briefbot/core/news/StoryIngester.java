package org.briefbot.core.news;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
import org.briefbot.core.store.StoryUpdates;
import org.briefbot.core.store.StoryUpdates.PageCheck;
import org.briefbot.core.store.StoryUpdates.PageValidators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * URL → fetch → extract → analyse once → store. A known address is not fetched again — unless its
 * feed item changed, or someone asks for it with {@code /brief <url>} and it was last read longer
 * ago than {@link #recheckLinksAfter}: then its page is read again with a conditional request, and
 * when its headline or sentences changed (not merely its spacing or typography) it is stored again
 * in place as an update ({@link org.briefbot.core.store.StoryUpdates}), never as a second story. A
 * page whose canonical address or text is already stored becomes another source of that story; only
 * a new or changed story is analysed. Everything about a story is stored in one transaction,
 * together with the feed item it answers. Analyses are cached by address for a while. Thread-safe.
 */
public final class StoryIngester {
  private static final Logger log = LoggerFactory.getLogger(StoryIngester.class);

  /** The address prefix of stories that came as text, not from the web. */
  public static final String TEXT_SCHEME = "briefbot:";

  /** How long a stored link's page is taken as it is before {@code /brief <url>} reads it again. */
  public static final Duration DEFAULT_RECHECK_AFTER = Duration.ofMinutes(30);

  private final ArticleFetcher articles;
  private final StoryAnalyzer analyzer;
  private final StoryStore store;
  private final Clock clock;
  private final Cache<String, StoryAnalysis> analyses;
  private final List<Consumer<StoredStory>> storedListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<StoredStory>> updatedListeners = new CopyOnWriteArrayList<>();
  private volatile Duration recheckAfter = DEFAULT_RECHECK_AFTER;
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

  /**
   * Calls {@code listener} with every stored story this ingester stores again because its page
   * changed, as it is now, after its transaction committed.
   */
  public void onUpdated(Consumer<StoredStory> listener) {
    updatedListeners.add(listener);
  }

  /**
   * How long a stored link's page is taken as it is: a {@code /brief <url>} of a link last read
   * longer ago reads its page again (zero: every time).
   */
  public void recheckLinksAfter(Duration after) {
    if (after.isNegative()) {
      throw new IllegalArgumentException("a page cannot be re-read after a negative time");
    }
    this.recheckAfter = after;
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
      ingested =
          ingest(url, OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), this::stale);
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
   * story. The feed's date for the item is the story's date when the page gives none. An item that
   * already brought its story in and is queued again (the feed changed what it says of it) has the
   * story's page read again.
   */
  public Ingested ingestItem(FeedItem item) {
    boolean changedItem = item.storyId().isPresent();
    return ingest(
        item.url(),
        OptionalLong.of(item.feedId()),
        OptionalLong.of(item.id()),
        item.publishedAt(),
        story -> changedItem);
  }

  /** Whether a stored story's page was last read longer ago than {@link #recheckLinksAfter}. */
  private boolean stale(StoredStory story) {
    Instant now = clock.instant();
    return store
        .updates()
        .pageCheck(story.id())
        .map(check -> !check.checkedAt().plus(recheckAfter).isAfter(now))
        .orElse(false);
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
    Optional<Instant> published = document.dateLine().flatMap(PageMetadata::parseDate);
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

  /**
   * @param readAgain whether a story already stored at the address has its page read again
   */
  private Ingested ingest(
      String url,
      OptionalLong feedId,
      OptionalLong itemId,
      Optional<Instant> feedDate,
      Predicate<StoredStory> readAgain) {
    HttpUrl checked = articles.guard().check(url);
    String requested = CanonicalUrls.canonicalize(checked);
    Optional<StoredStory> known = store.findByUrl(requested);
    if (known.isPresent()) {
      StoredStory story = known.get();
      StorySource source = new StorySource(requested, story.outlet(), story.title(), feedId);
      if (!story.url().startsWith(TEXT_SCHEME) && readAgain.test(story)) {
        return readAgain(story, checked, source, itemId);
      }
      store.addSource(story.id(), source, itemId);
      return new Ingested(story, Outcome.ALREADY_STORED);
    }
    ArticleFetcher.Loaded page = articles.page(checked.toString());
    Article article = page.article();
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
    if (saved.created()) {
      PageValidators validators = validators(page.validators());
      if (!validators.equals(PageValidators.NONE)) {
        store
            .updates()
            .checked(saved.story().id(), validators, OptionalLong.empty(), story.fetchedAt());
      }
    }
    return stored(saved, Outcome.MERGED);
  }

  /**
   * Reads a stored story's page again — a conditional request with the validators of the last read
   * — and stores it again in place when a reader would see a change: another headline, sentences
   * gained or lost. A page that changed only in spacing, typography or what is around the article,
   * or whose new text is another stored story's, is noted as read and left as it is.
   */
  private Ingested readAgain(
      StoredStory story, HttpUrl checked, StorySource source, OptionalLong itemId) {
    StoryUpdates updates = store.updates();
    PageValidators last =
        updates.pageCheck(story.id()).map(PageCheck::validators).orElse(PageValidators.NONE);
    ArticleFetcher.Page page =
        articles.again(
            checked.toString(),
            new HttpFetcher.Validators(last.etag().orElse(null), last.lastModified().orElse(null)));
    PageValidators answered = validators(page.validators());
    store.addSource(story.id(), source, OptionalLong.empty());
    if (page.article().isEmpty()) {
      updates.checked(story.id(), answered, itemId, clock.instant());
      return new Ingested(story, Outcome.ALREADY_STORED);
    }
    Article article = page.article().get();
    String contentHash = ContentHash.of(article);
    boolean sameText = contentHash.equals(story.contentHash());
    boolean sameTitle =
        article.title().isBlank()
            || ContentHash.words(article.title()).equals(ContentHash.words(story.title()));
    if ((sameText && sameTitle)
        || (!sameText
            && store
                .findByContentHash(contentHash)
                .filter(o -> o.id() != story.id())
                .isPresent())) {
      updates.checked(story.id(), answered, itemId, clock.instant());
      return new Ingested(story, Outcome.ALREADY_STORED);
    }
    String title = article.title().isBlank() ? story.title() : article.title();
    StoryAnalysis analysis = analyzer.analyze(article.text(), Optional.of(title));
    analyses.put(article.canonicalUrl(), analysis);
    NewStory next =
        new NewStory(
            story.url(),
            story.canonicalUrl(),
            title,
            story.outlet(),
            article.author(),
            article.publishedAt(),
            story.fetchedAt(),
            analysis.text(),
            analysis.sentences(),
            analysis.summary(),
            analysis.quotes(),
            analysis.language(),
            contentHash,
            article.wordCount());
    StoryUpdates.Change change =
        StoryChanges.between(
            story.title(),
            story.text(),
            store.sentences(story.id()),
            next.title(),
            next.text(),
            next.sentences());
    if (change.isEmpty()) {
      updates.checked(story.id(), answered, itemId, clock.instant());
      return new Ingested(story, Outcome.ALREADY_STORED);
    }
    updates.save(story.id(), next, change, answered, itemId, clock.instant());
    StoredStory after = store.find(story.id()).orElseThrow();
    updatedListeners.forEach(listener -> listener.accept(after));
    return new Ingested(after, Outcome.UPDATED);
  }

  private static PageValidators validators(HttpFetcher.Validators validators) {
    return new PageValidators(
        Optional.ofNullable(validators.etag()).filter(e -> !e.isBlank()),
        Optional.ofNullable(validators.lastModified()).filter(m -> !m.isBlank()));
  }
}
