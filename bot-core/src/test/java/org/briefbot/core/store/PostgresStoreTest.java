package org.briefbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store on a real PostgreSQL server, started by the test (no installation needed). */
class PostgresStoreTest extends StoreContract {
  private static EmbeddedPostgresServer postgres;

  @BeforeAll
  static void startServer() throws IOException {
    postgres = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    postgres.close();
  }

  @Override
  Database openFreshDatabase() throws Exception {
    return Database.open(postgres.freshDatabaseUrl("briefbot"), "postgres", null);
  }

  @Test
  void itReallyIsPostgres() {
    assertThat(database.isPostgres()).isTrue();
    String version =
        database
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT version()").mapTo(String.class).one());
    assertThat(version).startsWith("PostgreSQL");
  }

  @Test
  void aSecondStartOnAnUpToDateDatabaseSkipsFlyway() {
    assertThat(database.schemaMigrated()).isTrue();
    try (Database again = Database.open(database.jdbcUrl(), "postgres", null)) {
      assertThat(again.schemaMigrated()).isFalse();
      assertThat(new StoryStore(again).count()).isZero();
    }
  }
}
