package org.briefbot.core.summary;

/**
 * Follows quotation marks through a paragraph, left to right, to tell which text is quoted. A mark
 * after a space and before a word opens; one after a word or punctuation and before a space or
 * punctuation closes. A single quote anywhere else is an apostrophe, so "don't" does not confuse
 * it; a double quote anywhere else toggles. Reading marks by where they stand keeps one stray mark
 * from turning the rest of a story inside out. Works on folded text (plain quotes).
 */
final class QuoteTracker {
  private final String folded;
  private int paragraph = -1;
  private int position;
  private boolean insideDouble;
  private boolean insideSingle;

  QuoteTracker(String folded) {
    this.folded = folded;
  }

  /**
   * Moves to where a sentence starts and tells whether it starts inside a quotation. Offsets must
   * not go backwards; a new paragraph starts outside any quotation.
   */
  boolean startsInside(int paragraphIndex, int offset) {
    if (paragraphIndex != paragraph) {
      paragraph = paragraphIndex;
      position = offset;
      insideDouble = false;
      insideSingle = false;
      return false;
    }
    readTo(offset);
    if ((insideDouble || insideSingle) && opensQuote(offset)) {
      // A quotation opens right here, so an odd mark earlier was misread.
      insideDouble = false;
      insideSingle = false;
    }
    return insideDouble || insideSingle;
  }

  /** Whether the place read to last is inside a quotation. */
  boolean inside() {
    return insideDouble || insideSingle;
  }

  /** Reads on to {@code offset} and returns how many of the characters passed were quoted. */
  int readTo(int offset) {
    int quoted = 0;
    for (; position < offset; position++) {
      char c = folded.charAt(position);
      if (c == '"' || c == '\'') {
        read(c);
      }
      if (insideDouble || insideSingle) {
        quoted++;
      }
    }
    return quoted;
  }

  private void read(char mark) {
    char before = position == 0 ? ' ' : folded.charAt(position - 1);
    char after = position + 1 < folded.length() ? folded.charAt(position + 1) : ' ';
    boolean opens =
        (Character.isWhitespace(before) || before == '(' || before == '-' || before == '[')
            && (Character.isLetterOrDigit(after) || mark == '"' && !Character.isWhitespace(after));
    boolean closes =
        !Character.isWhitespace(before)
            && (Character.isWhitespace(after)
                || after == ','
                || after == '.'
                || after == ')'
                || after == ';'
                || after == ':'
                || after == '?'
                || after == '!'
                || after == '-'
                || mark == '"' && after == '\'');
    if (mark == '"') {
      insideDouble = opens || !closes && !insideDouble;
    } else if (opens) {
      insideSingle = true;
    } else if (closes) {
      insideSingle = false;
    }
  }

  private boolean opensQuote(int offset) {
    if (offset + 1 >= folded.length()) {
      return false;
    }
    char c = folded.charAt(offset);
    return (c == '"' || c == '\'') && Character.isLetterOrDigit(folded.charAt(offset + 1));
  }
}
