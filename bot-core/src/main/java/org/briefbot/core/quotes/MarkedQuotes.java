package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefbot.core.nlp.TextSpan;

/**
 * Turns the quoted stretches of a story into statements: joins a quote split by its attribution
 * ({@code "…," she said. "…"}), tells whole quotations from quoted words inside the writer's
 * sentence, drops scare quotes and titles, and finds each one's attribution.
 */
final class MarkedQuotes {
  /** Words a title keeps in lower case ("Justice Against Sponsors of Terrorism Act"). */
  private static final Set<String> TITLE_SMALL_WORDS = WordLists.load("title-small-words");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern OUTER_NON_WORD =
      Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

  /** Longest attribution between the two halves of a split quote, in words. */
  private static final int MAX_SPLIT_ATTRIBUTION_WORDS = 45;

  /** Longest attribution between halves joined by a comma: {@code "…," she said, "…"}. */
  private static final int MAX_SHORT_ATTRIBUTION_WORDS = 6;

  /** How far before a quote its attribution may start, in tokens. */
  private static final int LOOK_BACK_TOKENS = 60;

  /** How far after a quote its attribution may reach, in tokens. */
  private static final int LOOK_AHEAD_TOKENS = 40;

  private final StoryTokens tokens;
  private final SentenceShapes sentences;
  private final Attribution attribution;
  private final List<AttributionSieve<MarkedQuote>> sieves;
  private final List<QuoteMarks.Run> runs;
  private final List<Statement> out;

  MarkedQuotes(
      StoryTokens tokens,
      Attribution attribution,
      List<AttributionSieve<MarkedQuote>> sieves,
      List<QuoteMarks.Run> runs,
      List<Statement> out) {
    this.tokens = tokens;
    this.sentences = new SentenceShapes(tokens);
    this.attribution = attribution;
    this.sieves = sieves;
    this.runs = splitRunOnsClosedByAnother(runs);
    this.out = out;
  }

  /**
   * A quote carried over paragraphs whose last paragraph names another speaker right after it
   * closes ({@code "…," Moore said. "…¶"…," added Clyburn.}) is two quotes: the first lost its
   * closing mark, the second opens a new paragraph. Left joined, Clyburn's words would be Moore's.
   */
  private List<QuoteMarks.Run> splitRunOnsClosedByAnother(List<QuoteMarks.Run> found) {
    List<QuoteMarks.Run> split = null;
    for (int i = 0; i < found.size(); i++) {
      QuoteMarks.Run run = found.get(i);
      Speaker closing = run.parts().size() > 1 && run.closed() && i > 0 ? speakerAfter(run) : null;
      Speaker opening =
          closing != null && closing.entity() != null
              ? splitAttribution(found.get(i - 1), run)
              : null;
      if (opening == null || opening.entity() == null || opening.entity() == closing.entity()) {
        if (split != null) {
          split.add(run);
        }
        continue;
      }
      if (split == null) {
        split = new ArrayList<>(found.subList(0, i));
      }
      List<TextSpan> parts = run.parts();
      TextSpan lastPart = parts.get(parts.size() - 1);
      split.add(new QuoteMarks.Run(parts.subList(0, parts.size() - 1), run.openMark(), -1, -1));
      split.add(
          new QuoteMarks.Run(
              List.of(lastPart), openMarkBefore(lastPart), run.closeMark(), run.closeMarkEnd()));
    }
    return split != null ? split : found;
  }

  private Speaker speakerAfter(QuoteMarks.Run run) {
    int from = tokens.tokenAtOrAfter(run.closeMarkEnd());
    int to = afterWindowEnd(run, from);
    Speaker speaker = from < to ? attribution.afterQuote(from, to) : null;
    return speaker != null && speaker.verb() >= 0 ? speaker : null;
  }

  /** The mark that reopens a quote in a new paragraph: the first non-space before its words. */
  private int openMarkBefore(TextSpan part) {
    int i = part.start() - 1;
    while (i > 0 && Character.isWhitespace(tokens.folded().charAt(i))) {
      i--;
    }
    if (i > 0 && tokens.folded().charAt(i) == '\'' && tokens.folded().charAt(i - 1) == '\'') {
      i--; // a doubled apostrophe ('') is one mark
    }
    return Math.max(0, i);
  }

  void read() {
    for (int i = 0; i < runs.size(); i++) {
      QuoteMarks.Run first = runs.get(i);
      QuoteMarks.Run last = first;
      List<TextSpan> parts = new ArrayList<>(first.parts());
      Speaker between = null;
      while (last.closed() && i + 1 < runs.size()) {
        QuoteMarks.Run next = runs.get(i + 1);
        Speaker gap = splitAttribution(last, next);
        if (gap == null || hasAnotherSpeaker(next, gap)) {
          break;
        }
        between = between == null ? gap : between;
        parts.addAll(next.parts());
        last = next;
        i++;
      }
      Statement statement = statement(first, last, parts, between);
      if (statement != null) {
        out.add(statement);
      }
    }
  }

  /**
   * "“…,” said Mike Layton. “…,” said Jane Ho.": a quote with an attribution of its own to someone
   * else is that person's statement, not the second half of the one before.
   */
  private boolean hasAnotherSpeaker(QuoteMarks.Run run, Speaker before) {
    Speaker own = speakerAfter(run);
    return own != null && (own.entity() == null || own.entity() != before.entity());
  }

  /**
   * The speaker named between two quotes of one paragraph when that is all there is between them.
   */
  private Speaker splitAttribution(QuoteMarks.Run before, QuoteMarks.Run after) {
    int from = tokens.tokenAtOrAfter(before.closeMarkEnd());
    int to = tokens.tokenAtOrAfter(after.openMark());
    if (from >= tokens.size() || to >= tokens.size() || from >= to) {
      return null;
    }
    if (paragraphOf(before.closeMark()) != paragraphOf(after.openMark())) {
      return null;
    }
    if (Character.isLetterOrDigit(lastCharOf(before))) {
      return null; // "his “Keepin' It Real” radio program who said …": a name in quotes, not a
      // quote's first half
    }
    if (opensAfterWritersWords(before)) {
      return null; // "… favors a “strongman approach.” He said he wanted “…”": two partial quotes,
      // not one split
    }
    int words = 0;
    int lastToken = -1;
    boolean participleAside = false;
    for (int t = from; t < to; t++) {
      if (tokens.quoted(t)) {
        return null;
      }
      // "…," Tester said, referring to the excuse, "…": an aside on how it was said
      participleAside |=
          t > from
              && tokens.word(t - 1).equals(",")
              && tokens.isParticiple(t)
              && !tokens.isQuoteMark(t);
      if (!tokens.isQuoteMark(t)) {
        lastToken = t;
      }
      if (Character.isLetterOrDigit(tokens.word(t).charAt(0))) {
        words++;
      }
    }
    if (words == 0 || lastToken < 0) {
      return null;
    }
    // "…," she said. "…" may carry a long attribution; "…," she said, "…" only the attribution
    // itself
    // (else the second quote is something the sentence goes on to introduce: "…, including, "…"").
    String end = tokens.word(lastToken);
    boolean sentenceEnds = end.equals(".") || end.equals(":") || end.endsWith(".") && words > 1;
    // The aside may be long only when the quote then goes on mid-sentence, in lower case after a
    // comma.
    int reopened = tokens.tokenAtOrAfter(after.parts().get(0).start());
    participleAside &=
        end.equals(",")
            && reopened < tokens.size()
            && Character.isLowerCase(tokens.word(reopened).charAt(0));
    if (words
        > (sentenceEnds || participleAside
            ? MAX_SPLIT_ATTRIBUTION_WORDS
            : MAX_SHORT_ATTRIBUTION_WORDS)) {
      return null;
    }
    Speaker speaker = attribution.afterQuote(from, to);
    return speaker != null && speaker.verb() >= 0 ? speaker : null;
  }

  /** Whether words of the writer's own stand before the quote in its sentence. */
  private boolean opensAfterWritersWords(QuoteMarks.Run run) {
    int open = tokens.tokenAtOrAfter(run.openMark());
    if (open >= tokens.size()) {
      return false;
    }
    int first = tokens.sentenceFirst(tokens.sentenceOf(open));
    if (isDateline(first, open)) {
      return false;
    }
    for (int t = first; t < open; t++) {
      if (!tokens.quoted(t) && Character.isLetterOrDigit(tokens.word(t).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private int paragraphOf(int offset) {
    int sentence = tokens.sentenceAt(offset);
    return sentence < 0 ? -1 : tokens.sentenceParagraph(sentence);
  }

  private Statement statement(
      QuoteMarks.Run first, QuoteMarks.Run last, List<TextSpan> parts, Speaker between) {
    int openToken = tokens.tokenAtOrAfter(first.openMark());
    if (openToken >= tokens.size()) {
      return null;
    }
    int sentence = tokens.sentenceOf(openToken);
    // An attribution stands near its quote: look back no further than this (and stay linear).
    int sentenceFirst = Math.max(tokens.sentenceFirst(sentence), openToken - LOOK_BACK_TOKENS);
    int paragraph = tokens.sentenceParagraph(sentence);
    String content = joined(parts);
    int words = countWords(content);
    if (words == 0) {
      return null;
    }
    if (sentenceFirst == tokens.sentenceFirst(sentence) && isDateline(sentenceFirst, openToken)) {
      sentenceFirst =
          openToken; // "MILLBROOK, Sask. — “I heard three pops,” …": the dateline is no lead-in
    }
    if (sentenceFirst == tokens.sentenceFirst(sentence)
        && sentences.introductoryPhraseEnd(sentence) == openToken - 1
        && !sentences.opensWithSubordinateClause(sentence)) {
      // "Talking about how he felt after the vote, “I was numb,” Patel said.": the phrase before
      // the
      // quote is no lead-in (its "he felt" is not the tag), so the quote is whole and its tag
      // follows it
      // ("As the economist Lukas Berner put it, “…”" is one)
      sentenceFirst = openToken;
    }
    int lastBefore = lastTokenBefore(sentenceFirst, openToken);
    boolean opensParagraph =
        lastBefore < 0
            && sentenceFirst == tokens.sentenceFirst(sentence)
            && (sentence == 0 || tokens.sentenceParagraph(sentence - 1) != paragraph);

    int afterFrom = last.closed() ? tokens.tokenAtOrAfter(last.closeMarkEnd()) : tokens.size();
    int afterTo = afterWindowEnd(last, afterFrom);
    boolean runsToSentenceEnd = !last.closed() || onlyPunctuation(afterFrom, sentenceEndOf(last));

    QuoteKind kind =
        kind(sentenceFirst, openToken, lastBefore, runsToSentenceEnd, words, last.closed());
    AttributionSieve.Decision decision =
        AttributionSieve.decide(
            sieves, new MarkedQuote(kind, between, afterFrom, afterTo, sentenceFirst, openToken));
    Speaker speaker = decision == null ? null : decision.speaker();
    Sieve sieve = decision == null ? null : decision.sieve();
    if (!last.closed() && (speaker == null || !speaker.known())) {
      return null; // a mark never closed, with no attribution: more likely a stray mark than a
      // quote
    }
    if (words <= 2
        && !(speaker != null && (kind == QuoteKind.DIRECT || speaker.verb() >= openToken - 6))) {
      return null; // scare quotes around a word or two that no one is said to have said
    }
    if (kind == QuoteKind.PARTIAL && looksLikeTitle(content)) {
      return null; // the name of a book, a show, a law
    }
    return new Statement(parts, kind, paragraph, opensParagraph, speaker, sieve);
  }

  private QuoteKind kind(
      int sentenceFirst,
      int openToken,
      int lastBefore,
      boolean runsToSentenceEnd,
      int words,
      boolean closed) {
    if (lastBefore < 0) {
      return QuoteKind.DIRECT;
    }
    if (!closed) {
      return QuoteKind.PARTIAL;
    }
    String before = tokens.word(lastBefore);
    if (before.equals(":")) {
      return QuoteKind.DIRECT;
    }
    if ((before.equals(",") || before.equals("-") || before.equals("--"))
        && hasCue(sentenceFirst, lastBefore)) {
      return QuoteKind.DIRECT;
    }
    String lower = tokens.lower(lastBefore);
    boolean introduced =
        lower.equals("that") || tokens.isSpeechVerb(lastBefore) || lower.equals("saying");
    if (introduced && runsToSentenceEnd && words >= 4) {
      return QuoteKind.DIRECT;
    }
    return QuoteKind.PARTIAL;
  }

  private boolean hasCue(int from, int to) {
    for (int t = from; t < to; t++) {
      if (!tokens.quoted(t) && (tokens.isSpeechVerb(t) || attribution.isAccordingTo(t))) {
        return true;
      }
    }
    return false;
  }

  /** The last token before the quote in its sentence that is neither quoted nor a mark, or -1. */
  /**
   * A wire story's dateline ("MILLBROOK, Sask. —", "OTTAWA (AP) --") filling {@code [first, end)}.
   */
  private boolean isDateline(int first, int end) {
    if (end - first < 2
        || end - first > 8
        || !tokens.isDash(end - 1)
        || !People.isAllCaps(tokens.word(first))
        || tokens.word(first).length() < 2) {
      return false;
    }
    for (int t = first + 1; t < end - 1; t++) {
      String w = tokens.word(t);
      if (!w.equals(",")
          && !w.equals("(")
          && !w.equals(")")
          && !w.equals(".")
          && !tokens.isCapitalized(t)) {
        return false;
      }
    }
    return true;
  }

  private int lastTokenBefore(int sentenceFirst, int openToken) {
    for (int t = openToken - 1; t >= sentenceFirst; t--) {
      if (!tokens.quoted(t) && !tokens.isQuoteMark(t)) {
        return t;
      }
    }
    return -1;
  }

  private int sentenceEndOf(QuoteMarks.Run run) {
    int sentence = tokens.sentenceAt(Math.max(0, run.closeMark()));
    return sentence < 0 ? tokens.size() : tokens.sentenceLast(sentence);
  }

  /**
   * Where the attribution after a quote may run to: its sentence, or a short lower-case sentence
   * after it.
   */
  private int afterWindowEnd(QuoteMarks.Run run, int from) {
    if (!run.closed() || from >= tokens.size()) {
      return from;
    }
    int closeSentence = tokens.sentenceAt(run.closeMark());
    if (closeSentence < 0) {
      return from;
    }
    int end = tokens.sentenceLast(closeSentence);
    if (from >= end) {
      // The sentence ended inside the quote ("…?" Vitter demanded.): the attribution may stand as
      // a sentence of its own when it is short, or the quote could not have ended the sentence.
      int next = tokens.sentenceOf(from);
      char lastQuoted = lastCharOf(run);
      boolean openEnded =
          lastQuoted == ',' || lastQuoted == '?' || lastQuoted == '!' || lastQuoted == '-';
      if (tokens.sentenceParagraph(next) != tokens.sentenceParagraph(closeSentence)
          || !openEnded
              && tokens.isCapitalized(from)
              && tokens.sentenceLast(next) - tokens.sentenceFirst(next) > 15) {
        return from;
      }
      end = tokens.sentenceLast(next);
    }
    end = Math.min(end, from + LOOK_AHEAD_TOKENS);
    for (int t = from; t < end; t++) {
      if (tokens.quoted(t)) {
        return t;
      }
    }
    return end;
  }

  private char lastCharOf(QuoteMarks.Run run) {
    int end = run.end();
    return end > 0 ? tokens.folded().charAt(end - 1) : ' ';
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int t = from; t < to && t < tokens.size(); t++) {
      if (!tokens.isPunct(t) && !tokens.isQuoteMark(t)) {
        return false;
      }
    }
    return true;
  }

  private String joined(List<TextSpan> parts) {
    StringBuilder text = new StringBuilder();
    for (TextSpan part : parts) {
      text.append(part.of(tokens.folded())).append(' ');
    }
    return text.toString();
  }

  private static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '-');
    }
    return words;
  }

  /** Capitalised words only and no sentence punctuation: a title, not something said. */
  private static boolean looksLikeTitle(String content) {
    String trimmed = content.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    char lastChar = trimmed.charAt(trimmed.length() - 1);
    if (lastChar == '.' || lastChar == '!' || lastChar == '?') {
      return false;
    }
    String[] words = WHITESPACE.split(trimmed);
    if (words.length > 8) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String word = OUTER_NON_WORD.matcher(words[i]).replaceAll("");
      if (word.isEmpty()) {
        continue;
      }
      boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
      if (!capital
          && !(i > 0 && TITLE_SMALL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }
}
