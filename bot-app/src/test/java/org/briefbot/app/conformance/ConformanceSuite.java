package org.briefbot.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefbot.app.BriefbotServices;
import org.briefbot.app.CoreObservers;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance table run on one surface: Briefbot's real command set over the demo story in a
 * database of its own, a local news site, and the platform's real client library against its local
 * stand-in. Each row asserts the facts a person must see on what the platform received.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConformanceSuite {
  StorySite site;
  BriefbotServices services;
  private Surface surface;

  /** The index's catch-up after the start, held until the first row that needs it. */
  private final Queue<Runnable> catchUp = new ConcurrentLinkedQueue<>();

  /** Starts the platform's side on {@link #services} (already open); the environment it needs. */
  abstract Surface start(Map<String, String> environment, BriefbotConfig config, Secrets secrets)
      throws Exception;

  /** The settings and secrets of this surface, beside those every surface shares. */
  abstract Map<String, String> environment() throws Exception;

  /** The posters digests go out by on this surface. */
  List<? extends ChannelPoster> posters() {
    return List.of();
  }

  @BeforeAll
  void open(@TempDir Path dataDir) throws Exception {
    site = new StorySite();
    Map<String, String> environment = new HashMap<>(environment());
    environment.put("BRIEFBOT_FETCH_ALLOW_PRIVATE", "true");
    // A link asked for again is read again at once: the rows of a page that changed need no wait.
    environment.put("BRIEFBOT_FETCH_RECHECK_LINKS_AFTER_MINUTES", "0");
    environment.put("BRIEFBOT_DB_URL", Database.h2Url(dataDir));
    environment.put("BRIEFBOT_DB_USER", "sa");
    BriefbotConfig config = BriefbotConfig.load(environment);
    Secrets secrets = Secrets.load(environment, "");
    // A first start leaves the index on disk; the table is asked over the next start, whose
    // catch-up with the store is held until the rows asked right after a start have been asked.
    try (BriefbotServices first =
        BriefbotServices.open(config, secrets, dataDir.resolve("index"), List.of())) {
      assertThat(first.search().awaitReady(Duration.ofSeconds(60))).isTrue();
    }
    services =
        BriefbotServices.open(
            config, secrets, dataDir.resolve("index"), posters(), CoreObservers.NONE, catchUp::add);
    surface = start(environment, config, secrets);
  }

  @AfterAll
  void close() throws Exception {
    if (surface != null) {
      surface.close();
    }
    if (services != null) {
      services.close();
    }
    site.close();
  }

  @TestFactory
  Stream<DynamicTest> everyRowOfTheTable() {
    return Scenarios.all(site).stream()
        .filter(row -> row.platforms().contains(surface.platform()))
        .map(row -> DynamicTest.dynamicTest(row.name(), () -> check(row)));
  }

  private void check(Scenario row) throws Exception {
    if (row.rightAfterAStart()) {
      assertThat(services.search().awaitReady(Duration.ZERO))
          .as("rows asked right after a start come first in the table")
          .isFalse();
    } else {
      for (Runnable task = catchUp.poll(); task != null; task = catchUp.poll()) {
        task.run();
      }
      assertThat(services.search().awaitReady(Duration.ofSeconds(60))).isTrue();
    }
    Platform platform = surface.platform();
    List<Surface.Seen> seen = surface.ask(row.ask());
    String all = seen.stream().map(Surface.Seen::text).collect(Collectors.joining("\n---\n"));
    String meant =
        seen.stream()
            .filter(s -> s.audience() == row.audience())
            .map(Surface.Seen::text)
            .collect(Collectors.joining("\n---\n"));
    String others =
        seen.stream()
            .filter(s -> s.audience() != row.audience())
            .map(Surface.Seen::text)
            .collect(Collectors.joining("\n---\n"));
    assertThat(meant)
        .as("what %s showed %s (all it showed: %s)", platform, row.audience(), all)
        .isNotBlank();
    for (Scenario.Fact fact : row.facts()) {
      String expected = expected(fact, platform);
      assertThat(meant).as("%s shows the %s", platform, row.audience()).contains(expected);
      if (row.audience() == Scenario.Audience.ASKER) {
        assertThat(others)
            .as("%s keeps the asker's answer from the channel", platform)
            .doesNotContain(expected);
      }
    }
    for (String absent : row.absent()) {
      assertThat(all).as("%s never shows it", platform).doesNotContain(absent);
    }
  }

  private String expected(Scenario.Fact fact, Platform platform) {
    if (fact instanceof Scenario.Fact.Words words) {
      return words.text().replace("{place}", platform.placeWord());
    }
    if (fact instanceof Scenario.Fact.PlatformWords words) {
      return words.text().apply(platform);
    }
    return surface.written(((Scenario.Fact.Time) fact).moment().get());
  }
}
