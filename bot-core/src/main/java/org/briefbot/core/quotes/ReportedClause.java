package org.briefbot.core.quotes;

/**
 * {@code X said (that) …}, {@code X told reporters on Friday …}: the clause a verb of saying,
 * belief or evidence reports, said by the verb's subject.
 */
record ReportedClause(ClauseScan scan) implements ReportSieve {
  @Override
  public Sieve name() {
    return Sieve.REPORTED_CLAUSE;
  }

  @Override
  public boolean read(ReportCue cue, Reports reports) {
    if (!cue.reportsClause()) {
      return false;
    }
    int clause = scan.clauseAfter(cue.verb, cue.clauseLast, cue.kind == ReportCue.Kind.EVIDENCE);
    if (clause < 0) {
      return false;
    }
    Speaker speaker = cue.subject();
    if (speaker != null) {
      reports.emit(cue.sentence, clause, scan.contentEnd(clause, cue.clauseLast), speaker, name());
    }
    return true;
  }
}
