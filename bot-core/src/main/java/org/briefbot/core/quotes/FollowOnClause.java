package org.briefbot.core.quotes;

/**
 * ", adding that …" after "The bridge would reopen, Ortiz said": a follow-on cue whose own subject
 * names no one continues the speaker of the attribution before it, not "The bridge".
 */
record FollowOnClause(StoryTokens tokens, Attribution attribution, ClauseScan scan)
    implements ReportSieve {
  @Override
  public Sieve name() {
    return Sieve.FOLLOW_ON_CLAUSE;
  }

  @Override
  public boolean read(ReportCue cue, Reports reports) {
    if (!cue.reportsClause() || !Lexicon.FOLLOW_ON_CUES.contains(tokens.lower(cue.verb))) {
      return false;
    }
    int clause = scan.clauseAfter(cue.verb, cue.clauseLast, cue.kind == ReportCue.Kind.EVIDENCE);
    if (clause < 0) {
      return false;
    }
    Speaker subject = cue.subject();
    if (subject != null && subject.known()) {
      return false;
    }
    Speaker earlier = earlierSpeaker(cue.first, cue.verb);
    if (earlier == null) {
      return false;
    }
    reports.emit(
        cue.sentence,
        clause,
        scan.contentEnd(clause, cue.clauseLast),
        earlier,
        Sieve.FOLLOW_ON_CLAUSE);
    return true;
  }

  /**
   * The speaker of the nearest attribution before a participle ("…, Blinken said, adding that …").
   */
  private Speaker earlierSpeaker(int first, int v) {
    for (int k = v - 1; k >= Math.max(first, v - 40); k--) {
      if (tokens.isSpeechVerb(k)) {
        Speaker subject = attribution.subjectOf(k, first);
        if (subject == null) {
          subject = attribution.nounPhraseAfter(k, v);
        }
        if (subject != null) {
          return subject;
        }
      }
    }
    return null;
  }
}
