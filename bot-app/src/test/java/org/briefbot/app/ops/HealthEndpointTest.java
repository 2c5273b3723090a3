package org.briefbot.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a probe sees at {@code /health/live} and {@code /health/ready}: ready only when the database
 * answers, its schema is current, the index has caught up and each started platform is up;
 * otherwise 503 with the failed checks named.
 */
class HealthEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private Database database;
  private NewsIngestion news;
  private SearchIndex search;
  private BriefbotMetrics metrics;
  private Readiness readiness;
  private OpsServer server;

  @BeforeEach
  void start() {
    database = Database.defaultH2(dataDir);
    news = NewsIngestion.create(database, FetchSettings.defaults(), NewsSetup.analyzer(3));
    search = SearchIndex.inMemory();
    metrics = new BriefbotMetrics();
    readiness = new Readiness(new ArrayList<>(ServiceChecks.core(database, search)));
    server = OpsServer.start("127.0.0.1", 0, readiness, metrics);
  }

  @AfterEach
  void stop() {
    server.close();
    metrics.close();
    search.close();
    news.close();
    database.close();
  }

  private void indexCaughtUp() {
    search.keepInStep(news.stories(), news.ingester(), Runnable::run);
  }

  private JsonNode ready(int expectedStatus) throws Exception {
    HttpResponse<String> response = OpsHttp.get(server.port(), "/health/ready");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    return JSON.readTree(response.body());
  }

  private static List<String> failed(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.path("failed").forEach(name -> names.add(name.asText()));
    return names;
  }

  private static String problemOf(JsonNode body, String check) {
    for (JsonNode each : body.path("checks")) {
      if (each.path("name").asText().equals(check)) {
        return each.path("problem").asText();
      }
    }
    throw new AssertionError("no check " + check + " in " + body);
  }

  @Test
  void liveAnswersWhileTheProcessServesEvenWhenNotReady() throws Exception {
    HttpResponse<String> live = OpsHttp.get(server.port(), "/health/live");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(live.body()).path("status").asText()).isEqualTo("live");
    ready(503);
  }

  @Test
  void readyOnceTheDatabaseAnswersItsSchemaIsCurrentAndTheIndexCaughtUp() throws Exception {
    indexCaughtUp();

    JsonNode body = ready(200);

    assertThat(body.path("status").asText()).isEqualTo("ready");
    assertThat(failed(body)).isEmpty();
    assertThat(body.path("checks").findValuesAsText("name"))
        .containsExactly("database", "migrations", "search_index");
  }

  @Test
  void anIndexStillCatchingUpIsTheNamedFailure() throws Exception {
    JsonNode body = ready(503);

    assertThat(body.path("status").asText()).isEqualTo("not ready");
    assertThat(failed(body)).containsExactly("search_index");
    assertThat(problemOf(body, "search_index")).contains("catching up");
  }

  @Test
  void aDatabaseThatIsDownIsNamedWithoutItsAddress() throws Exception {
    indexCaughtUp();
    database.close();

    JsonNode body = ready(503);

    assertThat(failed(body)).contains("database").doesNotContain("search_index");
    assertThat(problemOf(body, "database")).isEqualTo("not reachable");
    assertThat(body.toString()).doesNotContain(dataDir.toString()).doesNotContain("jdbc:");
  }

  @Test
  void aSchemaBehindThisBuildsNewestMigrationIsNamed() throws Exception {
    indexCaughtUp();
    database
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" ="
                        + " (SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")"));

    assertThat(failed(ready(503))).containsExactly("migrations");
  }

  @Test
  void aPlatformNotStartedYetKeepsTheProcessUnready() throws Exception {
    indexCaughtUp();
    readiness.add(ServiceChecks.slack(() -> null));

    JsonNode body = ready(503);

    assertThat(failed(body)).containsExactly("slack");
    assertThat(problemOf(body, "slack")).isEqualTo("not started");
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    assertThat(OpsHttp.get(server.port(), "/health/readyx").statusCode()).isEqualTo(404);
    assertThat(OpsHttp.get(server.port(), "/admin").statusCode()).isEqualTo(404);
    assertThat(OpsHttp.send(server.port(), "/metrics", "POST").statusCode()).isEqualTo(405);
  }
}
