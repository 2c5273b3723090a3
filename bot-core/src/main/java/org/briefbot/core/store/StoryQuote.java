package org.briefbot.core.store;

import java.util.Locale;
import java.util.Optional;

/**
 * A quotation in a stored story.
 *
 * @param start offset of the first quoted character in the story's text (quote marks excluded)
 * @param end offset just past the last quoted character
 * @param kind direct ("…" said X), partial (a quoted phrase inside a sentence) or indirect (X said
 *     that …)
 * @param speaker the speaker's canonical full name, an organisation's name, or "" when unknown
 * @param speakerRole the speaker's role as the story gives it ("Secretary of State"), if any
 * @param text the quoted words
 */
public record StoryQuote(
    int start, int end, Kind kind, String speaker, Optional<String> speakerRole, String text) {

  public enum Kind {
    DIRECT,
    PARTIAL,
    INDIRECT;

    /** "direct", as the evaluation format spells it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind of(String label) {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
  }

  public StoryQuote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
    speaker = speaker == null ? "" : speaker.strip();
  }

  public boolean hasSpeaker() {
    return !speaker.isEmpty();
  }
}
