package org.briefbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.quotes.QuoteFinder;
import org.briefbot.core.summary.Summarizer;

/**
 * The whole analysis of a story against OpenNLP's own sentence + token + POS pass, the two run
 * alternately in one thread so that both see the same load: on a machine shared with other builds,
 * JMH's one-benchmark-after-the-other medians move by half with the neighbours' load. Prints the
 * median of each and their ratio per round, and the median ratio over the rounds.
 *
 * <p>With a JSONL file of stories ({@code "text"} fields, e.g. the shared CNN/Daily Mail set) both
 * passes take the stories in turn, so the pipeline's word caches see new stories as they do in
 * service; without one, every run reads the bundled invented story and its words are all cached
 * after the first.
 *
 * <p>Run: {@code java -Xmx256m -cp bench/target/benchmarks.jar org.briefbot.bench.AnalysisCostRatio
 * [rounds=10] [stories.jsonl]}
 */
public final class AnalysisCostRatio {
  private static final int PER_ROUND = 100;

  private AnalysisCostRatio() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> stories =
        args.length > 1 ? readStories(Path.of(args[1])) : List.of(QuoteBenchmark.STORY);
    int[] next = {0, 0};
    SentenceDetectorME sentences =
        new SentenceDetectorME(
            new SentenceModel(QuoteBenchmark.model("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
    TokenizerME tokenizer =
        new TokenizerME(
            new TokenizerModel(QuoteBenchmark.model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
    POSTaggerME tagger =
        new POSTaggerME(
            new POSModel(QuoteBenchmark.model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")),
            POSTagFormat.UD);
    NlpPipeline pipeline = NlpPipeline.shared();
    QuoteFinder finder = new QuoteFinder(pipeline);
    Summarizer summarizer = new Summarizer();

    Runnable baseline =
        () -> {
          String story = stories.get(next[0]++ % stories.size());
          for (Span sentence : sentences.sentPosDetect(story)) {
            tagger.tag(tokenizer.tokenize(sentence.getCoveredText(story).toString()));
          }
        };
    Runnable whole =
        () -> {
          String story = stories.get(next[1]++ % stories.size());
          AnalyzedText analysed = pipeline.analyze(NewsText.parse(story));
          finder.find(analysed);
          summarizer.summarize(analysed, 3);
        };
    for (int i = 0; i < 300; i++) {
      baseline.run();
      whole.run();
    }
    System.out.printf(
        Locale.ROOT,
        "%d cores, Java %s, max heap %d MB; %d rounds of %d alternating runs each over %d stories%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / 1048576,
        rounds,
        PER_ROUND,
        stories.size());
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      double[] base = new double[PER_ROUND];
      double[] all = new double[PER_ROUND];
      for (int i = 0; i < PER_ROUND; i++) {
        boolean baselineFirst = i % 2 == 0;
        if (baselineFirst) {
          base[i] = time(baseline);
          all[i] = time(whole);
        } else {
          all[i] = time(whole);
          base[i] = time(baseline);
        }
      }
      ratios[round] = median(all) / median(base);
      System.out.printf(
          Locale.ROOT,
          "round %2d: OpenNLP sentences+tokens+POS %.2f ms, whole analysis %.2f ms, ratio %.2f%n",
          round + 1,
          median(base),
          median(all),
          ratios[round]);
    }
    System.out.printf(
        Locale.ROOT,
        "median ratio %.2f (min %.2f, max %.2f)%n",
        median(ratios),
        Arrays.stream(ratios).min().orElse(0),
        Arrays.stream(ratios).max().orElse(0));
  }

  private static List<String> readStories(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> stories = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (!line.isBlank()) {
        stories.add(json.readTree(line).path("text").asText());
      }
    }
    return stories;
  }

  private static double time(Runnable work) {
    long started = System.nanoTime();
    work.run();
    return (System.nanoTime() - started) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
