package org.briefbot.app;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.BriefCommand;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.HelpCommand;
import org.briefbot.core.command.PlainWordsQuestion;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.StoryAnalyzer;

/** Creates every command of the bot once, for whichever adapters run. */
public final class CommandSet {
  private CommandSet() {}

  public static CommandRouter create(BriefbotConfig config, NewsIngestion news, StoryAnalyzer analyzer) {
    List<BotCommand> commands = new ArrayList<>();
    List<PlainWordsQuestion> questions = new ArrayList<>();
    CommandRouter[] router = new CommandRouter[1];
    commands.add(new HelpCommand(() -> router[0].commands()));
    commands.add(new BriefCommand(news.ingester(), news.stories(), analyzer));
    commands.add(new FeedsCommand(news));
    router[0] = new CommandRouter(commands, questions);
    return router[0];
  }
}
