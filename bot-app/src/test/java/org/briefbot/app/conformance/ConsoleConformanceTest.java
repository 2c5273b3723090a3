package org.briefbot.app.conformance;

import java.util.Map;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;

/** The conformance table in the terminal console. */
class ConsoleConformanceTest extends ConformanceSuite {
  @Override
  Map<String, String> environment() {
    return Map.of();
  }

  @Override
  Surface start(Map<String, String> environment, BriefbotConfig config, Secrets secrets) {
    return new ConsoleSurface(services.router());
  }
}
