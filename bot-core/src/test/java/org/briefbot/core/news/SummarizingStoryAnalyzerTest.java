package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.summary.Summarizer;
import org.junit.jupiter.api.Test;

class SummarizingStoryAnalyzerTest {

  @Test
  void theStoredSummaryIsTheSummarizersChoiceAsSentencesOfTheStory() {
    List<String> paragraphs = new ArrayList<>(TestStories.LIBRARY);
    paragraphs.addAll(TestStories.BRIDGE);
    String text = "Library stays open late\n\n" + String.join("\n\n", paragraphs);
    StoryAnalysis analysis = new SummarizingStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 2).analyze(text);

    assertThat(analysis.text()).isEqualTo(text);
    assertThat(analysis.sentences()).hasSize(10);
    assertThat(analysis.summary()).hasSize(2).isSorted().allSatisfy(index -> assertThat(index).isBetween(0, 9));
    String summarySentence = analysis.sentences().get(analysis.summary().get(0)).text(text);
    assertThat(paragraphs).contains(summarySentence);
    assertThat(analysis.quotes()).isEmpty();
  }
}
