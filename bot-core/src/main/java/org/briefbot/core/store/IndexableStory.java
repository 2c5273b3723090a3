package org.briefbot.core.store;

import java.util.List;

/**
 * A stored story with its sentences and quotes: what a search index is built from.
 *
 * @param sentences its sentences, in order
 * @param quotes its quotes, in story order
 */
public record IndexableStory(
    StoredStory story, List<StorySentence> sentences, List<StoryQuote> quotes) {
  public IndexableStory {
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
  }
}
