package org.briefbot.core.quotes;

/** {@code a "clear mistake," the mayor said}: quoted words with their tag after them. */
final class TagAfterQuotedWords implements AttributionSieve<MarkedQuote> {
  private final Attribution attribution;

  TagAfterQuotedWords(Attribution attribution) {
    this.attribution = attribution;
  }

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
