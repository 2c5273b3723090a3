package org.briefbot.core.quotes;

import java.util.Set;

/**
 * The tag after the reported words: {@code …, officials said on Friday.}, {@code …, said the
 * minister.}, and around them: {@code Voters, he said, can …}.
 */
final class PostposedTag implements ReportSieve {
  /** "Asked about …, X said, “…”": the lead-in is the question, not the speaker's words. */
  private static final Set<String> QUESTION_LEAD_INS = WordLists.load("question-lead-ins");

  private final StoryTokens tokens;
  private final SentenceShapes sentences;
  private final Attribution attribution;
  private final PhraseScan scan;

  PostposedTag(StoryTokens tokens, Attribution attribution, PhraseScan scan) {
    this.tokens = tokens;
    this.sentences = new SentenceShapes(tokens);
    this.attribution = attribution;
    this.scan = scan;
  }

  @Override
  public Sieve name() {
    return Sieve.POSTPOSED_TAG;
  }

  @Override
  public boolean read(ReportCue cue, Reports reports) {
    if (cue.kind != ReportCue.Kind.SPEECH) {
      return false;
    }
    readTag(cue.sentence, cue.verb, reports);
    return true;
  }

  /** Reads the tag at the verb {@code v}; {@link InvertedTag} comes here too. */
  void readTag(int sentence, int v, Reports reports) {
    int first = Math.max(tokens.sentenceFirst(sentence), v - ClauseScan.MAX_CLAUSE_TOKENS);
    int last = tokens.sentenceLast(sentence);
    // "…, officials said on Friday." / "…, said the minister." / "…, he said, …"
    int comma;
    Speaker speaker;
    int afterCue;
    if (v - 1 >= first && scan.isClauseComma(v - 1, first) && !tokens.isParticiple(v)) {
      comma = v - 1;
      speaker = attribution.nounPhraseAfter(v, last);
      afterCue = scan.skipNominal(v + 1, last);
    } else {
      comma = scan.commaBeforeSubject(v, first);
      speaker = comma >= 0 ? attribution.subjectOf(v, comma + 1) : null;
      afterCue =
          Lexicon.ADDRESSEE_VERBS.contains(tokens.lower(v))
              ? scan.skipNominal(v + 1, last)
              : v + 1; // "…, Graham told CNN."
    }
    if (comma < 0 || speaker == null) {
      return;
    }
    int introductory = sentences.introductoryPhraseEnd(sentence);
    if (introductory >= 0 && introductory < comma && tokens.isQuoteMark(introductory + 1)) {
      return; // "In a wide-ranging interview, “…,” Osei said.": the phrase says nothing, the quote
      // is a statement of its own
    }
    int rest = scan.skipAdverbials(afterCue, last);
    if (rest < last && !tokens.isPunct(rest)) {
      return; // the sentence goes on past the attribution: not a tag after a statement
    }
    // "Voters, he said, can …" is one statement around its tag; "…, said the mayor, adding that …"
    // is two.
    boolean aside =
        rest < last - 1
            && tokens.word(rest).equals(",")
            && !Lexicon.FOLLOW_ON_CUES.contains(tokens.lower(rest + 1));
    if (!holdsStatement(first, comma, rest, last, aside)) {
      return;
    }
    int contentFirst = first;
    while (contentFirst < comma && tokens.isQuoteMark(contentFirst)) {
      contentFirst++;
    }
    reports.emit(
        sentence,
        contentFirst,
        aside ? scan.trimEnd(first, last) : comma,
        speaker,
        Sieve.POSTPOSED_TAG,
        aside ? comma : -1,
        aside ? rest : -1);
  }

  /** Whether the words around the tag at {@code [comma, rest)} make a statement of their own. */
  private boolean holdsStatement(int first, int comma, int rest, int last, boolean aside) {
    if (comma - first < (aside ? 1 : 2)) {
      return false; // "Yes, he said.": too little to be a statement ("Voters, he said, can …" is
      // one)
    }
    if (aside && tokens.isQuoteMark(rest + 1) && isQuestionLeadIn(first, comma)) {
      return false; // "When asked …, Trump boasted, “…”": a question put to him, then his answer
    }
    // "The talks failed, he said." needs a clause before; "Back then, he said, it failed." one
    // after
    return aside
        ? scan.hasVerb(first, comma) || scan.hasVerb(rest, last)
        : scan.hasVerb(first, comma);
  }

  private boolean isQuestionLeadIn(int from, int to) {
    for (int t = from; t < Math.min(to, from + 4); t++) {
      if (QUESTION_LEAD_INS.contains(tokens.lower(t))) {
        return true;
      }
    }
    return false;
  }
}
