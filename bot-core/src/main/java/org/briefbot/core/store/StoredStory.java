package org.briefbot.core.store;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A story as stored; {@code text} is what sentence and quote offsets index.
 *
 * @param publishedAt when the story was published, when its page or feed said; never made up
 * @param fetchedAt when Briefbot first saw it, which orders stories that have no date
 */
public record StoredStory(
    long id,
    String url,
    String canonicalUrl,
    String title,
    String outlet,
    Optional<String> author,
    Optional<Instant> publishedAt,
    Instant fetchedAt,
    String text,
    String summary,
    String language,
    String contentHash,
    int wordCount) {

  /**
   * The date a card shows: the publication date, or "first seen …" when the page gave none, so that
   * the time Briefbot saw a story is never passed off as the time it was published.
   */
  public String shownDate(DateTimeFormatter format) {
    return publishedAt
        .map(format::format)
        .orElseGet(() -> "first seen " + format.format(fetchedAt));
  }

  /** The summary's sentences, in order. */
  public List<String> summarySentences() {
    return summary.isEmpty() ? List.of() : List.of(summary.split("\n"));
  }
}
