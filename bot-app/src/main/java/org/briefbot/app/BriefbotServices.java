package org.briefbot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.app.news.DemoStories;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.core.command.ChannelPoster;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.schedule.BackgroundJobs;
import org.briefbot.core.store.Database;

/**
 * The core, built once for whichever front ends run — the console, Discord, Slack: the database,
 * news in, the search index (the demo story stored on a first start), digests and the command
 * router; the background jobs (digest check, feed polling) start when the posters are ready.
 */
public final class BriefbotServices implements AutoCloseable {
  private final Database database;
  private final NewsIngestion news;
  private final SearchIndex search;
  private final DigestDelivery digests;
  private final CommandRouter router;
  private BackgroundJobs jobs;

  private BriefbotServices(Database database, NewsIngestion news, SearchIndex search, DigestDelivery digests,
      CommandRouter router) {
    this.database = database;
    this.news = news;
    this.search = search;
    this.digests = digests;
    this.router = router;
  }

  /**
   * @param indexDirectory where the search index lives on disk (rebuilt there when missing)
   * @param posters one for each platform this process posts to (digests go through them)
   */
  public static BriefbotServices open(BriefbotConfig config, Secrets secrets, Path indexDirectory,
      List<? extends ChannelPoster> posters) {
    StoryAnalyzer analyzer = NewsSetup.analyzer(config.summary().sentences());
    Database database = NewsSetup.database(config.storage(), secrets, Optional.empty());
    NewsIngestion news = null;
    SearchIndex search = null;
    try {
      news = NewsSetup.news(database, config, analyzer);
      search = SearchIndex.onDisk(indexDirectory);
      // Connected before the demo stories are stored, so that on a first start they reach the index too.
      NewsSetup.keepIndexInStep(search, news);
      DemoStories.storeMissing(news.ingester());
      DigestDelivery digests = new DigestDelivery(new DigestStore(database), news.stories(), news.feeds(), posters,
          config.digest().settings(), Clock.systemUTC());
      CommandRouter router = CommandSet.create(news, analyzer, search, digests);
      return new BriefbotServices(database, news, search, digests, router);
    } catch (RuntimeException failed) {
      closeQuietly(search);
      closeQuietly(news);
      closeQuietly(database);
      throw failed;
    }
  }

  /** The database, where adapters keep their own tables too (Slack's installs in several workspaces). */
  public Database database() {
    return database;
  }

  public CommandRouter router() {
    return router;
  }

  /** The search index, which catches up with the store in the background after a start. */
  public SearchIndex search() {
    return search;
  }

  /** Starts the digest check and feed polling; call once every poster can post. */
  public synchronized void startJobs() {
    if (jobs == null) {
      jobs = BackgroundJobs.start(database, digests, news, Clock.systemUTC(), BackgroundJobs.Timing.defaults(), List.of());
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(jobs);
    closeQuietly(search);
    closeQuietly(news);
    closeQuietly(database);
  }

  /** Closes a part on the way down; a failure is logged, so the other parts still close. */
  static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(BriefbotServices.class).warn("closing {} failed", closeable.getClass().getSimpleName(), e);
    }
  }
}
