package org.briefbot.core.nlp;

import java.util.List;

/**
 * A sentence of a story's body.
 *
 * @param index its position among the story's sentences, from 0
 * @param paragraph the position of its paragraph among the body paragraphs, from 0
 * @param indexInParagraph its position in that paragraph, from 0
 * @param span where it stands in the story's text
 * @param tokens its words and punctuation
 */
public record Sentence(
    int index, int paragraph, int indexInParagraph, TextSpan span, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String text(NewsDocument document) {
    return span.of(document.text());
  }

  public int wordCount() {
    int words = 0;
    for (Token token : tokens) {
      if (token.isWord()) {
        words++;
      }
    }
    return words;
  }
}
