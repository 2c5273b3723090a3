package org.briefbot.app;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.HelpCommand;
import org.briefbot.core.command.PlainWordsQuestion;
import org.briefbot.core.command.QuoteQuestions;
import org.briefbot.core.command.QuotesByCommand;
import org.briefbot.core.command.WhoSaidCommand;
import org.briefbot.core.quotes.WhoSaidIndex;

/** Creates every command of the bot once, for whichever adapters run. */
public final class CommandSet {
  private CommandSet() {}

  public static CommandRouter create(BriefbotConfig config) {
    List<BotCommand> commands = new ArrayList<>();
    List<PlainWordsQuestion> questions = new ArrayList<>();
    CommandRouter[] router = new CommandRouter[1];
    commands.add(new HelpCommand(() -> router[0].commands()));
    // Quotes of the bundled stories until stored stories feed the index (WhoSaidIndex.add per story).
    WhoSaidIndex quotes = WhoSaidIndex.inMemory();
    SampleQuotes.load(quotes);
    commands.add(new WhoSaidCommand(quotes));
    commands.add(new QuotesByCommand(quotes));
    questions.add(new QuoteQuestions());
    router[0] = new CommandRouter(commands, questions);
    return router[0];
  }
}
