package org.briefbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

/** Summaries of several outlets' stories about one (invented) event. */
class ClusterSummarizerTest {
  private final ClusterSummarizer summarizer = new ClusterSummarizer();

  /** Each outlet opens with colour of its own, then the news in its own words. */
  static final List<List<String>> OUTLETS =
      List.of(
          List.of(
              "The town's weekly market opened as usual on Friday morning.",
              "Two vans plunged into the River Tarn after the central span of Caldwick's Old Mill Bridge collapsed.",
              "Divers rescued both drivers within twenty minutes."),
          List.of(
              "Residents heard a sound like thunder before dawn.",
              "The Old Mill Bridge in Caldwick collapsed into the River Tarn on Friday, taking two vans with it.",
              "The council said the bridge would stay closed for months."),
          List.of(
              "It was the coldest night of the year in the valley.",
              "Part of Caldwick's Old Mill Bridge collapsed into the River Tarn early on Friday and two vans fell into the water.",
              "Four people were taken to hospital."));

  @Test
  void theNewsEveryOutletReportsComesBeforeAnyOutletsOwnColour() {
    List<String> summary = summarizer.summarizeSentences(OUTLETS, new SummaryBudget(1, 60));

    assertThat(summary)
        .singleElement()
        .asString()
        .contains("Old Mill Bridge")
        .contains("River Tarn");
  }

  @Test
  void saysTheSameThingOnlyOnce() {
    List<String> summary = summarizer.summarizeSentences(OUTLETS, new SummaryBudget(3, 200));

    assertThat(summary).hasSize(3);
    assertThat(summary.stream().filter(sentence -> sentence.contains("Old Mill Bridge")))
        .hasSize(1);
  }

  @Test
  void staysWithinTheWordsAndQuotesTheStoriesWordForWord() {
    List<String> all = OUTLETS.stream().flatMap(List::stream).toList();
    List<String> summary = summarizer.summarizeSentences(OUTLETS, new SummaryBudget(100, 40));

    assertThat(summary).isNotEmpty().allSatisfy(sentence -> assertThat(all).contains(sentence));
    assertThat(summary.stream().mapToInt(NewsText::wordCount).sum()).isLessThanOrEqualTo(40);
  }

  @Test
  void analysedStoriesGiveTheSameChoiceAsTheirSentences() {
    NlpPipeline pipeline = NlpPipeline.shared();
    List<String> fromTexts =
        summarizer.summarize(
            OUTLETS.stream()
                .map(sentences -> pipeline.analyze(String.join("\n", sentences)))
                .toList(),
            new SummaryBudget(1, 60));

    assertThat(fromTexts).singleElement().asString().contains("Old Mill Bridge");
  }

  @Test
  void nothingToSummarizeIsAnEmptySummary() {
    assertThat(summarizer.summarizeSentences(List.of(), new SummaryBudget(2, 60))).isEmpty();
    assertThat(summarizer.summarize(List.of(), new SummaryBudget(2, 60))).isEmpty();
    assertThat(summarizer.summarizeSentences(List.of(List.of("  ")), new SummaryBudget(2, 60)))
        .isEmpty();
  }
}
