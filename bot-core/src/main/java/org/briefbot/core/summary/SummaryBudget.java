package org.briefbot.core.summary;

/**
 * How long a summary may be: at most {@code sentences} sentences and about {@code words} words. A
 * sentence that would overrun the words is left out, unless nothing else fits, when it is cut at
 * the budget with an ellipsis (a story of one endless sentence still gets a readable summary).
 */
public record SummaryBudget(int sentences, int words) {
  /**
   * Most news sentences are 15–35 words; this leaves room for long ones without letting run-ons in.
   */
  static final int WORDS_PER_SENTENCE = 45;

  public SummaryBudget {
    if (sentences < 1) {
      throw new IllegalArgumentException("a summary needs at least one sentence, not " + sentences);
    }
    if (words < 1) {
      throw new IllegalArgumentException("a summary needs at least one word, not " + words);
    }
  }

  /** A budget of {@code sentences} sentences of ordinary length. */
  public static SummaryBudget ofSentences(int sentences) {
    return new SummaryBudget(sentences, Math.max(60, sentences * WORDS_PER_SENTENCE));
  }
}
