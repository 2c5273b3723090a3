package org.briefbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
  private final ConsoleRenderer renderer = new ConsoleRenderer(100);

  @Test
  void exactWordsAreInQuoteMarksAndReportedSpeechIsNot() {
    Reply reply =
        Reply.builder()
            .section(
                Reply.Section.quotes(
                    "Key quotes",
                    List.of(
                        new Reply.QuoteLine(
                            "We will do it alone.", "Benjamin Netanyahu", "prime minister", true),
                        new Reply.QuoteLine(
                            "the United States opposes a ground operation",
                            "Antony Blinken",
                            "",
                            false))))
            .build();

    String text = renderer.render(reply);

    assertThat(text)
        .contains(
            "  \u201CWe will do it alone.\u201D\n     \u2014 Benjamin Netanyahu, prime minister\n");
    assertThat(text)
        .contains(
            "  (reported) the United States opposes a ground operation\n     \u2014 Antony Blinken\n");
    assertThat(text).doesNotContain("\u201Cthe United States");
  }

  @Test
  void datesStoriesAndLinksReachTheTerminalAsText() {
    Reply reply =
        Reply.builder()
            .title("Latest on ferries")
            .section(
                Reply.Section.stories(
                    null,
                    List.of(
                        new Reply.StoryLine(
                            "Ferry resumes",
                            "https://example.org/f",
                            "Skarra Gazette",
                            Optional.of(Moment.day(Instant.parse("2024-03-04T10:00:00Z"))),
                            "The ferry runs again."))))
            .section(
                Reply.Section.links(
                    "Sources",
                    List.of(
                        new Reply.Link("Skarra Gazette", "https://example.org/f"),
                        new Reply.Link("Demo Wire", "briefbot:sample/ferry"))))
            .footer("Skarra Gazette")
            .date(Moment.day(Instant.parse("2024-03-04T10:00:00Z")))
            .build();

    String text = renderer.render(reply);

    assertThat(text)
        .contains(
            "  \u2022 Ferry resumes (Skarra Gazette, 4 Mar 2024). The ferry runs again.\n    https://example.org/f\n");
    assertThat(text)
        .contains("Sources\n  Skarra Gazette: https://example.org/f\n  Demo Wire\n")
        .doesNotContain("briefbot:");
    assertThat(text).endsWith("\nSkarra Gazette \u00B7 4 Mar 2024\n");
  }

  @Test
  void aQuoteCheckMarksWordsLeftOutAndWordsAddedAndReportedSpeechHasNoQuoteMarks() {
    List<Reply.QuoteCheck.Word> words =
        List.of(
            new Reply.QuoteCheck.Word("The", Reply.QuoteCheck.Mark.SAME),
            new Reply.QuoteCheck.Word("council", Reply.QuoteCheck.Mark.SAME),
            new Reply.QuoteCheck.Word("always", Reply.QuoteCheck.Mark.ADDED),
            new Reply.QuoteCheck.Word("has", Reply.QuoteCheck.Mark.SAME),
            new Reply.QuoteCheck.Word("paid", Reply.QuoteCheck.Mark.SAME),
            new Reply.QuoteCheck.Word("its", Reply.QuoteCheck.Mark.MISSING),
            new Reply.QuoteCheck.Word("full", Reply.QuoteCheck.Mark.MISSING),
            new Reply.QuoteCheck.Word("share", Reply.QuoteCheck.Mark.SAME));
    Reply quoted =
        Reply.builder()
            .section(
                Reply.Section.quoteCheck(
                    null, new Reply.QuoteCheck(false, true, words, false, true)))
            .build();
    Reply reported =
        Reply.builder()
            .section(
                Reply.Section.quoteCheck(
                    null, new Reply.QuoteCheck(true, false, words.subList(0, 2), true, false)))
            .build();

    assertThat(renderer.render(quoted))
        .contains(
            "  On record: \u201CThe council [-always-] has paid {+its full+} share \u2026\u201D\n")
        .contains("{+ +} on record but left out, [- -] not on record");
    assertThat(renderer.render(reported))
        .contains("  On record (reported): \u2026 The council\n")
        .doesNotContain("\u201C")
        .doesNotContain("left out");
  }
}
