package org.briefbot.core.quotes;

/**
 * {@code called it "a disgrace"}: for quoted words inside the writer's sentence, the verb before
 * them, verbs of naming included.
 */
record LeadInBeforeQuotedWords(Attribution attribution) implements AttributionSieve<MarkedQuote> {
  @Override
  public Sieve name() {
    return Sieve.LEAD_IN_BEFORE_QUOTED_WORDS;
  }

  @Override
  public Speaker decide(MarkedQuote quote) {
    return quote.whole()
        ? null
        : attribution.beforeQuote(quote.sentenceFirst(), quote.openToken(), true);
  }
}
