package org.briefbot.core.quotes;

import java.util.Set;

/**
 * Reads where the report a cue introduces begins and ends: the clause after a verb of saying, the
 * end of a reported clause before another statement, an inverted tag (a report in a verb's object
 * is {@link ObjectReports}'s). Shared by the reported-speech sieves; reads the story, changes
 * nothing.
 */
final class ClauseScan {
  private static final Set<String> OBJECT_PRONOUNS = WordLists.load("object-pronouns");

  private static final Set<String> SUBJECT_OBJECT_PRONOUNS =
      WordLists.load("subject-object-pronouns");

  private static final Set<String> AFTER_NO_DETERMINERS = WordLists.load("after-no-determiners");

  private static final Set<String> INFINITIVE_VERBS = WordLists.load("infinitive-verbs");

  /**
   * Words after a comma that may join a second speaker's statement to the first: ", but the editor
   * said …".
   */
  private static final Set<String> CLAUSE_JOINERS = WordLists.load("clause-joiners");

  /**
   * How many tokens a subject before its speech verb may take: "the network's political editor,
   * Dana Kessler,".
   */
  private static final int MAX_SUBJECT_TOKENS = 14;

  private static final Set<String> NOT_CLAUSE_STARTS = WordLists.load("not-clause-starts");

  private static final Set<String> FINITE_FORMS = WordLists.load("finite-forms");

  private static final Set<String> PREPOSITION_PARTICIPLES =
      WordLists.load("preposition-participles");

  /** A reported clause runs this many tokens at most; longer "sentences" are lists or garbage. */
  static final int MAX_CLAUSE_TOKENS = 120;

  private final StoryTokens tokens;

  private final Attribution attribution;

  private final PhraseScan phrases;

  ClauseScan(StoryTokens tokens, Attribution attribution, PhraseScan phrases) {
    this.tokens = tokens;
    this.attribution = attribution;
    this.phrases = phrases;
  }

  /**
   * "…, said one GOP source in the room.": a comma, the verb, a noun phrase, the sentence's end.
   */
  boolean isInvertedTag(int v, int first, int last) {
    if (v - 1 < first || !phrases.isClauseComma(v - 1, first) || tokens.isParticiple(v)) {
      return false;
    }
    int after = phrases.skipNominal(v + 1, last);
    if (after == v + 1) {
      return false;
    }
    int rest = phrases.skipAdverbials(after, last);
    return rest >= last || tokens.isPunct(rest) && !tokens.isQuoteMark(rest);
  }

  int wordsIn(int from, int end) {
    int words = 0;
    for (int t = from; t < end; t++) {
      if (Character.isLetterOrDigit(tokens.word(t).charAt(0))) {
        words++;
      }
    }
    return words;
  }

  /**
   * Where the reported clause after the verb begins (including "that"), or -1 when none follows.
   */
  int clauseAfter(int v, int last, boolean evidence) {
    String verb = tokens.lower(v);
    int i = v + 1;
    if (i >= last) {
      return -1;
    }
    i = phrases.skipAdverbials(afterAddressee(v, i, last), last);
    if (i >= last) {
      return -1;
    }
    String lower = tokens.lower(i);
    if (lower.equals("that")
        && i + 1 < last
        && (!tokens.pos(i + 1).startsWith("VERB")
                && !tokens.pos(i + 1).startsWith("AUX")
                && !tokens.isPunct(i + 1)
            || tokens.isQuoteMark(i + 1)
            || tokens.word(i + 1).equals(","))) {
      return i;
    }
    if (evidence) {
      return -1;
    }
    if (Lexicon.QUESTION_CLAUSE_OPENERS.contains(lower)
        && (verb.startsWith("ask") || verb.startsWith("wonder"))) {
      return i;
    }
    if (lower.equals("to")
        && INFINITIVE_VERBS.contains(verb)
        && i + 1 < last
        && tokens.pos(i + 1).startsWith("VERB")) {
      return i;
    }
    if (tokens.word(i).equals(":")) {
      return i + 1 < last ? i + 1 : -1;
    }
    if (!Lexicon.BARE_CLAUSE_VERBS.contains(verb)) {
      return -1;
    }
    // ("said he's considering a run": the clause's verb is in its first word)
    int verbFrom = tokens.pos(i).contains("+AUX") ? i : i + 1;
    return opensBareClause(i, last) && hasFiniteVerb(verbFrom, last) ? i : -1;
  }

  /** "told reporters that …", "told him the …": past the addressee of a verb that takes one. */
  private int afterAddressee(int v, int i, int last) {
    if (Lexicon.ADDRESSEE_VERBS.contains(tokens.lower(v))) {
      if (OBJECT_PRONOUNS.contains(tokens.lower(i)) && tokens.pos(i).startsWith("PRON")) {
        i++;
      } else {
        int after = phrases.skipNominal(i, last);
        if (after > i
            && after < last
            && (tokens.lower(after).equals("that")
                || tokens.lower(after).equals("to")
                || PhraseScan.ADJUNCT_OPENERS.contains(tokens.lower(after))
                || tokens.pos(after).startsWith("PRON")
                || tokens.pos(after).equals("DET"))) {
          i = after;
        }
      }
    }
    return i;
  }

  /**
   * Whether a clause with no "that" may start at {@code i}: "said the talks failed", "said no
   * decision had been made", not "said it" or "said goodbye".
   */
  private boolean opensBareClause(int i, int last) {
    String lower = tokens.lower(i);
    String pos = tokens.pos(i);
    // The tagger errs often enough ("a/PART second device"): judge the clause's start by the word
    // too.
    // "said praise/VERB from Putin would not …": a base form before a later finite verb is the
    // clause's noun.
    boolean nounTaggedVerb =
        pos.startsWith("VERB")
            && !lower.endsWith("ing")
            && !lower.endsWith("ed")
            && i + 1 < last
            && !tokens.pos(i + 1).startsWith("VERB")
            && !tokens.pos(i + 1).startsWith("AUX");
    boolean aboutANumber = lower.equals("about") && i + 1 < last && tokens.pos(i + 1).equals("NUM");
    // "said no decision had been made": "no" before a noun is its determiner, not an answer
    boolean noDeterminer =
        lower.equals("no")
            && i + 1 < last
            && (tokens.pos(i + 1).startsWith("NOUN")
                || tokens.pos(i + 1).equals("ADJ")
                || AFTER_NO_DETERMINERS.contains(
                    tokens.lower(i + 1))); // "said no further action …"
    // "said having a new arena would help": a gerund and its object as the clause's subject
    boolean gerundSubject =
        pos.startsWith("VERB")
            && lower.endsWith("ing")
            && !PREPOSITION_PARTICIPLES.contains(lower)
            && i + 1 < last
            && (tokens.pos(i + 1).equals("DET") || tokens.pos(i + 1).equals("ADJ"));
    boolean clauseStart =
        tokens.isQuoteMark(i)
            || aboutANumber
            || noDeterminer
            || gerundSubject
            || Character.isLetterOrDigit(tokens.word(i).charAt(0))
                && !NOT_CLAUSE_STARTS.contains(lower)
                && (!pos.startsWith("VERB") || tokens.isCapitalized(i) || nounTaggedVerb);
    // "said her colleague had …": "her" before a noun is a determiner, not an object
    boolean determiner =
        lower.equals("her")
            && i + 1 < last
            && (tokens.pos(i + 1).startsWith("NOUN")
                || tokens.pos(i + 1).equals("ADJ")
                || tokens.pos(i + 1).startsWith("PROPN")
                || tokens.pos(i + 1).equals("NUM")
                || tokens.inHyphenatedCompound(i + 1)); // ("said her 84-year-old father waited")
    return clauseStart
        && !(OBJECT_PRONOUNS.contains(lower)
            && !SUBJECT_OBJECT_PRONOUNS.contains(lower)
            && !determiner);
  }

  private boolean hasFiniteVerb(int from, int to) {
    to = Math.min(to, from + MAX_CLAUSE_TOKENS);
    for (int t = from; t < to; t++) {
      String pos = tokens.pos(t);
      String lower = tokens.lower(t);
      if (tokens.quoted(t) || tokens.inHyphenatedCompound(t)) {
        continue; // ("reported a stronger-than-expected profit": no verb of a clause)
      }
      if (pos.startsWith("AUX")
          || pos.contains("+AUX")
          || FINITE_FORMS.contains(lower)
          || pos.startsWith("VERB") && !lower.endsWith("ing")
          || lower.endsWith("ed")
              && lower.length() > 4
              && (pos.equals("ADJ") || pos.startsWith("VERB"))
          || pos.equals("NOUN")
              && lower.endsWith("s")
              && !lower.endsWith("ss")
              && t > from
              && t + 1 < to
              && (tokens.pos(t - 1).equals("NOUN") || tokens.pos(t - 1).startsWith("PROPN"))
              && !tokens.lower(t - 1).endsWith("s")
              && (tokens.pos(t + 1).startsWith("NOUN")
                  || tokens.pos(t + 1).equals("DET")
                  || tokens.pos(t + 1).startsWith("PRON"))) {
        return true; // ("advantage obscures/NOUN concerns": a verb in -s the tagger read as a
        // plural)
      }
    }
    return false;
  }

  /**
   * The end of a reported clause: the sentence's end, or a following ", adding …" / ", according to
   * …".
   */
  int contentEnd(int from, int last) {
    last = Math.min(last, from + MAX_CLAUSE_TOKENS);
    for (int i = from + 1; i < last - 1; i++) {
      if (tokens.word(i).equals(",")
          && !tokens.quoted(i)
          && (Lexicon.FOLLOW_ON_CUES.contains(tokens.lower(i + 1))
              || attribution.isAccordingTo(i + 1)
              || i + 2 < last
                  && (tokens.lower(i + 1).equals("but") || tokens.lower(i + 1).equals("and"))
                  && tokens.isSpeechVerb(i + 2)
              || introducesQuoteAfter(i + 1, last))) {
        return i; // ", adding that …", ", according to …", ", but warned that …": another statement
      }
      if (tokens.isDash(i) && !tokens.quoted(i) && introducesQuoteAfter(i + 1, last)) {
        return i; // "… were made public ― Trump boasted, “…”"
      }
      if (tokens.word(i).equals(",")
          && !tokens.quoted(i)
          && CLAUSE_JOINERS.contains(tokens.lower(i + 1))
          && opensAnotherAttribution(i + 2, last)) {
        return i; // "He vowed to keep trying, but the network's editor said …": another speaker's
        // statement
      }
    }
    return phrases.trimEnd(from, last);
  }

  /**
   * Whether a subject and its speech verb open the words from {@code from} ("the network's editor,
   * Dana Kessler, said …"): the clause before them ends there, and the verb reports on its own.
   */
  private boolean opensAnotherAttribution(int from, int last) {
    for (int v = from + 1; v < Math.min(last - 1, from + MAX_SUBJECT_TOKENS); v++) {
      if (tokens.isSpeechVerb(v) && !tokens.quoted(v)) {
        Speaker subject = attribution.subjectOf(v, from);
        return subject != null && subject.known();
      }
      if (tokens.pos(v).startsWith("VERB")
          || tokens.pos(v).startsWith("AUX")
          || tokens.pos(v).equals("SCONJ")) {
        return false; // ("…, but the plan failed when …"): a clause of the report's own
      }
    }
    return false;
  }

  /**
   * ", Trump boasted, “…”": a speaker and verb right after a comma that open a quote of their own.
   */
  private boolean introducesQuoteAfter(int from, int last) {
    for (int v = from + 1; v < Math.min(last - 1, from + 5); v++) {
      if (tokens.isSpeechVerb(v)) {
        int next = tokens.word(v + 1).equals(",") || tokens.word(v + 1).equals(":") ? v + 2 : v + 1;
        return next < last && tokens.isQuoteMark(next);
      }
    }
    return false;
  }
}
