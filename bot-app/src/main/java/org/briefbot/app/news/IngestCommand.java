package org.briefbot.app.news;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.news.FeedItemWorker.ItemResult;
import org.briefbot.core.news.FeedPoller.PollResult;
import org.briefbot.core.news.FeedPoller.Status;
import org.briefbot.core.news.Ingested;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.StoredStory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot ingest --url URL} and {@code briefbot ingest --feed URL}: fetch, analyse and
 * store, and print what was stored. A refused or failed URL is one line on stderr, exit code 1.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches a story or a feed's stories, analyses them once and stores them.",
      "The database is storage.url of config/briefbot.yml (or BRIEFBOT_DB_URL), else an H2 file under ./data/."
    })
public final class IngestCommand implements Callable<Integer> {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  static final class Source {
    @Option(names = "--url", paramLabel = "URL", description = "A story's web address.")
    String url;

    @Option(
        names = "--feed",
        paramLabel = "URL",
        description = "An RSS or Atom feed: subscribed for the console and read now.")
    String feed;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "The database, instead of storage.url of the settings (BRIEFBOT_DB_URL) or ./data/.")
  String jdbcUrl;

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  public IngestCommand() {
    this(System.getenv());
  }

  /** With another environment, for tests. */
  IngestCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BriefbotConfig config = BriefbotConfig.load(environment);
    Secrets secrets = Secrets.load(environment, config.secretsFile());
    try (Database database =
            NewsSetup.database(config.storage(), secrets, Optional.ofNullable(jdbcUrl));
        NewsIngestion news =
            NewsSetup.news(database, config, NewsSetup.analyzer(config.summary().sentences()))) {
      if (source.url != null) {
        // Checked before anything is fetched; a refusal is the person's to read, not a crash.
        news.articles().guard().check(source.url);
        print(out, news, news.ingester().ingestUrl(source.url));
        return 0;
      }
      Feed feed =
          news.addFeed(source.feed, FeedOwner.CONSOLE, System.getProperty("user.name", "console"));
      NewsIngestion.FeedRun run = news.pollAndIngest(feed);
      PollResult poll = run.poll();
      if (poll.status() == Status.FAILED || poll.status() == Status.DISABLED) {
        err.println("briefbot: " + poll.error().orElse("the feed could not be read."));
        return 1;
      }
      out.println(describe(poll));
      int stored = 0;
      int merged = 0;
      int failed = 0;
      for (ItemResult item : run.items()) {
        if (item.ingested().isPresent()) {
          Ingested ingested = item.ingested().get();
          if (ingested.outcome() == Ingested.Outcome.STORED) {
            stored++;
          } else {
            merged++;
          }
          print(out, news, ingested);
        } else {
          failed++;
          out.println(
              (item.willRetry() ? "Will retry " : "Skipped ")
                  + item.item().url()
                  + ": "
                  + item.error().orElse(""));
        }
      }
      out.printf(
          Locale.ROOT, "%d stored, %d already stored, %d not stored.%n", stored, merged, failed);
      List<java.time.Instant> waiting = news.queue().waiting(feed.id(), java.time.Instant.now());
      if (!waiting.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "%d %s not read now: taken by another process (or one that stopped while reading"
                + " %s), or waiting to be tried again; the first is taken again at %s UTC.%n",
            waiting.size(),
            waiting.size() == 1 ? "item was" : "items were",
            waiting.size() == 1 ? "it" : "them",
            WAITING_TIME.format(waiting.get(0)));
      }
      return 0;
    }
  }

  private static final java.time.format.DateTimeFormatter WAITING_TIME =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);

  private static String describe(PollResult poll) {
    Feed feed = poll.feed();
    String name = feed.title().map(t -> t + " (" + feed.url() + ")").orElse(feed.url());
    if (poll.status() == Status.NOT_MODIFIED) {
      return name + ": unchanged since the last read.";
    }
    return name
        + ": "
        + poll.listed()
        + (poll.listed() == 1 ? " item, " : " items, ")
        + poll.newItems()
        + " new.";
  }

  private static void print(PrintWriter out, NewsIngestion news, Ingested ingested) {
    StoredStory story = ingested.story();
    String verb =
        switch (ingested.outcome()) {
          case STORED -> "Stored";
          case ALREADY_STORED -> "Already stored";
          case MERGED -> "Same story as";
        };
    String byline = story.author().map(author -> " · " + author).orElse("");
    out.println(
        verb
            + ": "
            + story.title()
            + " — "
            + story.outlet()
            + byline
            + ", "
            + story.shownDate(DATE));
    out.println("  " + story.canonicalUrl());
    List<String> sources = news.stories().sourceUrls(story.id());
    if (sources.size() > 1) {
      out.println("  also at: " + String.join(", ", sources.subList(1, sources.size())));
    }
    out.println(
        "  "
            + news.stories().sentences(story.id()).size()
            + " sentences, "
            + news.stories().quotes(story.id()).size()
            + " quotes, "
            + story.wordCount()
            + " words");
    for (String sentence : story.summarySentences()) {
      out.println("  - " + sentence);
    }
  }
}
