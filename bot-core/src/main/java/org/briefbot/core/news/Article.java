package org.briefbot.core.news;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A news article as read from its page: the main text without the site around it, and what the page
 * says about the story.
 *
 * @param url the address it was fetched from (after redirects)
 * @param canonicalUrl its canonical address (see {@link CanonicalUrls}), which identifies the story
 * @param title the headline
 * @param outlet the publication's name, or the site's host without "www." when the page does not
 *     say
 * @param author the byline, when the page has one
 * @param publishedAt when it was published, when the page says (never a made-up date)
 * @param paragraphs the body, one paragraph an entry, in reading order
 */
public record Article(
    String url,
    String canonicalUrl,
    String title,
    String outlet,
    Optional<String> author,
    Optional<Instant> publishedAt,
    List<String> paragraphs) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body paragraphs separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * The text that is analysed and stored: the headline on its own line, then the body. Offsets of
   * sentences and quotes index this text.
   */
  public String text() {
    return title.isBlank() ? body() : title + "\n\n" + body();
  }

  public int wordCount() {
    int words = 0;
    for (String paragraph : paragraphs) {
      words += ArticleExtractor.wordCount(paragraph);
    }
    return words;
  }
}
