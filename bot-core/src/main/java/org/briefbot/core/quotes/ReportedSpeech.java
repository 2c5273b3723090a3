package org.briefbot.core.quotes;

import java.util.List;
import java.util.Set;

/**
 * Finds reported speech, statements without quote marks: {@code X said (that) …}, {@code X told
 * reporters on Friday …}, {@code …, officials said.}, {@code …, he said, …}, {@code according to X,
 * …}. Finds the cues; the sieves ({@link SieveOrder#reportedSpeech}) read each in turn. A clause
 * that is mostly quotation is left to the quote it holds.
 */
final class ReportedSpeech {
  private static final Set<String> PASSIVE_AUXILIARIES = WordLists.load("passive-auxiliaries");

  private static final Set<String> PASSIVE_SPEECH_PARTICIPLES =
      WordLists.load("passive-speech-participles");

  /** Nouns that hold a report in a "that" clause: "Trump's claim that …". */
  private static final Set<String> CLAIM_NOUNS = WordLists.load("claim-nouns");

  /**
   * Words of the writer's own before a quote that make the sentence a report, not a quote's
   * lead-in.
   */
  private static final int MIN_WRITER_WORDS = 5;

  private final StoryTokens tokens;
  private final SentenceShapes sentences;
  private final Attribution attribution;
  private final ObjectReports objects;
  private final PhraseScan phrases;
  private final List<ReportSieve> sieves;
  private final List<Statement> out;

  ReportedSpeech(
      StoryTokens tokens,
      Attribution attribution,
      ObjectReports objects,
      PhraseScan phrases,
      List<ReportSieve> sieves,
      List<Statement> out) {
    this.tokens = tokens;
    this.sentences = new SentenceShapes(tokens);
    this.attribution = attribution;
    this.objects = objects;
    this.phrases = phrases;
    this.sieves = sieves;
    this.out = out;
  }

  void read() {
    Reports reports = new Reports(tokens, out);
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      if (sentences.isPageFurniture(s)) {
        continue;
      }
      for (int v = tokens.sentenceFirst(s); v < tokens.sentenceLast(s); v++) {
        ReportCue cue = cueAt(s, v);
        if (cue == null) {
          continue;
        }
        for (ReportSieve sieve : sieves) {
          if (sieve.read(cue, reports)) {
            break;
          }
        }
      }
    }
  }

  /** The cue at token {@code v} of sentence {@code s}, or null when it introduces no report. */
  private ReportCue cueAt(int s, int v) {
    int first = tokens.sentenceFirst(s);
    int last = tokens.sentenceLast(s);
    int from = Math.max(first, v - ClauseScan.MAX_CLAUSE_TOKENS);
    if (tokens.quoted(v)) {
      return null;
    }
    if (attribution.isAccordingTo(v)) {
      return new ReportCue(s, v, ReportCue.Kind.ACCORDING_TO, from, last, attribution);
    }
    if (CLAIM_NOUNS.contains(tokens.lower(v))
        && tokens.pos(v).startsWith("NOUN")
        && v > first
        && v + 2 < last
        && tokens.lower(v + 1).equals("that")) {
      return new ReportCue(s, v, ReportCue.Kind.CLAIM_NOUN, from, last, attribution);
    }
    String lower = tokens.lower(v);
    boolean speech = tokens.isSpeechVerb(v);
    boolean belief = !speech && Lexicon.isReportingVerb(lower) && tokens.isVerb(v);
    boolean evidence =
        !speech && !belief && Lexicon.EVIDENCE_VERBS.contains(lower) && tokens.isVerb(v);
    boolean objectOnly =
        !speech
            && !belief
            && !evidence
            && (objects.isPhrasalReport(v, last)
                || Lexicon.OBJECT_REPORT_VERBS.contains(lower) && tokens.isVerb(v)
                || objects.isNamingReport(v, last));
    if (!speech && !belief && !evidence && !objectOnly || notAReport(v, first)) {
      return null;
    }
    if (objectOnly) {
      return new ReportCue(s, v, ReportCue.Kind.OBJECT, from, last, attribution);
    }
    int clauseLast = last;
    int introductory = sentences.introductoryPhraseEnd(s);
    if (introductory > v) {
      if (v > first && !sentences.opensWithSubordinateClause(s)) {
        return null; // "Talking about how he felt after the vote, …", "In an interview where he
        // said little, …": no statement
      }
      clauseLast = introductory; // "After she said the count was final, Osei thanked …": the report
      // ends with the clause
    }
    ReportCue.Kind kind = evidence ? ReportCue.Kind.EVIDENCE : ReportCue.Kind.SPEECH;
    return new ReportCue(s, v, kind, from, clauseLast, attribution);
  }

  /** "as he said", "declined to say", "was told", a verb right after a quote (its attribution). */
  private boolean notAReport(int v, int first) {
    if (attribution.isAsClause(v, first)) {
      return true;
    }
    int i = v - 1;
    boolean negated = false;
    while (i >= first
        && (tokens.pos(i).equals("ADV") || Lexicon.NEGATIONS.contains(tokens.lower(i)))) {
      negated |= Lexicon.NEGATIONS.contains(tokens.lower(i));
      i--;
    }
    negated |= i >= first && tokens.lower(i).endsWith("n't");
    if (negated && tokens.isSpeechVerb(v)) {
      return true; // "would not say whether …", "have not said": nothing was said
    }
    if (i >= first) {
      String lower = tokens.lower(i);
      if (lower.equals("to")
          || PASSIVE_AUXILIARIES.contains(lower) && tokens.lower(v).endsWith("ed")
          || PASSIVE_AUXILIARIES.contains(lower)
              && PASSIVE_SPEECH_PARTICIPLES.contains(tokens.lower(v))) {
        return true;
      }
    }
    // the attribution of a quote: ", Blinken said" or ", said Blinken" right after the closing mark
    // (unless the quote ends the writer's own sentence: "… send a message that ''…,'' Kamin said.")
    for (int k = v - 1, seen = 0; k >= first && seen < 10; k--, seen++) {
      if (tokens.isQuoteMark(k) || tokens.quoted(k)) {
        return !endsWritersSentence(k, first);
      }
      String pos = tokens.pos(k);
      if (pos.startsWith("VERB")
          || pos.equals("SCONJ")
          || pos.equals("ADP") && !tokens.lower(k).equals("of")
          || tokens.word(k).equals(".")
          || tokens.lower(k).equals("that")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the quote ending at {@code close} follows words of the writer's own (at least a
   * clause).
   */
  private boolean endsWritersSentence(int close, int first) {
    first =
        Math.max(
            first,
            close
                - ClauseScan.MAX_CLAUSE_TOKENS); // (bounded: linear time on a story of quote marks)
    int open = close;
    while (open > first && (tokens.quoted(open - 1) || tokens.isQuoteMark(open - 1))) {
      open--;
    }
    int words = 0;
    for (int t = first; t < open; t++) {
      if (Character.isLetterOrDigit(tokens.word(t).charAt(0))) {
        words++;
      }
    }
    return words >= MIN_WRITER_WORDS && phrases.hasVerb(first, open);
  }
}
