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

  /** How far before a quote its attribution may start, in tokens. */
  private static final int LOOK_BACK_TOKENS = 60;

  private final StoryTokens tokens;

  private final SentenceShapes sentences;

  private final Attribution attribution;
  private final SplitQuotes joins;

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
    this.joins = new SplitQuotes(tokens, attribution);
    this.sieves = sieves;
    this.runs = joins.splitRunOnsClosedByAnother(runs);
    this.out = out;
  }

  void read() {
    for (int i = 0; i < runs.size(); i++) {
      QuoteMarks.Run first = runs.get(i);
      QuoteMarks.Run last = first;
      List<TextSpan> parts = new ArrayList<>(first.parts());
      Speaker between = null;
      while (last.closed() && i + 1 < runs.size()) {
        QuoteMarks.Run next = runs.get(i + 1);
        Speaker gap = joins.splitAttribution(last, next);
        if (gap == null || joins.hasAnotherSpeaker(next, gap)) {
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
    if (sentenceFirst == tokens.sentenceFirst(sentence)
        && sentences.isDateline(sentenceFirst, openToken)) {
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
    int afterTo = joins.afterWindowEnd(last, afterFrom);
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
