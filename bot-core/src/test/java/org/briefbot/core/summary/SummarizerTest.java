package org.briefbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class SummarizerTest {
  private final NlpPipeline pipeline = NlpPipeline.shared();
  private final Summarizer summarizer = new Summarizer();

  private Summary summarize(String story, int sentences) {
    return summarizer.summarize(pipeline.analyze(story), sentences);
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  @Test
  void keepsTheLeadAndTheStoryOrder() {
    Summary summary = summarize(Stories.LIBRARY, 3);
    assertThat(summary.texts()).hasSize(3).first().isEqualTo(Stories.LEAD);
    List<Integer> order = summary.sentences().stream().map(Sentence::index).toList();
    assertThat(order).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void quotesTheStoryWordForWord() {
    Summary summary = summarize(Stories.LIBRARY, 5);
    assertThat(summary.texts())
        .hasSize(5)
        .allSatisfy(text -> assertThat(Stories.LIBRARY).contains(text));
    assertThat(summary.text()).isEqualTo(String.join("\n", summary.texts()));
  }

  @Test
  void takesAsManySentencesAsAskedWhenTheStoryHasThem() {
    for (int n = 1; n <= 6; n++) {
      assertThat(summarize(Stories.LIBRARY, n).sentences()).hasSize(n);
    }
  }

  @Test
  void shortIsOneOrTwoSentencesOfFewWords() {
    Summary summary = summarizer.summarize(pipeline.analyze(Stories.LIBRARY), SummaryLength.SHORT);
    assertThat(summary.sentences()).hasSizeBetween(1, 2);
    assertThat(words(summary.text())).isLessThanOrEqualTo(SummaryLength.SHORT.budget().words());
    assertThat(
            summarizer.summarize(pipeline.analyze(Stories.LIBRARY), SummaryLength.LONG).sentences())
        .hasSize(5);
  }

  @Test
  void wordBudgetLeavesOutWhatDoesNotFit() {
    Summary summary =
        summarizer.summarize(
            pipeline.analyze(Stories.LIBRARY), new SummaryBudget(5, 60), Optional.empty());
    assertThat(words(summary.text())).isLessThanOrEqualTo(60);
    assertThat(summary.sentences()).isNotEmpty();
  }

  @Test
  void skipsPromptsCaptionsAndTimeStamps() {
    Summary summary = summarize(Stories.LIBRARY_PAGE, 5);
    assertThat(summary.sentences()).hasSize(5);
    assertThat(summary.texts()).first().isEqualTo(Stories.LEAD);
    assertThat(summary.texts())
        .noneSatisfy(
            text ->
                assertThat(text)
                    .containsAnyOf(
                        "Scroll down", "Pictured", "Photo:", "PUBLISHED", "UPDATED", "(right)"));
  }

  @Test
  void aSentenceGluedToACaptionComesWithoutIt() {
    Summary summary = summarize(Stories.LIBRARY_PAGE, 8);
    assertThat(summary.texts())
        .contains(
            "The library will be open seven days a week, and membership is free for everyone who lives or works in the town.");
  }

  @Test
  void doesNotSayTheSameThingTwice() {
    Summary summary = summarize(Stories.REPEATED_LEAD, 2);
    assertThat(summary.texts()).hasSize(2);
    assertThat(summary.texts())
        .filteredOn(text -> text.contains("first new public library"))
        .hasSize(1);
  }

  @Test
  void aParagraphPrintedTwiceIsSummarizedOnce() {
    String story = String.join("\n", Collections.nCopies(4, Stories.LEAD));
    assertThat(summarize(story, 3).texts()).containsExactly(Stories.LEAD);
  }

  @Test
  void leavesOutSentencesThatArePartOfSomeoneElsesQuotation() {
    Summary summary = summarize(Stories.LONG_QUOTE, 5);
    assertThat(summary.texts())
        .hasSize(5)
        .noneSatisfy(
            text ->
                assertThat(text)
                    .containsAnyOf("waited a long time", "deserve far better", "finally got it"));
  }

  @Test
  void aOneSentenceStoryIsItsOwnSummary() {
    String story =
        "The council of Marrowby voted on Thursday to build a tidal barrier across the River Wend.";
    assertThat(summarize(story, 3).texts()).containsExactly(story);
  }

  @Test
  void aStoryShorterThanTheBudgetIsGivenWhole() {
    String story =
        "The council of Marrowby voted on Thursday to build a tidal barrier across the River Wend. "
            + "The barrier will cost 640 million crowns and should be finished in 2031.";
    assertThat(summarize(story, 5).texts())
        .containsExactly(
            "The council of Marrowby voted on Thursday to build a tidal barrier across the River Wend.",
            "The barrier will cost 640 million crowns and should be finished in 2031.");
  }

  @Test
  void anEndlessSentenceIsCutToTheBudgetWithAnEllipsis() {
    String story = String.join(" ", Collections.nCopies(1000, "the river rose over the quay and"));
    Summary summary = summarize(story, 3);
    assertThat(summary.texts()).hasSize(1);
    String text = summary.texts().get(0);
    assertThat(text).startsWith("the river rose over the quay").endsWith("\u2026");
    assertThat(words(text) - 1).isLessThanOrEqualTo(SummaryBudget.ofSentences(3).words());
  }

  @Test
  void theHeadlineAndBylineAreNotPartOfTheSummary() {
    Summary summary = summarize(Stories.LIBRARY, 9);
    assertThat(summary.texts())
        .hasSize(9)
        .noneSatisfy(text -> assertThat(text).containsAnyOf("Lakeside town opens", "Mara Quist"));
  }

  private static final String MARKET_BODY =
      """
      The Brackwater town council voted on Tuesday to turn the closed rope works by the canal into a covered market, ending a dispute that had run for most of a decade.

      Under the plan, forty stalls will open on the ground floor of the old works next spring, and the upper floor will be let to small workshops.

      Traders who sell on the square said the move would bring them out of the rain, while shop owners on the high street worried about losing custom.

      The council's own survey found that most residents wanted the market, and that the works would cost less to repair than to pull down.
      """;

  @Test
  void aKnownHeadlineThatEndsLikeASentenceIsNotOneOfTheSummarySentences() {
    // Ends with a full stop, so the text's layout takes it for the story's first sentence.
    String headline = "Brackwater council turns the old rope works into a covered market.";
    Summary summary =
        summarizer.summarize(
            pipeline.analyze(headline + "\n\n" + MARKET_BODY),
            SummaryBudget.ofSentences(3),
            Optional.of(headline));
    assertThat(summary.texts())
        .hasSize(3)
        .doesNotContain(headline)
        .first()
        .asString()
        .startsWith("The Brackwater town council voted on Tuesday");
  }

  @Test
  void theHeadlineRepeatedWithAFewWordsIsLeftOutAndTheNextBestTaken() {
    String headline = "Rope works to become a covered market";
    String repeated = "The rope works are to become a covered market, the council said.";
    Summary summary = summarize(headline + "\n\n" + repeated + "\n\n" + MARKET_BODY, 3);
    assertThat(summary.texts())
        .hasSize(3)
        .doesNotContain(repeated)
        .first()
        .asString()
        .startsWith("The Brackwater town council voted on Tuesday");
  }

  private static final String FERRY =
      String.join(
          "\n",
          "The ferry to Holm Island will sail again on Monday, six weeks after a winter gale tore the pier at Carrick Bay from its footings.",
          "Repairs to the pier cost the harbour board more than two million crowns, harbour board officials said.",
          "The harbour board said the repaired pier had been tested by divers and by the harbour board's own engineers.",
          "Islanders have relied on a fishing boat hired by the harbour board to bring post, bread and medicine across the sound.",
          "The harbour board will run two extra crossings a day for the first week, the harbour board's chair said.",
          "Shops on the island said stocks of fresh food had run low while the pier was closed.");

  @Test
  void theLeadWinsOverSentencesThatRepeatTheStorysCommonestWords() {
    // "harbour board" runs through the later sentences, which makes them the most central; the news
    // is in the first two.
    assertThat(summarize(FERRY, 2).texts())
        .containsExactly(
            "The ferry to Holm Island will sail again on Monday, six weeks after a winter gale tore the pier at Carrick Bay from its footings.",
            "Repairs to the pier cost the harbour board more than two million crowns, harbour board officials said.");
  }

  @Test
  void onAWebPageThePromptsAndCaptionsAreSkippedAndTheLeadComesFirst() {
    String page =
        String.join(
            "\n",
            "Ferry service to Holm Island to resume after storm repairs",
            "Scroll down for video",
            "The ferry to Holm Island will sail again on Monday, six weeks after a winter gale tore the pier at Carrick Bay from its footings.",
            "Pictured: The damaged pier at Carrick Bay after the gale",
            "Repairs to the pier cost the harbour board more than two million crowns, harbour board officials said.",
            "The harbour board said the repaired pier had been tested by divers and by the harbour board's own engineers.",
            "Photo: Carrick Bay Harbour Board",
            "Islanders have relied on a fishing boat hired by the harbour board to bring post, bread and medicine across the sound.",
            "The harbour board will run two extra crossings a day for the first week, the harbour board's chair said.",
            "Shops on the island said stocks of fresh food had run low while the pier was closed.");
    assertThat(summarize(page, 2).texts())
        .containsExactly(
            "The ferry to Holm Island will sail again on Monday, six weeks after a winter gale tore the pier at Carrick Bay from its footings.",
            "Repairs to the pier cost the harbour board more than two million crowns, harbour board officials said.");
    assertThat(summarize(page, 3).texts())
        .containsExactly(
            "The ferry to Holm Island will sail again on Monday, six weeks after a winter gale tore the pier at Carrick Bay from its footings.",
            "Repairs to the pier cost the harbour board more than two million crowns, harbour board officials said.",
            "The harbour board said the repaired pier had been tested by divers and by the harbour board's own engineers.");
  }

  @Test
  void aSentenceOpeningWithTheyIsLeftOutWhenWhatTheyAreIsNot() {
    String story =
        String.join(
            "\n",
            "The city of Varnholt will close its tram line for three weeks in August while workers replace the tracks on the old bridge.",
            "Buses will run along the tram route every ten minutes during the closure.",
            "The transport office published a map of the replacement bus stops on its website.",
            "They said the new tracks on the old bridge would let trams cross the river faster, and that tram riders would save four minutes on each trip.",
            "Shopkeepers near the bridge said they feared losing trade during the summer.",
            "The tram line carries about 30,000 riders a day.");
    // The "They" sentence is the most central of the rest, but "they" would stand for nothing in
    // the summary.
    assertThat(summarize(story, 3).texts())
        .containsExactly(
            "The city of Varnholt will close its tram line for three weeks in August while workers replace the tracks on the old bridge.",
            "Buses will run along the tram route every ten minutes during the closure.",
            "The transport office published a map of the replacement bus stops on its website.");
  }

  @Test
  void aSecondSentenceThatRepeatsTheLeadInOtherWordsGivesWayToNewNews() {
    String story =
        String.join(
            "\n",
            "The village of Ostry will get its first doctor's surgery in twenty years after the regional health board approved the plan on Wednesday.",
            "The regional health board on Wednesday approved a plan for Ostry's first doctor's surgery in twenty years.",
            "A retired nurse who led the campaign said patients now drive an hour to see a doctor.",
            "The surgery will open in the old post office next spring with two doctors and a nurse.",
            "Building work is expected to start in the autumn.");
    assertThat(summarize(story, 2).texts())
        .containsExactly(
            "The village of Ostry will get its first doctor's surgery in twenty years after the regional health board approved the plan on Wednesday.",
            "A retired nurse who led the campaign said patients now drive an hour to see a doctor.");
  }
}
