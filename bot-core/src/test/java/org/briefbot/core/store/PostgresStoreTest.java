package org.briefbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store on a real PostgreSQL server, started by the test (no installation needed). */
class PostgresStoreTest extends StoreContract {
  private static EmbeddedPostgres postgres;
  private static final AtomicInteger databases = new AtomicInteger();

  @BeforeAll
  static void startServer() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    postgres.close();
  }

  @Override
  Database openFreshDatabase() throws Exception {
    String name = "briefbot_" + databases.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return Database.open(postgres.getJdbcUrl("postgres", name), "postgres", null);
  }

  @Test
  void itReallyIsPostgres() {
    assertThat(database.isPostgres()).isTrue();
    String version = database.jdbi().withHandle(h -> h.createQuery("SELECT version()").mapTo(String.class).one());
    assertThat(version).startsWith("PostgreSQL");
  }
}
