package org.briefbot.core.quotes;

/** {@code Blinken said:} ending the paragraph before a quote that opens its own. */
record ColonIntroduction(StoryTokens tokens, Attribution attribution)
    implements AttributionSieve<Neighbours> {
  @Override
  public Sieve name() {
    return Sieve.COLON_INTRODUCTION;
  }

  @Override
  public Speaker decide(Neighbours quote) {
    Statement statement = quote.statement();
    int previous =
        statement.opensParagraph
            ? tokens.lastSentenceBeforeParagraphOf(statement.span.start())
            : -1;
    if (previous < 0) {
      return null;
    }
    int last = tokens.sentenceLast(previous) - 1;
    if (!tokens.word(last).equals(":")) {
      return null;
    }
    Speaker introduced = attribution.beforeQuote(tokens.sentenceFirst(previous), last + 1, false);
    if (introduced != null) {
      return introduced;
    }
    // "Sanders made the following comment:" — the one who introduces the quote
    for (int t = tokens.sentenceFirst(previous); t < last; t++) {
      if (tokens.isVerb(t) && !tokens.quoted(t)) {
        Speaker subject = attribution.subjectOf(t, tokens.sentenceFirst(previous));
        return subject != null && subject.known() ? subject : null;
      }
    }
    return null;
  }
}
