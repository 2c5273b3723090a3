package org.briefbot.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One subscription's digest of one local date.
 *
 * @param scheduledAt the occurrence it answers
 * @param startedAt when it was recorded (before posting)
 * @param finishedAt when the outcome was recorded
 * @param items how many items it carried
 * @param messageId the platform's id of the post, when posted
 * @param reason why it failed, was missed or is unconfirmed
 */
public record DigestRun(
    long id,
    long subscriptionId,
    LocalDate localDate,
    Instant scheduledAt,
    Instant startedAt,
    Optional<Instant> finishedAt,
    State state,
    int items,
    Optional<String> messageId,
    Optional<String> reason) {

  public enum State {
    /** Recorded, the post under way (or the process stopped while posting). */
    POSTING,
    /** The platform took it. */
    POSTED,
    /** Nothing new, and the subscription asks for no line on such days. */
    EMPTY,
    /** The platform refused it or could not be reached. */
    FAILED,
    /** Briefbot was down at the time and came back later than the grace period. */
    MISSED,
    /**
     * Recorded, but the process stopped before the platform answered: it may or may not have gone
     * out.
     */
    UNCONFIRMED
  }
}
