package org.briefbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.briefbot.core.digest.Digest;
import org.briefbot.core.digest.DigestBuilder;
import org.briefbot.core.digest.DigestItem;
import org.briefbot.core.digest.DigestOptions;
import org.briefbot.core.news.ContentHash;
import org.briefbot.core.news.NlpStoryAnalyzer;
import org.briefbot.core.news.StoryAnalysis;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.NewStory;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StorySource;
import org.briefbot.core.store.StoryStore;
import org.briefbot.core.summary.Summarizer;

/**
 * One digest from a day of stored stories: N generated stories (default 2,000) about events of
 * their own (made-up places, people and words), each event told by one to eight of 40 outlets in
 * their own selection and order of sentences, one in ten without a date, analysed once and stored
 * in a fresh H2 file database as ingestion stores them. Then, timed: reading the day's stories from
 * the store, building the digest from them (clustering, ranking, item summaries, one query for the
 * quotes), and both together; the build's CPU time beside its wall time, which on a shared machine
 * also counts waiting for a core. Warm-up rounds first; prints the median, 90th percentile and
 * maximum of the timed rounds.
 *
 * <p>Arguments: [stories=2000] [rounds=20]. Run (see docs/BENCHMARKS.md): {@code java -Xmx512m -cp
 * bench/target/benchmarks.jar org.briefbot.bench.DigestBenchmark}
 */
public final class DigestBenchmark {
  private static final int OUTLETS = 40;
  private static final String[] TEMPLATES = {
    "Officials in %P said on Friday that %T would cost about %N million dollars more than planned.",
    "%X told reporters that the council had no choice but to review %T before the summer.",
    "\"We have listened to residents in %P and we will not rush %T,\" %X said at a news conference.",
    "Critics argued that %T had been poorly explained and that %P had been given too little time to respond.",
    "A report published on Thursday found that %N percent of households in %P would be affected by %T.",
    "Opposition members in %P called for an independent inquiry into %T, saying the figures did not add up.",
    "The plan for %T will be debated again next month, when a final vote is expected in %P.",
    "Business groups in %P welcomed %T but warned that delays could drive investment elsewhere.",
    "According to %X, the first phase of %T could begin as early as the autumn if funding is approved.",
    "\"This is about the next twenty years of %P, not the next election,\" %X said in a statement.",
    "Several hundred people gathered outside the town hall in %P to protest against %T on Friday evening.",
    "%X said talks about %T with the national government had been constructive.",
  };

  private DigestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path dir = Files.createTempDirectory("briefbot-digest-bench");
    Database database = Database.defaultH2(dir);
    try {
      StoryStore store = new StoryStore(database);
      Instant now = Instant.now();
      long started = System.nanoTime();
      int events = storeDay(store, count, now, new Random(20260314L));
      System.out.printf(
          Locale.ROOT,
          "Digest: %d stories of %d events stored in %.0f s; %d cores, Java %s%n",
          count,
          events,
          (System.nanoTime() - started) / 1e9,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));

      DigestBuilder builder = new DigestBuilder(store);
      DigestOptions options = DigestOptions.defaults();
      DigestOptions topics = new DigestOptions(5, List.of("inquiry", "protest"));
      for (int i = 0; i < Math.max(5, rounds / 2); i++) {
        builder.build(store.latest(count), i % 2 == 0 ? options : topics);
      }
      double[] read = new double[rounds];
      double[] build = new double[rounds];
      double[] buildCpu = new double[rounds];
      double[] buildTopics = new double[rounds];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      Digest digest = null;
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        List<StoredStory> day = store.latest(count);
        long t1 = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        digest = builder.build(day, options);
        buildCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        long t2 = System.nanoTime();
        builder.build(day, topics);
        long t3 = System.nanoTime();
        read[i] = (t1 - t0) / 1e6;
        build[i] = (t2 - t1) / 1e6;
        buildTopics[i] = (t3 - t2) / 1e6;
      }
      double[] total = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        total[i] = read[i] + build[i];
      }
      print("read the day's stories", read);
      print("build the digest", build);
      print("  its CPU time", buildCpu);
      print("build, 2 topics", buildTopics);
      print("read + build", total);
      for (DigestItem item : digest.items()) {
        System.out.printf(
            Locale.ROOT,
            "  item: %d outlets, %d stories, quote: %s — %s%n",
            item.sources().size(),
            item.storyIds().size(),
            item.quote().map(q -> q.speaker()).orElse("none"),
            item.headline());
      }
    } finally {
      database.close();
      try (var files = Files.walk(dir)) {
        files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void print(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-24s median %6.1f ms, 90th percentile %6.1f ms, max %6.1f ms%n",
        what,
        sorted[sorted.length / 2],
        sorted[Math.min(sorted.length - 1, (int) (0.9 * sorted.length))],
        sorted[sorted.length - 1]);
  }

  /**
   * Stores {@code count} stories of the day before {@code now}; returns how many events they tell.
   */
  private static int storeDay(StoryStore store, int count, Instant now, Random random) {
    SyntheticText words = new SyntheticText(random, 20_000);
    NlpStoryAnalyzer analyzer = new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 3);
    int stored = 0;
    int events = 0;
    while (stored < count) {
      String place = words.name() + " " + (random.nextBoolean() ? "Falls" : "Bay");
      String person = words.name() + " " + words.name();
      String topic =
          "the " + words.sentence(1) + " " + words.name().toLowerCase(Locale.ROOT) + " plan";
      int outlets = Math.min(count - stored, reporters(random));
      Instant eventTime = now.minus(Duration.ofMinutes(random.nextInt(24 * 60)));
      List<Integer> outletIds = new ArrayList<>();
      for (int o = 0; o < OUTLETS; o++) {
        outletIds.add(o);
      }
      Collections.shuffle(outletIds, random);
      for (int k = 0; k < outlets; k++) {
        String outlet = "Outlet " + outletIds.get(k);
        List<String> templates = new ArrayList<>(List.of(TEMPLATES));
        Collections.shuffle(templates, random);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 8; s++) {
          text.append(
                  templates
                      .get(s)
                      .replace("%P", place)
                      .replace("%X", person)
                      .replace("%T", topic)
                      .replace("%N", String.valueOf(2 + random.nextInt(90))))
              .append("\n\n");
          if (s % 2 == 1) {
            String filler = words.sentence(12 + random.nextInt(10));
            text.append(Character.toUpperCase(filler.charAt(0)))
                .append(filler.substring(1))
                .append(".\n\n");
          }
        }
        String title = place + " " + (k % 2 == 0 ? "weighs" : "debates") + " " + topic.substring(4);
        String url = "https://outlet" + outletIds.get(k) + ".example/" + stored;
        Instant published = eventTime.plus(Duration.ofMinutes(random.nextInt(180)));
        StoryAnalysis analysis = analyzer.analyze(text.toString());
        NewStory story =
            new NewStory(
                url,
                url,
                title,
                outlet,
                Optional.empty(),
                random.nextInt(10) == 0 ? Optional.empty() : Optional.of(published),
                published.plusSeconds(60),
                analysis.text(),
                analysis.sentences(),
                analysis.summary(),
                analysis.quotes(),
                analysis.language(),
                ContentHash.of(analysis.text()),
                NewsText.wordCount(analysis.text()));
        store.save(story, StorySource.link(url, outlet, title), OptionalLong.empty());
        stored++;
      }
      events++;
    }
    return events;
  }

  /** How many outlets report an event: most one, a few many. */
  private static int reporters(Random random) {
    double r = random.nextDouble();
    if (r < 0.5) {
      return 1;
    }
    if (r < 0.7) {
      return 2;
    }
    if (r < 0.82) {
      return 3;
    }
    return 4 + random.nextInt(5);
  }
}
