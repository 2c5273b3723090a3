package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.nlp.TextSpan;

/**
 * Finds the stretches of a story between quote marks, in one pass over the characters (linear time,
 * whatever the marks). Works on the folded text, where every double mark is {@code "}, and looks at
 * the original character only to tell an opening curly mark from a closing one when the
 * neighbouring characters do not. Apostrophes are never marks; single quotes count only in a story
 * that has no double marks at all (the British convention), and nested ones stay inside the outer
 * quote.
 */
final class QuoteMarks {
  /** Deeper nesting than this is not writing; further opening marks are ignored. */
  private static final int MAX_DEPTH = 8;

  /**
   * A quoted stretch.
   *
   * @param parts its text without marks, one part a paragraph, whitespace trimmed
   * @param openMark where its first opening mark starts
   * @param closeMark where its closing mark starts, or -1 when it was never closed
   * @param closeMarkEnd just past its closing mark (the end of its last part when never closed)
   */
  record Run(List<TextSpan> parts, int openMark, int closeMark, int closeMarkEnd) {
    boolean closed() {
      return closeMark >= 0;
    }

    int start() {
      return parts.get(0).start();
    }

    int end() {
      return parts.get(parts.size() - 1).end();
    }
  }

  private enum Role {
    OPEN,
    CLOSE,
    EITHER,
    NONE
  }

  private QuoteMarks() {}

  /**
   * The quoted stretches of the given paragraphs (in text order), never across non-adjacent ones.
   */
  static List<Run> find(String text, String folded, List<TextSpan> paragraphs) {
    boolean singles = !hasDoubleMarks(folded, paragraphs);
    return new Scanner(text, folded, paragraphs, singles).scan();
  }

  private static boolean hasDoubleMarks(String folded, List<TextSpan> paragraphs) {
    for (TextSpan paragraph : paragraphs) {
      for (int i = paragraph.start(); i < paragraph.end(); i++) {
        char c = folded.charAt(i);
        if (c == '"' || (c == '\'' && i + 1 < paragraph.end() && folded.charAt(i + 1) == '\'')) {
          return true;
        }
      }
    }
    return false;
  }

  private static final class Scanner {
    private final String text;
    private final String folded;
    private final List<TextSpan> paragraphs;
    private final boolean singles;
    private final List<Run> runs = new ArrayList<>();

    // open marks of the current paragraph: position and width, outermost first
    private final int[] openAt = new int[MAX_DEPTH];
    private final int[] openWidth = new int[MAX_DEPTH];
    private int depth;
    // the outer quote carried over from earlier paragraphs (each paragraph reopens it)
    private final List<TextSpan> carriedParts = new ArrayList<>();
    private int carriedOpenMark = -1;
    // pairs closed inside the outer quote: kept so that an outer quote that never closes can give
    // them back
    private final List<int[]> innerPairs = new ArrayList<>();

    Scanner(String text, String folded, List<TextSpan> paragraphs, boolean singles) {
      this.text = text;
      this.folded = folded;
      this.paragraphs = paragraphs;
      this.singles = singles;
    }

    List<Run> scan() {
      for (int p = 0; p < paragraphs.size(); p++) {
        TextSpan paragraph = paragraphs.get(p);
        int from = paragraph.start();
        depth = 0;
        innerPairs.clear();
        if (carriedOpenMark >= 0) {
          int reopen = firstMarkAt(paragraph);
          // the caller only carries a quote over when this paragraph starts with a mark
          openAt[0] = reopen;
          openWidth[0] = markWidth(reopen, paragraph.end());
          depth = 1;
          from = reopen + openWidth[0];
        }
        scanParagraph(paragraph, from);
        finishParagraph(paragraph, p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null);
      }
      return runs;
    }

    private void scanParagraph(TextSpan paragraph, int from) {
      int end = paragraph.end();
      int i = from;
      while (i < end) {
        int width = markWidth(i, end);
        if (width == 0) {
          i++;
          continue;
        }
        Role role = role(i, width, paragraph);
        if (role == Role.EITHER) {
          role = depth > 0 ? Role.CLOSE : Role.OPEN;
        }
        if (role == Role.OPEN) {
          if (depth < MAX_DEPTH) {
            openAt[depth] = i;
            openWidth[depth] = width;
            depth++;
          }
        } else if (role == Role.CLOSE && depth > 0) {
          depth--;
          if (depth == 0) {
            emit(openAt[0], openWidth[0], i, i + width);
          } else if (depth == 1) {
            innerPairs.add(new int[] {openAt[1], openWidth[1], i, width});
          }
        }
        i += width;
      }
    }

    private void finishParagraph(TextSpan paragraph, TextSpan next) {
      if (depth == 0) {
        return;
      }
      int contentStart = openAt[0] + openWidth[0];
      if (next != null && startsWithOpeningMark(next) && sameStyle(openAt[0], firstMarkAt(next))) {
        // A quote running on: this paragraph's part ends here, the next paragraph reopens it.
        if (carriedOpenMark < 0) {
          carriedOpenMark = openAt[0];
        }
        addTrimmed(carriedParts, contentStart, paragraph.end());
        depth = 0;
        return;
      }
      // Never closed. Quotes closed inside it were really quotes of their own; the rest is a quote
      // whose closing mark is missing, up to the first of them or the end of the paragraph.
      int stop = paragraph.end();
      if (!innerPairs.isEmpty()) {
        stop = innerPairs.get(0)[0];
      }
      List<TextSpan> parts = new ArrayList<>(carriedParts);
      addTrimmed(parts, contentStart, stop);
      if (!parts.isEmpty()) {
        runs.add(
            new Run(
                List.copyOf(parts),
                carriedOpenMark >= 0 ? carriedOpenMark : openAt[0],
                -1,
                parts.get(parts.size() - 1).end()));
      }
      carriedParts.clear();
      carriedOpenMark = -1;
      for (int[] pair : innerPairs) {
        emitAlone(pair[0], pair[1], pair[2], pair[2] + pair[3]);
      }
      depth = 0;
    }

    private void emit(int open, int width, int close, int closeEnd) {
      List<TextSpan> parts = new ArrayList<>(carriedParts);
      addTrimmed(parts, open + width, close);
      if (!parts.isEmpty()) {
        runs.add(
            new Run(
                List.copyOf(parts),
                carriedOpenMark >= 0 ? carriedOpenMark : open,
                close,
                closeEnd));
      }
      carriedParts.clear();
      carriedOpenMark = -1;
      innerPairs.clear();
    }

    private void emitAlone(int open, int width, int close, int closeEnd) {
      List<TextSpan> parts = new ArrayList<>(1);
      addTrimmed(parts, open + width, close);
      if (!parts.isEmpty()) {
        runs.add(new Run(List.copyOf(parts), open, close, closeEnd));
      }
    }

    private void addTrimmed(List<TextSpan> parts, int start, int end) {
      while (start < end && Character.isWhitespace(folded.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(folded.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        parts.add(new TextSpan(start, end));
      }
    }

    private int firstMarkAt(TextSpan paragraph) {
      int i = paragraph.start();
      while (i < paragraph.end() && Character.isWhitespace(folded.charAt(i))) {
        i++;
      }
      return i;
    }

    private boolean startsWithOpeningMark(TextSpan paragraph) {
      int i = firstMarkAt(paragraph);
      int width = markWidth(i, paragraph.end());
      if (width == 0) {
        return false;
      }
      Role role = role(i, width, paragraph);
      return role == Role.OPEN || role == Role.EITHER;
    }

    /**
     * Whether two marks are of one typographic style (straight, curly, doubled apostrophes): a
     * quote running over paragraphs reopens with the mark it opened with, while a paragraph that
     * opens with another style is something else (an excerpt opened by a stray straight mark).
     */
    private boolean sameStyle(int a, int b) {
      return style(a) == style(b);
    }

    private int style(int i) {
      char c = text.charAt(i);
      if (c == '"') {
        return 0;
      }
      if (folded.charAt(i) == '\'') {
        return 1;
      }
      return 2;
    }

    /**
     * 1 or 2 when a quote mark starts at i ({@code "}, or {@code ''} and {@code ``} as one mark),
     * else 0.
     */
    private int markWidth(int i, int end) {
      if (i >= end) {
        return 0;
      }
      char c = folded.charAt(i);
      if (c == '"') {
        return 1;
      }
      if (c == '\'') {
        if (i + 1 < end && folded.charAt(i + 1) == '\'') {
          return 2;
        }
        return singles && couldBeSingleMark(i, end) ? 1 : 0;
      }
      return 0;
    }

    /**
     * A single mark between two letters or digits is an apostrophe ("don't", "Israel's", "'90s"
     * aside).
     */
    private boolean couldBeSingleMark(int i, int end) {
      boolean letterBefore = i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1));
      boolean letterAfter = i + 1 < end && Character.isLetterOrDigit(folded.charAt(i + 1));
      return !(letterBefore && letterAfter);
    }

    private Role role(int i, int width, TextSpan paragraph) {
      int before = i > paragraph.start() ? classify(folded.charAt(i - 1)) : SPACE;
      int after = i + width < paragraph.end() ? classify(folded.charAt(i + width)) : SPACE;
      Role byContext;
      if (before == SPACE && after == WORD) {
        byContext = Role.OPEN;
      } else if (before != SPACE && after == SPACE) {
        byContext = Role.CLOSE;
      } else if (before == WORD && after == PUNCT) {
        byContext = Role.CLOSE;
      } else if (before == PUNCT && after == PUNCT) {
        byContext = Role.CLOSE;
      } else if (before == WORD && after == WORD) {
        byContext = Role.NONE;
      } else {
        byContext = Role.EITHER;
      }
      if (byContext == Role.OPEN || byContext == Role.CLOSE) {
        return byContext;
      }
      // The neighbours do not tell: the typographer's mark does.
      char original = text.charAt(i);
      if (original == '\u201C'
          || original == '\u201E'
          || original == '\u00AB'
          || original == '\u2018'
          || (width == 2 && text.charAt(i) == '`')) {
        return Role.OPEN;
      }
      if (original == '\u201D' || original == '\u00BB' || original == '\u2019') {
        return Role.CLOSE;
      }
      return byContext;
    }

    private static final int SPACE = 0;
    private static final int PUNCT = 1;
    private static final int WORD = 2;

    private static int classify(char c) {
      if (Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/') {
        return SPACE;
      }
      if (Character.isLetterOrDigit(c)) {
        return WORD;
      }
      return PUNCT;
    }
  }
}
