package org.briefbot.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.command.CommandObserver;

/**
 * Commands as the operator sees them: {@code briefbot_commands_total{command,outcome}}, the latency
 * histogram {@code briefbot_command_seconds{command}}, and how long the platforms waited for their
 * acknowledgement, {@code briefbot_acknowledgement_seconds{platform}} (Discord's deferral, Slack's
 * 200; both allow 3 s). The command label is the declared name the router reports, so nothing a
 * person typed becomes a label.
 */
final class CommandMetrics implements CommandObserver {
  /** Bucket bounds: a chat platform allows 3 s to answer, a fetch of a linked page 10 s. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30)
  };

  /** Acknowledgement bounds: Discord and Slack both give up after 3 s. */
  private static final Duration[] ACKNOWLEDGEMENT_BUCKETS = {
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(3)
  };

  private final MeterRegistry registry;

  CommandMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void observed(String command, Outcome outcome, Duration elapsed) {
    Counter.builder("briefbot.commands")
        .description("Commands handled, by command and how they ended")
        .tag("command", command)
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
    Timer.builder("briefbot.command")
        .description("Time from taking a command to its reply being ready")
        .tag("command", command)
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(elapsed);
  }

  @Override
  public void acknowledged(Platform platform, Duration elapsed) {
    Timer.builder("briefbot.acknowledgement")
        .description(
            "Time from a request reaching the bot to the platform having its acknowledgement")
        .tag("platform", platform.name().toLowerCase(Locale.ROOT))
        .serviceLevelObjectives(ACKNOWLEDGEMENT_BUCKETS)
        .register(registry)
        .record(elapsed);
  }
}
