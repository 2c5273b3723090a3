package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each weighting rule of "he" and "she" on two stories written for it, where the rule alone decides
 * who the pronoun is (without it, the other person in the story would be taken).
 */
class PronounRulesTest {

  private static String referentOfFirst(String pronoun, String... lines) {
    StoryReading story = StoryReading.of("Headline of the story\n\n" + String.join("\n", lines));
    return story.referent(story.token(pronoun, 0));
  }

  @Test
  void theSubjectOfTheSentenceBeforeIsLikelierThanItsObject() {
    assertThat(
            referentOfFirst(
                "She",
                "Judge Karin Olsen fined Maria Lind on Monday.",
                "She said the fine would go to the harbour fund."))
        .isEqualTo("Karin Olsen");
    assertThat(
            referentOfFirst(
                "He",
                "Coach Tomas Berg dropped Erik Sand from the team.",
                "He said the team needed fresh legs for the final."))
        .isEqualTo("Tomas Berg");
  }

  @Test
  void someoneSeenSpeakingIsLikelierThanSomeoneActing() {
    assertThat(
            referentOfFirst(
                "He",
                "Engineer Paul Dahl said the steel was sound as Mayor Tom Reed cut the ribbon.",
                "He added that the bridge would open to lorries in May."))
        .isEqualTo("Paul Dahl");
    assertThat(
            referentOfFirst(
                "She",
                "Nurse Anna Holm said the ward was full while Doctor Clara Wik checked the charts.",
                "She added that three beds had been closed since March."))
        .isEqualTo("Anna Holm");
  }

  @Test
  void aSourceJustIntroducedWithTheirRoleIsLikelierThanTheOneWhoMetThem() {
    assertThat(
            referentOfFirst(
                "He",
                "Mayor Paul Lind met Henry Crespo, president of the traders' association, on Tuesday.",
                "He said the covered market would stay open on Sundays."))
        .isEqualTo("Henry Crespo");
    assertThat(
            referentOfFirst(
                "She",
                "Minister Eva Strand visited Lena Fors, head of the Ostry school, on Monday.",
                "She said the school needed two more teachers."))
        .isEqualTo("Lena Fors");
  }

  @Test
  void thePronounOfAClauseIsTheSubjectOfItsOwnSentence() {
    assertThat(
            referentOfFirst(
                "he",
                "Henry Crespo, president of the traders' association, said the market was losing money.",
                "Mayor Paul Lind rejected the claim that he had cut its funding."))
        .isEqualTo("Paul Lind");
    assertThat(
            referentOfFirst(
                "she",
                "Lena Fors, head of the Ostry school, said the roof was leaking.",
                "Minister Eva Strand denied that she had ignored the school's letters."))
        .isEqualTo("Eva Strand");
  }

  @Test
  void theSpeakerOfAQuoteIsNotThePersonTheQuoteNames() {
    assertThat(
            referentOfFirst(
                "he",
                "Coach Tomas Berg was happy on Sunday.",
                "Erik Sand scored twice in the final.",
                "\"Sand played the game of his life,\" he said."))
        .isEqualTo("Tomas Berg");
    assertThat(
            referentOfFirst(
                "she",
                "Conductor Miriam Holt thanked the orchestra.",
                "Singer Anna Vik sang the solo in the second half.",
                "\"Vik has never sounded better,\" she said."))
        .isEqualTo("Miriam Holt");
  }

  @Test
  void aNameSetBeforeTheSentenceAsItsTopicIsLikelierThanTheSpeakerBefore() {
    assertThat(
            referentOfFirst(
                "she",
                "Judge Sam Reilly adjourned the trial again. \"We sit in March,\" Reilly said.",
                "As for Priya Nandakumar, the verdict could not come soon enough.",
                "\"I just want this closed,\" she said."))
        .isEqualTo("Priya Nandakumar");
    assertThat(
            referentOfFirst(
                "he",
                "Coach Robin Hale praised the defence. \"They were a wall,\" Hale said.",
                "As for Ilan Peretz, the season ended a month too soon.",
                "\"I was just finding my feet,\" he said."))
        .isEqualTo("Ilan Peretz");
  }
}
