package org.briefbot.core.quotes;

/**
 * {@code …, said one GOP source in the room.}: a comma, the verb, a noun phrase, the sentence's
 * end. Read as a postposed tag before the verb is taken for one that opens a clause.
 */
record InvertedTag(ClauseScan scan, PostposedTag postposed) implements ReportSieve {
  @Override
  public Sieve name() {
    return Sieve.POSTPOSED_TAG;
  }

  @Override
  public boolean read(ReportCue cue, Reports reports) {
    if (cue.kind != ReportCue.Kind.SPEECH
        || !scan.isInvertedTag(cue.verb, cue.first, cue.clauseLast)) {
      return false;
    }
    postposed.readTag(cue.sentence, cue.verb, reports);
    return true;
  }
}
