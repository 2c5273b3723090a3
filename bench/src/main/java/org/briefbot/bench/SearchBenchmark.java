package org.briefbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.briefbot.app.BriefbotServices;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.Requester;
import org.briefbot.core.news.StoryIngester;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.NewStory;
import org.briefbot.core.store.Sha256;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StoryStore;

/**
 * Search at the scale of a year of fifty feeds: N generated stories (about 400 words each, three
 * quotes, some quotes reprinted by later stories, half of them through the feeds of one server)
 * stored in an H2 file database, and the search index on disk beside it.
 *
 * <p>Modes, each its own JVM (see docs/BENCHMARKS.md):
 *
 * <ul>
 *   <li>{@code generate DIR [N=100000]}: stores the stories (nothing is indexed);
 *   <li>{@code build DIR}: deletes the index and rebuilds it from the store, timed;
 *   <li>{@code start DIR}: the bot's start ({@link BriefbotServices#open}) over the persisted
 *       index: the time from the JVM's start and from {@code main} to the first {@code /whosaid}
 *       answer;
 *   <li>{@code launch DIR [LAUNCHER=briefbot]}: the same through the {@code ./briefbot} launcher,
 *       as a person starts the console: a process whose data directory is {@code DIR}, timed from
 *       before it is started to its first {@code /whosaid} answer on stdout;
 *   <li>{@code query DIR [N=2000]}: latency of {@code /whosaid} and {@code /brief <topic>} through
 *       the command router (p50, p95, p99), the index's size on disk and the heap in use.
 * </ul>
 */
public final class SearchBenchmark {
  static final long SEED = 20241201L;
  private static final int SPEAKERS = 6_000;
  private static final int FEEDS = 50;
  static final Instant FIRST_DAY = Instant.parse("2024-01-01T06:00:00Z");
  private static final Requester ASKER = SearchQueries.ASKER;

  /** The words of every story: a Zipf-like spread over 30,000 made-up words. */
  static final SyntheticText VOCABULARY = new SyntheticText(new Random(SEED), 30_000);

  private static final Place SERVER = SearchQueries.SERVER;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    long mainStarted = System.nanoTime();
    if (args.length < 2) {
      System.err.println("usage: SearchBenchmark generate|build|start|query DIR [N]");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "generate" -> generate(dir, args.length > 2 ? Integer.parseInt(args[2]) : 100_000);
      case "build" -> build(dir);
      case "start" -> start(dir, mainStarted);
      case "launch" -> launch(dir, Path.of(args.length > 2 ? args[2] : "briefbot"));
      case "query" -> query(dir, args.length > 2 ? Integer.parseInt(args[2]) : 2_000);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  // --- generate ------------------------------------------------------------------------------

  private static void generate(Path dir, int stories) throws Exception {
    long started = System.nanoTime();
    // Bulk loading: H2's default half-second write delay instead of the bot's write-through commits
    // (the same file; the bot's own URL opens it afterwards).
    Files.createDirectories(dir);
    String bulkUrl =
        "jdbc:h2:file:" + dir.toAbsolutePath().resolve("briefbot") + ";DB_CLOSE_ON_EXIT=FALSE";
    try (Database database = Database.open(bulkUrl, "sa", "")) {
      StoryStore store = new StoryStore(database);
      FeedStore feeds = new FeedStore(database);
      List<Long> feedIds = new ArrayList<>();
      for (int f = 0; f < FEEDS; f++) {
        FeedOwner owner = new FeedOwner("discord", f % 2 == 0 ? "G1" : "G2");
        Feed feed =
            feeds.add(
                "https://feeds" + f + ".example/rss.xml",
                owner,
                "bench",
                Duration.ofHours(1),
                FIRST_DAY);
        feedIds.add(feed.id());
      }
      // Rows written in batches of a thousand stories a transaction, as the store lays them out
      // (StoryStore.save, a transaction a story with its look-ups, would take an hour here).
      int batch = 1_000;
      java.util.concurrent.ExecutorService writers =
          java.util.concurrent.Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors());
      List<java.util.concurrent.Future<?>> written = new ArrayList<>();
      for (int from = 0; from < stories; from += batch) {
        int to = Math.min(stories, from + batch);
        int first = from;
        written.add(
            writers.submit(
                () ->
                    database
                        .jdbi()
                        .useTransaction(
                            h -> {
                              var storyRows =
                                  h.prepareBatch(
                                      "INSERT INTO stories (id, url, canonical_url, title, outlet, published_at, fetched_at,"
                                          + " story_text, summary, language, content_hash, word_count) VALUES (:id, :url, :url, :title, :outlet, :at, :at,"
                                          + " :text, :summary, 'eng', :hash, :words)");
                              var sentenceRows =
                                  h.prepareBatch(
                                      "INSERT INTO sentences (story_id, idx, paragraph, start_offset, end_offset, summary_rank)"
                                          + " VALUES (:story, :idx, :paragraph, :start, :end, :rank)");
                              var quoteRows =
                                  h.prepareBatch(
                                      "INSERT INTO quotes (story_id, idx, start_offset, end_offset, kind, speaker, speaker_role,"
                                          + " quote_text) VALUES (:story, :idx, :start, :end, 'direct', :speaker, 'minister', :text)");
                              var sourceRows =
                                  h.prepareBatch(
                                      "INSERT INTO story_sources (story_id, url, outlet, title, first_seen_at)"
                                          + " VALUES (:story, :url, :outlet, :title, :at)");
                              var feedRows =
                                  h.prepareBatch(
                                      "INSERT INTO story_feeds (story_id, feed_id, seen_at) VALUES (:story, :feed, :at)");
                              for (int i = first; i < to; i++) {
                                NewStory story = story(i).story();
                                long id = i + 1L;
                                Instant at = story.fetchedAt();
                                storyRows
                                    .bind("id", id)
                                    .bind("url", story.canonicalUrl())
                                    .bind("title", story.title())
                                    .bind("outlet", story.outlet())
                                    .bind("at", at)
                                    .bind("text", story.text())
                                    .bind("summary", story.summaryText())
                                    .bind("hash", story.contentHash())
                                    .bind("words", story.wordCount())
                                    .add();
                                for (StorySentence sentence : story.sentences()) {
                                  int rank = story.summary().indexOf(sentence.index()) + 1;
                                  sentenceRows
                                      .bind("story", id)
                                      .bind("idx", sentence.index())
                                      .bind("paragraph", sentence.paragraph())
                                      .bind("start", sentence.start())
                                      .bind("end", sentence.end())
                                      .bind("rank", rank == 0 ? null : rank)
                                      .add();
                                }
                                int q = 0;
                                for (StoryQuote quote : story.quotes()) {
                                  quoteRows
                                      .bind("story", id)
                                      .bind("idx", q++)
                                      .bind("start", quote.start())
                                      .bind("end", quote.end())
                                      .bind("speaker", quote.speaker())
                                      .bind("text", quote.text())
                                      .add();
                                }
                                sourceRows
                                    .bind("story", id)
                                    .bind("url", story.canonicalUrl())
                                    .bind("outlet", story.outlet())
                                    .bind("title", story.title())
                                    .bind("at", at)
                                    .add();
                                feedRows
                                    .bind("story", id)
                                    .bind("feed", feedIds.get(i % FEEDS))
                                    .bind("at", at)
                                    .add();
                              }
                              storyRows.execute();
                              sentenceRows.execute();
                              quoteRows.execute();
                              sourceRows.execute();
                              feedRows.execute();
                              if (to % 10_000 == 0) {
                                System.out.printf(Locale.ROOT, "  stored %,d%n", to);
                              }
                            })));
      }
      for (java.util.concurrent.Future<?> part : written) {
        part.get();
      }
      writers.shutdown();
      long next = stories + 1L;
      database
          .jdbi()
          .useHandle(h -> h.execute("ALTER TABLE stories ALTER COLUMN id RESTART WITH " + next));
      System.out.printf(
          Locale.ROOT,
          "generate: %,d stories stored in %.0f s; database %.0f MB%n",
          store.count(),
          seconds(started),
          megabytes(dir.resolve("briefbot.mv.db")));
    }
  }

  /** One story, the same for the same number in every run. */
  static GeneratedStory story(int number) {
    Random random = new Random(SEED * 31 + number);
    SyntheticText text = VOCABULARY;
    SyntheticText mixer = new SyntheticText(random, 1); // names only
    StringBuilder body = new StringBuilder();
    String headline = capitalised(text.sentenceFrom(random, 6 + random.nextInt(5)));
    body.append(headline).append("\n\n");
    List<StorySentence> sentences = new ArrayList<>();
    List<StoryQuote> quotes = new ArrayList<>();
    int sentenceCount = 16;
    int quoteAt = 3;
    for (int s = 0; s < sentenceCount; s++) {
      int start = body.length();
      if (s % 5 == quoteAt && quotes.size() < 3) {
        String quote;
        String speaker;
        // One story in ten reprints the first quote of an earlier story (a wire quote carried
        // again).
        if (quotes.isEmpty() && number > 100 && random.nextInt(10) == 0) {
          GeneratedStory earlier = story(number - 1 - random.nextInt(100));
          quote = earlier.firstQuote();
          speaker = earlier.firstSpeaker();
        } else {
          quote = capitalised(text.sentenceFrom(random, 12 + random.nextInt(14))) + ".";
          speaker = speaker(random.nextInt(SPEAKERS));
        }
        body.append('"');
        int quoteStart = body.length();
        body.append(quote);
        int quoteEnd = body.length();
        body.append("\" said ")
            .append(speaker)
            .append(", the minister of ")
            .append(mixer.name().toLowerCase(Locale.ROOT))
            .append('.');
        quotes.add(
            new StoryQuote(
                quoteStart,
                quoteEnd,
                StoryQuote.Kind.DIRECT,
                speaker,
                Optional.of("minister"),
                quote));
      } else {
        body.append(capitalised(text.sentenceFrom(random, 14 + random.nextInt(16)))).append('.');
      }
      sentences.add(new StorySentence(s, s / 4, start, body.length()));
      body.append(s % 4 == 3 ? "\n\n" : " ");
    }
    String storyText = body.toString();
    Instant day = FIRST_DAY.plus(Duration.ofMinutes(5L * number));
    String url = "https://news" + (number % 40) + ".example/story/" + number;
    NewStory story =
        new NewStory(
            url,
            url,
            headline,
            "Outlet " + (number % 40),
            Optional.empty(),
            Optional.of(day),
            day,
            storyText,
            sentences,
            List.of(0, 1, 2),
            quotes,
            "eng",
            Sha256.hex(storyText),
            storyText.split("\\s+").length);
    return new GeneratedStory(story);
  }

  record GeneratedStory(NewStory story) {
    String firstQuote() {
      return story.quotes().get(0).text();
    }

    String firstSpeaker() {
      return story.quotes().get(0).speaker();
    }
  }

  private static String speaker(int n) {
    Random random = new Random(SEED + 7L * n);
    SyntheticText names = new SyntheticText(random, 1);
    return names.name() + " " + names.name();
  }

  private static String capitalised(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  // --- build, start, query -------------------------------------------------------------------

  private static void build(Path dir) throws Exception {
    SearchIndex.deleteOnDisk(dir.resolve("index"));
    long started = System.nanoTime();
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      StoryStore store = new StoryStore(database);
      search.keepInStep(store, ingester(store), Runnable::run);
      System.out.printf(
          Locale.ROOT,
          "build: %,d stories, %,d quotes indexed in %.1f s (process CPU %.1f s; load average %.1f)%n",
          search.stories().size(),
          search.quotes().size(),
          seconds(started),
          processCpuMillis() / 1000,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    System.out.printf(Locale.ROOT, "index on disk: %.0f MB%n", megabytes(dir.resolve("index")));
  }

  /**
   * The bot's own start ({@link BriefbotServices#open}, as the console and the chat platforms run
   * it, background jobs included) over the database and index in {@code dir}, to the first {@code
   * /whosaid} answer. The first start over a generated store also stores the demo story.
   */
  private static void start(Path dir, long mainStarted) throws Exception {
    long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
    long opening = System.nanoTime();
    Map<String, String> environment =
        Map.of(
            "BRIEFBOT_DB_URL",
            Database.h2Url(dir),
            "BRIEFBOT_DB_USER",
            "sa",
            "BRIEFBOT_INDEX_DIR",
            dir.resolve("index").toString());
    BriefbotConfig config = BriefbotConfig.load(environment);
    try (BriefbotServices services =
        BriefbotServices.open(
            config,
            Secrets.load(environment, config.secretsFile()),
            NewsSetup.indexDirectory(environment),
            List.of())) {
      services.startJobs();
      long open = System.nanoTime();
      Reply reply =
          services
              .router()
              .dispatchText("/whosaid " + words(story(54_321).firstQuote(), 2, 8), ASKER, SERVER);
      long answeredNanos = System.nanoTime();
      long answered = System.currentTimeMillis();
      System.out.printf(
          Locale.ROOT,
          "start: first /whosaid answered %d ms after the JVM started, %.0f ms after main "
              + "(core opened %.0f ms, first answer %.0f ms; CPU: main thread %.0f ms, whole process %.0f ms); "
              + "load average %.1f; answer: %s%n",
          answered - jvmStarted,
          (answeredNanos - mainStarted) / 1e6,
          (open - opening) / 1e6,
          (answeredNanos - open) / 1e6,
          ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6,
          processCpuMillis(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          reply.title().orElse(reply.plainText()));
      System.out.println(
          "  CPU by thread until then: " + cpuByThread() + "; the rest compiling and collecting");
      services.search().awaitReady(Duration.ofMinutes(1));
    }
  }

  /** The Java threads that used the most CPU so far, with their milliseconds. */
  private static String cpuByThread() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<String> used = new ArrayList<>();
    java.util.Map<String, Long> byName = new java.util.TreeMap<>();
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        byName.merge(
            info.getThreadName().replaceAll("-?\\d+$", ""),
            threads.getThreadCpuTime(info.getThreadId()) / 1_000_000,
            Long::sum);
      }
    }
    byName.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(5)
        .forEach(entry -> used.add(entry.getKey() + " " + entry.getValue() + " ms"));
    return String.join(", ", used);
  }

  private static void launch(Path dir, Path launcher) throws Exception {
    // The console keeps its data in ./data: a scratch working directory whose data is DIR.
    Path workingDirectory = Files.createTempDirectory("briefbot-launch");
    Files.createSymbolicLink(workingDirectory.resolve("data"), dir.toAbsolutePath());
    String question = "/whosaid " + words(story(54_321).firstQuote(), 2, 8);
    ProcessBuilder builder =
        new ProcessBuilder(launcher.toAbsolutePath().toString())
            .directory(workingDirectory.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    // The bot's settings are the defaults; the launcher's own (BRIEFBOT_CDS, BRIEFBOT_JAVA_OPTS)
    // are passed on.
    builder
        .environment()
        .keySet()
        .removeIf(
            name ->
                name.startsWith("BRIEFBOT_")
                        && !name.equals("BRIEFBOT_CDS")
                        && !name.equals("BRIEFBOT_JAVA_OPTS")
                    || name.startsWith("DISCORD_")
                    || name.startsWith("SLACK_"));
    long started = System.nanoTime();
    Process process = builder.start();
    try (java.io.BufferedReader out =
            new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        java.io.Writer in =
            new java.io.OutputStreamWriter(
                process.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
      in.write(question + "\n");
      in.flush();
      String answer = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("briefbot> ")) {
          answer = line.substring("briefbot> ".length());
          break;
        }
      }
      long answered = System.nanoTime();
      double cpu = process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
      System.out.printf(
          Locale.ROOT,
          "launch: first /whosaid answered %.0f ms after %s was started (its CPU so far %.0f ms);"
              + " load average %.1f; answer: %s%n",
          (answered - started) / 1e6,
          launcher,
          cpu,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          answer);
      in.write("quit\n");
      in.flush();
      out.transferTo(java.io.Writer.nullWriter());
    } finally {
      if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
        process.destroy();
      }
      Files.deleteIfExists(workingDirectory.resolve("data"));
      Files.deleteIfExists(workingDirectory);
    }
  }

  private static void query(Path dir, int queries) throws Exception {
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      StoryStore store = new StoryStore(database);
      StoryIngester ingester = ingester(store);
      search.keepInStep(store, ingester, Runnable::run);
      int stored = store.count();
      SearchQueries.ask(SearchQueries.router(search, store, ingester), stored, queries);
      double heap = SearchQueries.heapInUseMegabytes();
      System.out.printf(
          Locale.ROOT,
          "stories %,d; index on disk %.0f MB; heap in use after GC %.0f MB (max %.0f MB)%n",
          stored,
          megabytes(dir.resolve("index")),
          heap,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }

  private static StoryIngester ingester(StoryStore store) {
    return SearchQueries.ingester(store);
  }

  private static String words(String quote, int from, int count) {
    return SearchQueries.words(quote, from, count);
  }

  private static double processCpuMillis() {
    return SearchQueries.processCpuMillis();
  }

  private static double seconds(long startedNanos) {
    return SearchQueries.seconds(startedNanos);
  }

  private static double megabytes(Path path) throws IOException {
    return SearchQueries.megabytes(path);
  }
}
