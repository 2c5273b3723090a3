package org.briefbot.core.news;

import java.util.Locale;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.store.Sha256;

/**
 * The fingerprint of a story's body, equal for the same wire story wherever it is published: taken
 * over the body only (outlets retitle), after folding typography, case, punctuation and spacing
 * away.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(Article article) {
    return of(article.body());
  }

  public static String of(String body) {
    return Sha256.hex(words(body));
  }

  /**
   * The text's words as the hash sees them: typography, case, punctuation and spacing folded away,
   * so that two texts that differ only in those are equal.
   */
  public static String words(String text) {
    String folded = NewsText.fold(text).toLowerCase(Locale.ROOT);
    StringBuilder words = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && words.length() > 0) {
          words.append(' ');
        }
        words.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return words.toString();
  }
}
