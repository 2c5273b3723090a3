package org.briefbot.core.quotes;

import java.util.List;
import org.briefbot.core.nlp.TextSpan;

/**
 * A statement found, with the speaker the sieve that found it decided; becomes a {@link Quote}. A
 * carry-over sieve gives a statement without a speaker one by replacing it ({@link #carrying}).
 */
final class Statement {
  final List<TextSpan> parts;
  final TextSpan span;
  final QuoteKind kind;

  /** The body paragraph it starts in. */
  final int paragraph;

  /** Whether nothing but the quote mark comes before it in its paragraph. */
  final boolean opensParagraph;

  final Speaker speaker;

  /** The rule that decided the speaker, or null when none did. */
  final Sieve sieve;

  Statement(
      List<TextSpan> parts,
      QuoteKind kind,
      int paragraph,
      boolean opensParagraph,
      Speaker speaker,
      Sieve sieve) {
    this.parts = List.copyOf(parts);
    this.span = new TextSpan(parts.get(0).start(), parts.get(parts.size() - 1).end());
    this.kind = kind;
    this.paragraph = paragraph;
    this.opensParagraph = opensParagraph;
    this.speaker = speaker;
    this.sieve = speaker == null ? null : sieve;
  }

  /** The same statement with the speaker a neighbour's carried over to it. */
  Statement carrying(AttributionSieve.Decision carried) {
    return new Statement(
        parts, kind, paragraph, opensParagraph, carried.speaker(), carried.sieve());
  }
}
