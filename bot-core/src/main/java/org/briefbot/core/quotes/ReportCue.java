package org.briefbot.core.quotes;

/**
 * A word that may introduce reported speech, with the part of its sentence a report may take: what
 * the reported-speech sieves read.
 */
final class ReportCue {
  /** What the cue is; each sieve reads the kinds it knows. */
  enum Kind {
    /** "according to". */
    ACCORDING_TO,
    /** A noun that holds a report in a "that" clause: "Trump's claim that …". */
    CLAIM_NOUN,
    /** A verb whose object is the report: "cited …", "called for …", "called it a hoax". */
    OBJECT,
    /** A verb of saying or belief, which reports a clause or stands in a tag. */
    SPEECH,
    /** A verb of evidence ("showed"), which reports only a "that" clause. */
    EVIDENCE
  }

  final int sentence;

  /** The cue's token. */
  final int verb;

  final Kind kind;

  /** The first token its subject or the words before it may take. */
  final int first;

  /**
   * One past the last token of a clause it reports: the sentence's end, or the end of the
   * introductory phrase it stands in ("After she said the count was final, Osei thanked …").
   */
  final int clauseLast;

  private final Attribution attribution;
  private Speaker subject;
  private boolean subjectRead;

  ReportCue(int sentence, int verb, Kind kind, int first, int clauseLast, Attribution attribution) {
    this.sentence = sentence;
    this.verb = verb;
    this.kind = kind;
    this.first = first;
    this.clauseLast = clauseLast;
    this.attribution = attribution;
  }

  /** Whether the cue may report a clause after it: a verb of saying, belief or evidence. */
  boolean reportsClause() {
    return kind == Kind.SPEECH || kind == Kind.EVIDENCE;
  }

  /**
   * The verb's subject, read once: resolving it notes who speaks ({@link SpeakersSoFar}), so the
   * sieves that consult it read it once, in their order.
   */
  Speaker subject() {
    if (!subjectRead) {
      subject = attribution.subjectOf(verb, first);
      subjectRead = true;
    }
    return subject;
  }
}
