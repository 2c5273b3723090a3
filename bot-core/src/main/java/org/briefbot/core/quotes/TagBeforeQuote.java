package org.briefbot.core.quotes;

/** {@code She said: "…"}: a whole quotation's tag before it in its sentence. */
record TagBeforeQuote(Attribution attribution) implements AttributionSieve<MarkedQuote> {
  @Override
  public Sieve name() {
    return Sieve.TAG_BEFORE_QUOTE;
  }

  @Override
  public Speaker decide(MarkedQuote quote) {
    return quote.whole()
        ? attribution.beforeQuote(quote.sentenceFirst(), quote.openToken(), false)
        : null;
  }
}
