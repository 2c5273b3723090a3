package org.briefbot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.junit.jupiter.api.Test;

/**
 * An answer longer than a platform shows in one answer is cut in the core, the same on every
 * platform: what fits is kept in order, the piece that does not fit ends with an ellipsis at a
 * word, the rest is left out.
 */
class ReplyFitTest {
  /** A command whose answer holds what was typed, as a brief of pasted text does. */
  private static final BotCommand ECHO =
      new BotCommand() {
        @Override
        public String name() {
          return "echo";
        }

        @Override
        public String description() {
          return "Says it back";
        }

        @Override
        public List<CommandOption> options() {
          return List.of(
              CommandOption.required("text", CommandOption.Type.TEXT, "Words")
                  .withMaxLength(200_000));
        }

        @Override
        public Reply handle(CommandRequest request) {
          String text = request.option("text").orElseThrow();
          return Reply.builder()
              .title("Your words")
              .text(text)
              .section(Reply.Section.bullets("Again", List.of(text, text)))
              .footer("the end")
              .build();
        }
      };

  @Test
  void aHundredThousandPastedCharactersComeBackAsOneAnswerOnEveryPlatform() {
    StringBuilder pasted = new StringBuilder();
    for (int i = 0; pasted.length() < 100_000; i++) {
      pasted.append("word").append(i).append(' ');
    }
    CommandRouter router = new CommandRouter(List.of(ECHO), List.of());
    for (Platform platform : Platform.values()) {
      Reply reply =
          router.dispatchTyped(
              "echo",
              pasted.toString(),
              new Requester("u1", "Ana", Set.of()),
              Place.channel(platform, "w1", "c1"));

      assertThat(reply.isError()).as(reply.plainText()).isFalse();
      assertThat(ReplyFit.size(reply)).isLessThanOrEqualTo(platform.answerCharacters());
      assertThat(reply.title()).contains("Your words");
      assertThat(reply.footer()).contains("the end");
      String shown = reply.plainText();
      assertThat(shown).startsWith("word0 word1 word2 ").endsWith("\u2026");
      assertThat(shown).doesNotContain("word" + (pasted.length() / 8)); // from far down the text
    }
  }

  @Test
  void anAnswerThatFitsIsLeftAsItIs() {
    Reply reply =
        Reply.builder()
            .title("t")
            .text("a short answer")
            .section(Reply.Section.bullets("b", List.of("x", "y")))
            .build();
    assertThat(ReplyFit.within(reply, 100)).isEqualTo(reply);
  }

  @Test
  void whatDoesNotFitAfterACutIsLeftOutAndNothingIsCutToAStump() {
    String sentence = "This sentence is one of several that make up a longer answer here. ";
    Reply reply =
        Reply.builder()
            .text(sentence.repeat(2))
            .section(Reply.Section.bullets("More", List.of(sentence, sentence, sentence)))
            .build();
    Reply fitted = ReplyFit.within(reply, sentence.length() * 3 + 10);

    assertThat(ReplyFit.size(fitted)).isLessThanOrEqualTo(sentence.length() * 3 + 10);
    assertThat(fitted.sections()).hasSize(2);
    assertThat(fitted.sections().get(1).bullets()).containsExactly(sentence);
    assertThat(ReplyFit.within(reply, 2 * sentence.length() + 30).sections()).hasSize(1);
    assertThat(Optional.of(fitted.plainText())).contains(sentence.repeat(2));
  }
}
