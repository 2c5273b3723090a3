package org.briefbot.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.nlp.Token;
import org.briefbot.core.summary.SentenceFlaws.Flaw;

/**
 * The units a summary is built from: the story's sentences, with run-ons taken apart where a page
 * lost its full stops. Web pages copied as text glue a photo caption (which has no full stop) to
 * the sentence after it, "… never made it off the bench However, striker Glenn Murray …", and put
 * "Scroll down for video" in front of a sentence; the sentence detector cannot see a boundary
 * there. Such a piece is a {@link Sentence} with the same index as the sentence it came from.
 */
final class Candidates {

  /**
   * A sentence (or piece of one), what keeps it out of a summary if anything, and the share of its
   * characters that are quoted (a summary reports; it rarely quotes).
   */
  record Candidate(Sentence sentence, Flaw flaw, double quoted) {
    boolean disqualified() {
      return flaw != null && flaw.disqualifying();
    }

    /**
     * Whether it opens with a pronoun that points back to an earlier sentence ("It", "They",
     * "This").
     */
    boolean startsWithPronoun() {
      for (Token token : sentence.tokens()) {
        if (token.isWord()) {
          return BACK_POINTING.contains(token.text());
        }
      }
      return false;
    }
  }

  private static final Set<String> BACK_POINTING =
      Set.of(
          "He", "She", "It", "They", "His", "Her", "Its", "Their", "This", "These", "Those", "That",
          "Such", "Both");

  /** Shorter sentences are not taken apart: a lost full stop shows in long glued ones. */
  private static final int MIN_WORDS_TO_SPLIT = 20;

  private static final int MIN_WORDS_A_PIECE = 3;

  private static final Pattern LEADING_PROMPT =
      Pattern.compile(
          "^\\W*(?i:scroll down for (?:videos?|more|pictures)(?: and pictures)?|watch the video|watch video)\\b[\\s.:\\-]*");

  /**
   * A word that starts sentences, capitalised, right after a lower-case word or a closing bracket
   * with no punctuation between: a full stop went missing there. "I", "Mr" and the like are left
   * out, as they stand mid-sentence just as often.
   */
  private static final Pattern LOST_FULL_STOP =
      Pattern.compile(
          " (?=(?:However|But|He|She|They|It|The|A|An|In|On|At|His|Her|Their|Its|This|That|These"
              + "|Those|Meanwhile|Now|After|When|While|Last|Police|Officers|Authorities)\\b)");

  private Candidates() {}

  /** Candidates from the first {@code limit} sentences of {@code text}, in story order. */
  static List<Candidate> of(AnalyzedText text, int limit) {
    String folded = text.document().folded();
    QuoteTracker quotes = new QuoteTracker(folded);
    List<Sentence> sentences = text.sentences();
    List<Candidate> candidates = new ArrayList<>(Math.min(limit, sentences.size()) + 8);
    for (Sentence sentence : sentences.subList(0, Math.min(limit, sentences.size()))) {
      List<TextSpan> pieces = pieces(folded, sentence);
      for (int p = 0; p < pieces.size(); p++) {
        TextSpan span = pieces.get(p);
        Sentence piece = pieces.size() == 1 ? sentence : piece(sentence, span);
        if (piece.tokens().isEmpty()) {
          continue;
        }
        boolean startsInside = quotes.startsInside(sentence.paragraph(), span.start());
        double quoted = (double) quotes.readTo(span.end()) / Math.max(1, span.length());
        // Inside a quotation at either end: the words of a speaker the sentence does not name.
        boolean partOfQuote = startsInside || quotes.inside() && opensWithQuote(folded, span);
        Flaw flaw =
            p < pieces.size() - 1
                ? Flaw.CAPTION // it ended where a full stop was lost: a caption or a prompt
                : SentenceFlaws.flawOf(span.of(folded), piece.wordCount(), partOfQuote);
        candidates.add(new Candidate(piece, flaw, quoted));
      }
    }
    return candidates;
  }

  private static List<TextSpan> pieces(String folded, Sentence sentence) {
    int start = sentence.span().start();
    int end = sentence.span().end();
    String text = folded.substring(start, end);
    List<Integer> cuts = new ArrayList<>();
    Matcher prompt = LEADING_PROMPT.matcher(text);
    if (prompt.lookingAt() && prompt.end() < text.length()) {
      cuts.add(prompt.end());
    }
    if (sentence.wordCount() >= MIN_WORDS_TO_SPLIT) {
      Matcher lost = LOST_FULL_STOP.matcher(text);
      int from = cuts.isEmpty() ? 0 : cuts.get(0);
      while (lost.find()) {
        if (lost.start() > from
            && endsWordOrBracket(text.charAt(lost.start() - 1))
            && words(text, from, lost.start()) >= MIN_WORDS_A_PIECE
            && words(text, lost.end(), text.length()) >= MIN_WORDS_A_PIECE) {
          cuts.add(lost.end());
          from = lost.end();
        }
      }
    }
    List<TextSpan> pieces = new ArrayList<>(cuts.size() + 1);
    int pieceStart = 0;
    for (int cut : cuts) {
      pieces.add(new TextSpan(start + pieceStart, start + trimEnd(text, pieceStart, cut)));
      pieceStart = cut;
    }
    pieces.add(new TextSpan(start + pieceStart, end));
    return pieces;
  }

  private static boolean endsWordOrBracket(char c) {
    return Character.isLowerCase(c) || c >= '0' && c <= '9' || c == ')';
  }

  private static boolean opensWithQuote(String folded, TextSpan span) {
    char first = folded.charAt(span.start());
    return first == '"' || first == '\'';
  }

  private static Sentence piece(Sentence sentence, TextSpan span) {
    List<Token> tokens = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (token.span().start() >= span.start() && token.span().end() <= span.end()) {
        tokens.add(token);
      }
    }
    return new Sentence(
        sentence.index(), sentence.paragraph(), sentence.indexInParagraph(), span, tokens);
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static int words(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && text.charAt(i) != ' ');
    }
    return words;
  }
}
