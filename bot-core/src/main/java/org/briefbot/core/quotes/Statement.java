package org.briefbot.core.quotes;

import java.util.List;
import org.briefbot.core.nlp.TextSpan;

/** A statement while it is being read; becomes a {@link Quote}. */
final class Statement {
  final List<TextSpan> parts;
  final TextSpan span;
  final QuoteKind kind;

  /** The body paragraph it starts in. */
  final int paragraph;

  /** Whether nothing but the quote mark comes before it in its paragraph. */
  final boolean opensParagraph;

  Speaker speaker;

  /** The rule that decided the speaker, or null when none did. */
  Sieve sieve;

  /**
   * Whether the speaker came from a neighbouring statement rather than an attribution of its own.
   */
  boolean carried;

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
}
