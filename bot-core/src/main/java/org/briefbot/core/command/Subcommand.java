package org.briefbot.core.command;

import java.util.List;
import java.util.Objects;

/**
 * A subcommand, as in {@code /feeds add <url>}: a name, a line for the pickers, its own options.
 */
public record Subcommand(String name, String description, List<CommandOption> options) {
  public Subcommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    options = List.copyOf(options);
  }

  public static Subcommand of(String name, String description, CommandOption... options) {
    return new Subcommand(name, description, List.of(options));
  }

  /** {@code add <url>}. */
  public String usage() {
    StringBuilder usage = new StringBuilder(name);
    options.forEach(option -> usage.append(' ').append(option.usage()));
    return usage.toString();
  }
}
