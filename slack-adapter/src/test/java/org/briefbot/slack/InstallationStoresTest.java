package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation and OAuth state stores (migration V3) on H2 and on a real PostgreSQL server. */
class InstallationStoresTest {
  private static EmbeddedPostgres postgres;

  @TempDir Path dataDir;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void onH2() {
    try (Database database = Database.defaultH2(dataDir)) {
      exercise(database);
    }
  }

  @Test
  void onPostgres() throws Exception {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE slack_stores");
    }
    try (Database database =
        Database.open(postgres.getJdbcUrl("postgres", "slack_stores"), "postgres", null)) {
      assertThat(database.isPostgres()).isTrue();
      exercise(database);
    }
  }

  private static void exercise(Database database) {
    DatabaseInstallationService installs = new DatabaseInstallationService(database.jdbi());
    installs.saveInstallerAndBot(installer("T1", "xoxb-T1-first-token-000"));
    installs.saveInstallerAndBot(installer("T2", "xoxb-T2-other-token-000"));
    // Installing again replaces the workspace's token.
    installs.saveInstallerAndBot(installer("T1", "xoxb-T1-second-token-00"));

    assertThat(installs.findBot(null, "T1").getBotAccessToken())
        .isEqualTo("xoxb-T1-second-token-00");
    assertThat(installs.findBot(null, "T1").getInstalledAt()).isEqualTo(1_700_000_000_000L);
    assertThat(installs.findInstaller(null, "T2", "U5").getBotAccessToken())
        .isEqualTo("xoxb-T2-other-token-000");
    assertThat(installs.botToken("T2")).contains("xoxb-T2-other-token-000");
    assertThat(installs.findBot(null, "T3")).isNull();

    installs.deleteBot(installs.findBot(null, "T1"));
    assertThat(installs.findBot(null, "T1")).isNull();
    installs.deleteAll(null, "T2");
    assertThat(installs.botToken("T2")).isEmpty();

    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    DatabaseOAuthStateService states = new DatabaseOAuthStateService(database.jdbi(), clock);
    states.addNewStateToDatastore("state-one");
    assertThat(states.isAvailableInDatabase("state-one")).isTrue();
    assertThat(states.isAvailableInDatabase("state-two")).isFalse();
    states.deleteStateFromDatastore("state-one");
    assertThat(states.isAvailableInDatabase("state-one")).isFalse();
    states.addNewStateToDatastore("state-late");
    now.set(now.get().plusSeconds(states.getExpirationInSeconds() + 1));
    assertThat(states.isAvailableInDatabase("state-late")).isFalse();
  }

  private static DefaultInstaller installer(String team, String token) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setTeamId(team);
    installer.setTeamName("Workspace " + team);
    installer.setAppId("A1");
    installer.setBotId("B1");
    installer.setBotUserId("UBOT");
    installer.setBotAccessToken(token);
    installer.setBotScope("commands,chat:write");
    installer.setInstallerUserId("U1");
    installer.setIsEnterpriseInstall(false);
    installer.setInstalledAt(1_700_000_000_000L);
    return installer;
  }
}
