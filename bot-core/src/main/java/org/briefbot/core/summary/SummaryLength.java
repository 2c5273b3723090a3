package org.briefbot.core.summary;

/** The lengths a person can ask for; each is a budget of sentences and words. */
public enum SummaryLength {
  /** One or two sentences: the second only when both fit in a tweet-sized budget. */
  SHORT(new SummaryBudget(2, 50)),
  MEDIUM(SummaryBudget.ofSentences(3)),
  LONG(SummaryBudget.ofSentences(5));

  private final SummaryBudget budget;

  SummaryLength(SummaryBudget budget) {
    this.budget = budget;
  }

  public SummaryBudget budget() {
    return budget;
  }
}
