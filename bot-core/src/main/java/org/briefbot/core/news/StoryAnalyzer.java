package org.briefbot.core.news;

import java.util.Optional;

/**
 * The seam where a story is analysed once, on arrival: sentences, summary and quotes. {@link
 * NlpStoryAnalyzer} is the one the bot uses; tests put a fixed one here. Implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface StoryAnalyzer {

  /**
   * Analyses a story's text (headline on its first line, then the body paragraphs).
   *
   * @throws org.briefbot.core.nlp.UnsupportedTextException when the text cannot be analysed (not
   *     English, …)
   */
  StoryAnalysis analyze(String text);

  /**
   * Analyses a story whose headline is known (a page's), so that the summary can leave it out even
   * when it reads like a sentence ("Council shuts the bridge."), which the text's layout cannot
   * tell.
   */
  default StoryAnalysis analyze(String text, Optional<String> headline) {
    return analyze(text);
  }
}
