package org.briefbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.digest.StoryClusters;
import org.briefbot.core.news.NlpStoryAnalyzer;
import org.briefbot.core.news.StoryAnalysis;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.summary.Summarizer;

/**
 * Measures the digest's same-event threshold: every article of a multi-document evaluation file
 * ({"id","articles":[…]} a line) is analysed as a stored story would be (headline, three-sentence
 * summary), all of them are clustered together as one day's stories, and each pair of articles is
 * judged: same cluster of the file and same event found (true positive), different clusters merged
 * (false positive), or one cluster split (false negative). Prints pair precision, recall and F1 at
 * each threshold.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.briefbot.bench.DigestClusterThresholds ../shared/eval/digest-multinews-dev.jsonl
 * </pre>
 */
public final class DigestClusterThresholds {
  private DigestClusterThresholds() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/digest-multinews-dev.jsonl");
    NlpStoryAnalyzer analyzer = new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 3);
    ObjectMapper json = new ObjectMapper();
    List<StoredStory> stories = new ArrayList<>();
    Map<Long, Integer> event = new HashMap<>();
    int clusters = 0;
    try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode cluster = json.readTree(line);
        for (JsonNode article : cluster.get("articles")) {
          String text = article.asText();
          StoryAnalysis analysis;
          try {
            analysis = analyzer.analyze(text);
          } catch (UnsupportedTextException e) {
            continue;
          }
          StringBuilder summary = new StringBuilder();
          for (int index : analysis.summary()) {
            summary
                .append(summary.length() == 0 ? "" : "\n")
                .append(analysis.sentences().get(index).text(analysis.text()).strip());
          }
          long id = stories.size();
          stories.add(
              new StoredStory(
                  id,
                  "https://example.org/" + id,
                  "https://example.org/" + id,
                  NewsText.parse(text).title().orElse(""),
                  "outlet-" + id,
                  Optional.empty(),
                  Optional.empty(),
                  Instant.EPOCH,
                  text,
                  summary.toString(),
                  "eng",
                  "h" + id,
                  NewsText.wordCount(text)));
          event.put(id, clusters);
        }
        clusters++;
      }
    }
    System.out.printf(Locale.ROOT, "%d articles of %d events%n", stories.size(), clusters);
    System.out.printf(
        Locale.ROOT,
        "%9s %9s %9s %9s %9s %9s%n",
        "threshold",
        "precision",
        "recall",
        "F1",
        "items",
        "mixed");
    for (double threshold = 0.05; threshold < 0.61; threshold += 0.05) {
      long truePairs = 0;
      long foundPairs = 0;
      long goldPairs = 0;
      int mixed = 0;
      List<List<StoredStory>> found = StoryClusters.of(stories, threshold);
      for (List<StoredStory> cluster : found) {
        foundPairs += (long) cluster.size() * (cluster.size() - 1) / 2;
        Map<Integer, Integer> byEvent = new HashMap<>();
        cluster.forEach(story -> byEvent.merge(event.get(story.id()), 1, Integer::sum));
        for (int count : byEvent.values()) {
          truePairs += (long) count * (count - 1) / 2;
        }
        if (byEvent.size() > 1) {
          mixed++;
        }
      }
      Map<Integer, Integer> eventSizes = new HashMap<>();
      event.values().forEach(e -> eventSizes.merge(e, 1, Integer::sum));
      for (int size : eventSizes.values()) {
        goldPairs += (long) size * (size - 1) / 2;
      }
      double precision = foundPairs == 0 ? 1 : (double) truePairs / foundPairs;
      double recall = (double) truePairs / goldPairs;
      System.out.printf(
          Locale.ROOT,
          "%9.2f %9.3f %9.3f %9.3f %9d %9d%n",
          threshold,
          precision,
          recall,
          2 * precision * recall / Math.max(1e-9, precision + recall),
          found.size(),
          mixed);
    }
  }
}
