package org.briefbot.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A story read and analysed, ready to be stored in one piece.
 *
 * @param url the address it was fetched from
 * @param canonicalUrl its canonical address
 * @param text the text analysed; sentence and quote offsets index it
 * @param summary the summary's sentences, as indexes into {@code sentences}, in summary order
 * @param language ISO 639-3 code of its language ("eng")
 * @param contentHash the hash of its normalised body (see the news package's ContentHash)
 */
public record NewStory(
    String url,
    String canonicalUrl,
    String title,
    String outlet,
    Optional<String> author,
    Optional<Instant> publishedAt,
    Instant fetchedAt,
    String text,
    List<StorySentence> sentences,
    List<Integer> summary,
    List<StoryQuote> quotes,
    String language,
    String contentHash,
    int wordCount) {

  public NewStory {
    sentences = List.copyOf(sentences);
    summary = List.copyOf(summary);
    quotes = List.copyOf(quotes);
    for (StorySentence sentence : sentences) {
      if (sentence.end() > text.length()) {
        throw new IllegalArgumentException("sentence " + sentence.index() + " ends past the text");
      }
    }
    for (StoryQuote quote : quotes) {
      if (quote.end() > text.length()) {
        throw new IllegalArgumentException("a quote ends past the text");
      }
    }
    for (int index : summary) {
      if (index < 0 || index >= sentences.size()) {
        throw new IllegalArgumentException(
            "summary sentence " + index + " is not a sentence of the story");
      }
    }
  }

  /** The summary as text, one sentence a line. */
  public String summaryText() {
    StringBuilder out = new StringBuilder();
    for (int index : summary) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(sentences.get(index).text(text).strip());
    }
    return out.toString();
  }
}
