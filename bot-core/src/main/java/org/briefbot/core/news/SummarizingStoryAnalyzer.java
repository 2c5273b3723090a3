package org.briefbot.core.news;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.summary.Summarizer;
import org.briefbot.core.summary.Summary;

/**
 * The analysis every stored story gets: sentences from {@link NlpPipeline}, the summary from
 * {@link Summarizer}. Quotes: INTERIM, none until {@code org.briefbot.core.quotes} is connected
 * here (its quotes map onto {@link org.briefbot.core.store.StoryQuote}). Thread-safe.
 */
public final class SummarizingStoryAnalyzer implements StoryAnalyzer {
  private final NlpPipeline pipeline;
  private final Summarizer summarizer;
  private final int summarySentences;

  public SummarizingStoryAnalyzer(NlpPipeline pipeline, Summarizer summarizer, int summarySentences) {
    this.pipeline = pipeline;
    this.summarizer = summarizer;
    this.summarySentences = summarySentences;
  }

  @Override
  public StoryAnalysis analyze(String text) {
    AnalyzedText analyzed = pipeline.analyze(text);
    List<StorySentence> sentences = new ArrayList<>(analyzed.sentences().size());
    for (Sentence sentence : analyzed.sentences()) {
      sentences.add(new StorySentence(sentence.index(), sentence.paragraph(), sentence.span().start(), sentence.span().end()));
    }
    Summary summary = summarizer.summarize(analyzed, summarySentences);
    // A caption cut from a sentence leaves the rest of that sentence in the summary: stored as the whole sentence.
    List<Integer> chosen = summary.sentences().stream().map(Sentence::index).distinct().toList();
    return new StoryAnalysis(analyzed.text(), "eng", sentences, chosen, List.of());
  }
}
