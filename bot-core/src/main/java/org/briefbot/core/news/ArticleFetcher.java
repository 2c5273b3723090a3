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
  private final Cache<String, Article> pages;

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
    HttpUrl checked = http.guard().check(url);
    String key = CanonicalUrls.canonicalize(checked);
    Article cached = pages.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    Fetched fetched = http.fetch(checked.toString(), Expect.PAGE, Validators.NONE);
    Article article =
        extractor.extract(
            fetched.body(), fetched.charset(), fetched.mediaType(), fetched.finalUrl());
    pages.put(key, article);
    return article;
  }

  /** The guard every URL passes, for callers that want to check one before queueing it. */
  public UrlGuard guard() {
    return http.guard();
  }

  public HttpFetcher http() {
    return http;
  }
}
