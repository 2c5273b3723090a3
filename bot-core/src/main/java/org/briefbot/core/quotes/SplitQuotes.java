package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.nlp.TextSpan;

/**
 * Joins the halves of a quote split by its tag ({@code "…," she said. "…"}) and parts a quote run
 * on over paragraphs when its last paragraph names another speaker; reads the tag windows after a
 * quote.
 */
final class SplitQuotes {
  /** Longest attribution between the two halves of a split quote, in words. */
  private static final int MAX_SPLIT_ATTRIBUTION_WORDS = 45;

  /** Longest attribution between halves joined by a comma: {@code "…," she said, "…"}. */
  private static final int MAX_SHORT_ATTRIBUTION_WORDS = 6;

  /** How far after a quote its attribution may reach, in tokens. */
  private static final int LOOK_AHEAD_TOKENS = 40;

  private final StoryTokens tokens;
  private final SentenceShapes sentences;
  private final Attribution attribution;

  SplitQuotes(StoryTokens tokens, Attribution attribution) {
    this.tokens = tokens;
    this.sentences = new SentenceShapes(tokens);
    this.attribution = attribution;
  }

  /**
   * A quote carried over paragraphs whose last paragraph names another speaker right after it
   * closes ({@code "…," Moore said. "…¶"…," added Clyburn.}) is two quotes: the first lost its
   * closing mark, the second opens a new paragraph. Left joined, Clyburn's words would be Moore's.
   */
  List<QuoteMarks.Run> splitRunOnsClosedByAnother(List<QuoteMarks.Run> found) {
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

  /**
   * "“…,” said Mike Layton. “…,” said Jane Ho.": a quote with an attribution of its own to someone
   * else is that person's statement, not the second half of the one before.
   */
  boolean hasAnotherSpeaker(QuoteMarks.Run run, Speaker before) {
    Speaker own = speakerAfter(run);
    return own != null && (own.entity() == null || own.entity() != before.entity());
  }

  /**
   * The speaker named between two quotes of one paragraph when that is all there is between them.
   */
  Speaker splitAttribution(QuoteMarks.Run before, QuoteMarks.Run after) {
    int from = tokens.tokenAtOrAfter(before.closeMarkEnd());
    int to = tokens.tokenAtOrAfter(after.openMark());
    if (from >= tokens.size() || to >= tokens.size() || from >= to) {
      return null;
    }
    if (!mayBeHalves(before, after)) {
      return null;
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

  /** Whether two quotes of a paragraph may be the halves of one split around its tag. */
  private boolean mayBeHalves(QuoteMarks.Run before, QuoteMarks.Run after) {
    if (paragraphOf(before.closeMark()) != paragraphOf(after.openMark())) {
      return false;
    }
    if (Character.isLetterOrDigit(lastCharOf(before))) {
      return false; // "his “Keepin' It Real” radio program who said …": a name in quotes, not a
      // quote's first half
    }
    if (opensAfterWritersWords(before)) {
      return false; // "… favors a “strongman approach.” He said he wanted “…”": two partial quotes,
      // not one split
    }
    return true;
  }

  /** Whether words of the writer's own stand before the quote in its sentence. */
  private boolean opensAfterWritersWords(QuoteMarks.Run run) {
    int open = tokens.tokenAtOrAfter(run.openMark());
    if (open >= tokens.size()) {
      return false;
    }
    int first = tokens.sentenceFirst(tokens.sentenceOf(open));
    if (sentences.isDateline(first, open)) {
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

  /**
   * Where the attribution after a quote may run to: its sentence, or a short lower-case sentence
   * after it.
   */
  int afterWindowEnd(QuoteMarks.Run run, int from) {
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
}
