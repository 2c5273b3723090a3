package org.briefbot.core.summary;

import java.util.List;
import org.briefbot.core.nlp.Sentence;

/**
 * An extractive summary: sentences of the story in the story's order.
 *
 * @param sentences the chosen sentences; where a web page ran a photo caption into a sentence, the
 *     part after the caption, with the index of the sentence it came from
 * @param texts what to show for each: the sentence as the story prints it, or, for a sentence too
 *     long for the budget, its opening cut at a word with an ellipsis
 */
public record Summary(List<Sentence> sentences, List<String> texts) {

  public Summary {
    sentences = List.copyOf(sentences);
    texts = List.copyOf(texts);
    if (sentences.size() != texts.size()) {
      throw new IllegalArgumentException("one text per sentence");
    }
  }

  public boolean isEmpty() {
    return sentences.isEmpty();
  }

  /** The summary as plain text, one sentence a line. */
  public String text() {
    return String.join("\n", texts);
  }
}
