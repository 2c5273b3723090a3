package org.briefbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteAnalysis;
import org.briefbot.core.quotes.QuoteFinder;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.StoryQuotes;
import org.briefbot.core.search.WhoSaidHit;
import org.briefbot.core.search.WhoSaidIndex;
import org.briefbot.core.summary.Summarizer;
import org.briefbot.core.summary.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quotes, timed beside the pass they build on. On an invented 630-word story: {@code
 * openNlpBaseline} is OpenNLP's own sentence + token + POS pass (models used directly); {@code
 * wholeAnalysis} is what Briefbot does with a story (parse, language check, sentences, tokens,
 * stems, POS, quotes with speakers, 3-sentence summary); {@code quotesOnly} is the quote finder on
 * an analysed story. The who-said lookups run over an index of 100,000 generated quotes. All in a
 * 256 MB heap. Sample mode throughout: on a shared machine the median is the figure to compare, the
 * mean is noise.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar QuoteBenchmark}
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class QuoteBenchmark {

  static final String STORY = resource("harbour-story.txt");

  /** The same OpenNLP models the pipeline reads, used the way OpenNLP's own tools use them. */
  @State(Scope.Thread)
  public static class OpenNlp {
    SentenceDetectorME sentences;
    TokenizerME tokenizer;
    POSTaggerME tagger;

    @Setup(Level.Trial)
    public void load() throws IOException {
      sentences =
          new SentenceDetectorME(
              new SentenceModel(model("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
      tokenizer =
          new TokenizerME(new TokenizerModel(model("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
      tagger =
          new POSTaggerME(
              new POSModel(model("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")), POSTagFormat.UD);
    }
  }

  /** The pipeline with its models loaded, and the story analysed once for {@link #quotesOnly}. */
  @State(Scope.Benchmark)
  public static class Pipeline {
    NlpPipeline pipeline;
    QuoteFinder finder;
    Summarizer summarizer;
    AnalyzedText analysed;

    @Setup(Level.Trial)
    public void load() {
      pipeline = NlpPipeline.shared();
      finder = new QuoteFinder(pipeline);
      summarizer = new Summarizer();
      analysed = pipeline.analyze(STORY);
      analysed.posTags();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int openNlpBaseline(OpenNlp nlp) {
    int tags = 0;
    for (Span sentence : nlp.sentences.sentPosDetect(STORY)) {
      String[] tokens = nlp.tokenizer.tokenize(sentence.getCoveredText(STORY).toString());
      tags += nlp.tagger.tag(tokens).length;
    }
    return tags;
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object[] wholeAnalysis(Pipeline state) {
    AnalyzedText analysed = state.pipeline.analyze(NewsText.parse(STORY));
    QuoteAnalysis quotes = state.finder.find(analysed);
    Summary summary = state.summarizer.summarize(analysed, 3);
    return new Object[] {quotes, summary};
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public QuoteAnalysis quotesOnly(Pipeline state) {
    return state.finder.find(state.analysed);
  }

  /** 100,000 generated quotes of 10,000 stories, and fragments of them as people remember them. */
  @State(Scope.Benchmark)
  public static class Index {
    static final int STORIES = 10_000;
    static final int QUOTES_A_STORY = 10;

    WhoSaidIndex index;
    List<String> fragments;
    List<String> sources;
    List<String[]> speakerTopics;
    int next;

    @Setup(Level.Trial)
    public void build() {
      Random random = new Random(20240323L);
      SyntheticText words = new SyntheticText(random, 20_000);
      List<String> speakers = new ArrayList<>();
      for (int i = 0; i < 800; i++) {
        speakers.add(words.name() + " " + words.name());
      }
      index = WhoSaidIndex.inMemory();
      fragments = new ArrayList<>();
      sources = new ArrayList<>();
      speakerTopics = new ArrayList<>();
      List<StoryQuotes> batch = new ArrayList<>();
      for (int s = 0; s < STORIES; s++) {
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < QUOTES_A_STORY; q++) {
          String text = words.sentence(8 + random.nextInt(30));
          String speaker = speakers.get(random.nextInt(speakers.size()));
          String context = "\u201C" + text + "\u201D " + speaker + " said " + words.sentence(6);
          quotes.add(
              new Quote(
                  text,
                  QuoteKind.DIRECT,
                  new TextSpan(0, text.length()),
                  List.of(new TextSpan(0, text.length())),
                  speaker,
                  "minister of " + words.name(),
                  speaker,
                  context));
          if (random.nextInt(500) == 0) {
            fragments.add(remembered(text, random));
            sources.add(text);
            speakerTopics.add(
                new String[] {speaker.substring(speaker.indexOf(' ') + 1), text.split(" ")[2]});
          }
        }
        batch.add(
            new StoryQuotes(
                "story-" + s,
                words.sentence(6),
                "Outlet " + (s % 40),
                Optional.of(LocalDate.of(2024, 1, 1).plusDays(s % 365)),
                "https://example.org/" + s,
                quotes));
        if (batch.size() == 500) {
          index.addAll(batch);
          batch.clear();
        }
      }
      index.addAll(batch);
      int found = 0;
      for (int i = 0; i < fragments.size(); i++) {
        List<WhoSaidHit> hits = index.whoSaid(fragments.get(i), 1);
        found += !hits.isEmpty() && hits.get(0).quote().equals(sources.get(i)) ? 1 : 0;
      }
      System.out.printf(
          Locale.ROOT,
          "%nremembered fragments whose first hit is their quote: %d of %d%n",
          found,
          fragments.size());
      Collections.shuffle(fragments, random);
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "%nwho-said index: %,d quotes, %d query fragments, heap in use %.0f MB of %.0f MB%n",
          index.size(),
          fragments.size(),
          (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0,
          runtime.maxMemory() / 1048576.0);
    }

    /**
     * Five to nine words of the quote, one dropped, two swapped, one inflected: how people recall a
     * quote.
     */
    private static String remembered(String quote, Random random) {
      String[] all = quote.split(" ");
      int length = Math.min(all.length, 5 + random.nextInt(5));
      int start = random.nextInt(all.length - length + 1);
      List<String> words = new ArrayList<>(List.of(all).subList(start, start + length));
      words.remove(random.nextInt(words.size()));
      Collections.swap(words, 0, words.size() - 1);
      int inflect = random.nextInt(words.size());
      words.set(inflect, words.get(inflect) + "s");
      return String.join(" ", words);
    }

    @TearDown(Level.Trial)
    public void close() {
      index.close();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<WhoSaidHit> whoSaidLookup(Index state) {
    String fragment = state.fragments.get(state.next++ % state.fragments.size());
    return state.index.whoSaid(fragment, 3);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<WhoSaidHit> quotesByLookup(Index state) {
    String[] speakerTopic = state.speakerTopics.get(state.next++ % state.speakerTopics.size());
    return state.index.quotesBy(speakerTopic[0], speakerTopic[1], 5);
  }

  static InputStream model(String name) {
    InputStream in = QuoteBenchmark.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
    }
    return in;
  }

  static String resource(String name) {
    try (InputStream in = QuoteBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bench resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
