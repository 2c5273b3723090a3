package org.briefbot.core.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteFinder;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.summary.Summarizer;
import org.briefbot.core.summary.Summary;
import org.briefbot.core.summary.SummaryBudget;

/**
 * The analysis every stored story gets, once, on arrival: sentences from {@link NlpPipeline}, the
 * summary from {@link Summarizer}, every quotation with its speaker from {@link QuoteFinder}.
 * Thread-safe.
 */
public final class NlpStoryAnalyzer implements StoryAnalyzer {
  private final NlpPipeline pipeline;
  private final Summarizer summarizer;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final int summarySentences;

  public NlpStoryAnalyzer(NlpPipeline pipeline, Summarizer summarizer, int summarySentences) {
    this.pipeline = pipeline;
    this.summarizer = summarizer;
    this.summarySentences = summarySentences;
  }

  @Override
  public StoryAnalysis analyze(String text) {
    return analyze(text, Optional.empty());
  }

  @Override
  public StoryAnalysis analyze(String text, Optional<String> headline) {
    AnalyzedText analyzed = pipeline.analyze(text);
    List<StorySentence> sentences = storySentences(analyzed);
    Summary summary =
        summarizer.summarize(analyzed, SummaryBudget.ofSentences(summarySentences), headline);
    // A caption cut from a sentence leaves the rest of that sentence in the summary: stored as the
    // whole sentence.
    List<Integer> chosen = summary.sentences().stream().map(Sentence::index).distinct().toList();
    List<StoryQuote> quotes = new ArrayList<>();
    for (Quote quote : quoteFinder.find(analyzed).quotes()) {
      quotes.add(
          new StoryQuote(
              quote.span().start(),
              quote.span().end(),
              StoryQuote.Kind.valueOf(quote.kind().name()),
              quote.speaker(),
              Optional.of(quote.role()).filter(role -> !role.isEmpty()),
              quote.text()));
    }
    return new StoryAnalysis(analyzed.text(), "eng", sentences, chosen, quotes);
  }

  /** The analysed sentences as the store keeps them. */
  static List<StorySentence> storySentences(AnalyzedText analyzed) {
    List<StorySentence> sentences = new ArrayList<>(analyzed.sentences().size());
    for (Sentence sentence : analyzed.sentences()) {
      sentences.add(
          new StorySentence(
              sentence.index(),
              sentence.paragraph(),
              sentence.span().start(),
              sentence.span().end()));
    }
    return sentences;
  }
}
