package org.briefbot.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTrackerTest {

  @Test
  void aSentenceInsideAQuotationIsSeenAsSuch() {
    String text = "He said \"we will build it. It will be done by 2031.\" Then he left.";
    QuoteTracker quotes = new QuoteTracker(text);
    assertThat(quotes.startsInside(0, 0)).isFalse();
    assertThat(quotes.startsInside(0, text.indexOf("It will"))).isTrue();
    assertThat(quotes.startsInside(0, text.indexOf("Then"))).isFalse();
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    String text =
        "The players' union didn't agree. 'We will strike,' it said. It's over. Then talks resumed.";
    QuoteTracker quotes = new QuoteTracker(text);
    assertThat(quotes.startsInside(0, 0)).isFalse();
    assertThat(quotes.startsInside(0, text.indexOf("'We will"))).isFalse();
    assertThat(quotes.startsInside(0, text.indexOf("It's"))).isFalse();
    assertThat(quotes.startsInside(0, text.indexOf("Then"))).isFalse();
  }

  @Test
  void countsTheQuotedCharacters() {
    String text = "She said 'yes' twice.";
    QuoteTracker quotes = new QuoteTracker(text);
    quotes.startsInside(0, 0);
    assertThat(quotes.readTo(text.length())).isEqualTo("'yes".length());
  }

  @Test
  void aNewParagraphStartsOutsideAnyQuotation() {
    String text = "\"We have waited ten years\nThe vote was 41 to 12.";
    QuoteTracker quotes = new QuoteTracker(text);
    quotes.startsInside(0, 0);
    assertThat(quotes.startsInside(1, text.indexOf("The vote"))).isFalse();
  }
}
