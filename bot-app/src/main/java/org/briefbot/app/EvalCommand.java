package org.briefbot.app;

import picocli.CommandLine.Command;

/** {@code briefbot eval …}: measures a capability on an evaluation set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluates Briefbot on a data set and prints the scores.",
    subcommands = {EvalQuotesCommand.class})
public final class EvalCommand {
}
