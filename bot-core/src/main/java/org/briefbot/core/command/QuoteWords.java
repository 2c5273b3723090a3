package org.briefbot.core.command;

import java.util.Locale;
import java.util.Optional;

/** Reading quote fragments and questions about quotes as people type them. */
final class QuoteWords {
  private QuoteWords() {}

  /** The words without surrounding quote marks, spaces and a final question mark. */
  static String unquoted(String text) {
    String s = text.strip();
    while (s.endsWith("?")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    int start = 0;
    int end = s.length();
    while (start < end && isMark(s.charAt(start))) {
      start++;
    }
    while (end > start && isMark(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end).strip();
  }

  private static boolean isMark(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u2018'
        || c == '\u2019'
        || c == '\u00AB'
        || c == '\u00BB'
        || c == '`';
  }

  /**
   * The rest of {@code text} after a leading phrase, ignoring case, or empty when it does not start
   * so.
   */
  static Optional<String> after(String text, String phrase) {
    String s = text.strip();
    if (s.length() > phrase.length()
        && s.toLowerCase(Locale.ROOT).startsWith(phrase)
        && Character.isWhitespace(s.charAt(phrase.length()))) {
      return Optional.of(s.substring(phrase.length()).strip());
    }
    return Optional.empty();
  }
}
