package org.briefbot.app;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.app.console.ConsoleAdapter;
import org.briefbot.app.console.ConsoleChannelPoster;
import org.briefbot.app.console.ConsoleRenderer;
import org.briefbot.core.command.ChannelPoster;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.schedule.BackgroundJobs;
import org.briefbot.core.command.UserFacingException;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.news.WhoSaidFeed;
import org.briefbot.core.quotes.WhoSaidIndex;
import org.briefbot.core.nlp.UnsupportedTextException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.briefbot.app.news.DemoStories;
import org.briefbot.app.news.IngestCommand;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code briefbot} command: with no subcommand, runs the bot; subcommands are one-shot tools. */
@Command(
    name = "briefbot",
    mixinStandardHelpOptions = true,
    version = "Briefbot 0.1.0",
    description = "A news-briefing chatbot. With no subcommand: the console, over the bundled demo story and the stored ones.",
    subcommands = {SummarizeCommand.class, QuotesCommand.class, EvalCommand.class, IngestCommand.class})
public final class BriefbotCli implements Runnable {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** The command line with subcommands made by {@code factory} (tests give them their own environment). */
  public static CommandLine commandLine(CommandLine.IFactory factory) {
    CommandLine commandLine = new CommandLine(new BriefbotCli(), factory);
    commandLine.setExecutionExceptionHandler(BriefbotCli::reportFailure);
    return commandLine;
  }

  @Override
  public void run() {
    Map<String, String> environment = System.getenv();
    BriefbotConfig config = BriefbotConfig.load(environment);
    Secrets secrets = Secrets.load(environment, config.secretsFile());
    if (secrets.hasDiscord()) {
      // The Discord adapter is not in this build yet; say so rather than pretend to connect.
      System.err.println("briefbot: a Discord token is set, but this build has no Discord adapter yet.");
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    serveConsole(config, secrets, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
  }

  /**
   * Builds the core over the configured database — news, the who-said index, the demo story,
   * digests and the background jobs (digest check, feed polling) — and runs the console on
   * {@code in} and {@code out} until it ends.
   */
  static void serveConsole(BriefbotConfig config, Secrets secrets, BufferedReader in, PrintStream out) {
    StoryAnalyzer analyzer = NewsSetup.analyzer(config.summary().sentences());
    try (Database database = NewsSetup.database(config.storage(), secrets, Optional.empty());
        NewsIngestion news = NewsSetup.news(database, config, analyzer);
        WhoSaidIndex quotes = WhoSaidIndex.inMemory()) {
      // Connected before the demo stories are stored, so that on a first start they reach the index too.
      WhoSaidFeed.connect(news.stories(), news.ingester(), quotes);
      DemoStories.storeMissing(news.ingester());
      ConsoleRenderer renderer = new ConsoleRenderer(config.console().width());
      List<ChannelPoster> posters = new java.util.ArrayList<>(List.of(new ConsoleChannelPoster(renderer, out)));
      SlackLaunch.channelPoster(config, secrets, database).ifPresent(posters::add);
      DigestDelivery digests = new DigestDelivery(new DigestStore(database), news.stories(), news.feeds(), posters,
          config.digest().settings(), Clock.systemUTC());
      CommandRouter router = CommandSet.create(news, analyzer, quotes, digests);
      try (BackgroundJobs jobs = BackgroundJobs.start(database, digests, news, Clock.systemUTC(),
          BackgroundJobs.Timing.defaults(), List.of())) {
        Optional<org.briefbot.slack.SlackAdapter> slack = SlackLaunch.start(config, secrets, router, database);
        if (slack.isPresent()) {
          SlackLaunch.serveUntilStopped(slack.get());
          return;
        }
        new ConsoleAdapter(router, renderer).run(in, out, "Briefbot console. Type /help for the commands, quit to leave.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A problem the user can act on is one line on stderr and exit code 1; nothing else reaches them as a trace. */
  private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (failure instanceof UnsupportedTextException || failure instanceof UserFacingException) {
      err.println("briefbot: " + failure.getMessage());
      return 1;
    }
    err.println("briefbot: internal error (" + failure.getClass().getSimpleName() + "); see the log for details.");
    org.slf4j.LoggerFactory.getLogger(BriefbotCli.class).error("command failed", failure);
    return 2;
  }
}
