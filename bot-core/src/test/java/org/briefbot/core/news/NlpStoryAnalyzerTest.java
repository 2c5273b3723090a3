package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.summary.Summarizer;
import org.junit.jupiter.api.Test;

class NlpStoryAnalyzerTest {

  @Test
  void theStoredSummaryIsTheSummarizersChoiceAsSentencesOfTheStory() {
    List<String> paragraphs = new ArrayList<>(TestStories.LIBRARY);
    paragraphs.addAll(TestStories.BRIDGE);
    String text = "Library stays open late\n\n" + String.join("\n\n", paragraphs);
    StoryAnalysis analysis =
        new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 2).analyze(text);

    assertThat(analysis.text()).isEqualTo(text);
    assertThat(analysis.sentences()).hasSize(10);
    assertThat(analysis.summary())
        .hasSize(2)
        .isSorted()
        .allSatisfy(index -> assertThat(index).isBetween(0, 9));
    String summarySentence = analysis.sentences().get(analysis.summary().get(0)).text(text);
    assertThat(paragraphs).contains(summarySentence);
  }

  @Test
  void everyQuotationIsStoredWithItsSpeakerAndOffsetsIntoTheText() {
    String text =
        "Library stays open late\n\n"
            + String.join("\n\n", TestStories.LIBRARY)
            + "\n\n"
            + String.join("\n\n", TestStories.BRIDGE);
    StoryAnalysis analysis =
        new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 3).analyze(text);

    assertThat(analysis.quotes())
        .filteredOn(q -> q.kind() == StoryQuote.Kind.DIRECT)
        .extracting(StoryQuote::speaker)
        .containsExactly("Agnes Wren", "Imogen Thale");
    StoryQuote wren =
        analysis.quotes().stream()
            .filter(q -> q.speaker().equals("Agnes Wren"))
            .findFirst()
            .orElseThrow();
    assertThat(text.substring(wren.start(), wren.end()))
        .startsWith("Quiet is a resource like any other");
    assertThat(wren.text()).startsWith("Quiet is a resource");
  }
}
