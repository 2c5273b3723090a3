package org.briefbot.core.store;

import java.util.OptionalLong;

/**
 * Where a story was found.
 *
 * @param url the canonical address it was found at
 * @param outlet the outlet at that address
 * @param title its headline there (outlets retitle wire stories)
 * @param feedId the feed it came through, if it came through one
 */
public record StorySource(String url, String outlet, String title, OptionalLong feedId) {

  public static StorySource link(String url, String outlet, String title) {
    return new StorySource(url, outlet, title, OptionalLong.empty());
  }
}
