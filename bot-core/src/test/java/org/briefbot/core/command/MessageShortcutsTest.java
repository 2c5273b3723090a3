package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageShortcutsTest {
  @Test
  void theQuoteIsTheLongestQuotedPartElseTheWholeText() {
    assertThat(
            MessageShortcuts.quoteIn(
                "He said \u201Cno\u201D and then \u201Cwe will do it alone\u201D on TV", 1000))
        .contains("we will do it alone");
    assertThat(MessageShortcuts.quoteIn("we will do it alone", 1000))
        .contains("we will do it alone");
    assertThat(MessageShortcuts.quoteIn("   ", 1000)).isEmpty();
    assertThat(MessageShortcuts.quoteIn("word ".repeat(300), 1000))
        .get()
        .asString()
        .hasSizeLessThanOrEqualTo(1000)
        .endsWith("word");
  }

  @Test
  void theLinkIsTheFirstOneWithoutTheSentencesFullStop() {
    assertThat(
            MessageShortcuts.linkIn("Read https://example.org/story?id=1. Then http://b.example"))
        .contains("https://example.org/story?id=1");
    assertThat(MessageShortcuts.linkIn("(see <https://example.org/x>)"))
        .contains("https://example.org/x");
    assertThat(MessageShortcuts.linkIn("no link")).isEmpty();
  }
}
