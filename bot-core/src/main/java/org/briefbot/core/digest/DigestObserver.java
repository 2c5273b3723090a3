package org.briefbot.core.digest;

import java.time.Duration;

/**
 * Told what became of each due digest this process handled, for the operator's metrics. Plain Java,
 * so that the core needs no metrics library; an observer must be quick, must not throw, and is
 * called from several posting threads at once.
 */
@FunctionalInterface
public interface DigestObserver {
  /** An observer that notes nothing. */
  DigestObserver NONE = (outcome, late) -> {};

  /** What became of a due digest. */
  enum Outcome {
    /** The platform took the post. */
    DELIVERED,
    /** The platform refused it for a reason that may pass; the next occurrence tries again. */
    FAILED,
    /** The platform refused it for good (channel gone, bot removed); the subscription paused. */
    FAILED_PERMANENTLY,
    /** Nothing to post on a day without news. */
    EMPTY,
    /** Briefbot was down past the grace period at its time. */
    MISSED
  }

  /**
   * @param late how long after its due time the digest was posted or given up (zero or more)
   */
  void handled(Outcome outcome, Duration late);
}
