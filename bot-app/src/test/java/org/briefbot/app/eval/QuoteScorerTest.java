package org.briefbot.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference scorer's rules, case by case (shared/tools/quote_score.py). */
class QuoteScorerTest {

  @Test
  void speakersMatchByLastNameOrContainedNamesWithTitlesAside() {
    assertThat(QuoteScorer.sameSpeaker("Antony Blinken", "Secretary Blinken")).isTrue();
    assertThat(QuoteScorer.sameSpeaker("Mr. Obama", "Barack Obama")).isTrue();
    assertThat(QuoteScorer.sameSpeaker("Donna Brazile", "Brazile, the interim chairwoman"))
        .isFalse();
    assertThat(QuoteScorer.sameSpeaker("The New York Post", "The Post")).isTrue();
    assertThat(QuoteScorer.sameSpeaker("", "")).isFalse();
    assertThat(QuoteScorer.sameSpeaker("the president", "President"))
        .isFalse(); // nothing left once titles go
    assertThat(QuoteScorer.sameSpeaker("O\u2019Neill", "O'Neill")).isTrue();
  }

  @Test
  void aGoldQuoteIsFoundByAPredictionCoveringHalfOfItOneToOne() {
    QuoteScorer scorer = new QuoteScorer();
    scorer.add(
        List.of(
            new QuoteScorer.Predicted(0, 50, "Ana Ruiz"),
            new QuoteScorer.Predicted(60, 64, "Ana Ruiz")),
        List.of(
            new QuoteScorer.Gold(0, 100, "direct", "Ruiz", "name", null),
            new QuoteScorer.Gold(40, 60, "partial", "Ana Ruiz", "name", null),
            new QuoteScorer.Gold(60, 70, "indirect", "she", "pronoun", "Ana Ruiz")));

    // (0,100) is half covered but (40,60) is covered as much and ties go to the later gold, as in
    // the reference;
    // (60,70) is only 40% covered.
    assertThat(scorer.total().gold).isEqualTo(3);
    assertThat(scorer.total().extracted).isEqualTo(1);
    assertThat(scorer.byKind().get("partial").extracted).isEqualTo(1);
    assertThat(scorer.byKind().get("direct").extracted).isZero();
    assertThat(scorer.predicted()).isEqualTo(2);
  }

  @Test
  void theLenientCountAcceptsTheResolvedSpeaker() {
    QuoteScorer scorer = new QuoteScorer();
    scorer.add(
        List.of(new QuoteScorer.Predicted(0, 10, "Ana Ruiz")),
        List.of(new QuoteScorer.Gold(0, 10, "direct", "she", "pronoun", "Ana Ruiz")));

    assertThat(scorer.total().attributed).isZero();
    assertThat(scorer.total().attributedLenient).isEqualTo(1);
    assertThat(scorer.byMention().get("pronoun").attributedLenient).isEqualTo(1);
  }

  @Test
  void mentionTypesComeFromTheGoldOrItsMention() {
    assertThat(QuoteScorer.mentionType("nominal", "the group")).isEqualTo("role noun");
    assertThat(QuoteScorer.mentionType(null, "the secretary")).isEqualTo("role noun");
    assertThat(QuoteScorer.mentionType(null, "He")).isEqualTo("pronoun");
    assertThat(QuoteScorer.mentionType(null, "Blinken")).isEqualTo("name");
    assertThat(QuoteScorer.mentionType(null, "")).isEqualTo("none");
  }
}
