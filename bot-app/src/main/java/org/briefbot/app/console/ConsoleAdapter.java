package org.briefbot.app.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.briefbot.app.StoryInput;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.briefbot.core.nlp.UnsupportedTextException;

/**
 * The terminal as a chat platform: a prompt that takes the same commands as Discord and Slack and
 * prints the core's replies as text. One thing only the console does: a command argument that names
 * a file on this machine stands for that file's text.
 */
public final class ConsoleAdapter {
  private static final String PROMPT = "briefbot> ";

  private final CommandRouter router;
  private final ConsoleRenderer renderer;
  private final Requester user = Requester.consoleUser();
  private final Place place = Place.console();

  public ConsoleAdapter(CommandRouter router, ConsoleRenderer renderer) {
    this.router = router;
    this.renderer = renderer;
  }

  /** Reads commands until "quit", "exit" or the end of input. */
  public void run(BufferedReader in, PrintStream out, String greeting) throws IOException {
    out.println(greeting);
    while (true) {
      out.print(PROMPT);
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println();
        return;
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String lower = trimmed.toLowerCase(Locale.ROOT);
      if (lower.equals("quit")
          || lower.equals("exit")
          || lower.equals("/quit")
          || lower.equals("/exit")) {
        return;
      }
      out.print(renderer.render(answer(trimmed)));
    }
  }

  /** The reply to one typed line. */
  public Reply answer(String line) {
    try {
      return router.dispatchText(withFileContents(line), user, place);
    } catch (UnsupportedTextException unreadable) {
      return Reply.error(unreadable.getMessage());
    }
  }

  /**
   * {@code /brief story.txt} → {@code /brief <the text of story.txt>}, and {@code /feeds import
   * feeds.opml} → {@code /feeds import <its text>}, when that file exists: the console's way of
   * attaching a file.
   */
  private static String withFileContents(String line) {
    if (!line.startsWith("/")) {
      return line;
    }
    int space = line.indexOf(' ');
    if (space < 0) {
      return line;
    }
    String argument = line.substring(space + 1).strip();
    Optional<String> whole = fileText(argument);
    if (whole.isPresent()) {
      return line.substring(0, space) + " " + whole.get();
    }
    int second = argument.indexOf(' ');
    if (second > 0) {
      Optional<String> afterSubcommand = fileText(argument.substring(second + 1).strip());
      if (afterSubcommand.isPresent()) {
        return line.substring(0, space)
            + " "
            + argument.substring(0, second)
            + " "
            + afterSubcommand.get();
      }
    }
    return line;
  }

  /** The text of the file this argument names, when it names one. */
  private static Optional<String> fileText(String argument) {
    if (argument.isEmpty()
        || argument.contains("\n")
        || StoryInput.isUrl(argument)
        || argument.length() > 4096) {
      return Optional.empty();
    }
    try {
      Path path =
          Path.of(
              argument.startsWith("~/")
                  ? System.getProperty("user.home") + argument.substring(1)
                  : argument);
      if (Files.isRegularFile(path)) {
        return Optional.of(StoryInput.read(path.toString()));
      }
    } catch (InvalidPathException notAPath) {
      // plain words, not a file name
    }
    return Optional.empty();
  }
}
