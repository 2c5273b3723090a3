package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a new user takes first: {@code ./briefbot} with no subcommand and no platform tokens, in
 * an empty directory. A child JVM stores the demo story, takes a question typed on stdin and prints
 * the answer.
 */
class ConsoleProcessTest {
  /**
   * Long enough for a loaded machine to start the JVM and load the language models; a hang guard,
   * not a speed target.
   */
  private static final long PATIENCE_SECONDS = 300;

  @Test
  void aQuestionTypedAtTheConsoleIsAnsweredFromTheDemoStory(@TempDir Path workDir)
      throws Exception {
    // No platform tokens, settings or secrets from the machine running the tests: the console over
    // ./data.
    ProcessBuilder builder = BriefbotProcess.in(workDir, Map.of());
    Process child = builder.start();
    try (OutputStream stdin = child.getOutputStream()) {
      stdin.write(
          "who said \"we will do it alone\"?\n/brief Rafah\nquit\n"
              .getBytes(StandardCharsets.UTF_8));
    } catch (IOException closedEarly) {
      // the child ended before reading: its output and log below say why
    }
    boolean ended = child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly().waitFor();
    }
    String seen = BriefbotProcess.stdout(workDir);
    String console = BriefbotProcess.output(workDir);

    assertThat(ended).as(console).isTrue();
    assertThat(child.exitValue()).as(console).isZero();
    assertThat(seen)
        .as(console)
        .startsWith("Briefbot console. Type /help for the commands, quit to leave.")
        .doesNotContain("Exception");
    List<String> answers = List.of(seen.split("briefbot> ", -1));
    assertThat(answers)
        .as(console)
        .hasSize(4); // the greeting, two answers, and the prompt "quit" was typed at
    // The plain-words question: the speaker, and that the words are the exact ones on record.
    assertThat(answers.get(1))
        .contains("Netanyahu")
        .contains("Exact: these are the words on record.")
        .contains("we will do it alone");
    // The topic: the demo story, found in the store the first start filled.
    assertThat(answers.get(2))
        .contains("1 stored story mentions it.")
        .contains("Blinken reiterates U.S. opposition to Israeli invasion of Rafah");
    assertThat(workDir.resolve("data")).isDirectory();
  }
}
