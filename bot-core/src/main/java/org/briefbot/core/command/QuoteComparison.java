package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefbot.core.chat.Reply.QuoteCheck;
import org.briefbot.core.chat.Reply.QuoteCheck.Mark;
import org.briefbot.core.chat.Reply.QuoteCheck.Word;
import org.briefbot.core.nlp.NewsText;

/**
 * Sets the words someone asked about against the words on record, word by word: the most words in
 * common, in order, with the fewest left out or added between them, over the stretch of the record
 * they best match. The asked words may be any stretch of a longer quote; case, accents and
 * punctuation do not count.
 */
final class QuoteComparison {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Records longer than this many words are compared over their beginning (a quote is rarely
   * longer).
   */
  private static final int MAX_RECORD_WORDS = 3_000;

  private static final int MAX_ASKED_WORDS = 200;

  /** What a word in common earns, and what a word left out or added costs. */
  private static final int COMMON = 2;

  private static final int EDIT = 1;

  private QuoteComparison() {}

  static QuoteCheck compare(String asked, String onRecord, boolean exactWords) {
    List<String> askedWords = words(asked, MAX_ASKED_WORDS);
    List<String> recordWords = words(onRecord, MAX_RECORD_WORDS);
    List<String> a = askedWords.stream().map(QuoteComparison::key).toList();
    List<String> r = recordWords.stream().map(QuoteComparison::key).toList();
    int n = a.size();
    int m = r.size();
    // cost[i][j]: the best alignment of the first i asked words with the record's words up to j
    // (from any start). A word in common earns more than a word left out or added costs, so the
    // words someone left out of the middle of a quote are shown as left out, not the rest of
    // what they asked as added; a lone common word far away is not worth the gap to reach it.
    int[][] cost = new int[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      cost[i][0] = i * EDIT;
      for (int j = 1; j <= m; j++) {
        int best = Math.min(cost[i - 1][j] + EDIT, cost[i][j - 1] + EDIT);
        if (a.get(i - 1).equals(r.get(j - 1))) {
          best = Math.min(best, cost[i - 1][j - 1] - COMMON);
        }
        cost[i][j] = best;
      }
    }
    int end = 0;
    for (int j = 1; j <= m; j++) {
      if (cost[n][j] < cost[n][end]) {
        end = j;
      }
    }
    List<Word> reversed = new ArrayList<>();
    int i = n;
    int j = end;
    while (i > 0) {
      if (j > 0 && a.get(i - 1).equals(r.get(j - 1)) && cost[i][j] == cost[i - 1][j - 1] - COMMON) {
        reversed.add(new Word(recordWords.get(j - 1), Mark.SAME));
        i--;
        j--;
      } else if (j > 0 && cost[i][j] == cost[i][j - 1] + EDIT) {
        reversed.add(new Word(recordWords.get(j - 1), Mark.MISSING));
        j--;
      } else {
        reversed.add(new Word(askedWords.get(i - 1), Mark.ADDED));
        i--;
      }
    }
    int start = j;
    List<Word> compared = new ArrayList<>(reversed.size());
    for (int k = reversed.size() - 1; k >= 0; k--) {
      compared.add(reversed.get(k));
    }
    boolean exact = n > 0 && compared.stream().allMatch(word -> word.mark() == Mark.SAME);
    return new QuoteCheck(exact, exactWords, compared, start > 0, end < m);
  }

  /**
   * The text's words with the punctuation they carry; signs standing alone join the word before.
   */
  static List<String> words(String text, int max) {
    List<String> words = new ArrayList<>();
    for (String token : WHITESPACE.split(NewsText.fold(text).strip())) {
      if (token.isEmpty()) {
        continue;
      }
      if (key(token).isEmpty() && !words.isEmpty()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + " " + token);
      } else if (words.size() < max) {
        words.add(token);
      }
    }
    if (!words.isEmpty() && key(words.get(0)).isEmpty()) {
      words.remove(0);
    }
    return words;
  }

  /**
   * What counts of a word: its letters and digits, lower case, accents off ("We've" and "weve" are
   * one).
   */
  static String key(String word) {
    return NOT_LETTER_OR_DIGIT
        .matcher(NewsText.withoutAccents(word).toLowerCase(Locale.ROOT))
        .replaceAll("");
  }
}
