package org.briefbot.core.quotes;

import java.util.List;
import java.util.Set;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Attribution.Speaker;

/**
 * Finds reported speech, statements without quote marks: {@code X said (that) …},
 * {@code X told reporters on Friday …}, {@code …, officials said.}, {@code …, he said, …},
 * {@code according to X, …}. A clause that is mostly quotation is left to the quote it holds.
 */
final class ReportedSpeech {
  /** Participles that start a second statement of the same speaker: ", adding that …". */
  private static final Set<String> FOLLOW_ON_CUES = Set.of(
      "adding", "saying", "noting", "arguing", "warning", "insisting", "explaining", "claiming", "stressing",
      "emphasizing", "emphasising", "telling", "calling", "suggesting", "acknowledging", "asserting", "declaring",
      "predicting", "promising", "vowing", "urging", "writing", "asking");
  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "was", "were", "are", "been", "being", "be", "'s", "get", "got");
  private static final Set<String> INFINITIVE_VERBS = Set.of(
      "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "tell", "tells", "told", "telling",
      "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "warn", "warned",
      "call", "called", "calls", "demand", "demanded", "agree", "agreed");
  private static final Set<String> QUANTIFIERS = Set.of(
      "one", "some", "many", "several", "all", "most", "two", "three", "few", "both", "other", "another", "each");
  /** Pronouns that may open a subject before its noun ("his aides", "one official"). */
  private static final Set<String> PRONOUN_DETERMINERS = Set.of("his", "her", "their", "its", "our", "my", "your", "one");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you", "it");
  private static final Set<String> TIME_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
      "tomorrow", "earlier", "later", "recently", "previously", "again", "also", "repeatedly", "publicly", "privately",
      "then", "now", "already", "once", "separately", "flatly", "bluntly", "firmly", "explicitly", "frankly",
      "further", "simply", "openly", "angrily", "reportedly", "often", "frequently", "first", "finally", "too",
      "last", "this", "next", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
      "on", "in", "during", "at", "via", "through", "after", "before", "from", "with", "over", "without", "while");
  private static final int MIN_WORDS = 3;
  /** A reported clause runs this many tokens at most; longer "sentences" are lists or garbage. */
  private static final int MAX_CLAUSE_TOKENS = 120;

  private final StoryTokens tokens;
  private final Attribution attribution;
  private final List<Statement> out;
  private final int markedCount;

  ReportedSpeech(StoryTokens tokens, Attribution attribution, List<Statement> out) {
    this.tokens = tokens;
    this.attribution = attribution;
    this.out = out;
    this.markedCount = out.size();
  }

  void read() {
    for (int s = 0; s < tokens.sentenceCount(); s++) {
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
        String lower = tokens.lower[v];
        boolean speech = attribution.isSpeechVerb(v);
        boolean belief = !speech && Lexicon.isReportingVerb(lower) && attribution.isVerb(v);
        boolean evidence = !speech && !belief && Lexicon.isEvidenceVerb(lower) && attribution.isVerb(v);
        if (!speech && !belief && !evidence || notAReport(v, first)) {
          continue;
        }
        reportAt(s, v, evidence);
      }
    }
  }

  private void reportAt(int sentence, int v, boolean evidence) {
    int first = Math.max(tokens.sentenceFirst[sentence], v - MAX_CLAUSE_TOKENS);
    int last = tokens.sentenceLast[sentence];
    if (!evidence && isInvertedTag(v, first, last)) {
      postposed(sentence, v);
      return;
    }
    int clause = clauseAfter(v, last, evidence);
    if (clause >= 0) {
      Speaker speaker = attribution.subjectOf(v, first);
      if (speaker == null && FOLLOW_ON_CUES.contains(tokens.lower[v])) {
        speaker = earlierSpeaker(first, v);
      }
      if (speaker != null) {
        emit(sentence, clause, contentEnd(clause, last), speaker);
      }
      return;
    }
    if (!evidence) {
      postposed(sentence, v);
    }
  }

  /** "…, said one GOP source in the room.": a comma, the verb, a noun phrase, the sentence's end. */
  private boolean isInvertedTag(int v, int first, int last) {
    if (v - 1 < first || !tokens.word[v - 1].equals(",") || attribution.isParticiple(v)) {
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
    if (v - 1 >= first && tokens.word[v - 1].equals(",") && !attribution.isParticiple(v)) {
      comma = v - 1;
      speaker = attribution.nounPhraseAfter(v, last);
      afterCue = skipNominal(v + 1, last);
    } else {
      comma = commaBeforeSubject(v, first);
      speaker = comma >= 0 ? attribution.subjectOf(v, comma + 1) : null;
      afterCue = Lexicon.takesAddressee(tokens.lower[v]) ? skipNominal(v + 1, last) : v + 1; // "…, Graham told CNN."
    }
    if (comma < 0 || speaker == null || comma - first < 2) {
      return;
    }
    int rest = skipAdverbials(afterCue, last);
    if (rest < last && !tokens.isPunct(rest)) {
      return; // the sentence goes on past the attribution: not a tag after a statement
    }
    boolean aside = rest < last - 1 && tokens.word[rest].equals(",");
    // "The talks failed, he said." needs a clause before; "Back then, he said, it failed." one after
    if (!(aside ? hasVerb(first, comma) || hasVerb(rest, last) : hasVerb(first, comma))) {
      return;
    }
    int contentFirst = first;
    while (contentFirst < comma && tokens.isQuoteMark(contentFirst)) {
      contentFirst++;
    }
    emit(sentence, contentFirst, aside ? trimEnd(first, last) : comma, speaker);
  }

  private void accordingTo(int sentence, int according) {
    int first = Math.max(tokens.sentenceFirst[sentence], according - MAX_CLAUSE_TOKENS);
    int last = Math.min(tokens.sentenceLast[sentence], according + MAX_CLAUSE_TOKENS);
    Speaker speaker = attribution.nounPhraseAfter(according + 1, last);
    if (speaker == null) {
      return;
    }
    if (according == first || according - first <= 1 && tokens.isPunct(first)) {
      int comma = according + 2;
      while (comma < last && comma < according + 20 && !tokens.word[comma].equals(",")) {
        comma++;
      }
      if (comma < last - 1) {
        emit(sentence, comma + 1, contentEnd(comma + 1, last), speaker);
      }
    } else if (tokens.word[according - 1].equals(",")) {
      int contentFirst = first;
      while (contentFirst < according && tokens.isQuoteMark(contentFirst)) {
        contentFirst++;
      }
      emit(sentence, contentFirst, according - 1, speaker);
    }
  }

  /** "as he said", "declined to say", "was told", a verb right after a quote (its attribution). */
  private boolean notAReport(int v, int first) {
    if (attribution.isAsClause(v, first)) {
      return true;
    }
    int i = v - 1;
    while (i >= first && (tokens.pos[i].equals("ADV") || tokens.lower[i].equals("not"))) {
      i--;
    }
    if (i >= first) {
      String lower = tokens.lower[i];
      if (lower.equals("to") || PASSIVE_AUXILIARIES.contains(lower) && tokens.lower[v].endsWith("ed")
          || PASSIVE_AUXILIARIES.contains(lower) && (tokens.lower[v].equals("said") || tokens.lower[v].equals("told"))) {
        return true;
      }
    }
    // the attribution of a quote: ", Blinken said" or ", said Blinken" right after the closing mark
    for (int k = v - 1, seen = 0; k >= first && seen < 10; k--, seen++) {
      if (tokens.isQuoteMark(k) || tokens.quoted[k]) {
        return true;
      }
      String pos = tokens.pos[k];
      if (pos.startsWith("VERB") || pos.equals("SCONJ") || pos.equals("ADP") && !tokens.lower[k].equals("of")
          || tokens.word[k].equals(".") || tokens.lower[k].equals("that")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isPersonalPronoun(String mention) {
    String lower = mention.toLowerCase(java.util.Locale.ROOT);
    return lower.equals("he") || lower.equals("she") || lower.equals("they") || lower.equals("we") || lower.equals("i");
  }

  /** Where the reported clause after the verb begins (including "that"), or -1 when none follows. */
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
        if (after > i && after < last && (tokens.lower[after].equals("that") || tokens.lower[after].equals("to")
            || TIME_WORDS.contains(tokens.lower[after]) || tokens.pos[after].startsWith("PRON")
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
    if (lower.equals("that") && i + 1 < last && (!tokens.pos[i + 1].startsWith("VERB") && !tokens.pos[i + 1].startsWith("AUX")
        && !tokens.isPunct(i + 1) || tokens.isQuoteMark(i + 1) || tokens.word[i + 1].equals(","))) {
      return i;
    }
    if (evidence) {
      return -1;
    }
    if ((lower.equals("whether") || lower.equals("if")) && (verb.startsWith("ask") || verb.startsWith("wonder"))) {
      return i;
    }
    if (lower.equals("to") && INFINITIVE_VERBS.contains(verb) && i + 1 < last && tokens.pos[i + 1].startsWith("VERB")) {
      return i;
    }
    if (tokens.word[i].equals(":")) {
      return i + 1 < last ? i + 1 : -1;
    }
    if (!Lexicon.takesBareClause(verb)) {
      return -1;
    }
    String pos = tokens.pos[i];
    // The tagger errs often enough ("a/PART second device"): judge the clause's start by the word too.
    // "said praise/VERB from Putin would not …": a base form before a later finite verb is the clause's noun.
    boolean nounTaggedVerb = pos.startsWith("VERB") && !lower.endsWith("ing") && !lower.endsWith("ed")
        && i + 1 < last && !tokens.pos[i + 1].startsWith("VERB") && !tokens.pos[i + 1].startsWith("AUX");
    boolean aboutANumber = lower.equals("about") && i + 1 < last && tokens.pos[i + 1].equals("NUM");
    boolean clauseStart = tokens.isQuoteMark(i) || aboutANumber || Character.isLetterOrDigit(tokens.word[i].charAt(0))
        && !NOT_CLAUSE_STARTS.contains(lower) && (!pos.startsWith("VERB") || tokens.isCapitalized(i) || nounTaggedVerb);
    // "said her colleague had …": "her" before a noun is a determiner, not an object
    boolean determiner = lower.equals("her") && i + 1 < last && (tokens.pos[i + 1].startsWith("NOUN")
        || tokens.pos[i + 1].equals("ADJ") || tokens.pos[i + 1].startsWith("PROPN"));
    if (!clauseStart || OBJECT_PRONOUNS.contains(lower) && !lower.equals("it") && !lower.equals("you") && !determiner) {
      return -1;
    }
    return hasFiniteVerb(i + 1, last) ? i : -1;
  }

  private static final Set<String> NOT_CLAUSE_STARTS = Set.of(
      "to", "of", "for", "with", "by", "from", "about", "as", "at", "on", "in", "into", "over", "under", "so", "goodbye",
      "hello", "nothing", "something", "anything", "yes", "no", "thanks", "sorry", "amen", "grace", "a few", "little");
  private static final Set<String> FINITE_FORMS = Set.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
      "does", "did", "do", "'s", "'re", "'ve", "'ll", "'d", "won't", "can't", "isn't", "wasn't", "doesn't", "didn't");

  private boolean hasFiniteVerb(int from, int to) {
    to = Math.min(to, from + MAX_CLAUSE_TOKENS);
    for (int t = from; t < to; t++) {
      String pos = tokens.pos[t];
      String lower = tokens.lower[t];
      if (tokens.quoted[t]) {
        continue;
      }
      if (pos.startsWith("AUX") || pos.contains("+AUX") || FINITE_FORMS.contains(lower)
          || pos.startsWith("VERB") && !lower.endsWith("ing")
          || lower.endsWith("ed") && lower.length() > 4 && (pos.equals("ADJ") || pos.startsWith("VERB"))
          || pos.equals("NOUN") && lower.endsWith("s") && !lower.endsWith("ss") && t > from && t + 1 < to
          && tokens.pos[t - 1].equals("NOUN") && !tokens.lower[t - 1].endsWith("s")
          && (tokens.pos[t + 1].startsWith("NOUN") || tokens.pos[t + 1].equals("DET") || tokens.pos[t + 1].startsWith("PRON"))) {
        return true; // ("advantage obscures/NOUN concerns": a verb in -s the tagger read as a plural)
      }
    }
    return false;
  }

  private boolean hasVerb(int from, int to) {
    from = Math.max(from, to - MAX_CLAUSE_TOKENS);
    for (int t = from; t < to; t++) {
      if (tokens.pos[t].startsWith("VERB") || tokens.pos[t].startsWith("AUX") || tokens.pos[t].contains("+AUX")) {
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
      if (pos.equals("ADP") || TIME_WORDS.contains(lower) && !pos.startsWith("VERB")) {
        int after = skipNominal(i + 1, last);
        i = Math.max(after, i + 1);
        continue;
      }
      if (pos.equals("ADV")) {
        i++;
        continue;
      }
      if (tokens.word[i].equals(",") && i + 1 < last && (tokens.pos[i + 1].equals("ADV") || tokens.lower[i + 1].equals("that"))) {
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

  /** Skips a noun chunk: determiners, adjectives, nouns, names, numbers, possessives, "of" + chunk. */
  private int skipNominal(int i, int last) {
    int start = i;
    while (i < last) {
      String pos = tokens.pos[i];
      if (tokens.quoted[i] || tokens.isQuoteMark(i)) {
        break;
      }
      if (pos.equals("DET") || pos.equals("ADJ") || pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.equals("NUM")
          || tokens.word[i].equals("-") || pos.startsWith("PRON") && i == start && tokens.isPossessive(i)
          || tokens.lower[i].equals("of") && i > start && i + 1 < last && (tokens.pos[i + 1].equals("DET")
          || tokens.pos[i + 1].startsWith("PROPN") || tokens.pos[i + 1].startsWith("NOUN"))) {
        if (pos.equals("DET") && i > start && !tokens.lower[i - 1].equals("of")) {
          break; // "on Friday | the talks had failed": a determiner starts the next phrase
        }
        i++;
        continue;
      }
      if (i == start && (pos.startsWith("PRON") && PRONOUN_DETERMINERS.contains(tokens.lower[i])
          || QUANTIFIERS.contains(tokens.lower[i]))) {
        i++;
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
      while (i >= first && nounEnd - i < 12 && (tokens.pos[i].equals("DET") || tokens.pos[i].equals("ADJ")
          || tokens.pos[i].startsWith("NOUN") || tokens.pos[i].startsWith("PROPN") || tokens.pos[i].equals("NUM")
          || tokens.word[i].equals("-") || tokens.lower[i].equals("of") || tokens.lower[i].equals("for")
          || tokens.word[i].equals(".") && i > first && Lexicon.isTitle(tokens.lower[i - 1]))) {
        i--; // ("Sen . Dana Whitlock": the tokenizer may part a title from its period)
      }
      if (i == nounEnd) {
        return -1;
      }
    }
    return i >= first && tokens.word[i].equals(",") ? i : -1;
  }

  /** The speaker of the nearest attribution before a participle ("…, Blinken said, adding that …"). */
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

  /** The end of a reported clause: the sentence's end, or a following ", adding …" / ", according to …". */
  private int contentEnd(int from, int last) {
    last = Math.min(last, from + MAX_CLAUSE_TOKENS);
    for (int i = from + 1; i < last - 1; i++) {
      if (tokens.word[i].equals(",") && !tokens.quoted[i]
          && (FOLLOW_ON_CUES.contains(tokens.lower[i + 1]) || attribution.isAccordingTo(i + 1)
          || i + 2 < last && (tokens.lower[i + 1].equals("but") || tokens.lower[i + 1].equals("and"))
          && attribution.isSpeechVerb(i + 2))) {
        return i; // ", adding that …", ", according to …", ", but warned that …": another statement
      }
    }
    return trimEnd(from, last);
  }

  /** The sentence end without its closing punctuation. */
  private int trimEnd(int from, int last) {
    int end = last;
    while (end > from && (tokens.isPunct(end - 1) || tokens.isQuoteMark(end - 1))) {
      end--;
    }
    return end;
  }

  private void emit(int sentence, int contentFirst, int contentEnd, Speaker speaker) {
    if (!speaker.known() && !isPersonalPronoun(speaker.mention())) {
      return; // "bankruptcy declared …": a verb of saying without anyone who says
    }
    while (contentEnd > contentFirst && (tokens.isPunct(contentEnd - 1) || tokens.isQuoteMark(contentEnd - 1))) {
      contentEnd--;
    }
    if (contentEnd <= contentFirst) {
      return;
    }
    contentEnd = Math.min(contentEnd, contentFirst + MAX_CLAUSE_TOKENS);
    int words = 0;
    int quotedChars = 0;
    int chars = 0;
    for (int t = contentFirst; t < contentEnd; t++) {
      int length = tokens.end[t] - tokens.start[t];
      chars += length;
      if (tokens.quoted[t] || tokens.isQuoteMark(t)) {
        quotedChars += length;
      }
      if (Character.isLetterOrDigit(tokens.word[t].charAt(0))) {
        words++;
      }
    }
    if (words < MIN_WORDS || quotedChars * 2 >= chars) {
      return; // too short to be a statement, or mostly a quotation that speaks for itself
    }
    TextSpan span = new TextSpan(tokens.start[contentFirst], tokens.end[contentEnd - 1]);
    for (int i = out.size() - 1; i >= markedCount && i >= out.size() - 8; i--) {
      if (out.get(i).span.overlaps(span)) {
        return; // an outer report already holds this one ("X said he told Y that …")
      }
    }
    int paragraph = tokens.sentenceParagraph[sentence];
    out.add(new Statement(List.of(span), QuoteKind.INDIRECT, paragraph, false, speaker));
  }
}
