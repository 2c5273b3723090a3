package org.briefbot.core.quotes;

/** A quote opening its paragraph continues the last statement of the paragraph just before. */
final class CarriedFromPreviousParagraph implements AttributionSieve<Neighbours> {
  @Override
  public Sieve name() {
    return Sieve.CARRIED_FROM_PREVIOUS_PARAGRAPH;
  }

  @Override
  public Speaker decide(Neighbours quote) {
    Statement statement = quote.statement();
    for (int j = quote.index() - 1; j >= 0; j--) {
      Statement before = quote.statements().get(j);
      if (before.paragraph < statement.paragraph) {
        boolean adjacent = statement.opensParagraph && before.paragraph == statement.paragraph - 1;
        return adjacent && before.speaker != null && before.speaker.known() ? before.speaker : null;
      }
    }
    return null;
  }
}
