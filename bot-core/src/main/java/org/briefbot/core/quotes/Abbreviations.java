package org.briefbot.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.Token;

/**
 * Words that end in a period without ending a sentence: initials ("G.K."), titles' and firms'
 * abbreviations ("Sen.", "Corp."), a party and state ("R-Ky."); and the full stop a tokenizer
 * leaves glued to a name ("Petrov.").
 */
final class Abbreviations {
  private static final Set<String> ABBREVIATIONS = WordLists.load("abbreviations");

  /** A party and state after a name: "D-Md", "(R-Ohio", "R-N.Y". */
  private static final Pattern PARTY_AND_STATE = Pattern.compile("\\(?[A-Z]-[A-Z][A-Za-z.]*");

  private Abbreviations() {}

  /**
   * Whether the sentence's last token is a word with the sentence's full stop glued on, as the
   * tokenizer leaves some names ("Petrov."); an abbreviation ("Jr.") or a firm's ending ("Corp.",
   * "Ltd.") keeps its period, as part of the name.
   */
  static boolean endsWithGluedFullStop(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) {
      return false;
    }
    String w = tokens.get(tokens.size() - 1).text();
    if (w.length() < 3 || !w.endsWith(".") || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    String stem = w.substring(0, w.length() - 1);
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      if (!Character.isLetter(c) && !(i > 0 && (c == '-' || c == '\''))) {
        return false;
      }
    }
    return !isAbbreviation(stem)
        && !Lexicon.ORGANISATION_WORDS.contains(stem.toLowerCase(Locale.ROOT));
  }

  static boolean isAbbreviation(String w) {
    if (isInitials(w)) {
      return true; // an initial: "Elijah E. Cummings", "G.K. Butterfield"
    }
    return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT)) || isPartyAndState(w);
  }

  /** A party and state after a name: "R-Ky.", "(D-Md.)". */
  static boolean isPartyAndState(String w) {
    return PARTY_AND_STATE.matcher(w).matches();
  }

  /**
   * "E", "G.K", "J.R": capital letters joined by periods, the period after the last one cut off.
   */
  static boolean isInitials(String w) {
    if (w.isEmpty() || w.length() > 7) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean expected = i % 2 == 0 ? Character.isUpperCase(c) : c == '.';
      if (!expected) {
        return false;
      }
    }
    return w.length() % 2 == 1;
  }
}
