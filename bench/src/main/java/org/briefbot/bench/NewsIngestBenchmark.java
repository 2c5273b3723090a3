package org.briefbot.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefbot.core.news.FeedItemWorker;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.HostResolver;
import org.briefbot.core.news.HttpFetcher;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.NlpStoryAnalyzer;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.summary.Summarizer;

/**
 * Ingest throughput: N generated stories served from 127.0.0.1 through RSS feeds, each fetched,
 * extracted, analysed and stored in a fresh H2 file database — the path a real feed takes (poll,
 * durable queue, leased workers, one transaction a story). Three warm-up runs, then timed runs.
 *
 * <p>Arguments: [stories=1000] [workers=4] [runs=3]. Run (see docs/BENCHMARKS.md): {@code java
 * -Xmx512m -cp bench/target/benchmarks.jar org.briefbot.bench.NewsIngestBenchmark}
 */
public final class NewsIngestBenchmark {
  private NewsIngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    int stories = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    NlpPipeline.shared(); // models load once per process, before any timing
    try (SyntheticNewsSite site = new SyntheticNewsSite(stories, 20240601L)) {
      System.out.printf(
          Locale.ROOT,
          "News ingest: %d stories, %.0f KB of HTML a page on average, %d feeds; %d workers, %d cores, Java %s%n",
          stories,
          site.pageBytes() / 1024.0 / stories,
          site.feedUrls().size(),
          workers,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));
      // Three warm-up runs: on two cores the JIT is still compiling (and recompiling) the
      // extraction,
      // NLP and H2 paths through the first two; the JIT time each run prints shows how much.
      for (int i = 1; i <= 3; i++) {
        run(site, stories, workers, "warm-up");
      }
      List<Double> rates = new ArrayList<>();
      for (int i = 1; i <= runs; i++) {
        rates.add(run(site, stories, workers, "run " + i));
      }
      rates.sort(Comparator.naturalOrder());
      System.out.printf(
          Locale.ROOT,
          "median %.0f stories/s (min %.0f, max %.0f)%n",
          rates.get(rates.size() / 2),
          rates.get(0),
          rates.get(rates.size() - 1));
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Time the JIT compilers have spent so far (in the process's CPU time, not in the workers'). */
  private static long jitMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  /**
   * Time in garbage collections so far (pauses and concurrent cycles as the collectors report
   * them).
   */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /**
   * Waits until the closed database has finished closing: H2 compacts its file when the last
   * connection closes, on the pool's closer thread, which would otherwise still be at work (for
   * seconds on a busy machine) in the next run's measured time.
   */
  private static void awaitDatabaseClosed() {
    for (int waited = 0; waited < 600 && databaseClosing(); waited++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static boolean databaseClosing() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.isAlive() && thread.getName().endsWith("connection-closer"));
  }

  private static double run(SyntheticNewsSite site, int stories, int workers, String label)
      throws IOException {
    Path dataDir = Files.createTempDirectory("briefbot-bench");
    try (Database database = Database.defaultH2(dataDir);
        NewsIngestion news =
            new NewsIngestion(
                database,
                new HttpFetcher(
                    FetchSettings.defaults().withAllowPrivateAddresses(true),
                    HostResolver.system()),
                new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 3),
                Clock.systemUTC(),
                workers)) {
      long started = System.nanoTime();
      long cpuStarted = processCpuNanos();
      long jitStarted = jitMillis();
      long gcStarted = gcMillis();
      for (String feedUrl : site.feedUrls()) {
        Feed feed = news.addFeed(feedUrl, FeedOwner.CONSOLE, "bench");
        news.poller().poll(feed);
      }
      List<FeedItemWorker.ItemResult> results = news.drainQueue();
      results.stream()
          .filter(result -> result.error().isPresent())
          .limit(5)
          .forEach(
              result ->
                  System.out.println(
                      "not stored: " + result.item().url() + ": " + result.error().get()));
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
      long jit = jitMillis() - jitStarted;
      long gc = gcMillis() - gcStarted;
      int stored = news.stories().count();
      if (stored != stories) {
        throw new IllegalStateException(
            label
                + ": stored "
                + stored
                + " of "
                + stories
                + " stories; items: "
                + news.queue().counts());
      }
      double rate = stored / seconds;
      // The machine may be shared: CPU time a story says what two dedicated cores would do.
      System.out.printf(
          Locale.ROOT,
          "%-8s %d stories in %.2f s = %.0f stories/s; %.1f ms CPU a story (%.0f stories/s on 2 free cores); JIT %d ms, GC %d ms;"
              + " load average %.1f%n",
          label,
          stored,
          seconds,
          rate,
          cpuSeconds * 1000 / stored,
          2 * stored / cpuSeconds,
          jit,
          gc,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      return rate;
    } finally {
      awaitDatabaseClosed();
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
