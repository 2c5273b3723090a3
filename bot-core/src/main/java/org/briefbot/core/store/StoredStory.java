package org.briefbot.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A story as stored; {@code text} is what sentence and quote offsets index. */
public record StoredStory(long id, String url, String canonicalUrl, String title, String outlet, Optional<String> author,
    Optional<Instant> publishedAt, Instant fetchedAt, String text, String summary, String language, String contentHash,
    int wordCount) {

  /** The summary's sentences, in order. */
  public List<String> summarySentences() {
    return summary.isEmpty() ? List.of() : List.of(summary.split("\n"));
  }
}
