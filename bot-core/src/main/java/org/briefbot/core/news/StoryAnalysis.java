package org.briefbot.core.news;

import java.util.List;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;

/**
 * What analysing a story once yields, in the terms it is stored in.
 *
 * @param text the text the offsets of {@code sentences} and {@code quotes} index (the analysed
 *     text)
 * @param language ISO 639-3 code ("eng")
 * @param sentences the body's sentences, in order, numbered from 0
 * @param summary the summary's sentences as indexes into {@code sentences}, in summary order
 * @param quotes every quotation with its speaker
 */
public record StoryAnalysis(
    String text,
    String language,
    List<StorySentence> sentences,
    List<Integer> summary,
    List<StoryQuote> quotes) {

  public StoryAnalysis {
    sentences = List.copyOf(sentences);
    summary = List.copyOf(summary);
    quotes = List.copyOf(quotes);
  }
}
