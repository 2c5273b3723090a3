package org.briefbot.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.briefbot.core.digest.DigestObserver;

/**
 * Digests as the operator sees them: {@code briefbot_digests_total{outcome,reason}} (delivered /
 * failed / skipped) and {@code briefbot_digest_delay_seconds}, how long after its due time a digest
 * was posted or refused.
 */
final class DigestMetrics implements DigestObserver {
  private static final Duration[] BUCKETS = {
    Duration.ofSeconds(5),
    Duration.ofSeconds(15),
    Duration.ofSeconds(30),
    Duration.ofMinutes(1),
    Duration.ofMinutes(2),
    Duration.ofMinutes(5),
    Duration.ofMinutes(15),
    Duration.ofHours(1),
    Duration.ofHours(2)
  };

  private final MeterRegistry registry;
  private final Timer delay;

  DigestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.delay =
        Timer.builder("briefbot.digest.delay")
            .description("How long after its due time a digest was posted or refused")
            .serviceLevelObjectives(BUCKETS)
            .register(registry);
    for (Outcome outcome : Outcome.values()) {
      counter(outcome); // every series from the start, so that a rate() sees the first one
    }
  }

  @Override
  public void handled(Outcome outcome, Duration late) {
    counter(outcome).increment();
    if (outcome != Outcome.EMPTY && outcome != Outcome.MISSED) {
      delay.record(late);
    }
  }

  private Counter counter(Outcome outcome) {
    String[] labels =
        switch (outcome) {
          case DELIVERED -> new String[] {"delivered", "posted"};
          case FAILED -> new String[] {"failed", "passing"};
          case FAILED_PERMANENTLY -> new String[] {"failed", "permanent"};
          case EMPTY -> new String[] {"skipped", "empty"};
          case MISSED -> new String[] {"skipped", "missed"};
        };
    return Counter.builder("briefbot.digests")
        .description("Due digests, by what became of them")
        .tag("outcome", labels[0])
        .tag("reason", labels[1])
        .register(registry);
  }
}
