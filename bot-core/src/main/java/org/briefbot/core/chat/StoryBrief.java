package org.briefbot.core.chat;

import java.util.Map;

/**
 * The click that briefs one stored story — a list's story, a digest's item — named once here so
 * that every answer that offers it (in any package) asks {@code /brief} the same way.
 */
public final class StoryBrief {
  /** {@code /brief}'s option that names a stored story by its id. */
  public static final String OPTION = "story";

  private StoryBrief() {}

  /** The Brief button of a stored story, its answer shown as {@code answer} says. */
  public static Action button(long storyId, String headline, Action.Answer answer) {
    return Action.of(
        "Brief: " + headline,
        Action.Call.of("brief", Map.of(OPTION, Long.toString(storyId)), answer));
  }
}
