package org.briefbot.core.nlp;

/**
 * A word or punctuation mark of a sentence.
 *
 * @param span where it stands in the story's text
 * @param text its text, typography folded (see {@link NewsText#fold})
 * @param lower {@code text} in lower case
 * @param stem the Snowball (Porter 2) stem of {@code lower}
 */
public record Token(TextSpan span, String text, String lower, String stem) {

  public boolean isWord() {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public boolean isStopWord() {
    return StopWords.contains(lower);
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
