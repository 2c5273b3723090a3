package org.briefbot.core.news;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;

/**
 * The process {@link CrashSafetyTest} kills: subscribes to a feed and ingests it into an H2 file
 * database, as {@code briefbot ingest --feed} would. Arguments: data directory, feed URL, and how
 * many minutes ahead its clock runs (a restart "later", past the leases of the killed run).
 */
public final class IngestCrashChild {
  private IngestCrashChild() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    String feedUrl = args[1];
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(Long.parseLong(args[2])));
    NlpPipeline
        .shared(); // models loaded before the first fetch, so that kills land among the stores
    try (Database database = Database.defaultH2(dataDir);
        NewsIngestion news =
            new NewsIngestion(
                database,
                new HttpFetcher(
                    FetchSettings.defaults().withAllowPrivateAddresses(true),
                    TestNewsSite.RESOLVER),
                new LeadSentencesAnalyzer(NlpPipeline.shared()),
                clock,
                2)) {
      System.out.println("ready");
      Feed feed = news.addFeed(feedUrl, FeedOwner.CONSOLE, "crash-test");
      if (feed.lastSuccessAt().isPresent()) {
        news.drainQueue(); // a restart: first what the killed run left queued
      }
      NewsIngestion.FeedRun run = news.pollAndIngest(news.feeds().find(feed.id()).orElseThrow());
      System.out.println("done " + run.items().size());
    }
  }
}
