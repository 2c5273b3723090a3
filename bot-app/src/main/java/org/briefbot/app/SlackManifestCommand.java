package org.briefbot.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.slack.SlackManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot slack-manifest}: the Slack app manifest for the commands this Briefbot has, made
 * from the same command set the bot runs, over an empty database in memory.
 */
@Command(
    name = "slack-manifest",
    mixinStandardHelpOptions = true,
    description =
        "Prints the Slack app manifest (YAML) for Briefbot's commands and message shortcuts;"
            + " slack-adapter/manifest.yml is this output.")
final class SlackManifestCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(SlackManifest.yaml(commands()));
    out.flush();
    return 0;
  }

  /** The bot's command set; what it declares does not depend on what is stored. */
  private static CommandRouter commands() {
    StoryAnalyzer analyzer = NewsSetup.analyzer(3);
    try (Database database = Database.open("jdbc:h2:mem:slack-manifest", "sa", "");
        NewsIngestion news = NewsIngestion.create(database, FetchSettings.defaults(), analyzer);
        SearchIndex search = SearchIndex.inMemory()) {
      DigestDelivery digests =
          new DigestDelivery(
              new DigestStore(database),
              news.stories(),
              news.feeds(),
              List.of(),
              BriefbotConfig.Digest.defaults().settings(),
              Clock.systemUTC());
      return CommandSet.create(
          news,
          analyzer,
          search,
          digests,
          new org.briefbot.core.alert.AlertDelivery(
              new org.briefbot.core.alert.AlertStore(database),
              news.stories(),
              news.feeds(),
              List.of(),
              org.briefbot.core.alert.AlertDelivery.AlertSettings.defaults(),
              Clock.systemUTC()));
    }
  }
}
