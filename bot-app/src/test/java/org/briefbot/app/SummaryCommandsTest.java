package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code summarize} and {@code eval summaries} contracts, as a script calling the jar would see
 * them.
 */
class SummaryCommandsTest {
  /** An invented wire story, one sentence a paragraph. */
  static final List<String> SENTENCES =
      List.of(
          "The city council of Marrowby voted on Thursday to build a tidal barrier across the mouth of the River Wend, "
              + "ending a decade of argument over how to protect the old town from floods.",
          "The barrier, a row of eleven steel gates that will rise when a storm surge is forecast, is expected to cost "
              + "640 million crowns and to be finished in 2031.",
          "Councillors approved the plan by 41 votes to 12 after a debate that lasted almost nine hours.",
          "Last winter the river broke its banks four times, flooding more than 2,300 homes and closing the main railway "
              + "station for eleven days.",
          "Opponents said the money would be better spent on raising the quays and restoring the salt marshes downstream.",
          "Construction is due to start in the spring of 2027, once the national water authority has approved the designs.");

  static final String STORY =
      "Marrowby votes for a tidal barrier\n\n" + String.join("\n", SENTENCES) + "\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = BriefbotCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private List<String> outLines() {
    return out.toString().lines().toList();
  }

  @Test
  void summarizePrintsOneSentenceALineInStoryOrder(@TempDir Path dir) throws Exception {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY);
    assertThat(run("summarize", story.toString())).isZero();
    List<String> lines = outLines();
    assertThat(lines).hasSize(3).first().isEqualTo(SENTENCES.get(0));
    assertThat(lines).allSatisfy(line -> assertThat(SENTENCES).contains(line));
    assertThat(lines.stream().map(SENTENCES::indexOf).toList()).isSorted();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void summarizeTakesTheNumberOfSentences(@TempDir Path dir) throws Exception {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY);
    assertThat(run("summarize", "--sentences", "5", story.toString())).isZero();
    assertThat(outLines()).hasSize(5);
  }

  @Test
  void aMissingFileIsOneLineOnStderr(@TempDir Path dir) {
    assertThat(run("summarize", dir.resolve("nowhere.txt").toString())).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines().toList())
        .singleElement()
        .asString()
        .startsWith("briefbot: There is no file")
        .doesNotContain("Exception");
  }

  @Test
  void anEmptyOrBinaryFileIsOneLineOnStderr(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n ");
    assertThat(run("summarize", empty.toString())).isEqualTo(1);
    Path binary =
        Files.write(
            dir.resolve("photo.jpg"),
            new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 16, 74, 70, 73, 70, 0});
    assertThat(run("summarize", binary.toString())).isEqualTo(1);
    assertThat(err.toString().lines().toList())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("briefbot: "));
  }

  @Test
  void aWebAddressGoesThroughTheGuardedFetcherWhichRefusesLocalAddresses() {
    assertThat(run("summarize", "http://127.0.0.1:8080/marrowby-barrier")).isEqualTo(1);
    assertThat(run("summarize", "http://169.254.169.254/latest/meta-data/")).isEqualTo(1);
    assertThat(err.toString().lines().toList())
        .containsExactly(
            "briefbot: Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).",
            "briefbot: Briefbot does not fetch private or local addresses (169.254.169.254, a link-local address (where cloud metadata services live)).");
  }

  @Test
  void aSentenceCountOutOfRangeIsAUsageError(@TempDir Path dir) throws Exception {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY);
    assertThat(run("summarize", "--sentences", "0", story.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--sentences must be between 1 and 10");
  }

  @Test
  void evalSummariesWritesOneJsonLineAStoryAndPrintsBothSystems(@TempDir Path dir)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    lines.add(
        json.createObjectNode()
            .put("id", "marrowby")
            .put("title", "Marrowby votes for a tidal barrier")
            .put("text", String.join(" ", SENTENCES))
            .put(
                "reference",
                "Marrowby council votes to build a tidal barrier on the River Wend.\nIt will cost 640 million crowns.")
            .toString());
    lines.add(
        json.createObjectNode()
            .put("id", "marrowby-later")
            .put("text", String.join(" ", SENTENCES.subList(2, 6)))
            .set(
                "reference",
                json.createArrayNode()
                    .add("Floods closed the station.")
                    .add("Work starts in 2027."))
            .toString());
    Path data = Files.write(dir.resolve("data.jsonl"), lines, StandardCharsets.UTF_8);
    Path predictions = dir.resolve("predictions.jsonl");

    assertThat(
            run(
                "eval",
                "summaries",
                "--data",
                data.toString(),
                "--out",
                predictions.toString(),
                "--sentences",
                "2"))
        .isZero();

    List<JsonNode> written = new ArrayList<>();
    for (String line : Files.readAllLines(predictions)) {
      written.add(json.readTree(line));
    }
    assertThat(written)
        .extracting(node -> node.get("id").asText())
        .containsExactly("marrowby", "marrowby-later");
    assertThat(written)
        .allSatisfy(
            node -> {
              assertThat(node.size()).isEqualTo(2);
              List<String> summary = node.get("summary").asText().lines().toList();
              assertThat(summary)
                  .hasSize(2)
                  .allSatisfy(sentence -> assertThat(SENTENCES).contains(sentence));
            });
    assertThat(out.toString())
        .contains("2 stories")
        .containsPattern("briefbot +\\d+\\.\\d\\d +\\d+\\.\\d\\d")
        .containsPattern("lead-2 +\\d+\\.\\d\\d")
        .contains("median");
  }

  @Test
  void evalSummariesPrintsEachSystemsOwnScores(@TempDir Path dir) throws Exception {
    // The text repeats its headline as a first sentence: Lead-2 takes it, Briefbot leaves it out.
    String headline = "Ferry to Holm Island sails again after storm repairs.";
    String lead =
        "The ferry to Holm Island will sail again on Monday, six weeks after a winter gale tore the pier at Carrick Bay "
            + "from its footings.";
    String repairs =
        "Repairs to the pier cost the harbour board more than two million crowns, harbour board officials said.";
    String text =
        headline
            + "\n\n"
            + String.join(
                "\n",
                lead,
                repairs,
                "The harbour board said the repaired pier had been tested by divers and by the harbour board's own engineers.",
                "Shops on the island said stocks of fresh food had run low while the pier was closed.");
    ObjectMapper json = new ObjectMapper();
    Path data =
        Files.writeString(
            dir.resolve("data.jsonl"),
            json.createObjectNode()
                    .put("id", "holm")
                    .put("title", headline)
                    .put("text", text)
                    .put("reference", lead + "\n" + repairs)
                    .toString()
                + "\n");
    Path predictions = dir.resolve("predictions.jsonl");

    assertThat(
            run(
                "eval",
                "summaries",
                "--data",
                data.toString(),
                "--out",
                predictions.toString(),
                "--sentences",
                "2"))
        .isZero();

    assertThat(json.readTree(Files.readString(predictions)).get("summary").asText())
        .isEqualTo(lead + "\n" + repairs);
    // Lead-2's figures are those of the reference scorer (shared/tools/rouge.py) on the headline
    // and the lead.
    assertThat(outLines())
        .contains(
            "briefbot    100.00  100.00  100.00  100.00",
            "lead-2       71.05   64.86   65.79   71.05");
  }

  @Test
  void evalSummariesNamesTheLineThatIsNotAStory(@TempDir Path dir) throws Exception {
    Path data =
        Files.writeString(
            dir.resolve("data.jsonl"),
            "{\"id\":\"a\",\"text\":\"x\",\"reference\":\"y\"}\nnot json\n");
    assertThat(
            run(
                "eval",
                "summaries",
                "--data",
                data.toString(),
                "--out",
                dir.resolve("p.jsonl").toString()))
        .isEqualTo(1);
    assertThat(err.toString().lines().toList())
        .singleElement()
        .asString()
        .startsWith("briefbot: Line 2 of");
  }
}
