package org.briefbot.core.quotes;

/** {@code "…," she said}: for a whole quotation, a tag after it reads best. */
record TagAfterQuote(Attribution attribution) implements AttributionSieve<MarkedQuote> {
  @Override
  public Sieve name() {
    return Sieve.TAG_AFTER_QUOTE;
  }

  @Override
  public Speaker decide(MarkedQuote quote) {
    return quote.whole() && quote.afterFrom() < quote.afterTo()
        ? attribution.afterQuote(quote.afterFrom(), quote.afterTo())
        : null;
  }
}
