package org.briefbot.core.news;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.briefbot.core.news.HttpFetcher.Expect;
import org.briefbot.core.news.HttpFetcher.Fetched;
import org.briefbot.core.news.HttpFetcher.Validators;

/**
 * The one way to turn a URL into an {@link Article}: fetched through the guarded {@link
 * HttpFetcher}, extracted by {@link ArticleExtractor}, and kept a while in a bounded cache by
 * address, so that a link pasted twice is fetched once. Use it for {@code summarize URL}, {@code
 * quotes URL} and {@code /brief <url>} alike. Thread-safe.
 */
public final class ArticleFetcher {
  private final HttpFetcher http;
  private final ArticleExtractor extractor;
  private final Cache<String, Page> pages;

  public ArticleFetcher(
      HttpFetcher http, ArticleExtractor extractor, long maxPages, Duration keepFor) {
    this.http = http;
    this.extractor = extractor;
    this.pages = Caffeine.newBuilder().maximumSize(maxPages).expireAfterWrite(keepFor).build();
  }

  /** With the system's DNS, 500 pages kept for 30 minutes. */
  public static ArticleFetcher create(FetchSettings settings) {
    return new ArticleFetcher(
        new HttpFetcher(settings, HostResolver.system()),
        new ArticleExtractor(),
        500,
        Duration.ofMinutes(30));
  }

  /**
   * The article at a URL.
   *
   * @throws FetchException with a one-sentence reason when the URL is refused, the fetch fails, or
   *     the page holds no article
   */
  public Article fetch(String url) {
    return page(url).article();
  }

  /**
   * A page read: its article and the validators the server answered with.
   *
   * @param article the article, empty for a conditional read the server answered "not modified"
   */
  public record Page(java.util.Optional<Article> article, Validators validators) {}

  /** The article at a URL and its validators (from the cache when it was read a moment ago). */
  public Loaded page(String url) {
    HttpUrl checked = http.guard().check(url);
    String key = CanonicalUrls.canonicalize(checked);
    Page cached = pages.getIfPresent(key);
    if (cached != null && cached.article().isPresent()) {
      return new Loaded(cached.article().get(), cached.validators());
    }
    Page read = read(checked, Validators.NONE);
    pages.put(key, read);
    return new Loaded(read.article().orElseThrow(), read.validators());
  }

  /** An article read, with the validators its page answered with. */
  public record Loaded(Article article, Validators validators) {}

  /**
   * Reads a page again, past the cache, as a conditional request with the validators of the last
   * read (none: an ordinary request): a stored story's page, to see whether it changed.
   *
   * @throws FetchException as {@link #fetch} does
   */
  public Page again(String url, Validators validators) {
    HttpUrl checked = http.guard().check(url);
    Page read = read(checked, validators);
    if (read.article().isPresent()) {
      pages.put(CanonicalUrls.canonicalize(checked), read);
    }
    return read;
  }

  private Page read(HttpUrl url, Validators validators) {
    Fetched fetched = http.fetch(url.toString(), Expect.PAGE, validators);
    if (fetched.notModified()) {
      return new Page(java.util.Optional.empty(), validators);
    }
    return new Page(
        java.util.Optional.of(
            extractor.extract(
                fetched.body(), fetched.charset(), fetched.mediaType(), fetched.finalUrl())),
        fetched.validators());
  }

  /** The guard every URL passes, for callers that want to check one before queueing it. */
  public UrlGuard guard() {
    return http.guard();
  }

  public HttpFetcher http() {
    return http;
  }
}
