package org.briefbot.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RougeTest {
  private static final Offset<Double> EXACT = within(1e-9);
  private final Rouge rouge = new Rouge();

  @Test
  void unigramsBigramsAndLongestCommonSubsequenceByHand() {
    // reference: the quick brown fox jump over the lazi dog (9); prediction: the quick brown dog
    // jump on the log (8)
    RougeScores scores =
        rouge.score(
            "The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log.");
    assertThat(scores.rouge1().precision()).isCloseTo(6.0 / 8, EXACT);
    assertThat(scores.rouge1().recall()).isCloseTo(6.0 / 9, EXACT);
    assertThat(scores.rouge1().f1())
        .isCloseTo(2 * (6.0 / 8) * (6.0 / 9) / (6.0 / 8 + 6.0 / 9), EXACT);
    assertThat(scores.rouge2().precision()).isCloseTo(2.0 / 7, EXACT);
    assertThat(scores.rouge2().recall()).isCloseTo(2.0 / 8, EXACT);
    // the quick brown … jump … the
    assertThat(scores.rougeL().recall()).isCloseTo(5.0 / 9, EXACT);
    assertThat(scores.rougeL().precision()).isCloseTo(5.0 / 8, EXACT);
  }

  @Test
  void summaryLevelLcsIsTheUnionOverPredictedSentences() {
    // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5 ->
    // union LCS w1 w2 w3 w5
    RougeScores scores = rouge.score("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5");
    assertThat(scores.rougeLsum().recall()).isCloseTo(4.0 / 5, EXACT);
    assertThat(scores.rougeLsum().precision()).isCloseTo(4.0 / 10, EXACT);
    // taken as one sequence, the same prediction only shares w1 w2 w3 w5 in order too, but over 10
    // words
    assertThat(scores.rougeL().recall()).isCloseTo(4.0 / 5, EXACT);
  }

  @Test
  void clippedCountsDoNotRewardRepetition() {
    RougeScores scores = rouge.score("the flood", "the the the flood");
    assertThat(scores.rouge1().precision()).isCloseTo(2.0 / 4, EXACT);
    assertThat(scores.rouge1().recall()).isCloseTo(1.0, EXACT);
  }

  @Test
  void tokensAreLowerCaseAlphanumericsStemmedWhenLongerThanThreeLetters() {
    assertThat(rouge.tokens("Ponies were RUNNING; the U.S. cats' caresses, 2,100 ties!"))
        .containsExactly("poni", "were", "run", "the", "u", "s", "cat", "caress", "2", "100", "ti");
  }

  @Test
  void sentencesAreLinesOrWhatTheRegexSplitterFinds() {
    assertThat(Rouge.sentences("First line.\nSecond line\n\n"))
        .containsExactly("First line.", "Second line");
    assertThat(
            Rouge.sentences(
                "Mr. Smith went to Washington. He met U.S. officials on Jan. 5. Then he left! "
                    + "\"Really?\" she asked."))
        .containsExactly(
            "Mr. Smith went to Washington.",
            "He met U.S. officials on Jan. 5.",
            "Then he left!",
            "\"Really?\" she asked.");
  }

  @Test
  void theBestOfSeveralReferencesCounts() {
    RougeScores best =
        rouge.score(
            List.of("a storm hit the coast", "the council voted for the barrier"),
            "the council voted for a barrier");
    assertThat(best.rouge1().f1())
        .isCloseTo(
            rouge
                .score("the council voted for the barrier", "the council voted for a barrier")
                .rouge1()
                .f1(),
            EXACT);
  }

  @Test
  void anEmptySummaryScoresZero() {
    RougeScores scores = rouge.score("The council voted for the barrier.", "");
    assertThat(List.of(scores.rouge1(), scores.rouge2(), scores.rougeL(), scores.rougeLsum()))
        .allSatisfy(prf -> assertThat(prf.f1()).isZero());
  }

  @Test
  void averagesAreMacroAndInPercent() {
    RougeAverage average = new RougeAverage();
    average.add(rouge.score("the flood", "the flood"));
    average.add(rouge.score("the flood", "a storm"));
    assertThat(average.documents()).isEqualTo(2);
    assertThat(average.mean().rouge1().f1()).isCloseTo(50.0, EXACT);
  }
}
