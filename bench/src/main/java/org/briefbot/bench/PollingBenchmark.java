package org.briefbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.briefbot.core.news.FeedPoller;
import org.briefbot.core.news.PollRhythm;

/**
 * Feed reading over a simulated day: {@code feeds} feeds of different rhythms (a new item every 5
 * minutes to twice a day, published at random times with those means), read at a fixed interval and
 * with the adaptive interval ({@link PollRhythm}), each read conditional as Briefbot's are (a 304
 * when nothing changed). Counts the requests, the bytes received (a full feed when it changed, a
 * 304's headers otherwise) and how late each item was seen after it was published.
 *
 * <p>The rules are the poller's own ({@link PollRhythm#after}, {@link FeedPoller#nextWait}); the
 * network is not simulated, so the figures are the policy's, not a server's timings.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.briefbot.bench.PollingBenchmark [feeds]
 * [seed]}
 */
public final class PollingBenchmark {
  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration FIXED = Duration.ofMinutes(15);
  private static final long FEED_BYTES = 40_000;
  private static final long NOT_MODIFIED_BYTES = 300;

  /** Mean gaps between a feed's items, from a wire service's to a weekly column's pace. */
  private static final List<Duration> RHYTHMS =
      List.of(
          Duration.ofMinutes(5),
          Duration.ofMinutes(20),
          Duration.ofHours(1),
          Duration.ofHours(3),
          Duration.ofHours(12));

  private PollingBenchmark() {}

  public static void main(String[] args) {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    Random random = new Random(seed);
    List<List<Long>> published = new ArrayList<>();
    for (int i = 0; i < feeds; i++) {
      published.add(items(RHYTHMS.get(i % RHYTHMS.size()), random));
    }
    System.out.printf(
        Locale.ROOT,
        "%d feeds over a day, mean gaps between items %s, seed %d; %d items in all%n",
        feeds,
        RHYTHMS,
        seed,
        published.stream().mapToInt(List::size).sum());
    System.out.println(
        "| feeds | reading | requests | of them 304 | MB received | item seen late: p50 | p95 | max |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
    run(published, false).print("all", "every 15 minutes");
    run(published, true).print("all", "adaptive (5 min to 1 h)");
    for (int r = 0; r < RHYTHMS.size(); r++) {
      List<List<Long>> group = new ArrayList<>();
      for (int i = r; i < published.size(); i += RHYTHMS.size()) {
        group.add(published.get(i));
      }
      String name =
          "an item every " + RHYTHMS.get(r).toString().substring(2).toLowerCase(Locale.ROOT);
      run(group, false).print(name, "every 15 minutes");
      run(group, true).print(name, "adaptive");
    }
  }

  /** The items' publication times (seconds into the day), at random with the given mean gap. */
  private static List<Long> items(Duration meanGap, Random random) {
    List<Long> times = new ArrayList<>();
    double t = 0;
    while (true) {
      t += -Math.log(1 - random.nextDouble()) * meanGap.toSeconds();
      if (t >= DAY.toSeconds()) {
        return times;
      }
      times.add((long) t);
    }
  }

  private record Outcome(long requests, long notModified, long bytes, List<Long> lateness) {
    void print(String feeds, String name) {
      List<Long> late = new ArrayList<>(lateness);
      Collections.sort(late);
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %,d | %,d | %.1f | %s | %s | %s |%n",
          feeds,
          name,
          requests,
          notModified,
          bytes / 1e6,
          minutes(late, 50),
          minutes(late, 95),
          minutes(late, 100));
    }

    private static String minutes(List<Long> sorted, int percentile) {
      if (sorted.isEmpty()) {
        return "—";
      }
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return String.format(Locale.ROOT, "%.1f min", sorted.get(Math.max(0, index)) / 60.0);
    }
  }

  /** Reads every feed from the start of the day until its end. */
  private static Outcome run(List<List<Long>> published, boolean adaptive) {
    long requests = 0;
    long notModified = 0;
    long bytes = 0;
    List<Long> lateness = new ArrayList<>();
    for (List<Long> items : published) {
      Duration interval = FIXED;
      long at = 0;
      int seen = 0;
      boolean first = true;
      while (at < DAY.toSeconds()) {
        requests++;
        int fresh = 0;
        while (seen < items.size() && items.get(seen) <= at) {
          lateness.add(at - items.get(seen));
          seen++;
          fresh++;
        }
        if (fresh == 0 && !first) {
          notModified++;
          bytes += NOT_MODIFIED_BYTES;
        } else {
          bytes += FEED_BYTES;
        }
        if (adaptive && !first) {
          interval = PollRhythm.after(interval, fresh);
        }
        first = false;
        at += FeedPoller.nextWait(interval, java.util.Optional.empty()).toSeconds();
      }
    }
    return new Outcome(requests, notModified, bytes, lateness);
  }
}
