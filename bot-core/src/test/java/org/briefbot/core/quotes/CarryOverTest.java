package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The carry-over sieves on stories written for these tests: each quote records the sieve that gave
 * its speaker.
 */
class CarryOverTest {
  private final QuoteFinder finder = new QuoteFinder();

  private Quote quote(String story, String start) {
    return finder.find(story).quotes().stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anUntaggedQuoteOpeningAParagraphContinuesTheLastSpeakerOfTheParagraphBefore() {
    String story =
        String.join(
            "\n",
            "Library hours cut",
            "",
            "\"We cannot keep the doors open on Sundays,\" said Ruth Okafor, the head librarian.",
            "\"Nobody wanted this, but the budget is the budget.\"");

    Quote carried = quote(story, "Nobody wanted this");

    assertThat(carried.speaker()).isEqualTo("Ruth Okafor");
    assertThat(carried.attributedBy()).startsWith("carried-from-previous-paragraph");
  }

  @Test
  void aQuoteBeforeItsTaggedNeighbourInTheParagraphTakesThatSpeaker() {
    String story =
        String.join(
            "\n",
            "Bridge closed",
            "",
            "\"It is unsafe.\" \"We will reopen it in June,\" the engineer Tomas Varga said.");

    Quote first = quote(story, "It is unsafe");

    assertThat(first.speaker()).isEqualTo("Tomas Varga");
    assertThat(first.attributedBy()).startsWith("carried-from-later-in-paragraph");
  }

  @Test
  void aParagraphEndingInAColonIntroducesTheQuoteAfterIt() {
    String story =
        String.join(
            "\n",
            "Mill to close",
            "",
            "The union's president, Carla Moreau, had a message for the owners:",
            "\"You took the subsidies and now you take the jobs.\"");

    Quote introduced = quote(story, "You took the subsidies");

    assertThat(introduced.speaker()).isEqualTo("Carla Moreau");
    assertThat(introduced.attributedBy()).startsWith("colon-introduction");
  }

  @Test
  void aTaggedQuoteRecordsItsTagAndHowTheMentionWasRead() {
    String story =
        String.join(
            "\n",
            "Ferry fares rise",
            "",
            "Transport Minister Leena Halvorsen announced the new fares on Monday.",
            "\"Nobody likes paying more,\" she said.");

    Quote tagged = quote(story, "Nobody likes paying more");

    assertThat(tagged.speaker()).isEqualTo("Leena Halvorsen");
    assertThat(tagged.attributedBy())
        .isEqualTo(
            "tag-after-quote (the tag after the quote); \u201Cshe\u201D read as a pronoun referring back");
  }
}
