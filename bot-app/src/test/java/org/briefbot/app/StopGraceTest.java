package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The compose files give a stopping Briefbot at least the time its longest graceful stop takes, so
 * Docker never kills it while it records a digest or finishes an answer.
 */
class StopGraceTest {
  private static final Pattern GRACE = Pattern.compile("stop_grace_period:\\s*(\\d+)s");

  @Test
  void everyComposeServiceOfBriefbotWaitsAtLeastItsLongestStop() throws IOException {
    for (String file : List.of("compose.yaml", "compose.replicas.yaml")) {
      String compose = Files.readString(Path.of("..", "deploy", file));
      Matcher grace = GRACE.matcher(compose);
      assertThat(grace.find()).as(file + " sets a stop_grace_period").isTrue();
      do {
        assertThat(Duration.ofSeconds(Long.parseLong(grace.group(1))))
            .as(file)
            .isGreaterThanOrEqualTo(BriefbotCli.LONGEST_STOP);
      } while (grace.find());
    }
  }
}
