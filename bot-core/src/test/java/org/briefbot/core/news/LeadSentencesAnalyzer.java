package org.briefbot.core.news;

import java.util.List;
import java.util.stream.IntStream;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.StorySentence;

/**
 * A fixed, predictable analysis for tests of ingestion: sentences from {@link NlpPipeline}, the
 * first three as the summary (Lead-3), and no quotes. The app uses {@link NlpStoryAnalyzer}.
 */
final class LeadSentencesAnalyzer implements StoryAnalyzer {
  private static final int SUMMARY_SENTENCES = 3;
  private final NlpPipeline pipeline;

  LeadSentencesAnalyzer(NlpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public StoryAnalysis analyze(String text) {
    AnalyzedText analyzed = pipeline.analyze(text);
    List<StorySentence> sentences = NlpStoryAnalyzer.storySentences(analyzed);
    List<Integer> summary =
        IntStream.range(0, Math.min(SUMMARY_SENTENCES, sentences.size())).boxed().toList();
    return new StoryAnalysis(analyzed.text(), "eng", sentences, summary, List.of());
  }
}
