package org.briefbot.core.store;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Updates stored on a real PostgreSQL server, started by the test. */
class PostgresStoryUpdatesTest extends StoryUpdatesContract {
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
}
