package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.core.nlp.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * Text that breaks the rules of quoting: the finder answers, with offsets inside the text, and
 * guesses no speaker.
 */
class QuoteRobustnessTest {
  private final QuoteFinder finder = new QuoteFinder();

  @Test
  void anUnclosedQuoteWithNoAttributionIsNotAStatement() {
    String story =
        "The ferry to Skarra was cancelled again on Sunday because of the wind.\n"
            + "\"Nobody told the passengers waiting on the quay until the afternoon\n"
            + "The company will run an extra ferry on Monday morning.";

    QuoteAnalysis analysis = finder.find(story);

    assertValid(story, analysis);
    assertThat(analysis.quotes()).noneMatch(q -> q.kind() != QuoteKind.INDIRECT);
  }

  @Test
  void mismatchedMarksStillPairUp() {
    String story =
        "The museum of Tallow reopened its doors after two years of building work.\n"
            + "\u201CWe missed our visitors more than they missed us,\" said curator Lena Brandt.";

    QuoteAnalysis analysis = finder.find(story);

    assertValid(story, analysis);
    assertThat(analysis.quotes())
        .extracting(Quote::text)
        .contains("We missed our visitors more than they missed us,");
  }

  @Test
  void aMarkInEveryWordGivesNoException() {
    String story =
        "The \"council \"said \"the \"bridge \"would \"open \"in \"spring \"after \"the \"repairs \"to \"its "
            + "\"old \"stone \"arches \"were \"finished \"by \"the \"workers.";

    assertValid(story, finder.find(story));
  }

  @Test
  void tenThousandQuoteMarksAreReadInOneGo() {
    StringBuilder story =
        new StringBuilder(
            "The choir of Denholm sang every song it knew at the festival this year.\n");
    for (int i = 0; i < 2_500; i++) {
      story.append("\"la\" \"la\" ");
    }
    story.append("\nThe audience stayed until midnight.");

    QuoteAnalysis analysis = finder.find(story.toString());

    assertValid(story.toString(), analysis);
    assertThat(analysis.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void aQuoteOfFiftyThousandCharactersIsOneQuote() {
    StringBuilder story =
        new StringBuilder("The commission published its report on the river on Monday.\n\"");
    while (story.length() < 50_000) {
      story.append("The water is clean again and the fish have come back to the upper river. ");
    }
    story.append("\" said the chairman of the commission, Pavel Horak.");

    QuoteAnalysis analysis = finder.find(story.toString());

    assertValid(story.toString(), analysis);
    assertThat(analysis.quotes()).hasSize(1);
    assertThat(analysis.quotes().get(0).span().length()).isGreaterThan(49_000);
    assertThat(analysis.quotes().get(0).speaker()).isEqualTo("Pavel Horak");
  }

  @Test
  void quotesNestedThreeDeepStayInTheOuterOne() {
    String story =
        "A court in Selby heard the last witness in the fraud case on Thursday.\n"
            + "\"He told me, 'My boss said \"sign it, 'just sign it', and ask nothing,\" so I signed,'\" said witness Amir Rahal.";

    QuoteAnalysis analysis = finder.find(story);

    assertValid(story, analysis);
    assertThat(analysis.quotes()).hasSize(1);
    assertThat(analysis.quotes().get(0).speaker()).isEqualTo("Amir Rahal");
  }

  @Test
  void aStoryWithoutSpeechVerbsHasQuotesWithoutSpeakers() {
    String story =
        "The new library in Garth is built from old ship timber and local stone.\n"
            + "\"Books for everyone, every day of the year\" stands in large letters above the entrance.";

    QuoteAnalysis analysis = finder.find(story);

    assertValid(story, analysis);
    assertThat(analysis.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void aStoryThatIsOneQuoteHasThatQuoteAndNoSpeaker() {
    String story =
        "\"We will rebuild the school before the children come back from the summer holidays.\"";

    QuoteAnalysis analysis = finder.find(story);

    assertValid(story, analysis);
    assertThat(analysis.quotes()).hasSize(1);
    assertThat(analysis.quotes().get(0).speaker()).isEmpty();
  }

  /** Every offset inside the text, parts in order inside their span, quotes in text order. */
  static void assertValid(String text, QuoteAnalysis analysis) {
    int previousStart = -1;
    for (Quote quote : analysis.quotes()) {
      TextSpan span = quote.span();
      assertThat(span.start()).isBetween(0, text.length());
      assertThat(span.end()).isBetween(span.start(), text.length());
      assertThat(span.start()).isGreaterThanOrEqualTo(previousStart);
      previousStart = span.start();
      List<TextSpan> parts = quote.parts();
      assertThat(parts).isNotEmpty();
      int previousEnd = span.start();
      for (TextSpan part : parts) {
        assertThat(part.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(part.end()).isLessThanOrEqualTo(span.end());
        previousEnd = part.end();
      }
      assertThat(parts.get(0).start()).isEqualTo(span.start());
      assertThat(parts.get(parts.size() - 1).end()).isEqualTo(span.end());
      assertThat(quote.speaker()).isNotNull();
      assertThat(quote.text()).isNotBlank();
    }
  }
}
