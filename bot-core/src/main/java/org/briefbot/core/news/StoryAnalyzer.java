package org.briefbot.core.news;

/**
 * The seam where a story is analysed once, on arrival: sentences, summary and quotes. The
 * summary ({@code org.briefbot.core.summary}) and quotes ({@code org.briefbot.core.quotes})
 * packages provide the real implementation; {@link InterimLeadSentencesAnalyzer} stands in until
 * they are connected. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface StoryAnalyzer {

  /**
   * Analyses a story's text (headline on its first line, then the body paragraphs).
   *
   * @throws org.briefbot.core.nlp.UnsupportedTextException when the text cannot be analysed (not English, …)
   */
  StoryAnalysis analyze(String text);
}
