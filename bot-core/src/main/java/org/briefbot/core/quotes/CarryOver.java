package org.briefbot.core.quotes;

import java.util.List;

/**
 * The last stage of attribution: a quote no tag gave a speaker keeps the speaker of a statement
 * beside it. Its sieves ({@link SieveOrder#carryOver}) run in order for each such quote, in story
 * order, so a speaker carried to one quote carries on to the next untagged one.
 */
final class CarryOver {
  private final List<AttributionSieve<Neighbours>> sieves;

  CarryOver(List<AttributionSieve<Neighbours>> sieves) {
    this.sieves = sieves;
  }

  /**
   * Gives a speaker to the statements (sorted by position) that lack one, replacing them in the
   * list; indirect speech carries nothing over.
   */
  void apply(List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (statement.speaker != null || statement.kind == QuoteKind.INDIRECT) {
        continue;
      }
      AttributionSieve.Decision carried =
          AttributionSieve.decide(sieves, new Neighbours(i, statements));
      if (carried != null) {
        statements.set(i, statement.carrying(carried)); // read by the quotes after it
      }
    }
  }
}
