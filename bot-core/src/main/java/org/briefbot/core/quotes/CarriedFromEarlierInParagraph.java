package org.briefbot.core.quotes;

/** The nearest statement before it in its paragraph with a known speaker. */
final class CarriedFromEarlierInParagraph implements AttributionSieve<Neighbours> {
  @Override
  public Sieve name() {
    return Sieve.CARRIED_FROM_EARLIER_IN_PARAGRAPH;
  }

  @Override
  public Speaker decide(Neighbours quote) {
    Statement statement = quote.statement();
    for (int j = quote.index() - 1; j >= 0; j--) {
      Statement before = quote.statements().get(j);
      if (before.paragraph < statement.paragraph) {
        return null;
      }
      if (before.paragraph == statement.paragraph
          && before.speaker != null
          && before.speaker.known()) {
        return before.speaker;
      }
    }
    return null;
  }
}
