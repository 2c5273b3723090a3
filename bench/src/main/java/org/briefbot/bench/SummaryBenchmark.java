package org.briefbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.summary.Summarizer;
import org.briefbot.core.summary.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Summarizing one 600-word story on one thread: {@link #textInSummaryOut} is the whole job (parse,
 * sentences, tokens, stems, language check, ranking); the other two show where the time goes.
 * Sample mode, so JMH prints the median (p0.50) beside the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummaryBenchmark {
  /** An invented wire story of about 600 words, laid out as news sites print one. */
  static final String STORY_RESOURCE = "story-600-words.txt";

  private String story;
  private NlpPipeline pipeline;
  private Summarizer summarizer;
  private AnalyzedText analyzed;

  @Setup
  public void setUp() {
    story = resource(STORY_RESOURCE);
    pipeline = NlpPipeline.shared();
    summarizer = new Summarizer();
    analyzed = pipeline.analyze(story);
  }

  @Benchmark
  public Summary textInSummaryOut() {
    return summarizer.summarize(pipeline.analyze(story), 3);
  }

  @Benchmark
  public AnalyzedText analyzeOnly() {
    return pipeline.analyze(story);
  }

  @Benchmark
  public Summary rankOnly() {
    return summarizer.summarize(analyzed, 3);
  }

  static String resource(String name) {
    try (InputStream in = SummaryBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
