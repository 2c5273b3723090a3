package org.briefbot.core.quotes;

/**
 * A report in the verb's object: "X cited problems in …", "X called for a ban", "X questioned
 * whether …". A verb that reports only its object takes the cue whatever it finds; a verb of saying
 * comes here when no clause follows it.
 */
record ReportedObject(
    StoryTokens tokens, Attribution attribution, ClauseScan scan, ObjectReports objects)
    implements ReportSieve {
  /**
   * A report in a verb's object needs more words than a clause with its own verb ("said sales
   * fell").
   */
  private static final int MIN_OBJECT_WORDS = 3;

  @Override
  public Sieve name() {
    return Sieve.REPORTED_OBJECT;
  }

  @Override
  public boolean read(ReportCue cue, Reports reports) {
    if (cue.kind == ReportCue.Kind.OBJECT) {
      readObject(cue, reports);
      return true;
    }
    return cue.reportsClause() && readObject(cue, reports);
  }

  /** Whether an object that is a report follows the verb (said to be a statement or not). */
  private boolean readObject(ReportCue cue, Reports reports) {
    int sentence = cue.sentence;
    int v = cue.verb;
    int last = tokens.sentenceLast(sentence);
    int object = objects.objectAfter(v, last);
    if (object < 0) {
      return false;
    }
    Speaker speaker =
        attribution.subjectOf(
            v, Math.max(tokens.sentenceFirst(sentence), v - ClauseScan.MAX_CLAUSE_TOKENS));
    int end = scan.contentEnd(object, last);
    if (speaker != null && scan.wordsIn(object, end) >= MIN_OBJECT_WORDS) {
      reports.emit(
          sentence,
          object,
          end,
          speaker,
          Sieve.REPORTED_OBJECT); // ("acknowledged the delay": too little to be a statement)
    }
    return true;
  }
}
