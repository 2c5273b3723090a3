package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
  private final BlockKitRenderer renderer = new BlockKitRenderer();

  private static String sectionText(LayoutBlock block) {
    return ((MarkdownTextObject) ((SectionBlock) block).getText()).getText();
  }

  @Test
  void aMisquoteShowsTheLeftOutWordsInBoldAndTheAddedOnesStruck() {
    List<Reply.QuoteCheck.Word> words = new ArrayList<>();
    for (String same : List.of("the", "worst", "massacre")) {
      words.add(new Reply.QuoteCheck.Word(same, Reply.QuoteCheck.Mark.SAME));
    }
    for (String missing : List.of("of", "the", "Jewish", "people")) {
      words.add(new Reply.QuoteCheck.Word(missing, Reply.QuoteCheck.Mark.MISSING));
    }
    words.add(new Reply.QuoteCheck.Word("ever", Reply.QuoteCheck.Mark.ADDED));
    words.add(new Reply.QuoteCheck.Word("since", Reply.QuoteCheck.Mark.SAME));
    words.add(new Reply.QuoteCheck.Word("<1945>", Reply.QuoteCheck.Mark.SAME));
    Reply reply =
        Reply.builder()
            .section(
                Reply.Section.quoteCheck(
                    null, new Reply.QuoteCheck(false, true, words, true, false)))
            .build();

    assertThat(sectionText(renderer.render(reply).blocks().get(0)))
        .isEqualTo(
            ">\u201C\u2026 the worst massacre *of the Jewish people* ~ever~ since &lt;1945&gt;\u201D");
    assertThat(
            BlockKitRenderer.quoteCheck(
                new Reply.QuoteCheck(true, false, words.subList(0, 3), false, true)))
        .isEqualTo("the worst massacre \u2026");
  }

  @Test
  void aDigestNotifiesTheUserGroupItsSubscriptionNamesAndANameNoOne() {
    Reply digest =
        Reply.builder()
            .title("Morning digest")
            .text("Three stories.")
            .mentionRole("S0123ABCD")
            .build();
    assertThat(sectionText(renderer.render(digest).blocks().get(0)))
        .isEqualTo("<!subteam^S0123ABCD>");
    Reply named =
        Reply.builder()
            .title("Morning digest")
            .text("Three stories.")
            .mentionRole("@channel")
            .build();
    assertThat(sectionText(renderer.render(named).blocks().get(0))).isEqualTo("@\u200Bchannel");
  }

  @Test
  void longTextIsSplitAtSentenceBoundariesIntoSectionsSlackAccepts() {
    String sentence =
        "The council of Lindenfield voted to rebuild the old river bridge before the spring floods. ";
    String text = sentence.repeat(80).strip(); // about 7,000 characters
    SlackMessage message = renderer.render(Reply.builder().text(text).build());

    List<String> pieces = message.blocks().stream().map(BlockKitRendererTest::sectionText).toList();
    assertThat(pieces).hasSizeGreaterThan(2);
    assertThat(pieces)
        .allSatisfy(
            piece -> {
              assertThat(piece.length()).isLessThanOrEqualTo(BlockKitRenderer.MAX_SECTION_TEXT);
              assertThat(piece).endsWith("floods.");
            });
    assertThat(String.join(" ", pieces)).isEqualTo(text);
  }

  @Test
  void escapingNeverPushesASectionPastTheLimit() {
    String text = "Fish & chips & peas. ".repeat(300).strip();
    SlackMessage message = renderer.render(Reply.builder().text(text).build());
    assertThat(message.blocks())
        .allSatisfy(block -> assertThat(sectionText(block).length()).isLessThanOrEqualTo(3000));
    assertThat(
            String.join(
                " ", message.blocks().stream().map(BlockKitRendererTest::sectionText).toList()))
        .isEqualTo(text.replace("&", "&amp;"));
  }

  @Test
  void aLongTitleIsShortenedToTheHeaderLimitAndAManyPartReplyToFiftyBlocks() {
    ReplyBuilder reply = Reply.builder().title("Lindenfield ".repeat(30));
    IntStream.range(0, 80)
        .forEach(
            i -> reply.section(Reply.Section.paragraph("Part " + i, "Words of part " + i + ".")));
    SlackMessage message = renderer.render(reply.build());

    assertThat(message.blocks()).hasSize(BlockKitRenderer.MAX_BLOCKS);
    String header = ((HeaderBlock) message.blocks().get(0)).getText().getText();
    assertThat(header.length()).isLessThanOrEqualTo(BlockKitRenderer.MAX_HEADER);
    assertThat(header).endsWith("\u2026");
    ContextBlock last = (ContextBlock) message.blocks().get(BlockKitRenderer.MAX_BLOCKS - 1);
    assertThat(((MarkdownTextObject) last.getElements().get(0)).getText()).contains("did not fit");
    assertThat(message.text()).startsWith("Lindenfield Lindenfield");
    assertThat(message.text().length()).isLessThanOrEqualTo(BlockKitRenderer.MAX_FALLBACK);
  }

  @Test
  void elevenFieldsTakeTwoSectionsOfAtMostTen() {
    List<Reply.Field> fields = new ArrayList<>();
    IntStream.range(0, 11).forEach(i -> fields.add(new Reply.Field("Name " + i, "Value " + i)));
    SlackMessage message =
        renderer.render(Reply.builder().section(Reply.Section.fields(fields)).build());
    assertThat(message.blocks()).hasSize(2);
    assertThat(((SectionBlock) message.blocks().get(0)).getFields()).hasSize(10);
    assertThat(((SectionBlock) message.blocks().get(1)).getFields()).hasSize(1);
  }

  @Test
  void storiesLinkTheirTitlesAndEscapeTheirWords() {
    SlackMessage message =
        renderer.render(
            Reply.builder()
                .title("Latest on bridges")
                .section(
                    Reply.Section.stories(
                        null,
                        List.of(
                            new Reply.StoryLine(
                                "Bridge <closed> & reopened",
                                "https://news.example/a?b=1&c=2",
                                "Ledger",
                                java.util.Optional.empty(),
                                "It was shut for a week."))))
                .build());
    assertThat(sectionText(message.blocks().get(1)))
        .isEqualTo(
            "*<https://news.example/a?b=1&c=2|Bridge &lt;closed&gt; &amp; reopened>*\nLedger\nIt was shut for a week.");
    assertThat(message.askerOnly()).isFalse();
  }

  @Test
  void slackMarkupIsReadBackToPlainWords() {
    assertThat(
            SlackText.plain(
                "<@U123|ada> said &lt;hi&gt; &amp; left <https://x.example/a|the story> <https://y.example>"))
        .isEqualTo("ada said <hi> & left the story https://y.example");
  }
}
