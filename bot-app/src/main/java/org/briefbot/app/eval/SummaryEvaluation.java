package org.briefbot.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.summary.Summarizer;
import org.briefbot.core.summary.SummaryBudget;

/**
 * Scores the summarizer on a JSONL file of stories with reference summaries ({@code
 * {"id","title"?,"text","reference"}} a line; the reference a string or a list of them), writing
 * the predictions as {@code {"id","summary"}} lines with one sentence a line, and scoring Lead-N
 * (the story's first N sentences by the same sentence splitter) beside it.
 */
public final class SummaryEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STORY_SHAPE =
      "a story: each line must be a JSON object with \"id\", \"text\" and \"reference\" (and optionally \"title\")";

  /** One story of the evaluation set. */
  public record Story(String id, Optional<String> title, String text, List<String> references) {}

  /**
   * @param stories stories scored
   * @param unreadable stories the pipeline turned away (scored with an empty summary)
   * @param summarizer ROUGE of the summarizer, percent
   * @param lead ROUGE of Lead-N, percent
   * @param millisPerStory per story, text in to summary out (analysis included): the median and the
   *     90th percentile
   */
  public record Report(
      int stories,
      int unreadable,
      RougeScores summarizer,
      RougeScores lead,
      double[] millisPerStory) {
    public double medianMillis() {
      return percentile(0.5);
    }

    public double p90Millis() {
      return percentile(0.9);
    }

    private double percentile(double p) {
      if (millisPerStory.length == 0) {
        return 0;
      }
      double[] sorted = millisPerStory.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
  }

  private final NlpPipeline pipeline;
  private final Summarizer summarizer;
  private final int sentences;

  public SummaryEvaluation(NlpPipeline pipeline, Summarizer summarizer, int sentences) {
    this.pipeline = pipeline;
    this.summarizer = summarizer;
    this.sentences = sentences;
  }

  /**
   * Summarizes every story of {@code data}, writes the predictions to {@code predictions}, and
   * scores both systems.
   */
  public Report run(Path data, Path predictions) {
    List<Story> stories = read(data);
    Rouge rouge = new Rouge();
    RougeAverage ours = new RougeAverage();
    RougeAverage lead = new RougeAverage();
    double[] millis = new double[stories.size()];
    int unreadable = 0;
    try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (int i = 0; i < stories.size(); i++) {
        Story story = stories.get(i);
        long started = System.nanoTime();
        String summary;
        String leadSummary;
        try {
          AnalyzedText text = pipeline.analyze(story.text());
          summary =
              summarizer
                  .summarize(text, SummaryBudget.ofSentences(sentences), story.title())
                  .text();
          millis[i] = (System.nanoTime() - started) / 1e6;
          leadSummary = lead(text, sentences);
        } catch (UnsupportedTextException e) {
          millis[i] = (System.nanoTime() - started) / 1e6;
          unreadable++;
          summary = "";
          leadSummary = "";
        }
        ObjectNode line = JSON.createObjectNode().put("id", story.id()).put("summary", summary);
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        ours.add(rouge.score(story.references(), summary));
        lead.add(rouge.score(story.references(), leadSummary));
      }
    } catch (IOException e) {
      throw JsonLines.writeFailure(predictions, e);
    }
    return new Report(stories.size(), unreadable, ours.mean(), lead.mean(), millis);
  }

  /** The first {@code n} sentences, one a line. */
  static String lead(AnalyzedText text, int n) {
    List<String> lines = new ArrayList<>();
    for (Sentence sentence : text.sentences().subList(0, Math.min(n, text.sentences().size()))) {
      lines.add(sentence.text(text.document()));
    }
    return String.join("\n", lines);
  }

  /** The stories of a JSONL file; a line that is not a story is a clear error naming the line. */
  public static List<Story> read(Path data) {
    List<Story> stories = new ArrayList<>();
    JsonLines.forEach(data, STORY_SHAPE, (node, number) -> stories.add(story(node, data, number)));
    if (stories.isEmpty()) {
      throw new UserFacingException(data + " holds no stories.");
    }
    return stories;
  }

  private static Story story(JsonNode node, Path data, int number) {
    String shape = "Line " + number + " of " + data + " is not " + STORY_SHAPE + ".";
    if (!node.path("id").isValueNode() || !node.path("text").isTextual()) {
      throw new UserFacingException(shape);
    }
    JsonNode reference = node.path("reference");
    List<String> references = JsonLines.strings(reference);
    if (references.isEmpty()) {
      throw new UserFacingException(shape);
    }
    JsonNode title = node.path("title");
    return new Story(
        node.get("id").asText(),
        title.isTextual() && !title.asText().isBlank()
            ? Optional.of(title.asText())
            : Optional.empty(),
        node.get("text").asText(),
        references);
  }
}
