package org.briefbot.core.command;

import java.time.Duration;

/**
 * Told how each command the router ran went, for the operator's metrics. Plain Java, so that the
 * core needs no metrics library; an observer must be quick and must not throw.
 */
@FunctionalInterface
public interface CommandObserver {
  /** An observer that notes nothing. */
  CommandObserver NONE = (command, outcome, elapsed) -> {};

  /** How a command ended for the asker. */
  enum Outcome {
    /** The command answered. */
    ANSWERED,
    /** The asker was told what was wrong with the request (bad option, no permission, …). */
    USER_ERROR,
    /** The command failed on Briefbot's side; the failure was logged. */
    FAILED
  }

  /**
   * @param command the command's declared name, never text the asker typed
   * @param elapsed from the router taking the request to the reply being ready
   */
  void observed(String command, Outcome outcome, Duration elapsed);
}
