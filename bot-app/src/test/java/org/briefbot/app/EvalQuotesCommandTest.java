package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalQuotesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesPredictionsAndScoresThemAgainstTheGold(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("pred.jsonl");

    String printed = evalQuotes(ferryGold(dir, false), out);

    List<String> predictions = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(predictions).hasSize(2);
    JsonNode first = JSON.readTree(predictions.get(0));
    assertThat(first.get("id").asText()).isEqualTo("ferry");
    assertThat(first.get("quotes")).hasSize(3);
    assertThat(first.get("quotes").get(1).fieldNames())
        .toIterable()
        .containsExactly("quote", "speaker", "start", "end", "kind");
    assertThat(JSON.readTree(predictions.get(1)).get("quotes")).isEmpty();
    // 3 predictions (one reported statement the gold does not list), 2 gold quotes, both found with
    // their speakers
    assertThat(printed)
        .contains("extraction   P 0.667 R 1.000 F1 0.800  (predicted 3, gold 2, matched 2)")
        .contains("attribution  P 0.667 R 1.000 F1 0.800  (right speaker 2)")
        .contains("direct quotes to the right speaker 1.000 (2 of 2)")
        .containsPattern("name\\s+2\\s+1.000\\s+1.000")
        .as("no gold marks a speech cue: no subset line")
        .doesNotContain("speech-cued");
  }

  @Test
  void scoresTheSpeechCuedGoldApartWhenTheDataMarksIt(@TempDir Path dir) throws Exception {
    String printed = evalQuotes(ferryGold(dir, true), dir.resolve("pred.jsonl"));

    // one cued gold quote among the same 3 predictions, found with its speaker
    assertThat(printed)
        .contains(
            "speech-cued gold only (1): extraction P 0.333 R 1.000 F1 0.500; "
                + "attribution, resolved speaker accepted P 0.333 R 1.000 F1 0.500");
  }

  /**
   * The ferry story with two gold direct quotes (Solberg's marked as cued when asked) and a story
   * without gold.
   */
  private static Path ferryGold(Path dir, boolean markSpeechCues) throws Exception {
    String text = QuotesCommandTest.STORY;
    String direct = "We will run the ferry alone if the council will not help us,";
    String dahl = "The council has always paid its share,";
    ObjectNode line = JSON.createObjectNode();
    line.put("id", "ferry");
    line.put("text", text);
    ArrayNode gold = line.putArray("quotes");
    ObjectNode solberg =
        gold.addObject()
            .put("start", text.indexOf(direct))
            .put("end", text.indexOf(direct) + direct.length())
            .put("speaker", "Ingrid Solberg")
            .put("kind", "direct")
            .put("speaker_mention", "Solberg");
    ObjectNode karl =
        gold.addObject()
            .put("start", text.indexOf(dahl))
            .put("end", text.indexOf(dahl) + dahl.length())
            .put("speaker", "Karl Dahl")
            .put("kind", "direct")
            .put("speaker_mention", "Karl Dahl");
    if (markSpeechCues) {
      solberg.put("speech_cue", true);
      karl.put("speech_cue", false);
    }
    Path data = dir.resolve("gold.jsonl");
    Files.write(
        data,
        List.of(
            JSON.writeValueAsString(line),
            "{\"id\":\"no-gold\",\"text\":\""
                + "Nothing is quoted here at all, "
                + "the harbour was simply quiet on a grey and windy Tuesday afternoon.\"}"),
        StandardCharsets.UTF_8);
    return data;
  }

  private static String evalQuotes(Path data, Path out) {
    StringWriter printed = new StringWriter();
    CommandLine commandLine = BriefbotCli.commandLine();
    commandLine.setOut(new PrintWriter(printed));
    int code =
        commandLine.execute("eval", "quotes", "--data", data.toString(), "--out", out.toString());
    assertThat(code).isZero();
    return printed.toString();
  }
}
