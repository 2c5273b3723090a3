package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.nlp.NewsText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code eval digest} contract, on two invented clusters of stories. */
class EvalDigestCommandTest {
  static final List<String> BRIDGE =
      List.of(
          "Part of the Old Mill Bridge in Caldwick collapsed into the River Tarn early on Friday. Two delivery vans fell into the "
              + "water and four people were taken to hospital. The bridge was built in 1906 from local stone. Engineers had "
              + "reported cracks in two of its piers in November.",
          "The town's weekly market opened as usual on Friday morning. Two vans plunged into the River Tarn after the central "
              + "span of Caldwick's Old Mill Bridge collapsed. Divers rescued both drivers within twenty minutes. Four people "
              + "were taken to hospital.",
          "Residents heard a sound like thunder before dawn. The Old Mill Bridge in Caldwick collapsed into the River Tarn on "
              + "Friday. The council said the bridge would stay closed for months.");
  static final List<String> FESTIVAL =
      List.of(
          "Organisers in Appleby said the orchard festival had its best year. A record crowd of 14,000 visitors came on "
              + "Saturday. Growers sold more than forty kinds of apples.",
          "The weather was kind to Appleby this weekend. A record 14,000 visitors came to the orchard festival on Saturday. "
              + "Next year the festival will run over two days.");

  private final ObjectMapper json = new ObjectMapper();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = BriefbotCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private Path data(Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        cluster(
            "caldwick",
            BRIDGE,
            "The Old Mill Bridge in Caldwick collapsed into the River Tarn on Friday. Two vans fell "
                + "into the river and four people went to hospital. Engineers had found cracks in November."));
    lines.add(
        cluster(
            "appleby",
            FESTIVAL,
            "A record 14,000 visitors came to the Appleby orchard festival on Saturday. Next year "
                + "it will last two days."));
    return Files.write(dir.resolve("clusters.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private String cluster(String id, List<String> articles, String reference) {
    ObjectNode node = json.createObjectNode().put("id", id);
    articles.forEach(node.putArray("articles")::add);
    return node.put("reference", reference).toString();
  }

  @Test
  void writesASummaryAClusterWithinTheWordsAndPrintsBothSystemsScores(@TempDir Path dir)
      throws Exception {
    Path predictions = dir.resolve("predictions.jsonl");

    assertThat(
            run(
                "eval",
                "digest",
                "--data",
                data(dir).toString(),
                "--out",
                predictions.toString(),
                "--words",
                "40"))
        .isZero();

    List<JsonNode> written = new ArrayList<>();
    for (String line : Files.readAllLines(predictions)) {
      written.add(json.readTree(line));
    }
    assertThat(written)
        .extracting(node -> node.get("id").asText())
        .containsExactly("caldwick", "appleby");
    String allArticles = String.join(" ", BRIDGE) + " " + String.join(" ", FESTIVAL);
    assertThat(written)
        .allSatisfy(
            node -> {
              String summary = node.get("summary").asText();
              assertThat(NewsText.wordCount(summary)).isBetween(20, 40);
              assertThat(summary.lines())
                  .allSatisfy(sentence -> assertThat(allArticles).contains(sentence));
            });
    // Figures checked with the reference scorer: tools/rouge.py on the predictions written, and on
    // the first three sentences of each article cut at 40 words.
    assertThat(out.toString().lines())
        .contains(
            "system          R1      R2      RL   (ROUGE F1, %)",
            "briefbot     55.67   41.83   52.28", "first-3      56.38   37.75   46.71");
    assertThat(out.toString()).startsWith("2 clusters from ");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theDefaultBudgetIs250Words(@TempDir Path dir) throws Exception {
    assertThat(
            run(
                "eval",
                "digest",
                "--data",
                data(dir).toString(),
                "--out",
                dir.resolve("p.jsonl").toString()))
        .isZero();
    assertThat(out.toString()).contains("at most 250 words each");
  }

  @Test
  void aLineThatIsNotAClusterIsNamed(@TempDir Path dir) throws Exception {
    Path data =
        Files.writeString(
            dir.resolve("data.jsonl"),
            cluster("a", FESTIVAL, "Record crowd.")
                + "\n{\"id\":\"b\",\"text\":\"one story\",\"reference\":\"r\"}\n");
    assertThat(
            run(
                "eval",
                "digest",
                "--data",
                data.toString(),
                "--out",
                dir.resolve("p.jsonl").toString()))
        .isEqualTo(1);
    assertThat(err.toString().lines().toList())
        .singleElement()
        .asString()
        .startsWith("briefbot: Line 2 of")
        .contains("\"articles\"")
        .doesNotContain("Exception");
  }

  @Test
  void aWordBudgetOutOfRangeIsAUsageError(@TempDir Path dir) throws Exception {
    assertThat(
            run(
                "eval",
                "digest",
                "--data",
                data(dir).toString(),
                "--out",
                dir.resolve("p.jsonl").toString(),
                "--words",
                "0"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--words must be between 1 and 5000");
  }
}
