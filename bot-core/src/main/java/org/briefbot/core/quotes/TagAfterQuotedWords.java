package org.briefbot.core.quotes;

/** {@code a "clear mistake," the mayor said}: quoted words with their tag after them. */
record TagAfterQuotedWords(Attribution attribution) implements AttributionSieve<MarkedQuote> {
  @Override
  public Sieve name() {
    return Sieve.TAG_AFTER_QUOTED_WORDS;
  }

  @Override
  public Speaker decide(MarkedQuote quote) {
    return !quote.whole() && quote.afterFrom() < quote.afterTo()
        ? attribution.afterQuote(quote.afterFrom(), quote.afterTo())
        : null;
  }
}
