package org.briefbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BriefCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.briefbot.core.command.WhoSaidCommand;
import org.briefbot.core.news.ArticleFetcher;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.StoryIngester;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.StoryStore;

/**
 * The questions the search benchmarks ask of a store of {@link SearchBenchmark#story generated
 * stories} ({@code /whosaid} fragments of stored quotes, a third with a word left out; {@code
 * /brief <topic>} of 1–3 words, one in ten a quoted phrase of a headline), how they are timed (wall
 * clock and the thread's CPU time, p50/p95/p99) and the measures of disk and heap the benchmarks
 * print.
 */
final class SearchQueries {
  static final Requester ASKER = new Requester("u1", "Bench", Set.of());
  static final Place SERVER = Place.channel(Platform.DISCORD, "G1", "C1");

  private SearchQueries() {}

  /**
   * Asks {@code queries} who-said and as many topic questions about the {@code stored} stories
   * through {@code router}, after 500 of each as warm-up, and prints their latencies.
   */
  static void ask(CommandRouter router, int stored, int queries) {
    Random random = new Random(SearchBenchmark.SEED + 1);
    List<String> whoSaid = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      String quote = SearchBenchmark.story(random.nextInt(stored)).firstQuote();
      String fragment = words(quote, 1 + random.nextInt(3), 5 + random.nextInt(6));
      if (random.nextInt(3) == 0) { // a misquote: one word left out
        List<String> words = new ArrayList<>(List.of(fragment.split(" ")));
        words.remove(1 + random.nextInt(words.size() - 2));
        fragment = String.join(" ", words);
      }
      whoSaid.add(fragment);
      String topic = SearchBenchmark.VOCABULARY.sentenceFrom(random, 1 + random.nextInt(3));
      topics.add(
          random.nextInt(10) == 0
              ? "\""
                  + words(SearchBenchmark.story(random.nextInt(stored)).story().title(), 0, 2)
                  + "\""
              : topic);
    }
    // Warm-up: the first few hundred queries compile the paths.
    for (int q = 0; q < Math.min(500, queries); q++) {
      router.dispatchText("/whosaid " + whoSaid.get(q), ASKER, SERVER);
      router.dispatchText("/brief " + topics.get(q), ASKER, SERVER);
    }
    int[] outcomes = new int[3];
    long[][] whoSaidNanos =
        time(
            whoSaid,
            line -> {
              Reply reply = router.dispatchText("/whosaid " + line, ASKER, SERVER);
              String text =
                  reply.sections().isEmpty() ? "" : reply.sections().get(0).text().orElse("");
              outcomes[text.startsWith("Exact") ? 0 : text.startsWith("Not the exact") ? 1 : 2]++;
            });
    int[] found = new int[1];
    long[][] topicNanos =
        time(
            topics,
            line -> {
              if (!router.dispatchText("/brief " + line, ASKER, SERVER).isError()) {
                found[0]++;
              }
            });
    report("/whosaid", whoSaidNanos);
    System.out.printf(
        Locale.ROOT,
        "  answers: %d exact, %d misquotes shown, %d other%n",
        outcomes[0],
        outcomes[1],
        outcomes[2]);
    report("/brief <topic>", topicNanos);
    System.out.printf(Locale.ROOT, "  %d of %d topics matched stories%n", found[0], topics.size());
  }

  interface Query {
    void run(String line);
  }

  /**
   * Wall-clock and CPU time of each query, each sorted: the machine is shared, so both are
   * reported.
   */
  static long[][] time(List<String> lines, Query query) {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[lines.size()];
    long[] cpu = new long[lines.size()];
    for (int q = 0; q < lines.size(); q++) {
      long cpuStarted = threads.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      query.run(lines.get(q));
      nanos[q] = System.nanoTime() - started;
      cpu[q] = threads.getCurrentThreadCpuTime() - cpuStarted;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    return new long[][] {nanos, cpu};
  }

  static void report(String what, long[][] sorted) {
    long[] wall = sorted[0];
    long[] cpu = sorted[1];
    System.out.printf(
        Locale.ROOT,
        "%s: %d queries; wall clock p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " CPU p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; load average %.1f%n",
        what,
        wall.length,
        percentile(wall, 0.50),
        percentile(wall, 0.95),
        percentile(wall, 0.99),
        wall[wall.length - 1] / 1e6,
        percentile(cpu, 0.50),
        percentile(cpu, 0.95),
        percentile(cpu, 0.99),
        loadAverage());
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static double processCpuMillis() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1e6
        : Double.NaN;
  }

  /** The value under which {@code p} of the sorted nanoseconds lie, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** The heap in use after two full collections, in megabytes. */
  static double heapInUseMegabytes() throws InterruptedException {
    System.gc();
    Thread.sleep(200);
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
  }

  static CommandRouter router(SearchIndex search, StoryStore store, StoryIngester ingester) {
    return new CommandRouter(
        List.of(
            new WhoSaidCommand(search),
            new BriefCommand(
                ingester,
                store,
                text -> {
                  throw new UnsupportedOperationException("no analysis in this benchmark");
                },
                search,
                Clock.fixed(
                    SearchBenchmark.FIRST_DAY.plus(Duration.ofDays(365)),
                    java.time.ZoneOffset.UTC))),
        List.of());
  }

  static StoryIngester ingester(StoryStore store) {
    return new StoryIngester(
        ArticleFetcher.create(FetchSettings.defaults()),
        text -> {
          throw new UnsupportedOperationException("no analysis in this benchmark");
        },
        store,
        Clock.systemUTC());
  }

  /** {@code count} words of the quote from word {@code from}, without its punctuation. */
  static String words(String quote, int from, int count) {
    String[] words = quote.replaceAll("[^\\p{L}\\p{N} ]", "").split(" ");
    int start = Math.min(from, Math.max(0, words.length - count));
    return String.join(
        " ", Arrays.copyOfRange(words, start, Math.min(words.length, start + count)));
  }

  static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  static double megabytes(Path path) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files
              .filter(Files::isRegularFile)
              .mapToLong(
                  file -> {
                    try {
                      return Files.size(file);
                    } catch (IOException gone) { // a file the server removed meanwhile
                      return 0;
                    }
                  })
              .sum()
          / 1048576.0;
    }
  }
}
