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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.app.console.ConsoleAdapter;
import org.briefbot.app.console.ConsoleChannelPoster;
import org.briefbot.app.console.ConsoleRenderer;
import org.briefbot.app.news.FeedListCommand;
import org.briefbot.app.news.IngestCommand;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.app.ops.BriefbotMetrics;
import org.briefbot.app.ops.OpsEndpoint;
import org.briefbot.app.ops.ServiceChecks;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.discord.DiscordAdapter;
import org.briefbot.slack.SlackAdapter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code briefbot} command: with no subcommand, runs the bot; subcommands are one-shot tools.
 */
@Command(
    name = "briefbot",
    mixinStandardHelpOptions = true,
    version = "Briefbot 0.1.0",
    description =
        "A news-briefing chatbot. With no subcommand: the console, over the bundled demo story and the stored ones.",
    subcommands = {
      SummarizeCommand.class,
      QuotesCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      FeedListCommand.class,
      SlackManifestCommand.class
    })
public final class BriefbotCli implements Runnable {
  /** How long the core gets to close after the platforms stopped. */
  private static final Duration CLOSE_CORE = Duration.ofSeconds(5);

  /**
   * The longest a stop on SIGTERM takes: the digests being posted recorded, then the platforms
   * closed side by side (Discord's answers and gateways the longest), then the core. A service
   * manager's stop grace ({@code stop_grace_period} in {@code deploy/}) gives at least this before
   * it kills the process.
   */
  static final Duration LONGEST_STOP =
      org.briefbot.core.schedule.BackgroundJobs.SHUTDOWN_MAX_WAIT
          .plus(
              java.util.Collections.max(
                  List.of(
                      org.briefbot.discord.DiscordAdapter.LONGEST_CLOSE,
                      org.briefbot.slack.SlackAdapter.LONGEST_CLOSE)))
          .plus(CLOSE_CORE);

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /**
   * The command line with subcommands made by {@code factory} (tests give them their own
   * environment).
   */
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
    if (secrets.hasDiscord() || SlackLaunch.configured(config, secrets)) {
      servePlatforms(config, secrets, NewsSetup.indexDirectory(environment));
      return;
    }
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    serveConsole(
        config,
        secrets,
        NewsSetup.indexDirectory(environment),
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
        out);
  }

  /** The core with the console on {@code in} and {@code out}, until the person leaves. */
  static void serveConsole(
      BriefbotConfig config,
      Secrets secrets,
      Path indexDirectory,
      BufferedReader in,
      PrintStream out) {
    ConsoleRenderer renderer = new ConsoleRenderer(config.console().width());
    try (BriefbotServices services =
        BriefbotServices.open(
            config, secrets, indexDirectory, List.of(new ConsoleChannelPoster(renderer, out)))) {
      services.startJobs();
      new ConsoleAdapter(services.router(), renderer)
          .run(in, out, "Briefbot console. Type /help for the commands, quit to leave.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The core with every chat platform that has credentials, in one process, until SIGTERM or
   * Ctrl+C: then each platform finishes the answers under way and disconnects before the core
   * closes.
   */
  static void servePlatforms(BriefbotConfig config, Secrets secrets, Path indexDirectory) {
    List<ConnectingPoster> posters = new ArrayList<>();
    ConnectingPoster discord = new ConnectingPoster(Platform.DISCORD);
    if (secrets.hasDiscord()) {
      posters.add(discord);
    }
    ConnectingPoster slack = new ConnectingPoster(Platform.SLACK);
    if (SlackLaunch.configured(config, secrets)) {
      posters.add(slack);
    }
    List<AutoCloseable> platforms = new ArrayList<>();
    CountDownLatch coreClosed = new CountDownLatch(1);
    try (BriefbotMetrics metrics = new BriefbotMetrics();
        BriefbotServices services =
            BriefbotServices.open(config, secrets, indexDirectory, posters, metrics.observers());
        OpsEndpoint ops = OpsEndpoint.start(config.ops(), services, metrics)) {
      try {
        if (secrets.hasDiscord()) {
          AtomicReference<DiscordAdapter> started = new AtomicReference<>();
          ops.readiness().add(ServiceChecks.discord(started::get));
          DiscordAdapter bot = DiscordLaunch.start(config, secrets, services.router());
          platforms.add(bot);
          discord.connect(bot.poster());
          started.set(bot);
        }
        AtomicReference<SlackAdapter> slackStarted = new AtomicReference<>();
        if (SlackLaunch.configured(config, secrets)) {
          ops.readiness().add(ServiceChecks.slack(slackStarted::get));
        }
        Optional<SlackAdapter> slackApp =
            SlackLaunch.start(config, secrets, services.router(), services.database());
        if (slackApp.isPresent()) {
          platforms.add(slackApp.get());
          slack.connect(slackApp.get().channelPoster());
          slackStarted.set(slackApp.get());
        }
        services.startJobs();
        runUntilStopped(services::stopJobs, platforms, coreClosed);
      } finally {
        platforms.forEach(BriefbotServices::closeQuietly);
      }
    } finally {
      coreClosed.countDown();
    }
  }

  /**
   * Blocks until the process is asked to stop (SIGTERM, Ctrl+C); then stops the background jobs (no
   * further digest claimed, the one being posted recorded while the platforms and the database
   * still work), closes the platforms — each finishes its answers under way — and gives the caller
   * a moment to close the core. The stop waits for the core itself, not for the calling thread:
   * that thread goes on to {@code System.exit}, which blocks while the JVM is already stopping.
   */
  private static void runUntilStopped(
      Runnable stopJobs, List<AutoCloseable> platforms, CountDownLatch coreClosed) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopJobs.run();
                  closeSideBySide(platforms);
                  stopped.countDown();
                  try {
                    coreClosed.await(CLOSE_CORE.toMillis(), TimeUnit.MILLISECONDS);
                  } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                  }
                },
                "briefbot-stop"));
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes each platform on a thread of its own and waits for all of them. */
  private static void closeSideBySide(List<AutoCloseable> platforms) {
    List<Thread> closing = new java.util.ArrayList<>();
    for (AutoCloseable platform : platforms) {
      Thread thread =
          new Thread(() -> BriefbotServices.closeQuietly(platform), "briefbot-stop-platform");
      thread.start();
      closing.add(thread);
    }
    for (Thread thread : closing) {
      try {
        thread.join();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * A problem the user can act on is one line on stderr and exit code 1; nothing else reaches them
   * as a trace.
   */
  private static int reportFailure(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (failure instanceof UnsupportedTextException || failure instanceof UserFacingException) {
      err.println("briefbot: " + failure.getMessage());
      return 1;
    }
    err.println(
        "briefbot: internal error ("
            + failure.getClass().getSimpleName()
            + "); see the log for details.");
    org.slf4j.LoggerFactory.getLogger(BriefbotCli.class).error("command failed", failure);
    return 2;
  }
}
