package org.briefbot.core.command;

import java.util.Optional;
import java.util.stream.Collectors;

/** How a command is written, for help and for the messages that correct a person. */
final class Usage {
  private Usage() {}

  /** {@code /feeds add <url>}, or {@code /whosaid <quote>}. */
  static String of(BotCommand command, Optional<String> subcommand) {
    if (subcommand.isPresent()) {
      return command.subcommands().stream()
          .filter(s -> s.name().equals(subcommand.get()))
          .findFirst()
          .map(s -> "/" + command.name() + " " + s.usage())
          .orElse("/" + command.name());
    }
    String usage = command.usage();
    return "/" + command.name() + (usage.isEmpty() ? "" : " " + usage);
  }

  /** {@code /feeds add <url>, /feeds list or /feeds remove <url>}. */
  static String alternatives(BotCommand command) {
    var all =
        command.subcommands().stream().map(s -> "/" + command.name() + " " + s.usage()).toList();
    if (all.size() == 1) {
      return all.get(0);
    }
    return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + all.get(all.size() - 1);
  }
}
