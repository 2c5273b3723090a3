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
import java.util.List;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.summary.ClusterSummarizer;
import org.briefbot.core.summary.SummaryBudget;

/**
 * Scores the multi-story summarizer on a JSONL file of story clusters with reference summaries
 * ({@code {"id","articles":[…],"reference"}} a line; the reference a string or a list of them),
 * writing the predictions as {@code {"id","summary"}} lines with one sentence a line and at most
 * the budget's words, and scoring beside it the first three sentences of each article (by the same
 * sentence splitter), cut at the same number of words.
 */
public final class DigestEvaluation {
  /** Sentences each article gives the baseline. */
  public static final int BASELINE_SENTENCES = 3;

  /** No real limit on sentences: the words are the budget. */
  private static final int MAX_SENTENCES = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLUSTER_SHAPE =
      "a cluster: each line must be a JSON object with \"id\", \"articles\" (a list of texts) and \"reference\"";

  /** One cluster of the evaluation set. */
  public record Cluster(String id, List<String> articles, List<String> references) {}

  /**
   * @param clusters clusters scored
   * @param unreadableArticles articles the pipeline turned away (left out of both systems)
   * @param summarizer ROUGE of the multi-story summarizer, percent
   * @param baseline ROUGE of the first three sentences of each article, percent
   * @param millisPerCluster mean time per cluster, texts in to summary out (analysis included)
   */
  public record Report(
      int clusters,
      int unreadableArticles,
      RougeScores summarizer,
      RougeScores baseline,
      double millisPerCluster) {}

  private final NlpPipeline pipeline;
  private final ClusterSummarizer summarizer;
  private final int words;

  public DigestEvaluation(NlpPipeline pipeline, ClusterSummarizer summarizer, int words) {
    this.pipeline = pipeline;
    this.summarizer = summarizer;
    this.words = words;
  }

  /**
   * Summarizes every cluster of {@code data}, writes the predictions to {@code predictions}, and
   * scores both systems.
   */
  public Report run(Path data, Path predictions) {
    List<Cluster> clusters = read(data);
    Rouge rouge = new Rouge();
    RougeAverage ours = new RougeAverage();
    RougeAverage baseline = new RougeAverage();
    long nanos = 0;
    int unreadable = 0;
    try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (Cluster cluster : clusters) {
        long started = System.nanoTime();
        List<AnalyzedText> texts = new ArrayList<>();
        for (String article : cluster.articles()) {
          try {
            texts.add(pipeline.analyze(article));
          } catch (UnsupportedTextException e) {
            unreadable++;
          }
        }
        String summary =
            String.join("\n", summarizer.summarize(texts, new SummaryBudget(MAX_SENTENCES, words)));
        nanos += System.nanoTime() - started;
        ObjectNode line = JSON.createObjectNode().put("id", cluster.id()).put("summary", summary);
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        ours.add(rouge.score(cluster.references(), summary));
        baseline.add(
            rouge.score(cluster.references(), firstSentences(texts, BASELINE_SENTENCES, words)));
      }
    } catch (IOException e) {
      throw JsonLines.writeFailure(predictions, e);
    }
    return new Report(
        clusters.size(), unreadable, ours.mean(), baseline.mean(), nanos / 1e6 / clusters.size());
  }

  /** The first {@code n} sentences of each story, one a line, cut after {@code words} words. */
  static String firstSentences(List<AnalyzedText> texts, int n, int words) {
    List<String> lines = new ArrayList<>();
    int left = words;
    for (AnalyzedText text : texts) {
      for (Sentence sentence : text.sentences().subList(0, Math.min(n, text.sentences().size()))) {
        if (left <= 0) {
          return String.join("\n", lines);
        }
        String line = sentence.text(text.document()).strip();
        int count = NewsText.wordCount(line);
        if (count > left) {
          line = String.join(" ", List.of(line.split("\\s+")).subList(0, left));
          count = left;
        }
        lines.add(line);
        left -= count;
      }
    }
    return String.join("\n", lines);
  }

  /**
   * The clusters of a JSONL file; a line that is not a cluster is a clear error naming the line.
   */
  public static List<Cluster> read(Path data) {
    List<Cluster> clusters = new ArrayList<>();
    JsonLines.forEach(
        data, CLUSTER_SHAPE, (node, number) -> clusters.add(cluster(node, data, number)));
    if (clusters.isEmpty()) {
      throw new UserFacingException(data + " holds no clusters.");
    }
    return clusters;
  }

  private static Cluster cluster(JsonNode node, Path data, int number) {
    String shape = "Line " + number + " of " + data + " is not " + CLUSTER_SHAPE + ".";
    JsonNode articles = node.path("articles");
    if (!node.path("id").isValueNode() || !articles.isArray() || articles.isEmpty()) {
      throw new UserFacingException(shape);
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode article : articles) {
      if (!article.isTextual()) {
        throw new UserFacingException(shape);
      }
      texts.add(article.asText());
    }
    JsonNode reference = node.path("reference");
    List<String> references = JsonLines.strings(reference);
    if (references.isEmpty()) {
      throw new UserFacingException(shape);
    }
    return new Cluster(node.get("id").asText(), texts, references);
  }
}
