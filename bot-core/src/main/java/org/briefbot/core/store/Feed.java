package org.briefbot.core.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A polled feed and the state of its polling.
 *
 * @param etag the validator of the last successful fetch, sent back as {@code If-None-Match}
 * @param lastModified the other validator, sent back as {@code If-Modified-Since}
 * @param consecutiveFailures failed polls since the last success
 * @param lastError the last failure's message (one sentence, fit to show)
 * @param disabledReason why polling stopped, when it stopped (shown by {@code /feeds list})
 */
public record Feed(
    long id,
    String url,
    Optional<String> title,
    Optional<String> etag,
    Optional<String> lastModified,
    Duration pollInterval,
    Instant nextPollAt,
    Optional<Instant> lastPolledAt,
    Optional<Instant> lastSuccessAt,
    int consecutiveFailures,
    Optional<String> lastError,
    Optional<Instant> disabledAt,
    Optional<String> disabledReason) {

  public boolean isDisabled() {
    return disabledAt.isPresent();
  }
}
