package org.briefbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.HelpCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleAdapterTest {
  /** Answers with the length and first words of what it was given, so a test sees what arrived. */
  private static final BotCommand ECHO =
      new BotCommand() {
        @Override
        public String name() {
          return "echo";
        }

        @Override
        public String description() {
          return "repeats";
        }

        @Override
        public List<CommandOption> options() {
          return List.of(
              CommandOption.required("text", CommandOption.Type.TEXT, "Words to repeat")
                  .withMaxLength(100_000));
        }

        @Override
        public Reply handle(CommandRequest request) {
          String text = request.optionOrEmpty("text");
          return Reply.builder().title("Echo").text("got " + text.length() + ": " + text).build();
        }
      };

  private final CommandRouter[] router = new CommandRouter[1];
  private final ConsoleAdapter console;

  ConsoleAdapterTest() {
    router[0] =
        new CommandRouter(List.of(new HelpCommand(() -> router[0].commands()), ECHO), List.of());
    console = new ConsoleAdapter(router[0], new ConsoleRenderer(60));
  }

  private String session(String input) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    console.run(
        new BufferedReader(new StringReader(input)),
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        "Hello.");
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void answersEachLineUntilQuit() throws Exception {
    String out = session("/help\n\n/echo one two\nquit\n/echo never\n");
    assertThat(out).startsWith("Hello.\nbriefbot> ");
    assertThat(out)
        .contains("/echo <text> — repeats")
        .contains("got 7: one two")
        .doesNotContain("never");
  }

  @Test
  void endOfInputEndsTheSession() throws Exception {
    assertThat(session("/echo last")).contains("got 4: last").endsWith("briefbot> \n");
  }

  @Test
  void errorsAreMarkedAndCarryNoTrace() throws Exception {
    String out = session("/nothing\n");
    assertThat(out)
        .contains("! There is no command /nothing.")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  @Test
  void aFileArgumentStandsForItsText(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("story.txt");
    Files.writeString(story, "The ferry resumed service on Monday.");
    assertThat(session("/echo " + story + "\n"))
        .contains("got 36: The ferry resumed service on Monday.");
    assertThat(session("/echo " + dir.resolve("missing.txt") + "\n")).contains("missing.txt");
  }

  @Test
  void aFileTooLargeIsRefusedInOneLine(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[5 * 1024 * 1024]);
    String out = session("/echo " + big + "\n");
    assertThat(out).contains("! ").contains("too large").doesNotContain("Exception");
  }

  @Test
  void rendererWrapsAndShowsQuotesWithSpeakers() {
    Reply reply =
        Reply.builder()
            .title("A title")
            .link("https://example.org/a")
            .section(Reply.Section.bullets("Summary", List.of("word ".repeat(30).strip())))
            .section(
                Reply.Section.quotes(
                    "Quotes",
                    List.of(
                        new Reply.QuoteLine("We will build it.", "Elin Sato", "Mayor"),
                        new Reply.QuoteLine("Nobody knows.", "", ""))))
            .footer("Coastal Wire · 2 Apr 2025")
            .build();
    String text = new ConsoleRenderer(60).render(reply);
    assertThat(text).startsWith("A title\n=======\nhttps://example.org/a\n");
    assertThat(text.lines()).allMatch(line -> line.length() <= 60);
    assertThat(text).contains("  “We will build it.”\n     — Elin Sato, Mayor\n");
    assertThat(text)
        .contains("— speaker not named in the story")
        .endsWith("Coastal Wire · 2 Apr 2025\n");
  }
}
