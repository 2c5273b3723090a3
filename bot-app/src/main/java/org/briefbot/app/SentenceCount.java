package org.briefbot.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --sentences} option's range, checked the same way by every subcommand that takes it.
 */
final class SentenceCount {
  static final int MAX = 10;

  private SentenceCount() {}

  static void check(CommandSpec spec, int sentences) {
    if (sentences < 1 || sentences > MAX) {
      throw new ParameterException(
          spec.commandLine(),
          "--sentences must be between 1 and " + MAX + ", not " + sentences + ".");
    }
  }
}
