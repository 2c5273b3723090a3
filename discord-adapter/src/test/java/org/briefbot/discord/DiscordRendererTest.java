package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
  private final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void exactWordsAreInQuoteMarksAndReportedSpeechNeverIs() {
    Reply reply =
        Reply.builder()
            .section(
                Reply.Section.quotes(
                    "Key quotes",
                    List.of(
                        new Reply.QuoteLine(
                            "We will do it alone", "Benjamin Netanyahu", "Prime Minister", true),
                        new Reply.QuoteLine(
                            "the military could advance without support",
                            "Benjamin Netanyahu",
                            "",
                            false))))
            .build();
    String description = renderer.render(reply).get(0).get(0).getDescription();
    assertThat(description)
        .isEqualTo(
            "**Key quotes**\n\u201CWe will do it alone\u201D\n\u2014 Benjamin Netanyahu, Prime Minister"
                + "\n\n*(reported)* the military could advance without support\n\u2014 Benjamin Netanyahu");
  }

  @Test
  void aMisquoteShowsTheLeftOutWordsInBoldAndTheAddedOnesStruck() {
    List<Reply.QuoteCheck.Word> words = new java.util.ArrayList<>();
    for (String same : List.of("the", "worst", "massacre")) {
      words.add(new Reply.QuoteCheck.Word(same, Reply.QuoteCheck.Mark.SAME));
    }
    for (String missing : List.of("of", "the", "Jewish", "people")) {
      words.add(new Reply.QuoteCheck.Word(missing, Reply.QuoteCheck.Mark.MISSING));
    }
    words.add(new Reply.QuoteCheck.Word("ever", Reply.QuoteCheck.Mark.ADDED));
    words.add(new Reply.QuoteCheck.Word("since", Reply.QuoteCheck.Mark.SAME));
    words.add(new Reply.QuoteCheck.Word("*1945*", Reply.QuoteCheck.Mark.SAME));

    assertThat(DiscordRenderer.quoteCheck(new Reply.QuoteCheck(false, true, words, true, false)))
        .isEqualTo(
            "\u201C\u2026 the worst massacre **of the Jewish people** ~~ever~~ since \\*1945\\*\u201D");
    assertThat(
            DiscordRenderer.quoteCheck(
                new Reply.QuoteCheck(false, false, words.subList(0, 3), false, true)))
        .isEqualTo("the worst massacre \u2026");
  }

  @Test
  void timesAreDiscordTimestampsThatKeepTheirTimeAndStoriesLinkTheirTitles() {
    Instant day = Instant.parse("2024-03-23T00:00:00Z");
    Reply reply =
        Reply.builder()
            .title("Latest on Rafah")
            .link("https://example.org/rafah")
            .section(
                Reply.Section.stories(
                    null,
                    List.of(
                        new Reply.StoryLine(
                            "Talks (again) [live]",
                            "https://example.org/a)b",
                            "Example News",
                            Optional.of(Moment.day(day)),
                            "The first sentence."))))
            .section(
                Reply.Section.fields(
                    "This channel",
                    List.of(
                        Reply.Field.date("Date", day),
                        new Reply.Field("Outlet", "Example_News"),
                        Reply.Field.timed(
                            "Last delivered",
                            Moment.dateTime(
                                Instant.parse("2024-03-24T07:00:00Z"), ZoneId.of("Europe/Berlin")),
                            "5 items"))))
            .footer("Example News")
            .date(Moment.day(day))
            .build();
    MessageEmbed embed = renderer.render(reply).get(0).get(0);
    assertThat(embed.getTitle()).isEqualTo("Latest on Rafah");
    assertThat(embed.getUrl()).isEqualTo("https://example.org/rafah");
    assertThat(embed.getDescription())
        .isEqualTo(
            "**[Talks (again) \\[live\\]](https://example.org/a%29b)** \u00B7 Example News"
                + " \u00B7 <t:1711152000:D>\nThe first sentence.\n\n"
                + "**This channel**\n"
                + "**Date:** <t:1711152000:D>\n"
                + "**Outlet:** Example\\_News\n"
                + "**Last delivered:** <t:1711263600:f>: 5 items");
    assertThat(embed.getFooter().getText()).isEqualTo("Example News");
    assertThat(embed.getTimestamp().toInstant()).isEqualTo(day);
  }

  @Test
  void aParagraphLongerThanADescriptionIsCutBetweenSentencesNeverInsideAWord() {
    String sentence = "A sentence of some length that says little at all. ";
    Reply reply = Reply.builder().text(sentence.repeat(200).strip()).build();
    List<List<MessageEmbed>> messages = renderer.render(reply);
    StringBuilder joined = new StringBuilder();
    for (List<MessageEmbed> message : messages) {
      assertThat(message.stream().mapToInt(MessageEmbed::getLength).sum())
          .isLessThanOrEqualTo(6000);
      for (MessageEmbed embed : message) {
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(4096).endsWith("at all.");
        joined
            .append(joined.length() == 0 ? "" : " ")
            .append(embed.getDescription().replace("\n\n", " "));
      }
    }
    assertThat(joined.toString()).isEqualTo(sentence.repeat(200).strip());
  }

  @Test
  void userTextCannotFormatOrPing() {
    assertThat(DiscordRenderer.escape("# Title\n- item @here ~~x~~ `code` > quote"))
        .isEqualTo("\\# Title\n\\- item @\u200Bhere \\~\\~x\\~\\~ \\`code\\` \\> quote");
  }

  @Test
  void anErrorIsRedAndAnEmptyReplyStillShowsSomething() {
    assertThat(renderer.render(Reply.error("No.")).get(0).get(0).getColor())
        .isEqualTo(new java.awt.Color(0xC53030));
    assertThat(renderer.render(Reply.builder().build()).get(0).get(0).getDescription())
        .isEqualTo("(nothing to show)");
  }
}
