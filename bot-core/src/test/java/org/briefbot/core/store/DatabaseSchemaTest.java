package org.briefbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema at start: Flyway migrates a new database and one that is behind; a database whose
 * history already holds the newest migration opens without it.
 */
class DatabaseSchemaTest {
  @TempDir Path dataDir;

  @Test
  void aNewDatabaseIsMigratedAndTheNextStartSkipsFlyway() {
    try (Database first = Database.defaultH2(dataDir)) {
      assertThat(first.schemaMigrated()).isTrue();
      saveAStory(first);
    }
    try (Database second = Database.defaultH2(dataDir)) {
      assertThat(second.schemaMigrated()).isFalse();
      assertThat(new StoryStore(second).findByUrl("https://ledger.example/ferry")).isPresent();
    }
  }

  @Test
  void aDatabaseOneMigrationBehindIsMigratedAtStart() {
    try (Database database = Database.defaultH2(dataDir)) {
      // As a database left by the build before the newest migration: its column gone, its history
      // row too.
      database
          .jdbi()
          .useHandle(
              h -> {
                h.execute("DROP TABLE digest_covered_updates");
                h.execute("DROP TABLE story_updates");
                h.execute("ALTER TABLE stories DROP COLUMN checked_at");
                h.execute("ALTER TABLE stories DROP COLUMN page_etag");
                h.execute("ALTER TABLE stories DROP COLUMN page_last_modified");
                h.execute("ALTER TABLE feed_items DROP COLUMN revision");
                h.execute(
                    "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                        + Database.LATEST_MIGRATION
                        + "'");
              });
    }
    try (Database behind = Database.defaultH2(dataDir)) {
      assertThat(behind.schemaMigrated()).isTrue();
      int claimed =
          behind
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(checked_at) FROM stories")
                          .mapTo(Integer.class)
                          .one());
      assertThat(claimed).isZero(); // the column is back
    }
    try (Database again = Database.defaultH2(dataDir)) {
      assertThat(again.schemaMigrated()).isFalse();
    }
  }

  @Test
  void aFailedMigrationOnRecordGoesToFlywayEvenAtTheNewestVersion() {
    try (Database database = Database.defaultH2(dataDir)) {
      database
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'"));
      assertThat(Database.schemaIsLatest(database.dataSource(), Database.h2Url(dataDir))).isFalse();
      database
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '1'"));
      assertThat(Database.schemaIsLatest(database.dataSource(), Database.h2Url(dataDir))).isTrue();
    }
  }

  @Test
  void theNewestMigrationNamedInTheCodeIsTheNewestFileInEachFolder() throws Exception {
    assertThat(newestIn("db/migration"))
        .isEqualTo(MigrationVersion.fromVersion(Database.LATEST_MIGRATION));
    assertThat(newestIn("db/h2"))
        .isEqualTo(MigrationVersion.fromVersion(Database.LATEST_H2_MIGRATION));
    assertThat(Database.latestMigration("jdbc:postgresql://db.example/briefbot"))
        .isEqualTo(MigrationVersion.fromVersion(Database.LATEST_MIGRATION));
  }

  private static MigrationVersion newestIn(String folder) throws IOException, URISyntaxException {
    Path path = Path.of(DatabaseSchemaTest.class.getClassLoader().getResource(folder).toURI());
    Pattern versioned = Pattern.compile("V([0-9_.]+)__.*\\.sql");
    MigrationVersion newest = MigrationVersion.EMPTY;
    try (Stream<Path> files = Files.list(path)) {
      for (Path file : files.toList()) {
        Matcher name = versioned.matcher(file.getFileName().toString());
        if (name.matches()) {
          MigrationVersion version = MigrationVersion.fromVersion(name.group(1).replace('_', '.'));
          newest = version.isNewerThan(newest) ? version : newest;
        }
      }
    }
    return newest;
  }

  private static void saveAStory(Database database) {
    String text =
        "Ferry fares rise.\n\nThe harbor board raised the ferry fare by a dollar on Monday.";
    new StoryStore(database)
        .save(
            new NewStory(
                "https://ledger.example/ferry",
                "https://ledger.example/ferry",
                "Ferry fares rise",
                "Harbor Ledger",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.time.Instant.parse("2026-03-02T10:00:00Z"),
                text,
                java.util.List.of(new StorySentence(0, 0, 0, text.length())),
                java.util.List.of(0),
                java.util.List.of(),
                "eng",
                Sha256.hex(text),
                14),
            StorySource.link("https://ledger.example/ferry", "Harbor Ledger", "Ferry fares rise"),
            OptionalLong.empty());
  }
}
