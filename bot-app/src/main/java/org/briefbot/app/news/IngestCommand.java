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
import org.briefbot.core.command.FeedAddedText;
import org.briefbot.core.news.FeedItemWorker.ItemResult;
import org.briefbot.core.news.Ingested;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
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
      // Read before it is added: a refusal is one line on stderr and nothing is subscribed.
      NewsIngestion.FeedAdded added =
          news.addAndRead(
              source.feed,
              FeedOwner.CONSOLE,
              System.getProperty("user.name", "console"),
              Integer.MAX_VALUE);
      for (ItemResult item : added.items()) {
        if (item.ingested().isPresent()) {
          print(out, news, item.ingested().get());
        } else {
          out.println(
              (item.willRetry() ? "Will retry " : "Skipped ")
                  + item.item().url()
                  + ": "
                  + item.error().orElse(""));
        }
      }
      out.println(FeedAddedText.of(added));
      return 0;
    }
  }

  private static void print(PrintWriter out, NewsIngestion news, Ingested ingested) {
    StoredStory story = ingested.story();
    String verb =
        switch (ingested.outcome()) {
          case STORED -> "Stored";
          case ALREADY_STORED -> "Already stored";
          case MERGED -> "Same story as";
          case UPDATED -> "Updated";
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
