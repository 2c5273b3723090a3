package org.briefbot.app;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.command.AlertsCommand;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.BriefCommand;
import org.briefbot.core.command.CommandObserver;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.DigestCommand;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.HelpCommand;
import org.briefbot.core.command.OverviewCommand;
import org.briefbot.core.command.PlainWordsQuestion;
import org.briefbot.core.command.QuoteQuestions;
import org.briefbot.core.command.QuotesByCommand;
import org.briefbot.core.command.WhoSaidCommand;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.search.SearchIndex;

/** Creates every command of the bot once, for whichever adapters run. */
public final class CommandSet {
  private CommandSet() {}

  /**
   * @param search the story and who-said indexes, kept in step with the store by {@link
   *     SearchIndex#keepInStep}
   * @param digests the digest subscriptions and their delivery
   * @param alerts the channels' alerts and their delivery
   */
  public static CommandRouter create(
      NewsIngestion news,
      StoryAnalyzer analyzer,
      SearchIndex search,
      DigestDelivery digests,
      AlertDelivery alerts) {
    return create(news, analyzer, search, digests, alerts, CommandObserver.NONE);
  }

  /**
   * The command set as {@link #create(NewsIngestion, StoryAnalyzer, SearchIndex, DigestDelivery,
   * AlertDelivery)} makes it, telling {@code observer} how each command went.
   */
  public static CommandRouter create(
      NewsIngestion news,
      StoryAnalyzer analyzer,
      SearchIndex search,
      DigestDelivery digests,
      AlertDelivery alerts,
      CommandObserver observer) {
    List<BotCommand> commands = new ArrayList<>();
    List<PlainWordsQuestion> questions = new ArrayList<>();
    CommandRouter[] router = new CommandRouter[1];
    commands.add(new HelpCommand(() -> router[0].commands()));
    commands.add(
        new BriefCommand(
            news.ingester(), news.stories(), analyzer, search, java.time.Clock.systemUTC()));
    commands.add(new WhoSaidCommand(search));
    commands.add(new QuotesByCommand(search));
    FeedsCommand feeds = new FeedsCommand(news);
    DigestCommand digest = new DigestCommand(digests, news.feeds());
    commands.add(feeds);
    commands.add(digest);
    commands.add(new AlertsCommand(alerts, news.feeds()));
    commands.add(new OverviewCommand(digest, feeds));
    questions.add(new QuoteQuestions());
    router[0] = new CommandRouter(commands, questions, observer);
    return router[0];
  }
}
