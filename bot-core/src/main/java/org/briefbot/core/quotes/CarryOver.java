package org.briefbot.core.quotes;

import java.util.List;

/**
 * The last stage of attribution: a quote no tag gave a speaker keeps the speaker of a statement
 * beside it. Its sieves run in {@link #SIEVES}' order for each such quote, in story order, so a
 * speaker carried to one quote carries on to the next untagged one.
 */
final class CarryOver {

  /** One way to find a speaker for the quote at {@code index}; null when it finds none. */
  private interface CarryOverSieve {
    Speaker speakerFor(int index, List<Statement> statements);
  }

  private final StoryTokens tokens;
  private final Attribution attribution;
  private final List<Sieve> order =
      List.of(
          Sieve.CARRIED_FROM_EARLIER_IN_PARAGRAPH,
          Sieve.CARRIED_FROM_PREVIOUS_PARAGRAPH,
          Sieve.CARRIED_FROM_LATER_IN_PARAGRAPH,
          Sieve.COLON_INTRODUCTION);

  CarryOver(StoryTokens tokens, Attribution attribution) {
    this.tokens = tokens;
    this.attribution = attribution;
  }

  /**
   * Sets speakers on the statements (sorted by position) that lack one; indirect speech carries
   * nothing over.
   */
  void apply(List<Statement> statements) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      if (statement.speaker != null || statement.kind == QuoteKind.INDIRECT) {
        continue;
      }
      for (Sieve sieve : order) {
        Speaker carried = sieve(sieve).speakerFor(i, statements);
        if (carried != null) {
          statement.speaker = carried;
          statement.sieve = sieve;
          statement.carried = true;
          break;
        }
      }
    }
  }

  private CarryOverSieve sieve(Sieve sieve) {
    return switch (sieve) {
      case CARRIED_FROM_EARLIER_IN_PARAGRAPH -> this::earlierInParagraph;
      case CARRIED_FROM_PREVIOUS_PARAGRAPH -> this::previousParagraph;
      case CARRIED_FROM_LATER_IN_PARAGRAPH -> this::laterInParagraph;
      case COLON_INTRODUCTION -> this::colonIntroduction;
      default -> throw new IllegalArgumentException("not a carry-over sieve: " + sieve);
    };
  }

  /** The nearest statement before it in its paragraph with a known speaker. */
  private Speaker earlierInParagraph(int index, List<Statement> statements) {
    Statement statement = statements.get(index);
    for (int j = index - 1; j >= 0; j--) {
      Statement before = statements.get(j);
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

  /** A quote opening its paragraph continues the last statement of the paragraph just before. */
  private Speaker previousParagraph(int index, List<Statement> statements) {
    Statement statement = statements.get(index);
    for (int j = index - 1; j >= 0; j--) {
      Statement before = statements.get(j);
      if (before.paragraph < statement.paragraph) {
        boolean adjacent = statement.opensParagraph && before.paragraph == statement.paragraph - 1;
        return adjacent && before.speaker != null && before.speaker.known() ? before.speaker : null;
      }
    }
    return null;
  }

  /** The first quote after it in its paragraph with a known speaker (not reported speech). */
  private Speaker laterInParagraph(int index, List<Statement> statements) {
    Statement statement = statements.get(index);
    for (int j = index + 1; j < statements.size(); j++) {
      Statement after = statements.get(j);
      if (after.paragraph != statement.paragraph) {
        return null;
      }
      if (after.speaker != null && after.speaker.known() && after.kind != QuoteKind.INDIRECT) {
        return after.speaker;
      }
    }
    return null;
  }

  /** {@code Blinken said:} ending the paragraph before a quote that opens its own. */
  private Speaker colonIntroduction(int index, List<Statement> statements) {
    Statement statement = statements.get(index);
    if (!statement.opensParagraph) {
      return null;
    }
    int firstToken = tokens.tokenAtOrAfter(statement.span.start());
    if (firstToken >= tokens.size) {
      return null;
    }
    int sentence = tokens.sentenceOf[firstToken];
    int previous = sentence - 1;
    while (previous >= 0
        && tokens.sentenceParagraph[previous] == tokens.sentenceParagraph[sentence]) {
      previous--;
    }
    if (previous < 0
        || tokens.sentenceParagraph[previous] != tokens.sentenceParagraph[sentence] - 1) {
      return null;
    }
    int last = tokens.sentenceLast[previous] - 1;
    if (!tokens.word[last].equals(":")) {
      return null;
    }
    Speaker introduced = attribution.beforeQuote(tokens.sentenceFirst[previous], last + 1, false);
    if (introduced != null) {
      return introduced;
    }
    // "Sanders made the following comment:" — the one who introduces the quote
    for (int t = tokens.sentenceFirst[previous]; t < last; t++) {
      if (attribution.isVerb(t) && !tokens.quoted[t]) {
        Speaker subject = attribution.subjectOf(t, tokens.sentenceFirst[previous]);
        return subject != null && subject.known() ? subject : null;
      }
    }
    return null;
  }
}
