package org.briefbot.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefbot.app.BriefbotServices;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.digest.Digest;
import org.briefbot.core.digest.DigestBuilder;
import org.briefbot.core.digest.DigestOptions;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.NewStory;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StoryStore;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The store at scale, on PostgreSQL: N {@link SearchBenchmark#story generated stories} (the search
 * benchmark's: about 400 words, 16 sentences and three quotes each) spread over a year, the last
 * 20,000 of them on its last day, 50 feeds of which half are one server's.
 *
 * <p>Modes, each its own JVM (see docs/BENCHMARKS.md):
 *
 * <ul>
 *   <li>{@code fill DIR N}: creates the database (the embedded PostgreSQL, its data in {@code
 *       DIR/pg}, unless {@code BRIEFBOT_DB_URL} names a server), writes the stories with {@code
 *       COPY} in batches of 5,000 on as many threads as there are cores, then builds the search
 *       index in {@code DIR/index} from the store as the bot does; times both and prints the disk
 *       they take;
 *   <li>{@code measure DIR [Q=2000]}: starts the server over that data, opens the bot's core
 *       ({@link BriefbotServices#open}) and times its first {@code /whosaid} answer from the JVM's
 *       start, then the latencies of {@link SearchQueries Q who-said and Q topic questions}, a
 *       digest from the 20,000 stories of the last day, and the heap in use after them.
 * </ul>
 */
public final class ScaleBenchmark {
  private static final int FEEDS = 50;
  private static final int DAY = 20_000;
  private static final int BATCH = 5_000;

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: ScaleBenchmark fill DIR N | measure DIR [QUERIES] (numbers may be written 1_000_000)");
      System.exit(2);
    }
    Path dir = Path.of(args[1]).toAbsolutePath();
    switch (args[0]) {
      case "fill" -> fill(dir, count(args[2]));
      case "measure" -> measure(dir, args.length > 2 ? count(args[2]) : 2_000);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  /** A count as typed, "1_000_000" as Java writes it or "1000000". */
  private static int count(String typed) {
    return Integer.parseInt(typed.replace("_", ""));
  }

  /**
   * The server the benchmark runs on: the embedded one over {@code DIR/pg}, or a configured one.
   */
  private record Server(EmbeddedPostgres embedded, String url, String user, String password)
      implements AutoCloseable {
    static Server start(Path dir) throws Exception {
      String configured = System.getenv("BRIEFBOT_DB_URL");
      if (configured != null) {
        return new Server(
            null,
            configured,
            System.getenv().getOrDefault("BRIEFBOT_DB_USER", "postgres"),
            System.getenv("BRIEFBOT_DB_PASSWORD"));
      }
      Path data = dir.resolve("pg");
      boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setServerConfig("shared_buffers", "128MB")
              .setServerConfig("max_wal_size", "2GB")
              .start();
      if (fresh) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
          connection.createStatement().execute("CREATE DATABASE briefbot");
        }
      }
      return new Server(postgres, postgres.getJdbcUrl("postgres", "briefbot"), "postgres", null);
    }

    @Override
    public void close() throws Exception {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /**
   * When story {@code i} of {@code n} was published: over a year, the last 20,000 on its last day.
   */
  static Instant publishedAt(int i, int n) {
    int dayFrom = Math.max(0, n - DAY);
    Instant lastDay = SearchBenchmark.FIRST_DAY.plus(Duration.ofDays(364));
    if (i >= dayFrom) {
      return lastDay.plusMillis((i - dayFrom) * (86_400_000L / DAY));
    }
    return SearchBenchmark.FIRST_DAY.plusMillis(i * (364L * 86_400_000L / Math.max(1, dayFrom)));
  }

  // --- fill ----------------------------------------------------------------------------------

  private static void fill(Path dir, int stories) throws Exception {
    Files.createDirectories(dir);
    long started = System.nanoTime();
    try (Server server = Server.start(dir);
        Database database = Database.open(server.url(), server.user(), server.password())) {
      long serverUp = System.nanoTime();
      // A fill stopped after its rows (while indexing) goes on from the index.
      int already = new StoryStore(database).count();
      if (already == stories) {
        System.out.printf(Locale.ROOT, "fill: %,d stories already stored%n", already);
      } else {
        FeedStore feeds = new FeedStore(database);
        long[] feedIds = new long[FEEDS];
        for (int f = 0; f < FEEDS; f++) {
          feedIds[f] =
              feeds
                  .add(
                      "https://feeds" + f + ".example/rss.xml",
                      new FeedOwner("discord", f % 2 == 0 ? "G1" : "G2"),
                      "bench",
                      Duration.ofDays(3650),
                      SearchBenchmark.FIRST_DAY.plus(Duration.ofDays(3650)))
                  .id();
        }
        copyAll(database, stories, feedIds);
      }
      // On a connection of its own: the pool's statements time out long before ANALYZE of a
      // million stories is done.
      try (Connection connection =
          java.sql.DriverManager.getConnection(server.url(), server.user(), server.password())) {
        connection
            .createStatement()
            .execute("ALTER TABLE stories ALTER COLUMN id RESTART WITH " + (stories + 1L));
        connection.createStatement().execute("ANALYZE");
      }
      long storedAt = System.nanoTime();
      double storedCpu = SearchQueries.processCpuMillis();
      System.out.printf(
          Locale.ROOT,
          "fill: %,d stories stored in %.0f s (server start %.1f s; process CPU %.0f s; load average %.1f)%n",
          new StoryStore(database).count(),
          (storedAt - started) / 1e9,
          (serverUp - started) / 1e9,
          storedCpu / 1000,
          SearchQueries.loadAverage());
      SearchIndex.deleteOnDisk(dir.resolve("index"));
      try (SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
        StoryStore store = new StoryStore(database);
        search.keepInStep(store, SearchQueries.ingester(store), Runnable::run);
        System.out.printf(
            Locale.ROOT,
            "index: %,d stories, %,d quotes indexed in %.0f s (process CPU %.0f s; load average %.1f)%n",
            search.stories().size(),
            search.quotes().size(),
            SearchQueries.seconds(storedAt),
            (SearchQueries.processCpuMillis() - storedCpu) / 1000,
            SearchQueries.loadAverage());
      }
      printDisk(dir, database, stories);
    }
  }

  /** Writes the stories in batches, on one thread a core. */
  private static void copyAll(Database database, int stories, long[] feedIds) throws Exception {
    ExecutorService writers =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<?>> written = new ArrayList<>();
    for (int from = 0; from < stories; from += BATCH) {
      int first = from;
      int to = Math.min(stories, from + BATCH);
      written.add(
          writers.submit(
              () -> {
                copyBatch(database, first, to, stories, feedIds);
                if (to % 50_000 == 0) {
                  System.out.printf(Locale.ROOT, "  stored %,d%n", to);
                }
                return null;
              }));
    }
    for (Future<?> part : written) {
      part.get();
    }
    writers.shutdown();
  }

  /** Writes stories {@code from} to {@code to} with their rows, one {@code COPY} a table. */
  private static void copyBatch(Database database, int from, int to, int total, long[] feedIds)
      throws Exception {
    StringBuilder storyRows = new StringBuilder();
    StringBuilder sentenceRows = new StringBuilder();
    StringBuilder quoteRows = new StringBuilder();
    StringBuilder sourceRows = new StringBuilder();
    StringBuilder feedRows = new StringBuilder();
    for (int i = from; i < to; i++) {
      NewStory story = SearchBenchmark.story(i).story();
      long id = i + 1L;
      String at = publishedAt(i, total).toString();
      row(
          storyRows,
          id,
          story.canonicalUrl(),
          story.canonicalUrl(),
          story.title(),
          story.outlet(),
          at,
          at,
          story.text(),
          story.summaryText(),
          "eng",
          story.contentHash(),
          story.wordCount());
      for (StorySentence sentence : story.sentences()) {
        int rank = story.summary().indexOf(sentence.index()) + 1;
        row(
            sentenceRows,
            id,
            sentence.index(),
            sentence.paragraph(),
            sentence.start(),
            sentence.end(),
            rank == 0 ? null : rank);
      }
      int q = 0;
      for (StoryQuote quote : story.quotes()) {
        row(
            quoteRows,
            id,
            q++,
            quote.start(),
            quote.end(),
            "direct",
            quote.speaker(),
            quote.speakerRole().orElse(null),
            quote.text());
      }
      row(sourceRows, id, story.canonicalUrl(), story.outlet(), story.title(), at);
      row(feedRows, id, feedIds[i % FEEDS], at);
    }
    try (Connection connection = database.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy(
          copy,
          "stories (id, url, canonical_url, title, outlet, published_at, fetched_at, story_text,"
              + " summary, language, content_hash, word_count)",
          storyRows);
      copy(
          copy,
          "sentences (story_id, idx, paragraph, start_offset, end_offset, summary_rank)",
          sentenceRows);
      copy(
          copy,
          "quotes (story_id, idx, start_offset, end_offset, kind, speaker, speaker_role, quote_text)",
          quoteRows);
      copy(copy, "story_sources (story_id, url, outlet, title, first_seen_at)", sourceRows);
      copy(copy, "story_feeds (story_id, feed_id, seen_at)", feedRows);
      connection.commit();
    }
  }

  private static void copy(CopyManager copy, String table, StringBuilder rows) throws Exception {
    copy.copyIn(
        "COPY " + table + " FROM STDIN WITH (FORMAT csv)",
        new java.io.StringReader(rows.toString()));
  }

  /** One CSV row: every value quoted, {@code null} as an unquoted empty field (SQL NULL). */
  private static void row(StringBuilder out, Object... values) {
    for (int v = 0; v < values.length; v++) {
      if (v > 0) {
        out.append(',');
      }
      if (values[v] != null) {
        out.append('"').append(values[v].toString().replace("\"", "\"\"")).append('"');
      }
    }
    out.append('\n');
  }

  private static void printDisk(Path dir, Database database, int stories) throws Exception {
    long databaseBytes =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT pg_database_size(current_database())")
                        .mapTo(Long.class)
                        .one());
    double index = SearchQueries.megabytes(dir.resolve("index"));
    double db = databaseBytes / 1048576.0;
    System.out.printf(
        Locale.ROOT,
        "disk: database %.0f MB, index %.0f MB (stories %.0f MB, quotes %.0f MB); %.1f KB a story%n",
        db,
        index,
        SearchQueries.megabytes(dir.resolve("index/stories")),
        SearchQueries.megabytes(dir.resolve("index/quotes")),
        (db + index) * 1024 / stories);
  }

  // --- measure -------------------------------------------------------------------------------

  private static void measure(Path dir, int queries) throws Exception {
    long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
    try (Server server = Server.start(dir)) {
      long serverUp = System.currentTimeMillis();
      Map<String, String> environment = new HashMap<>();
      environment.put("BRIEFBOT_DB_URL", server.url());
      environment.put("BRIEFBOT_DB_USER", server.user());
      if (server.password() != null) {
        environment.put("BRIEFBOT_DB_PASSWORD", server.password());
      }
      environment.put("BRIEFBOT_INDEX_DIR", dir.resolve("index").toString());
      BriefbotConfig config = BriefbotConfig.load(environment);
      long opening = System.nanoTime();
      try (BriefbotServices services =
          BriefbotServices.open(
              config,
              Secrets.load(environment, config.secretsFile()),
              dir.resolve("index"),
              List.of())) {
        long open = System.nanoTime();
        String question =
            "/whosaid " + SearchQueries.words(SearchBenchmark.story(54_321).firstQuote(), 2, 8);
        Reply reply =
            services.router().dispatchText(question, SearchQueries.ASKER, SearchQueries.SERVER);
        long answered = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "start: first /whosaid answered %d ms after the JVM started (server %d ms, core opened"
                + " %.0f ms, first answer %.0f ms after it; CPU: main thread %.0f ms, this process"
                + " %.0f ms); load average %.1f; answer: %s%n",
            System.currentTimeMillis() - jvmStarted,
            serverUp - jvmStarted,
            (open - opening) / 1e6,
            (answered - open) / 1e6,
            ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6,
            SearchQueries.processCpuMillis(),
            SearchQueries.loadAverage(),
            reply.title().orElse(reply.plainText()));
        services.search().awaitReady(Duration.ofMinutes(5));

        StoryStore store = new StoryStore(services.database());
        int stored = store.count();
        SearchQueries.ask(
            SearchQueries.router(services.search(), store, SearchQueries.ingester(store)),
            stored,
            queries);
        digest(store, Math.min(DAY, stored));
        double heap = SearchQueries.heapInUseMegabytes();
        System.out.printf(
            Locale.ROOT,
            "stories %,d; heap in use after GC %.0f MB (max %.0f MB), %.2f KB a story%n",
            stored,
            heap,
            Runtime.getRuntime().maxMemory() / 1048576.0,
            heap * 1024 / stored);
        printDisk(dir, services.database(), stored);
      }
    }
  }

  /** A digest from the {@code day} stories of the last day: 3 rounds of warm-up, 10 timed. */
  private static void digest(StoryStore store, int day) {
    DigestBuilder builder = new DigestBuilder(store);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = 10;
    long[] read = new long[rounds];
    long[] build = new long[rounds];
    long[] cpu = new long[rounds];
    Digest digest = null;
    long firstBuild = 0;
    long firstCpu = 0;
    for (int r = -3; r < rounds; r++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      List<StoredStory> stories = store.latest(day);
      long t1 = System.nanoTime();
      digest = builder.build(stories, DigestOptions.defaults());
      long t2 = System.nanoTime();
      if (r == -3) {
        firstBuild = t2 - t1;
        firstCpu = threads.getCurrentThreadCpuTime() - c0;
      }
      if (r >= 0) {
        read[r] = t1 - t0;
        build[r] = t2 - t1;
        cpu[r] = threads.getCurrentThreadCpuTime() - c0;
      }
    }
    long[] total = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      total[r] = read[r] + build[r];
    }
    Arrays.sort(read);
    Arrays.sort(build);
    Arrays.sort(cpu);
    Arrays.sort(total);
    System.out.printf(
        Locale.ROOT,
        "digest from %,d stories of a day (%d rounds): read p50 %.0f ms, build p50 %.0f ms,"
            + " read + build p50 %.0f ms, max %.0f ms; CPU p50 %.0f ms; %d items; load average %.1f;"
            + " the first build (no text tokenized yet) %.0f ms, CPU of read + build %.0f ms%n",
        day,
        rounds,
        SearchQueries.percentile(read, 0.5),
        SearchQueries.percentile(build, 0.5),
        SearchQueries.percentile(total, 0.5),
        total[rounds - 1] / 1e6,
        SearchQueries.percentile(cpu, 0.5),
        digest.items().size(),
        SearchQueries.loadAverage(),
        firstBuild / 1e6,
        firstCpu / 1e6);
  }
}
