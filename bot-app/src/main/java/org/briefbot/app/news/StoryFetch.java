package org.briefbot.app.news;

import java.util.Map;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.core.news.Article;
import org.briefbot.core.news.ArticleFetcher;

/**
 * The article at a URL, for the one-shot tools ({@code summarize URL}, {@code quotes URL}): the
 * same guarded fetcher, extraction and cache as the bot. Refusals and failures are {@link
 * org.briefbot.core.news.FetchException}s whose message is one sentence for the person.
 */
public final class StoryFetch {
  private static volatile ArticleFetcher shared;

  private StoryFetch() {}

  /** The article; its {@link Article#text()} (headline, blank line, body) is what to analyse. */
  public static Article article(String url) {
    return fetcher(System.getenv()).fetch(url);
  }

  static ArticleFetcher fetcher(Map<String, String> environment) {
    ArticleFetcher fetcher = shared;
    if (fetcher == null) {
      synchronized (StoryFetch.class) {
        fetcher = shared;
        if (fetcher == null) {
          fetcher =
              ArticleFetcher.create(
                  NewsSetup.fetchSettings(BriefbotConfig.load(environment).fetch()));
          shared = fetcher;
        }
      }
    }
    return fetcher;
  }
}
