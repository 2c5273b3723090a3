package org.briefbot.core.quotes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * Finds reported speech, statements without quote marks: {@code X said (that) …}, {@code X told
 * reporters on Friday …}, {@code …, officials said.}, {@code …, he said, …}, {@code according to X,
 * …}. A clause that is mostly quotation is left to the quote it holds.
 */
final class ReportedSpeech {
  private static final Set<String> PASSIVE_AUXILIARIES = WordLists.load("passive-auxiliaries");
  private static final Set<String> INFINITIVE_VERBS = WordLists.load("infinitive-verbs");
  private static final Set<String> QUANTIFIERS = WordLists.load("quantifiers");
  private static final Set<String> OBJECT_PRONOUNS = WordLists.load("object-pronouns");
  private static final Set<String> ADJUNCT_OPENERS = WordLists.load("verb-adjunct-openers");

  /**
   * Verbs whose particle makes them report their object: "called for a ban", "pointed to the
   * figures".
   */
  private static final Map<String, String> PHRASAL_REPORTS =
      Map.of(
          "call",
          "for on",
          "calls",
          "for on",
          "called",
          "for on",
          "calling",
          "for on",
          "point",
          "to",
          "points",
          "to",
          "pointed",
          "to",
          "pointing",
          "to");

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");
  private static final Pattern CONTRACTION = Pattern.compile("['\u2019].*$");
  private static final Set<String> NAMING_REPORTS = WordLists.load("naming-reports");

  /** Nouns that hold a report in a "that" clause: "Trump's claim that …". */
  private static final Set<String> CLAIM_NOUNS = WordLists.load("claim-nouns");

  private static final Set<String> QUESTION_WORDS = WordLists.load("question-words");

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

  /** "Asked about …, X said, “…”": the lead-in is the question, not the speaker's words. */
  private static final Set<String> QUESTION_LEAD_INS = WordLists.load("question-lead-ins");

  private static final int MIN_WORDS = 2;

  /**
   * A report in a verb's object needs more words than a clause with its own verb ("said sales
   * fell").
   */
  private static final int MIN_OBJECT_WORDS = 3;

  /**
   * Words of the writer's own before a quote that make the sentence a report, not a quote's
   * lead-in.
   */
  private static final int MIN_WRITER_WORDS = 5;

  /** A reported clause runs this many tokens at most; longer "sentences" are lists or garbage. */
  private static final int MAX_CLAUSE_TOKENS = 120;

  private final StoryTokens tokens;
  private final Attribution attribution;
  private final List<Statement> out;
  private final int markedCount;

  /** The parts of the partial quotes found before, by where they start. */
  private final List<TextSpan> partialParts;

  ReportedSpeech(StoryTokens tokens, Attribution attribution, List<Statement> out) {
    this.tokens = tokens;
    this.attribution = attribution;
    this.out = out;
    this.markedCount = out.size();
    List<TextSpan> parts = new java.util.ArrayList<>();
    for (Statement statement : out) {
      if (statement.kind == QuoteKind.PARTIAL) {
        parts.addAll(statement.parts);
      }
    }
    parts.sort(java.util.Comparator.comparingInt(TextSpan::start));
    this.partialParts = parts;
  }

  void read() {
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      if (tokens.isPageFurniture(s)) {
        continue;
      }
      int first = tokens.sentenceFirst[s];
      int last = tokens.sentenceLast[s];
      for (int v = first; v < last; v++) {
        if (tokens.quoted[v]) {
          continue;
        }
        if (attribution.isAccordingTo(v)) {
          accordingTo(s, v);
          continue;
        }
        if (CLAIM_NOUNS.contains(tokens.lower[v])
            && tokens.pos[v].startsWith("NOUN")
            && v > first
            && v + 2 < last
            && tokens.lower[v + 1].equals("that")) {
          claimOf(s, v);
          continue;
        }
        String lower = tokens.lower[v];
        boolean speech = attribution.isSpeechVerb(v);
        boolean belief = !speech && Lexicon.isReportingVerb(lower) && attribution.isVerb(v);
        boolean evidence =
            !speech && !belief && Lexicon.isEvidenceVerb(lower) && attribution.isVerb(v);
        boolean objectOnly =
            !speech
                && !belief
                && !evidence
                && (isPhrasalReport(v, last)
                    || Lexicon.reportsItsObject(lower) && attribution.isVerb(v)
                    || isNamingReport(v, last));
        if (!speech && !belief && !evidence && !objectOnly || notAReport(v, first)) {
          continue;
        }
        if (objectOnly) {
          objectReportAt(s, v);
        } else {
          reportAt(s, v, evidence);
        }
      }
    }
  }

  private void reportAt(int sentence, int v, boolean evidence) {
    int first = Math.max(tokens.sentenceFirst[sentence], v - MAX_CLAUSE_TOKENS);
    int last = tokens.sentenceLast[sentence];
    int introductory = tokens.introductoryPhraseEnd(sentence);
    if (introductory > v) {
      if (v > tokens.sentenceFirst[sentence] && !tokens.opensWithSubordinateClause(sentence)) {
        return; // "Talking about how he felt after the vote, …", "In an interview where he said
        // little, …": no statement
      }
      last = introductory; // "After she said the count was final, Osei thanked …": the report ends
      // with the clause
    }
    if (!evidence && isInvertedTag(v, first, last)) {
      postposed(sentence, v);
      return;
    }
    int clause = clauseAfter(v, last, evidence);
    if (clause >= 0) {
      Speaker speaker = attribution.subjectOf(v, first);
      Sieve sieve = Sieve.REPORTED_CLAUSE;
      if ((speaker == null || !speaker.known()) && Lexicon.isFollowOnCue(tokens.lower[v])) {
        // ", adding that …" after "The bridge would reopen, Ortiz said": not "The bridge" adding
        Speaker earlier = earlierSpeaker(first, v);
        if (earlier != null) {
          speaker = earlier;
          sieve = Sieve.FOLLOW_ON_CLAUSE;
        }
      }
      if (speaker != null) {
        emit(sentence, clause, contentEnd(clause, last), speaker, sieve);
      }
      return;
    }
    if (objectReportAt(sentence, v)) {
      return;
    }
    if (!evidence) {
      postposed(sentence, v);
    }
  }

  /** "Trump's claim that there have been …": a report held by a noun, said by its possessor. */
  private void claimOf(int sentence, int noun) {
    Speaker speaker = attribution.possessor(noun - 1);
    if (speaker != null) {
      int last = tokens.sentenceLast[sentence];
      emit(sentence, noun + 1, contentEnd(noun + 1, last), speaker, Sieve.CLAIM_NOUN);
    }
  }

  /** A report in the verb's object ("X cited …", "X called for …"); whether there was one. */
  private boolean objectReportAt(int sentence, int v) {
    int last = tokens.sentenceLast[sentence];
    int object = objectAfter(v, last);
    if (object < 0) {
      return false;
    }
    Speaker speaker =
        attribution.subjectOf(v, Math.max(tokens.sentenceFirst[sentence], v - MAX_CLAUSE_TOKENS));
    int end = contentEnd(object, last);
    if (speaker != null && wordsIn(object, end) >= MIN_OBJECT_WORDS) {
      emit(
          sentence,
          object,
          end,
          speaker,
          Sieve.REPORTED_OBJECT); // ("acknowledged the delay": too little to be a statement)
    }
    return true;
  }

  /**
   * "called the charges unsubstantiated", "called half of his supporters “deplorables”": a verdict
   * put in words.
   */
  private boolean isNamingReport(int v, int last) {
    if (!NAMING_REPORTS.contains(tokens.lower[v])
        || !attribution.isVerb(v)
        || v + 2 >= last
        || v > 0 && tokens.word[v - 1].equals(",")
        || isPhrasalReport(v, last)) {
      return false;
    }
    boolean nounSeen = false;
    for (int t = v + 1; t < last && t < v + 25; t++) {
      String pos = tokens.pos[t];
      if (tokens.isQuoteMark(t) && nounSeen) {
        return true;
      }
      if (pos.startsWith("VERB")
          || pos.startsWith("AUX")
          || pos.equals("SCONJ")
          || tokens.word[t].equals(",")) {
        return false;
      }
      if (nounSeen && pos.equals("ADJ") && tokens.pos[t - 1].startsWith("NOUN")) {
        return true; // "the charges unsubstantiated"
      }
      if (nounSeen
          && pos.equals("DET")
          && (tokens.pos[t - 1].startsWith("NOUN") || tokens.pos[t - 1].startsWith("PROPN"))) {
        return true; // "called climate change a hoax", "called Oz a quack"
      }
      nounSeen |= pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.startsWith("PRON");
    }
    return false;
  }

  /**
   * "called for …", "called on … to …", "pointed to …": a verb and particle whose object is the
   * report.
   */
  private boolean isPhrasalReport(int v, int last) {
    if (v + 1 >= last || !attribution.isVerb(v)) {
      return false;
    }
    String particle = PHRASAL_REPORTS.get(tokens.lower[v]);
    return particle != null && particle.contains(tokens.lower[v + 1]);
  }

  /**
   * Where a report that is the verb's object begins: "cited problems in the Middle East", "called
   * for a moratorium", "questioned whether …"; -1 when the object is no report.
   */
  private int objectAfter(int v, int last) {
    String verb = tokens.lower[v];
    int i =
        isPhrasalReport(v, last)
            ? v + 2
            : Lexicon.reportsItsObject(verb) || isNamingReport(v, last) ? v + 1 : -1;
    if (i < 0 || i >= last) {
      return -1;
    }
    String lower = tokens.lower[i];
    String pos = tokens.pos[i];
    if (QUESTION_WORDS.contains(lower)) {
      return i; // "questioned whether …", "asked how …"
    }
    if (ADJUNCT_OPENERS.contains(lower)) {
      return -1; // "…, a spokesman announced Monday morning.": a time, and the report stands before
    }
    boolean nounPhrase =
        pos.equals("DET") && !lower.equals("that")
            || pos.equals("ADJ")
            || pos.startsWith("NOUN")
            || pos.startsWith("PROPN")
            || pos.equals("NUM")
            || pos.startsWith("PRON") && tokens.isPossessive(i)
            || pos.startsWith("VERB")
                && lower.endsWith("ing")
                && PHRASAL_REPORTS.containsKey(verb); // "called for reducing"
    return nounPhrase && !tokens.quoted[i] ? i : -1;
  }

  /**
   * "…, said one GOP source in the room.": a comma, the verb, a noun phrase, the sentence's end.
   */
  private boolean isInvertedTag(int v, int first, int last) {
    if (v - 1 < first || !isClauseComma(v - 1, first) || attribution.isParticiple(v)) {
      return false;
    }
    int after = skipNominal(v + 1, last);
    if (after == v + 1) {
      return false;
    }
    int rest = skipAdverbials(after, last);
    return rest >= last || tokens.isPunct(rest) && !tokens.isQuoteMark(rest);
  }

  private void postposed(int sentence, int v) {
    int first = Math.max(tokens.sentenceFirst[sentence], v - MAX_CLAUSE_TOKENS);
    int last = tokens.sentenceLast[sentence];
    // "…, officials said on Friday." / "…, said the minister." / "…, he said, …"
    int comma;
    Speaker speaker;
    int afterCue;
    if (v - 1 >= first && isClauseComma(v - 1, first) && !attribution.isParticiple(v)) {
      comma = v - 1;
      speaker = attribution.nounPhraseAfter(v, last);
      afterCue = skipNominal(v + 1, last);
    } else {
      comma = commaBeforeSubject(v, first);
      speaker = comma >= 0 ? attribution.subjectOf(v, comma + 1) : null;
      afterCue =
          Lexicon.takesAddressee(tokens.lower[v])
              ? skipNominal(v + 1, last)
              : v + 1; // "…, Graham told CNN."
    }
    if (comma < 0 || speaker == null) {
      return;
    }
    int introductory = tokens.introductoryPhraseEnd(sentence);
    if (introductory >= 0 && introductory < comma && tokens.isQuoteMark(introductory + 1)) {
      return; // "In a wide-ranging interview, “…,” Osei said.": the phrase says nothing, the quote
      // is a statement of its own
    }
    int rest = skipAdverbials(afterCue, last);
    if (rest < last && !tokens.isPunct(rest)) {
      return; // the sentence goes on past the attribution: not a tag after a statement
    }
    // "Voters, he said, can …" is one statement around its tag; "…, said the mayor, adding that …"
    // is two.
    boolean aside =
        rest < last - 1
            && tokens.word[rest].equals(",")
            && !Lexicon.isFollowOnCue(tokens.lower[rest + 1]);
    if (comma - first < (aside ? 1 : 2)) {
      return; // "Yes, he said.": too little to be a statement ("Voters, he said, can …" is one)
    }
    if (aside && tokens.isQuoteMark(rest + 1) && isQuestionLeadIn(first, comma)) {
      return; // "When asked …, Trump boasted, “…”": a question put to him, then his answer
    }
    // "The talks failed, he said." needs a clause before; "Back then, he said, it failed." one
    // after
    if (!(aside ? hasVerb(first, comma) || hasVerb(rest, last) : hasVerb(first, comma))) {
      return;
    }
    int contentFirst = first;
    while (contentFirst < comma && tokens.isQuoteMark(contentFirst)) {
      contentFirst++;
    }
    emit(
        sentence,
        contentFirst,
        aside ? trimEnd(first, last) : comma,
        speaker,
        Sieve.POSTPOSED_TAG,
        aside ? comma : -1,
        aside ? rest : -1);
  }

  private boolean isQuestionLeadIn(int from, int to) {
    for (int t = from; t < Math.min(to, from + 4); t++) {
      if (QUESTION_LEAD_INS.contains(tokens.lower[t])) {
        return true;
      }
    }
    return false;
  }

  private void accordingTo(int sentence, int according) {
    int first = Math.max(tokens.sentenceFirst[sentence], according - MAX_CLAUSE_TOKENS);
    int last = Math.min(tokens.sentenceLast[sentence], according + MAX_CLAUSE_TOKENS);
    Speaker speaker = attribution.nounPhraseAfter(according + 1, last);
    if (speaker == null) {
      return;
    }
    if (speaker.entity() == null) {
      // "according to new figures released by the Ontario Health Coalition": who published them
      Speaker behind = attribution.sourceOfDocument(according + 2, last);
      if (behind != null && behind.entity() != null) {
        speaker = behind;
      }
    }
    if (!speaker.known()) {
      // "according to exit polls", "according to a Washington Post database": whatever it names is
      // the source
      String source = LEADING_ARTICLE.matcher(speaker.mention()).replaceFirst("");
      speaker =
          new Speaker(null, source, speaker.mention(), speaker.verb(), Resolution.DESCRIPTION);
    }
    if (according == first || according - first <= 1 && tokens.isPunct(first)) {
      int comma = according + 2;
      while (comma < last && comma < according + 20 && !tokens.word[comma].equals(",")) {
        comma++;
      }
      if (comma < last - 1) {
        emit(sentence, comma + 1, contentEnd(comma + 1, last), speaker, Sieve.ACCORDING_TO);
      }
    } else if (tokens.word[according - 1].equals(",")) {
      int contentFirst = first;
      while (contentFirst < according && tokens.isQuoteMark(contentFirst)) {
        contentFirst++;
      }
      emit(sentence, contentFirst, according - 1, speaker, Sieve.ACCORDING_TO);
    }
  }

  /** "as he said", "declined to say", "was told", a verb right after a quote (its attribution). */
  private boolean notAReport(int v, int first) {
    if (attribution.isAsClause(v, first)) {
      return true;
    }
    int i = v - 1;
    boolean negated = false;
    while (i >= first && (tokens.pos[i].equals("ADV") || isNegation(tokens.lower[i]))) {
      negated |= isNegation(tokens.lower[i]);
      i--;
    }
    negated |= i >= first && tokens.lower[i].endsWith("n't");
    if (negated && attribution.isSpeechVerb(v)) {
      return true; // "would not say whether …", "have not said": nothing was said
    }
    if (i >= first) {
      String lower = tokens.lower[i];
      if (lower.equals("to")
          || PASSIVE_AUXILIARIES.contains(lower) && tokens.lower[v].endsWith("ed")
          || PASSIVE_AUXILIARIES.contains(lower)
              && (tokens.lower[v].equals("said") || tokens.lower[v].equals("told"))) {
        return true;
      }
    }
    // the attribution of a quote: ", Blinken said" or ", said Blinken" right after the closing mark
    // (unless the quote ends the writer's own sentence: "… send a message that ''…,'' Kamin said.")
    for (int k = v - 1, seen = 0; k >= first && seen < 10; k--, seen++) {
      if (tokens.isQuoteMark(k) || tokens.quoted[k]) {
        return !endsWritersSentence(k, first);
      }
      String pos = tokens.pos[k];
      if (pos.startsWith("VERB")
          || pos.equals("SCONJ")
          || pos.equals("ADP") && !tokens.lower[k].equals("of")
          || tokens.word[k].equals(".")
          || tokens.lower[k].equals("that")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a partial quote already stands inside the clause: "Blinken said the talks are aimed at
   * finding “a different way of achieving” …" is told by its quoted words (as the demo story's gold
   * has it), not a second time as reported speech around them.
   */
  private boolean holdsPartialQuote(TextSpan span) {
    int low = 0;
    int high = partialParts.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (partialParts.get(mid).start() < span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < partialParts.size() && partialParts.get(low).end() <= span.end() + 2;
  }

  private int wordsIn(int from, int end) {
    int words = 0;
    for (int t = from; t < end; t++) {
      if (Character.isLetterOrDigit(tokens.word[t].charAt(0))) {
        words++;
      }
    }
    return words;
  }

  /** Pronouns that may open a subject before its noun ("his aides", "one official"). */
  private static boolean opensSubject(String lower) {
    return Lexicon.isPossessivePronoun(lower) || lower.equals("one");
  }

  private static boolean isNegation(String lower) {
    return lower.equals("not") || lower.equals("never") || lower.equals("n't");
  }

  /** A comma before an attribution, or a closing mark after one: {@code …,'' Kamin said}. */
  private boolean isClauseComma(int i, int first) {
    return tokens.word[i].equals(",")
        || tokens.isQuoteMark(i) && i - 1 >= first && tokens.word[i - 1].equals(",");
  }

  /**
   * Whether the quote ending at {@code close} follows words of the writer's own (at least a
   * clause).
   */
  private boolean endsWritersSentence(int close, int first) {
    first =
        Math.max(
            first, close - MAX_CLAUSE_TOKENS); // (bounded: linear time on a story of quote marks)
    int open = close;
    while (open > first && (tokens.quoted[open - 1] || tokens.isQuoteMark(open - 1))) {
      open--;
    }
    int words = 0;
    for (int t = first; t < open; t++) {
      if (Character.isLetterOrDigit(tokens.word[t].charAt(0))) {
        words++;
      }
    }
    return words >= MIN_WRITER_WORDS && hasVerb(first, open);
  }

  private static boolean isPersonalPronoun(String mention) {
    String lower =
        CONTRACTION.matcher(mention.toLowerCase(java.util.Locale.ROOT)).replaceFirst(""); // "He's"
    return lower.equals("he")
        || lower.equals("she")
        || lower.equals("they")
        || lower.equals("we")
        || lower.equals("i");
  }

  /**
   * Where the reported clause after the verb begins (including "that"), or -1 when none follows.
   */
  private int clauseAfter(int v, int last, boolean evidence) {
    String verb = tokens.lower[v];
    int i = v + 1;
    if (i >= last) {
      return -1;
    }
    if (Lexicon.takesAddressee(verb)) {
      if (OBJECT_PRONOUNS.contains(tokens.lower[i]) && tokens.pos[i].startsWith("PRON")) {
        i++;
      } else {
        int after = skipNominal(i, last);
        if (after > i
            && after < last
            && (tokens.lower[after].equals("that")
                || tokens.lower[after].equals("to")
                || ADJUNCT_OPENERS.contains(tokens.lower[after])
                || tokens.pos[after].startsWith("PRON")
                || tokens.pos[after].equals("DET"))) {
          i = after;
        }
      }
    }
    i = skipAdverbials(i, last);
    if (i >= last) {
      return -1;
    }
    String lower = tokens.lower[i];
    if (lower.equals("that")
        && i + 1 < last
        && (!tokens.pos[i + 1].startsWith("VERB")
                && !tokens.pos[i + 1].startsWith("AUX")
                && !tokens.isPunct(i + 1)
            || tokens.isQuoteMark(i + 1)
            || tokens.word[i + 1].equals(","))) {
      return i;
    }
    if (evidence) {
      return -1;
    }
    if ((lower.equals("whether") || lower.equals("if"))
        && (verb.startsWith("ask") || verb.startsWith("wonder"))) {
      return i;
    }
    if (lower.equals("to")
        && INFINITIVE_VERBS.contains(verb)
        && i + 1 < last
        && tokens.pos[i + 1].startsWith("VERB")) {
      return i;
    }
    if (tokens.word[i].equals(":")) {
      return i + 1 < last ? i + 1 : -1;
    }
    if (!Lexicon.takesBareClause(verb)) {
      return -1;
    }
    String pos = tokens.pos[i];
    // The tagger errs often enough ("a/PART second device"): judge the clause's start by the word
    // too.
    // "said praise/VERB from Putin would not …": a base form before a later finite verb is the
    // clause's noun.
    boolean nounTaggedVerb =
        pos.startsWith("VERB")
            && !lower.endsWith("ing")
            && !lower.endsWith("ed")
            && i + 1 < last
            && !tokens.pos[i + 1].startsWith("VERB")
            && !tokens.pos[i + 1].startsWith("AUX");
    boolean aboutANumber = lower.equals("about") && i + 1 < last && tokens.pos[i + 1].equals("NUM");
    // "said no decision had been made": "no" before a noun is its determiner, not an answer
    boolean noDeterminer =
        lower.equals("no")
            && i + 1 < last
            && (tokens.pos[i + 1].startsWith("NOUN")
                || tokens.pos[i + 1].equals("ADJ")
                || tokens.lower[i + 1].equals("further")
                || tokens.lower[i + 1].equals("more")); // "said no further action …"
    boolean clauseStart =
        tokens.isQuoteMark(i)
            || aboutANumber
            || noDeterminer
            || Character.isLetterOrDigit(tokens.word[i].charAt(0))
                && !NOT_CLAUSE_STARTS.contains(lower)
                && (!pos.startsWith("VERB") || tokens.isCapitalized(i) || nounTaggedVerb);
    // "said her colleague had …": "her" before a noun is a determiner, not an object
    boolean determiner =
        lower.equals("her")
            && i + 1 < last
            && (tokens.pos[i + 1].startsWith("NOUN")
                || tokens.pos[i + 1].equals("ADJ")
                || tokens.pos[i + 1].startsWith("PROPN")
                || tokens.pos[i + 1].equals("NUM")
                || tokens.inHyphenatedCompound(i + 1)); // ("said her 84-year-old father waited")
    if (!clauseStart
        || OBJECT_PRONOUNS.contains(lower)
            && !lower.equals("it")
            && !lower.equals("you")
            && !determiner) {
      return -1;
    }
    return hasFiniteVerb(i + 1, last) ? i : -1;
  }

  private static final Set<String> NOT_CLAUSE_STARTS = WordLists.load("not-clause-starts");
  private static final Set<String> FINITE_FORMS = WordLists.load("finite-forms");

  private boolean hasFiniteVerb(int from, int to) {
    to = Math.min(to, from + MAX_CLAUSE_TOKENS);
    for (int t = from; t < to; t++) {
      String pos = tokens.pos[t];
      String lower = tokens.lower[t];
      if (tokens.quoted[t] || tokens.inHyphenatedCompound(t)) {
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
              && (tokens.pos[t - 1].equals("NOUN") || tokens.pos[t - 1].startsWith("PROPN"))
              && !tokens.lower[t - 1].endsWith("s")
              && (tokens.pos[t + 1].startsWith("NOUN")
                  || tokens.pos[t + 1].equals("DET")
                  || tokens.pos[t + 1].startsWith("PRON"))) {
        return true; // ("advantage obscures/NOUN concerns": a verb in -s the tagger read as a
        // plural)
      }
    }
    return false;
  }

  private boolean hasVerb(int from, int to) {
    from = Math.max(from, to - MAX_CLAUSE_TOKENS);
    for (int t = from; t < to; t++) {
      if (tokens.pos[t].startsWith("VERB")
          || tokens.pos[t].startsWith("AUX")
          || tokens.pos[t].contains("+AUX")) {
        return true;
      }
    }
    return false;
  }

  /** Skips "on Friday", "in a statement", "in an interview with CNN", "earlier", "however,". */
  private int skipAdverbials(int i, int last) {
    for (int round = 0; round < 6 && i < last; round++) {
      String lower = tokens.lower[i];
      String pos = tokens.pos[i];
      if (lower.equals("that")) {
        return i;
      }
      if (lower.equals("about") && i + 1 < last && tokens.pos[i + 1].equals("NUM")) {
        return i; // "said about 20 traders have …": a number, not a topic
      }
      if (lower.equals("there")
          && i + 1 < last
          && (tokens.pos[i + 1].startsWith("AUX") || tokens.pos[i + 1].startsWith("VERB"))) {
        return i; // "say there are concerns": the clause's subject, not an adverb
      }
      if (pos.equals("ADP")) {
        int after = skipNominal(i + 1, last);
        i = Math.max(after, i + 1);
        continue;
      }
      if (ADJUNCT_OPENERS.contains(lower) && !pos.startsWith("VERB")) {
        // "said last week", "said Tuesday | the clinics would …": only the time words, not the
        // subject after them
        i++;
        while (i < last
            && ADJUNCT_OPENERS.contains(tokens.lower[i])
            && !tokens.pos[i].equals("ADP")) {
          i++;
        }
        continue;
      }
      if (pos.equals("ADV")
          && !(QUANTIFIERS.contains(lower)
              && i + 1 < last
              && (tokens.pos[i + 1].startsWith("NOUN") || tokens.pos[i + 1].equals("ADJ")))) {
        i++; // (but "said most customers would …": "most" opens the clause's subject)
        continue;
      }
      if (tokens.word[i].equals(",")
          && i + 1 < last
          && (tokens.pos[i + 1].equals("ADV") || tokens.lower[i + 1].equals("that"))) {
        i++;
        continue;
      }
      if (tokens.word[i].equals(",") && round > 0) {
        // "at a campaign stop in Toledo, Ohio, that …"
        int after = skipNominal(i + 1, last);
        if (after > i + 1 && after - i <= 4 && after < last && tokens.word[after].equals(",")) {
          i = after + 1;
          continue;
        }
      }
      break;
    }
    return i;
  }

  /**
   * Skips a noun chunk: determiners, adjectives, nouns, names, numbers, possessives, "of" + chunk.
   */
  private int skipNominal(int i, int last) {
    int start = i;
    while (i < last) {
      String pos = tokens.pos[i];
      if (tokens.quoted[i] || tokens.isQuoteMark(i)) {
        break;
      }
      if (pos.equals("DET")
          || pos.equals("ADJ")
          || pos.startsWith("NOUN")
          || pos.startsWith("PROPN")
          || pos.equals("NUM")
          || tokens.word[i].equals("-")
          || pos.startsWith("PRON") && i == start && tokens.isPossessive(i)
          || tokens.lower[i].equals("of")
              && i > start
              && i + 1 < last
              && (tokens.pos[i + 1].equals("DET")
                  || tokens.pos[i + 1].startsWith("PROPN")
                  || tokens.pos[i + 1].startsWith("NOUN"))) {
        if (pos.equals("DET") && i > start && !tokens.lower[i - 1].equals("of")) {
          break; // "on Friday | the talks had failed": a determiner starts the next phrase
        }
        i++;
        continue;
      }
      if (i == start
          && (pos.startsWith("PRON") && opensSubject(tokens.lower[i])
              || QUANTIFIERS.contains(tokens.lower[i]))) {
        i++;
        continue;
      }
      if (tokens.lower[i].equals("and")
          && i > start
          && i + 1 < last
          && tokens.pos[i - 1].startsWith("PROPN")
          && tokens.pos[i + 1].startsWith("PROPN")) {
        i++; // "told The Globe and Mail that …"
        continue;
      }
      if (pos.startsWith("VERB")
          && tokens.lower[i].endsWith("ed")
          && i > start
          && i + 1 < last
          && (tokens.pos[i - 1].equals("DET") || tokens.pos[i - 1].equals("ADJ"))
          && tokens.pos[i + 1].startsWith("NOUN")) {
        i++; // "in an emailed statement", "a prepared statement"
        continue;
      }
      break;
    }
    return i;
  }

  /** The comma right before the subject of the verb at {@code v} ("…, officials said"), or -1. */
  private int commaBeforeSubject(int v, int first) {
    int i = v - 1;
    while (i >= first && (tokens.pos[i].equals("ADV") || tokens.pos[i].startsWith("AUX"))) {
      i--;
    }
    i = attribution.beforeParenthesis(i, first); // "…, Sen. Lindsey Graham (R-S.C.) told …"
    if (i >= first && tokens.pos[i].startsWith("PRON")) {
      i--;
    } else {
      int nounEnd = i;
      while (i >= first
          && nounEnd - i < 12
          && (tokens.pos[i].equals("DET")
              || tokens.pos[i].equals("ADJ")
              || i < nounEnd
                  && tokens.pos[i].startsWith("PRON")
                  && opensSubject(tokens.lower[i]) // "her daughter Ana"
              || tokens.pos[i].startsWith("NOUN")
              || tokens.pos[i].startsWith("PROPN")
              || tokens.pos[i].equals("NUM")
              || tokens.word[i].equals("-")
              || tokens.lower[i].equals("of")
              || tokens.lower[i].equals("for")
              || tokens.word[i].equals(".") && i > first && Lexicon.isTitle(tokens.lower[i - 1]))) {
        i--; // ("Sen . Dana Whitlock": the tokenizer may part a title from its period)
      }
      if (i == nounEnd) {
        return -1;
      }
    }
    return i >= first && isClauseComma(i, first) ? i : -1;
  }

  /**
   * The speaker of the nearest attribution before a participle ("…, Blinken said, adding that …").
   */
  private Speaker earlierSpeaker(int first, int v) {
    for (int k = v - 1; k >= Math.max(first, v - 40); k--) {
      if (attribution.isSpeechVerb(k)) {
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

  /**
   * The end of a reported clause: the sentence's end, or a following ", adding …" / ", according to
   * …".
   */
  private int contentEnd(int from, int last) {
    last = Math.min(last, from + MAX_CLAUSE_TOKENS);
    for (int i = from + 1; i < last - 1; i++) {
      if (tokens.word[i].equals(",")
          && !tokens.quoted[i]
          && (Lexicon.isFollowOnCue(tokens.lower[i + 1])
              || attribution.isAccordingTo(i + 1)
              || i + 2 < last
                  && (tokens.lower[i + 1].equals("but") || tokens.lower[i + 1].equals("and"))
                  && attribution.isSpeechVerb(i + 2)
              || introducesQuoteAfter(i + 1, last))) {
        return i; // ", adding that …", ", according to …", ", but warned that …": another statement
      }
      if (tokens.isDash(i) && !tokens.quoted[i] && introducesQuoteAfter(i + 1, last)) {
        return i; // "… were made public ― Trump boasted, “…”"
      }
      if (tokens.word[i].equals(",")
          && !tokens.quoted[i]
          && CLAUSE_JOINERS.contains(tokens.lower[i + 1])
          && opensAnotherAttribution(i + 2, last)) {
        return i; // "He vowed to keep trying, but the network's editor said …": another speaker's
        // statement
      }
    }
    return trimEnd(from, last);
  }

  /**
   * Whether a subject and its speech verb open the words from {@code from} ("the network's editor,
   * Dana Kessler, said …"): the clause before them ends there, and the verb reports on its own.
   */
  private boolean opensAnotherAttribution(int from, int last) {
    for (int v = from + 1; v < Math.min(last - 1, from + MAX_SUBJECT_TOKENS); v++) {
      if (attribution.isSpeechVerb(v) && !tokens.quoted[v]) {
        Speaker subject = attribution.subjectOf(v, from);
        return subject != null && subject.known();
      }
      if (tokens.pos[v].startsWith("VERB")
          || tokens.pos[v].startsWith("AUX")
          || tokens.pos[v].equals("SCONJ")) {
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
      if (attribution.isSpeechVerb(v)) {
        int next = tokens.word[v + 1].equals(",") || tokens.word[v + 1].equals(":") ? v + 2 : v + 1;
        return next < last && tokens.isQuoteMark(next);
      }
    }
    return false;
  }

  /** The sentence end without its closing punctuation. */
  private int trimEnd(int from, int last) {
    int end = last;
    while (end > from && (tokens.isPunct(end - 1) || tokens.isQuoteMark(end - 1))) {
      end--;
    }
    return end;
  }

  private void emit(int sentence, int contentFirst, int contentEnd, Speaker speaker, Sieve sieve) {
    emit(sentence, contentFirst, contentEnd, speaker, sieve, -1, -1);
  }

  /**
   * Emits the report in {@code [contentFirst, contentEnd)}, leaving out a tag in {@code [tagFirst,
   * tagEnd)} inside it.
   */
  private void emit(
      int sentence,
      int contentFirst,
      int contentEnd,
      Speaker speaker,
      Sieve sieve,
      int tagFirst,
      int tagEnd) {
    if (!speaker.known() && !isPersonalPronoun(speaker.mention())) {
      return; // "bankruptcy declared …": a verb of saying without anyone who says
    }
    while (contentEnd > contentFirst
        && (tokens.isPunct(contentEnd - 1) || tokens.isQuoteMark(contentEnd - 1))) {
      contentEnd--;
    }
    if (contentEnd <= contentFirst) {
      return;
    }
    contentEnd = Math.min(contentEnd, contentFirst + MAX_CLAUSE_TOKENS);
    int words = 0;
    int quotedRunChars = 0;
    int longestQuotedChars = 0;
    int chars = 0;
    for (int t = contentFirst; t < contentEnd; t++) {
      int length = tokens.end[t] - tokens.start[t];
      chars += length;
      if (tokens.quoted[t] || tokens.isQuoteMark(t)) {
        quotedRunChars += length;
        longestQuotedChars = Math.max(longestQuotedChars, quotedRunChars);
      } else {
        quotedRunChars = 0;
      }
      if (Character.isLetterOrDigit(tokens.word[t].charAt(0))) {
        words++;
      }
    }
    // Too short to be a statement, or mostly one quotation that speaks for itself; quoted words
    // woven into the writer's clause ("wanted to speak “directly to white people” and …") stay
    // unless they are a partial quote of their own (below).
    if (words < MIN_WORDS || longestQuotedChars * 2 >= chars) {
      return;
    }
    TextSpan span = new TextSpan(tokens.start[contentFirst], tokens.end[contentEnd - 1]);
    if (holdsPartialQuote(span)) {
      return;
    }
    for (int i = out.size() - 1; i >= markedCount && i >= out.size() - 8; i--) {
      if (out.get(i).span.overlaps(span)) {
        return; // an outer report already holds this one ("X said he told Y that …")
      }
    }
    List<TextSpan> parts = List.of(span);
    if (tagFirst > contentFirst && tagEnd < contentEnd - 1) {
      // "Voters, he said, can …": the words around the tag, not the tag
      // (its comma stays before a clause, "Before, she barely knew …", not before a verb, "Voters
      // can …")
      boolean verbNext =
          tokens.pos[tagEnd + 1].startsWith("VERB") || tokens.pos[tagEnd + 1].startsWith("AUX");
      parts =
          List.of(
              new TextSpan(
                  tokens.start[contentFirst], tokens.end[verbNext ? tagFirst - 1 : tagFirst]),
              new TextSpan(tokens.start[tagEnd + 1], tokens.end[contentEnd - 1]));
    }
    int paragraph = tokens.sentenceParagraph[sentence];
    out.add(new Statement(parts, QuoteKind.INDIRECT, paragraph, false, speaker, sieve));
  }
}
