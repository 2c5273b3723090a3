package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QuotesCommandTest {
  static final String STORY =
      "Ferry to Skarra back on schedule\n\n"
          + "Harbour Master Ingrid Solberg said on Monday that the ferry would sail twice a day again from April.\n"
          + "\"We will run the ferry alone if the council will not help us,\" Solberg said.\n"
          + "\"The council has always paid its share,\" said council leader Karl Dahl.\n";

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    CommandLine commandLine = BriefbotCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsEveryQuotationWithItsSpeakerAndRole(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("ferry.txt");
    Files.writeString(story, STORY, StandardCharsets.UTF_8);

    Run run = run("quotes", story.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "[indirect] Ingrid Solberg (Harbour Master)\n   \u201Cthat the ferry would sail twice a day again from April\u201D",
            "[direct] Ingrid Solberg (Harbour Master)\n   \u201CWe will run the ferry alone if the council will not help us,\u201D",
            "[direct] Karl Dahl (council leader)\n   \u201CThe council has always paid its share,\u201D");
  }

  @Test
  void jsonGivesOffsetsIntoTheTextAndThePeople(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("ferry.txt");
    Files.writeString(story, STORY, StandardCharsets.UTF_8);

    Run run = run("quotes", "--json", story.toString());

    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode dahl = json.get("quotes").get(2);
    assertThat(dahl.get("speaker").asText()).isEqualTo("Karl Dahl");
    assertThat(dahl.get("kind").asText()).isEqualTo("direct");
    assertThat(STORY.substring(dahl.get("start").asInt(), dahl.get("end").asInt()))
        .isEqualTo(dahl.get("quote").asText());
    assertThat(json.get("people"))
        .anySatisfy(
            p -> {
              assertThat(p.get("name").asText()).isEqualTo("Ingrid Solberg");
              assertThat(p.get("role").asText()).isEqualTo("Harbour Master");
            });
  }

  @Test
  void explainPrintsTheRuleThatDecidedEachSpeaker(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("ferry.txt");
    Files.writeString(
        story, STORY + "\"We will not wait another year.\"\n", StandardCharsets.UTF_8);

    Run run = run("quotes", "--explain", story.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "\u201CWe will run the ferry alone if the council will not help us,\u201D\n   speaker by: tag-after-quote"
                + " (the tag after the quote); \u201CSolberg\u201D read as a name\n",
            "\u201CThe council has always paid its share,\u201D\n   speaker by: tag-after-quote (the tag after the quote);"
                + " \u201Ccouncil leader Karl Dahl\u201D read as a name\n",
            "\u201CWe will not wait another year.\u201D\n   speaker by: carried-from-previous-paragraph");
  }

  @Test
  void explainWithJsonAddsTheRuleToEachQuote(@TempDir Path dir) throws Exception {
    Path story = dir.resolve("ferry.txt");
    Files.writeString(story, STORY, StandardCharsets.UTF_8);

    JsonNode plain = new ObjectMapper().readTree(run("quotes", "--json", story.toString()).out());
    JsonNode explained =
        new ObjectMapper().readTree(run("quotes", "--json", "--explain", story.toString()).out());

    assertThat(plain.get("quotes").get(0).has("rule")).isFalse();
    assertThat(explained.get("quotes").get(0).get("rule").asText())
        .startsWith("reported-clause (the subject of the reporting verb)");
  }

  @Test
  void aWebAddressGoesThroughTheGuardedFetcher() {
    Run run = run("quotes", "http://127.0.0.1:9/story");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "briefbot: Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).");
  }

  @Test
  void aMissingFileIsOneLineForTheUser() {
    Run run = run("quotes", "/no/such/story.txt");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("briefbot: There is no file /no/such/story.txt.");
  }
}
