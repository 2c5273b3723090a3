package org.briefbot.core.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Fitting reply text into a platform's limits: every adapter cuts long content the same way, at
 * sentence boundaries when it can, at a space when it must, never inside a word.
 */
public final class ReplyText {
  private static final String ELLIPSIS = "\u2026";

  private ReplyText() {}

  /**
   * The text in pieces of at most {@code max} characters, each ending at a sentence boundary (or a
   * line break) when one lies in its second half, else at a space; a single word longer than {@code
   * max} is the only thing ever cut. Pieces are stripped; none is empty.
   */
  public static List<String> split(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("pieces need room for a word: " + max);
    }
    List<String> pieces = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = cutPoint(rest, max);
      pieces.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /** The text cut at a space to at most {@code max} characters, with an ellipsis when cut. */
  public static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + ELLIPSIS;
  }

  /** Where to end a piece of {@code text} that must hold at most {@code max} characters. */
  private static int cutPoint(String text, int max) {
    int sentence = -1;
    int space = -1;
    for (int i = max; i > 0; i--) {
      char c = text.charAt(i);
      boolean boundary = Character.isWhitespace(c);
      if (!boundary) {
        continue;
      }
      if (space < 0) {
        space = i;
      }
      char before = text.charAt(i - 1);
      if (c == '\n'
          || before == '.'
          || before == '!'
          || before == '?'
          || before == '\u201D' && i > 1 && ".!?".indexOf(text.charAt(i - 2)) >= 0) {
        sentence = i;
        break;
      }
    }
    if (sentence >= max / 2) {
      return sentence;
    }
    return space > 0 ? space : max;
  }
}
