package org.briefbot.app;

import java.io.PrintWriter;
import org.briefbot.core.nlp.UnsupportedTextException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code briefbot} command: with no subcommand, runs the bot; subcommands are one-shot tools. */
@Command(
    name = "briefbot",
    mixinStandardHelpOptions = true,
    version = "Briefbot 0.1.0",
    description = "A news-briefing chatbot. With no subcommand: runs on Discord/Slack when a token is set, else the console.",
    subcommands = {})
public final class BriefbotCli implements Runnable {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new BriefbotCli());
    commandLine.setExecutionExceptionHandler(BriefbotCli::reportFailure);
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "the chat adapters are not built yet");
  }

  /** A problem the user can act on is one line on stderr and exit code 1; nothing else reaches them as a trace. */
  private static int reportFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (failure instanceof UnsupportedTextException) {
      err.println("briefbot: " + failure.getMessage());
      return 1;
    }
    err.println("briefbot: internal error (" + failure.getClass().getSimpleName() + "); see the log for details.");
    org.slf4j.LoggerFactory.getLogger(BriefbotCli.class).error("command failed", failure);
    return 2;
  }
}
