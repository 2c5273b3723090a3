package org.briefbot.core.quotes;

/** {@code "…," she said. "…"}: the tag between the halves of a split quote. */
final class SplitQuoteTag implements AttributionSieve<MarkedQuote> {
  @Override
  public Sieve name() {
    return Sieve.SPLIT_QUOTE_TAG;
  }

  @Override
  public Speaker decide(MarkedQuote quote) {
    return quote.splitTag();
  }
}
