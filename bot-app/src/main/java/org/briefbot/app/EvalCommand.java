package org.briefbot.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code briefbot eval …}: scores Briefbot on evaluation data; one subcommand per capability. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores Briefbot on evaluation data and prints the figures.",
    subcommands = {EvalSummariesCommand.class, EvalQuotesCommand.class, EvalDigestCommand.class})
final class EvalCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Say what to evaluate: one of " + spec.subcommands().keySet() + ".");
  }
}
