package org.briefbot.core.quotes;

/** "Trump's claim that there have been …": a report held by a noun, said by its possessor. */
record ClaimNoun(StoryTokens tokens, Attribution attribution, ClauseScan scan)
    implements ReportSieve {
  @Override
  public Sieve name() {
    return Sieve.CLAIM_NOUN;
  }

  @Override
  public boolean read(ReportCue cue, Reports reports) {
    if (cue.kind != ReportCue.Kind.CLAIM_NOUN) {
      return false;
    }
    readClaim(cue.sentence, cue.verb, reports);
    return true;
  }

  private void readClaim(int sentence, int noun, Reports reports) {
    Speaker speaker = attribution.possessor(noun - 1);
    if (speaker != null) {
      int last = tokens.sentenceLast(sentence);
      reports.emit(sentence, noun + 1, scan.contentEnd(noun + 1, last), speaker, Sieve.CLAIM_NOUN);
    }
  }
}
