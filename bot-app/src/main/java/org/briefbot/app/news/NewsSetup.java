package org.briefbot.app.news;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.NlpStoryAnalyzer;
import org.briefbot.core.news.StoryAnalysis;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.summary.Summarizer;

/**
 * Builds the news side of the app from the settings: the database ({@code storage}, else an H2 file
 * under {@code ./data/}), the fetch limits ({@code fetch}) and the story analyser.
 */
public final class NewsSetup {
  /** How often the search index looks for stories other processes stored. */
  static final Duration INDEX_POLL = Duration.ofSeconds(30);

  private NewsSetup() {}

  /**
   * The database named by {@code jdbcUrl} when given, else by the environment.
   *
   * @throws UserFacingException naming the database (never its password) when it cannot be opened
   */
  public static Database database(
      BriefbotConfig.Storage storage, Secrets secrets, Optional<String> jdbcUrl) {
    Optional<String> url =
        jdbcUrl.map(String::strip).filter(u -> !u.isEmpty()).or(storage::jdbcUrl);
    String user = storage.user().isEmpty() ? null : storage.user();
    String password = secrets.databasePassword().orElse(null);
    try {
      return url.map(u -> Database.open(u, user, password))
          .orElseGet(() -> Database.defaultH2(Database.DEFAULT_DATA_DIR));
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      String why =
          String.valueOf(cause.getMessage())
              .lines()
              .findFirst()
              .orElse("")
              .replaceAll("\\s*\\[\\d+-\\d+]$", "");
      throw new UserFacingException(
          "Briefbot cannot open its database "
              + shown(url)
              + ": "
              + withoutSecrets(why, url, password));
    }
  }

  /** A driver's message may echo parts of the URL: the password and user info go. */
  static String withoutSecrets(String message, Optional<String> jdbcUrl, String password) {
    String clean = message;
    if (password != null && !password.isEmpty()) {
      clean = clean.replace(password, "***");
    }
    if (jdbcUrl.isPresent()) {
      java.util.regex.Matcher userInfo =
          java.util.regex.Pattern.compile("//([^/@]*)@").matcher(jdbcUrl.get());
      if (userInfo.find() && !userInfo.group(1).isEmpty()) {
        clean = clean.replace(userInfo.group(1), "***");
      }
      java.util.regex.Matcher secrets =
          java.util.regex.Pattern.compile("(?i)password=([^&;]+)").matcher(jdbcUrl.get());
      while (secrets.find()) {
        clean = clean.replace(secrets.group(1), "***");
      }
    }
    return clean;
  }

  /** The database's address without credentials or parameters, for messages. */
  static String shown(Optional<String> jdbcUrl) {
    if (jdbcUrl.isEmpty()) {
      return Database.DEFAULT_DATA_DIR.toAbsolutePath().resolve("briefbot").toString();
    }
    return jdbcUrl.get().replaceAll("[?;].*$", "").replaceAll("//[^/@]*@", "//");
  }

  public static FetchSettings fetchSettings(BriefbotConfig.Fetch fetch) {
    return FetchSettings.defaults()
        .withAllowPrivateAddresses(fetch.allowPrivateAddresses())
        .withMaxBytes(fetch.maxMegabytes() * 1024L * 1024L)
        .withTimeout(Duration.ofSeconds(fetch.timeoutSeconds()));
  }

  /**
   * The analyser every story passes through once: the summarizer's choice of sentences and the
   * quotes with their speakers ({@link NlpStoryAnalyzer}). Its language models (seconds of a core
   * to read) load when the first story is analysed, not when the bot starts: answering from the
   * stored stories needs none of them.
   */
  public static StoryAnalyzer analyzer(int summarySentences) {
    return new LoadedOnFirstUse(
        () -> new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), summarySentences));
  }

  /** A story analyser made by the first call that needs it, once, whichever thread that is. */
  static final class LoadedOnFirstUse implements StoryAnalyzer {
    private final Supplier<StoryAnalyzer> loader;
    private volatile StoryAnalyzer loaded;

    LoadedOnFirstUse(Supplier<StoryAnalyzer> loader) {
      this.loader = loader;
    }

    @Override
    public StoryAnalysis analyze(String text) {
      return analyzer().analyze(text);
    }

    @Override
    public StoryAnalysis analyze(String text, Optional<String> headline) {
      return analyzer().analyze(text, headline);
    }

    boolean isLoaded() {
      return loaded != null;
    }

    private StoryAnalyzer analyzer() {
      StoryAnalyzer analyzer = loaded;
      if (analyzer == null) {
        synchronized (this) {
          analyzer = loaded;
          if (analyzer == null) {
            analyzer = loader.get();
            loaded = analyzer;
          }
        }
      }
      return analyzer;
    }
  }

  /**
   * Where the search index lives: {@code BRIEFBOT_INDEX_DIR}, else {@code index/} in the data
   * directory beside the H2 database. Each process keeps its own (several may share a PostgreSQL
   * database, never an index directory).
   */
  public static Path indexDirectory(Map<String, String> environment) {
    String configured = environment.getOrDefault("BRIEFBOT_INDEX_DIR", "").strip();
    return configured.isEmpty() ? Database.DEFAULT_DATA_DIR.resolve("index") : Path.of(configured);
  }

  /** Where the search index catches up after a start: a thread of its own. */
  public static final java.util.concurrent.Executor INDEX_CATCH_UP =
      task -> {
        Thread thread = new Thread(task, "search-index-build");
        thread.setDaemon(true);
        thread.start();
      };

  /**
   * Keeps the search index in step with the store: new stories at once, the stories stored while
   * the bot was stopped (or all of them, when the index must be rebuilt) on {@link
   * #INDEX_CATCH_UP}, and those other processes store every {@link #INDEX_POLL}.
   */
  public static void keepIndexInStep(SearchIndex search, NewsIngestion news) {
    keepIndexInStep(search, news, INDEX_CATCH_UP);
  }

  /** As {@link #keepIndexInStep(SearchIndex, NewsIngestion)}, catching up on {@code catchUp}. */
  public static void keepIndexInStep(
      SearchIndex search, NewsIngestion news, java.util.concurrent.Executor catchUp) {
    search.keepInStep(news.stories(), news.ingester(), catchUp);
    search.startPolling(INDEX_POLL);
  }

  public static NewsIngestion news(
      Database database, BriefbotConfig config, StoryAnalyzer analyzer) {
    NewsIngestion news = NewsIngestion.create(database, fetchSettings(config.fetch()), analyzer);
    news.ingester()
        .recheckLinksAfter(Duration.ofMinutes(config.fetch().recheckLinksAfterMinutes()));
    return news;
  }
}
