package org.briefbot.core.store;

/**
 * A sentence of a stored story, by position.
 *
 * @param index its position among the story's sentences, from 0
 * @param paragraph the body paragraph it is in, from 0
 * @param start offset of its first character in the story's text
 * @param end offset just past its last character
 */
public record StorySentence(int index, int paragraph, int start, int end) {
  public StorySentence {
    if (index < 0 || paragraph < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence " + index + " [" + start + ", " + end + ")");
    }
  }

  public String text(String storyText) {
    return storyText.substring(start, end);
  }
}
