package org.briefbot.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tokenizer skips words of letters and digits only; everything else is still split by the
 * model.
 */
class TokenizerShortcutTest {
  private final NlpPipeline pipeline = NlpPipeline.shared();

  private String[] tokens(String text) {
    return pipeline.tokenize(text, 0, text.length()).stream()
        .map(Token::text)
        .toArray(String[]::new);
  }

  @Test
  void punctuationIsStillSplitOff() {
    assertThat(tokens("The mayor said, on Thursday, that U.S. firms (two of them) would bid."))
        .containsExactly(
            "The",
            "mayor",
            "said",
            ",",
            "on",
            "Thursday",
            ",",
            "that",
            "U.S.",
            "firms",
            "(",
            "two",
            "of",
            "them",
            ")",
            "would",
            "bid",
            ".");
  }

  @Test
  void aNumberGluedToItsUnitStaysOneWord() {
    assertThat(tokens("The gates close at 10pm every night."))
        .containsExactly("The", "gates", "close", "at", "10pm", "every", "night", ".");
  }
}
