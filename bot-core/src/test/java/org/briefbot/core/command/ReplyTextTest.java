package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefbot.core.chat.ReplyText;
import org.junit.jupiter.api.Test;

class ReplyTextTest {

  @Test
  void longTextIsCutAtSentenceBoundaries() {
    String text =
        "The ferry runs again. The council paid its share. Nobody expected the harbour to reopen so soon.";

    List<String> pieces = ReplyText.split(text, 60);

    assertThat(pieces)
        .containsExactly(
            "The ferry runs again. The council paid its share.",
            "Nobody expected the harbour to reopen so soon.");
    assertThat(String.join(" ", pieces)).isEqualTo(text);
  }

  @Test
  void withoutANearbySentenceEndItCutsAtASpaceNeverInAWord() {
    String text = "one two three four five six seven eight nine ten eleven twelve";

    List<String> pieces = ReplyText.split(text, 20);

    assertThat(pieces)
        .allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(20))
        .hasSizeGreaterThan(2);
    assertThat(String.join(" ", pieces)).isEqualTo(text);
    assertThat(ReplyText.split("x".repeat(25), 10))
        .containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
  }

  @Test
  void shortTextIsOnePieceAndShorteningAddsAnEllipsis() {
    assertThat(ReplyText.split("  Short.  ", 100)).containsExactly("Short.");
    assertThat(ReplyText.split("   ", 100)).isEmpty();
    assertThat(ReplyText.shorten("We will run the ferry alone", 16))
        .isEqualTo("We will run the\u2026");
    assertThat(ReplyText.shorten("short", 16)).isEqualTo("short");
  }
}
