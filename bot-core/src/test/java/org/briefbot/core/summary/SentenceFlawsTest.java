package org.briefbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefbot.core.summary.SentenceFlaws.Flaw;
import org.junit.jupiter.api.Test;

class SentenceFlawsTest {

  private static Flaw flaw(String sentence) {
    return SentenceFlaws.flawOf(sentence, sentence.split("\\s+").length, false);
  }

  @Test
  void layoutLeftoversAreNotSentences() {
    assertThat(flaw("By Jane Doe, Harbour Wire.")).isEqualTo(Flaw.BYLINE);
    assertThat(flaw("PUBLISHED: 09:12 EST, 4 May 2025 | UPDATED: 10:40 EST, 4 May 2025"))
        .isEqualTo(Flaw.BYLINE);
    assertThat(flaw("Scroll down for video")).isEqualTo(Flaw.CAPTION);
    assertThat(flaw("Pictured: the mayor cuts the ribbon outside the new library on Saturday."))
        .isEqualTo(Flaw.CAPTION);
    assertThat(flaw("Photo: Elmsworth Town Council")).isEqualTo(Flaw.CAPTION);
    assertThat(
            flaw("Strictly business: Jane Doe arrives at the court in Marrowby on Monday morning."))
        .isEqualTo(Flaw.CAPTION);
    assertThat(flaw("The mayor opened the library on Saturday (Photo: Town Council)"))
        .isEqualTo(Flaw.CAPTION);
  }

  @Test
  void fragmentsAreNotSentences() {
    assertThat(flaw("Job done!")).isEqualTo(Flaw.FRAGMENT);
    assertThat(flaw("THE RIVER RISES AGAIN IN MARROWBY TONIGHT.")).isEqualTo(Flaw.FRAGMENT);
    assertThat(flaw("Five things to know about the barrier")).isEqualTo(Flaw.FRAGMENT);
  }

  @Test
  void ordinarySentencesWithColonsAreFine() {
    assertThat(flaw("The council voted 41 to 12 to build the barrier across the River Wend."))
        .isNull();
    assertThat(
            flaw(
                "With the new season: Age of Reason opening this week, the theatre sold out every night."))
        .isNull();
    assertThat(flaw("Mayor Annika Sorell said: \"Tonight we stopped waiting for the next flood.\""))
        .isNull();
  }

  @Test
  void partOfAQuotationIsMarkedButNotBanned() {
    Flaw flaw = SentenceFlaws.flawOf("It cannot go on like this for another winter.", 9, true);
    assertThat(flaw).isEqualTo(Flaw.PART_OF_QUOTE);
    assertThat(flaw.disqualifying()).isFalse();
  }

  @Test
  void aSentenceRepeatsTheHeadlineWhenItHoldsAllItsWordsAndFewOthers() {
    assertThat(
            SentenceFlaws.repeatsHeadline(
                "Rope works to become a covered market.", "Rope works to become a covered market"))
        .isTrue();
    assertThat(
            SentenceFlaws.repeatsHeadline(
                "The rope works are to become a covered market, the council said.",
                "Rope works to become a covered market"))
        .isTrue();
    assertThat(
            SentenceFlaws.repeatsHeadline(
                "The rope works, closed since 2009, are to become a covered market with forty stalls"
                    + " and workshops upstairs, the council decided on Tuesday.",
                "Rope works to become a covered market"))
        .isFalse();
    assertThat(
            SentenceFlaws.repeatsHeadline(
                "Traders welcomed the covered market.", "Rope works to become a covered market"))
        .isFalse();
    assertThat(SentenceFlaws.repeatsHeadline("Anything at all.", "")).isFalse();
  }
}
