package org.briefbot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.app.news.DemoStories;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.alert.AlertStore;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.schedule.BackgroundJobs;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core, built once for whichever front ends run — the console, Discord, Slack: the database,
 * news in, the search index (the demo story stored on a first start), digests and the command
 * router; the background jobs (digest check, feed polling) start when the posters are ready.
 */
public final class BriefbotServices implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BriefbotServices.class);
  private final Database database;
  private final NewsIngestion news;
  private final SearchIndex search;
  private final DigestDelivery digests;
  private final AlertDelivery alerts;
  private final CommandRouter router;
  private BackgroundJobs jobs;

  private BriefbotServices(
      Database database,
      NewsIngestion news,
      SearchIndex search,
      DigestDelivery digests,
      AlertDelivery alerts,
      CommandRouter router) {
    this.database = database;
    this.news = news;
    this.search = search;
    this.digests = digests;
    this.alerts = alerts;
    this.router = router;
  }

  /**
   * Opens the core. The database and the search index open side by side (the index on a thread of
   * its own): each mostly loads classes and reads its files, which overlap well even on two cores.
   * The story analyser's language models load when a story is first analysed, not here: answering
   * from what is stored needs none of them.
   *
   * @param indexDirectory where the search index lives on disk (rebuilt there when missing)
   * @param posters one for each platform this process posts to (digests go through them)
   * @throws UserFacingException when the database or the search index cannot be opened, saying
   *     which and why; whatever part did open is closed again
   */
  public static BriefbotServices open(
      BriefbotConfig config,
      Secrets secrets,
      Path indexDirectory,
      List<? extends ChannelPoster> posters) {
    return open(config, secrets, indexDirectory, posters, CoreObservers.NONE);
  }

  /**
   * Opens the core as {@link #open(BriefbotConfig, Secrets, Path, List)} does, telling {@code
   * observers} how its commands, digests and news in go.
   */
  public static BriefbotServices open(
      BriefbotConfig config,
      Secrets secrets,
      Path indexDirectory,
      List<? extends ChannelPoster> posters,
      CoreObservers observers) {
    return open(config, secrets, indexDirectory, posters, observers, NewsSetup.INDEX_CATCH_UP);
  }

  /**
   * Opens the core as {@link #open(BriefbotConfig, Secrets, Path, List, CoreObservers)} does, the
   * search index catching up with the store on {@code indexCatchUp} (a test can hold it there).
   */
  public static BriefbotServices open(
      BriefbotConfig config,
      Secrets secrets,
      Path indexDirectory,
      List<? extends ChannelPoster> posters,
      CoreObservers observers,
      java.util.concurrent.Executor indexCatchUp) {
    long started = System.nanoTime();
    FutureTask<SearchIndex> indexOpening = new FutureTask<>(() -> openIndex(indexDirectory));
    Thread opener = new Thread(indexOpening, "search-index-open");
    opener.setDaemon(true);
    opener.start();
    Database database;
    try {
      database = NewsSetup.database(config.storage(), secrets, Optional.empty());
    } catch (RuntimeException failed) {
      openedOrNull(indexOpening).ifPresent(BriefbotServices::closeQuietly);
      throw failed;
    }
    long databaseOpen = System.nanoTime();
    SearchIndex search;
    try {
      search = opened(indexOpening);
    } catch (RuntimeException failed) {
      closeQuietly(database);
      throw failed;
    }
    long indexOpen = System.nanoTime();
    NewsIngestion news = null;
    try {
      StoryAnalyzer analyzer = NewsSetup.analyzer(config.summary().sentences());
      news = NewsSetup.news(database, config, analyzer);
      news.observeWith(observers.news());
      news.ingester().onStored(observers.storyStored());
      // Connected before the demo stories are stored, so that on a first start they reach the index
      // too.
      NewsSetup.keepIndexInStep(search, news, indexCatchUp);
      DemoStories.storeMissing(news.ingester());
      DigestDelivery digests =
          new DigestDelivery(
              new DigestStore(database),
              news.stories(),
              news.feeds(),
              posters,
              config.digest().settings(),
              Clock.systemUTC(),
              observers.digests());
      news.poller().onHealthChange(digests.feedNotices()::record);
      AlertStore alertStore = new AlertStore(database);
      digests.feedNotices().alsoTellChannelsOf(alertStore::activeChannels);
      AlertDelivery alerts =
          new AlertDelivery(
              alertStore,
              news.stories(),
              news.feeds(),
              posters,
              config.alerts().settings(),
              Clock.systemUTC());
      CommandRouter router =
          CommandSet.create(news, analyzer, search, digests, alerts, observers.commands());
      LOG.debug(
          "Core open in {} ms: database {} ms, search index ready {} ms later, the rest {} ms.",
          millis(started),
          (databaseOpen - started) / 1_000_000,
          (indexOpen - databaseOpen) / 1_000_000,
          millis(indexOpen));
      return new BriefbotServices(database, news, search, digests, alerts, router);
    } catch (RuntimeException failed) {
      closeQuietly(search);
      closeQuietly(news);
      closeQuietly(database);
      throw failed;
    }
  }

  private static SearchIndex openIndex(Path indexDirectory) {
    try {
      return SearchIndex.onDisk(indexDirectory);
    } catch (RuntimeException e) {
      LOG.debug("opening the search index in {} failed", indexDirectory, e);
      throw new UserFacingException("Briefbot cannot open its search index: " + firstLine(e));
    }
  }

  /** The opened index, or the reason it could not be opened as thrown by {@link #openIndex}. */
  private static SearchIndex opened(FutureTask<SearchIndex> opening) {
    try {
      return opening.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("the search index could not be opened", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      openedOrNull(opening).ifPresent(BriefbotServices::closeQuietly);
      throw new UserFacingException("Briefbot was stopped while opening its search index.");
    }
  }

  /**
   * Waits for the index to be opened or to fail, when another part failed and it must be closed
   * again.
   */
  private static Optional<SearchIndex> openedOrNull(FutureTask<SearchIndex> opening) {
    try {
      return Optional.of(opening.get());
    } catch (ExecutionException | RuntimeException failedToo) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The innermost cause's first line: what went wrong, without the layers that passed it on. */
  private static String firstLine(Throwable failure) {
    String message = failure.getMessage();
    for (Throwable cause = failure.getCause();
        cause != null && message == null;
        cause = cause.getCause()) {
      message = cause.getMessage();
    }
    return String.valueOf(message).lines().findFirst().orElse(failure.getClass().getSimpleName());
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /**
   * The database, where adapters keep their own tables too (Slack's installs in several
   * workspaces).
   */
  public Database database() {
    return database;
  }

  /** Digests: their check and delivery. */
  public DigestDelivery digests() {
    return digests;
  }

  /** Alerts as news breaks: their check and delivery. */
  public AlertDelivery alerts() {
    return alerts;
  }

  /** Feeds and stories in. */
  public NewsIngestion news() {
    return news;
  }

  public CommandRouter router() {
    return router;
  }

  /** The search index, which catches up with the store in the background after a start. */
  public SearchIndex search() {
    return search;
  }

  /** Starts the digest and alert checks and feed polling; call once every poster can post. */
  public synchronized void startJobs() {
    if (jobs == null) {
      jobs =
          BackgroundJobs.start(
              database,
              digests,
              alerts,
              news,
              Clock.systemUTC(),
              BackgroundJobs.Timing.defaults(),
              List.of());
    }
  }

  /**
   * Stops the background jobs: no further digest is claimed, and the one being posted is recorded.
   * The first step of a graceful stop, while the posters and the database still work.
   */
  public void stopJobs() {
    BackgroundJobs started;
    synchronized (this) {
      started = jobs;
    }
    closeQuietly(started);
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
      LOG.warn("closing {} failed", closeable.getClass().getSimpleName(), e);
    }
  }
}
