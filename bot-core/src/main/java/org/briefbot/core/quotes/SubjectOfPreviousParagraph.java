package org.briefbot.core.quotes;

/**
 * A quotation that opens its paragraph after a paragraph that quotes nothing and names a person as
 * the subject of its first sentence: {@code Baker Gianni Marchetti has run the shop for 20 years.}
 * ↵ {@code “We never close on holidays.”}
 */
record SubjectOfPreviousParagraph(StoryTokens tokens, Attribution attribution)
    implements AttributionSieve<Neighbours> {
  @Override
  public Sieve name() {
    return Sieve.SUBJECT_OF_PREVIOUS_PARAGRAPH;
  }

  @Override
  public Speaker decide(Neighbours quote) {
    Statement statement = quote.statement();
    int last =
        statement.opensParagraph && statement.kind == QuoteKind.DIRECT
            ? tokens.lastSentenceBeforeParagraphOf(statement.span.start())
            : -1;
    if (last < 0) {
      return null;
    }
    int first = last;
    while (first > 0 && tokens.sentenceParagraph(first - 1) == tokens.sentenceParagraph(last)) {
      first--;
    }
    for (int t = tokens.sentenceFirst(first); t < tokens.sentenceLast(last); t++) {
      if (tokens.quoted(t) || tokens.isQuoteMark(t) || tokens.isSpeechVerb(t)) {
        return null; // the paragraph before says something itself
      }
    }
    return subjectOf(first);
  }

  /** The person the first verb of the sentence has as its subject, or null. */
  private Speaker subjectOf(int sentence) {
    int from = tokens.sentenceFirst(sentence);
    for (int t = from; t < tokens.sentenceLast(sentence); t++) {
      if (tokens.isVerb(t)) {
        Speaker subject = attribution.subjectOf(t, from);
        boolean person =
            subject != null
                && subject.entity() != null
                && subject.entity().person
                && !subject.entity().organisation;
        return person ? subject : null;
      }
    }
    return null;
  }
}
