package org.briefbot.core.quotes;

/** The first quote after it in its paragraph with a known speaker (not reported speech). */
final class CarriedFromLaterInParagraph implements AttributionSieve<Neighbours> {
  @Override
  public Sieve name() {
    return Sieve.CARRIED_FROM_LATER_IN_PARAGRAPH;
  }

  @Override
  public Speaker decide(Neighbours quote) {
    Statement statement = quote.statement();
    for (int j = quote.index() + 1; j < quote.statements().size(); j++) {
      Statement after = quote.statements().get(j);
      if (after.paragraph != statement.paragraph) {
        return null;
      }
      if (after.speaker != null && after.speaker.known() && after.kind != QuoteKind.INDIRECT) {
        return after.speaker;
      }
    }
    return null;
  }
}
