package org.briefbot.core.command;

import java.time.Duration;
import org.briefbot.core.chat.Platform;

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

  /**
   * A request acknowledged to its platform (Discord's deferral taken, Slack's 200 sent).
   *
   * @param elapsed from the request reaching the adapter to the platform having the acknowledgement
   */
  default void acknowledged(Platform platform, Duration elapsed) {}
}
