package org.briefbot.app.news;

import java.util.Map;
import java.util.Optional;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.InterimLeadSentencesAnalyzer;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.Database;

/**
 * Builds the news side of the app from the environment: the database ({@code BRIEFBOT_DB_URL},
 * {@code BRIEFBOT_DB_USER}, {@code BRIEFBOT_DB_PASSWORD}; else an H2 file under {@code ./data/}),
 * the fetch limits ({@code BRIEFBOT_FETCH_ALLOW_PRIVATE}) and the story analyser. The settings
 * file takes these over when config grows a {@code storage} and a {@code fetch} section.
 */
public final class NewsSetup {
  private NewsSetup() {}

  /** The database named by {@code jdbcUrl} when given, else by the environment. */
  public static Database database(Map<String, String> environment, Optional<String> jdbcUrl) {
    return jdbcUrl.map(url -> Database.open(url, environment.get(Database.USER_ENV), environment.get(Database.PASSWORD_ENV)))
        .orElseGet(() -> Database.fromEnvironment(environment));
  }

  public static FetchSettings fetchSettings(Map<String, String> environment) {
    return FetchSettings.fromEnvironment(environment);
  }

  /**
   * The analyser every story passes through once. INTERIM: Lead-3 sentences and no quotes, until
   * the summary and quotes packages are connected here.
   */
  public static StoryAnalyzer analyzer() {
    return new InterimLeadSentencesAnalyzer(NlpPipeline.shared());
  }

  public static NewsIngestion news(Database database, Map<String, String> environment) {
    return NewsIngestion.create(database, fetchSettings(environment), analyzer());
  }
}
