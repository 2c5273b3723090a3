package org.briefbot.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * The database: a pooled connection (HikariCP), the schema brought up to date (Flyway, from {@code
 * db/migration}, plus {@code db/h2} on H2), and Jdbi over it. An embedded H2 file under {@code
 * ./data/} by default — nothing to install — or PostgreSQL (or any JDBC URL) when configured.
 */
public final class Database implements AutoCloseable {
  public static final Path DEFAULT_DATA_DIR = Path.of("data");

  /**
   * The newest migration in {@code db/migration} and in {@code db/h2}: raise it with each new file
   * ({@code DatabaseSchemaTest} fails the build until it is), or existing databases would not be
   * migrated.
   */
  static final String LATEST_MIGRATION = "11";

  static final String LATEST_H2_MIGRATION = "1.1";

  /** Flyway's default name for its history, in the connection's schema. */
  private static final String HISTORY_TABLE = "flyway_schema_history";

  /** How long an answer waits for a connection before the store is called unavailable. */
  public static final java.time.Duration CONNECTION_TIMEOUT = java.time.Duration.ofSeconds(2);

  /**
   * PostgreSQL: how long opening a connection may take — the TCP connect, and the whole login — so
   * that a server that accepts and never answers costs a pooled connection's opener this, not the
   * operating system's minutes.
   */
  public static final java.time.Duration CONNECT_TIMEOUT = java.time.Duration.ofSeconds(2);

  /**
   * PostgreSQL: the longest a statement waits for the server's next bytes before its connection is
   * called broken (SQL state 08006, the store unavailable): a socket that hangs mid-answer holds an
   * answer this long at most. Every statement Briefbot sends answers in milliseconds; the schema
   * migrations, which may take longer on a large database, run on a connection of their own without
   * it.
   */
  public static final java.time.Duration SOCKET_TIMEOUT = java.time.Duration.ofSeconds(5);

  /** How long the pool's check of an idle connection may take before it opens another. */
  static final java.time.Duration VALIDATION_TIMEOUT = java.time.Duration.ofSeconds(1);

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final String jdbcUrl;
  private final boolean schemaMigrated;
  private final LiveProcesses.Connector lockConnector; // null on H2
  private LiveProcesses liveProcesses; // guarded by this

  private Database(String jdbcUrl, String user, String password, int poolSize) {
    this.jdbcUrl = jdbcUrl;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("briefbot-db");
    // Fail within a couple of seconds when the server is away (StoreUnavailable says so), rather
    // than hold an answer worker that index-only answers are waiting for.
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
    config.setInitializationFailTimeout(1);
    boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
    if (postgres) {
      // PgJDBC's own timeouts, in seconds: without them a server that hangs (a half-open
      // connection, a frozen host) holds a connection, and the answer on it, until TCP gives up.
      config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT.toSeconds()));
      config.addDataSourceProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT.toSeconds()));
      config.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toSeconds()));
    }
    this.dataSource = new HikariDataSource(config);
    try {
      if (schemaIsLatest(dataSource, jdbcUrl)) {
        this.schemaMigrated = false;
      } else {
        var flyway = Flyway.configure().locations(migrationLocations(jdbcUrl));
        if (postgres) {
          // A connection of its own, without the socket timeout: an index built on a large table
          // may take longer than any answer's statement.
          flyway.dataSource(jdbcUrl, user, password);
        } else {
          flyway.dataSource(dataSource);
        }
        flyway.load().migrate();
        this.schemaMigrated = true;
      }
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    this.jdbi = Jdbi.create(new WaitingDataSource(dataSource));
    jdbi.registerArgument(new InstantArgumentFactory());
    jdbi.registerColumnMapper(Instant.class, instantMapper());
    this.lockConnector = postgres ? () -> lockConnection(jdbcUrl, user, password) : null;
  }

  /**
   * The connection that holds this process's lock (PostgreSQL): outside the pool, which renews its
   * connections, with the same timeouts as the pool's.
   */
  private static Connection lockConnection(String jdbcUrl, String user, String password)
      throws SQLException {
    java.util.Properties properties = new java.util.Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT.toSeconds()));
    properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT.toSeconds()));
    properties.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT.toSeconds()));
    properties.setProperty("ApplicationName", "briefbot process lock");
    return java.sql.DriverManager.getConnection(jdbcUrl, properties);
  }

  /**
   * This process among the others on the database: its key, registered (and on PostgreSQL its lock
   * taken) on first use.
   */
  public synchronized LiveProcesses liveProcesses() {
    if (liveProcesses == null) {
      liveProcesses = LiveProcesses.register(jdbi, jdbcUrl, lockConnector);
    }
    return liveProcesses;
  }

  /**
   * The schema every database gets ({@code db/migration}, portable SQL), and for H2 its own tuning
   * ({@code db/h2}). Flyway numbers both folders in one sequence: {@code db/h2} holds V1_1, so the
   * next shared migration is V2 (an H2-only one after it V2_1, and so on).
   */
  static String[] migrationLocations(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:")
        ? new String[] {"classpath:db/migration", "classpath:db/h2"}
        : new String[] {"classpath:db/migration"};
  }

  /**
   * Whether the schema history says the newest migration this build carries is applied, all of them
   * successfully: then the start skips Flyway — its classes, its scan of the jar for migrations and
   * its check of every applied one, the larger part of opening the database, for nothing to do.
   * Anything else — no history yet, a migration behind or ahead, a failed one, a history that
   * cannot be read — goes to Flyway, which migrates or says what is wrong.
   */
  static boolean schemaIsLatest(javax.sql.DataSource dataSource, String jdbcUrl) {
    MigrationVersion highest = MigrationVersion.EMPTY;
    try (Connection connection = dataSource.getConnection()) {
      // Looked up first rather than queried blind: PostgreSQL would log a new database's missing
      // table as an error.
      try (ResultSet table =
          connection.getMetaData().getTables(null, connection.getSchema(), HISTORY_TABLE, null)) {
        if (!table.next()) {
          return false;
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet history =
              statement.executeQuery(
                  "SELECT \"version\", \"success\" FROM \"" + HISTORY_TABLE + "\"")) {
        while (history.next()) {
          if (!history.getBoolean(2)) {
            return false;
          }
          String version = history.getString(1);
          if (version != null && MigrationVersion.fromVersion(version).isNewerThan(highest)) {
            highest = MigrationVersion.fromVersion(version);
          }
        }
      }
    } catch (SQLException unreadable) {
      return false;
    }
    return highest.equals(latestMigration(jdbcUrl));
  }

  /** The newest migration among {@link #migrationLocations} for that database. */
  static MigrationVersion latestMigration(String jdbcUrl) {
    MigrationVersion shared = MigrationVersion.fromVersion(LATEST_MIGRATION);
    MigrationVersion h2 = MigrationVersion.fromVersion(LATEST_H2_MIGRATION);
    return jdbcUrl.startsWith("jdbc:h2:") && h2.isNewerThan(shared) ? h2 : shared;
  }

  /**
   * Whether this open ran Flyway (the schema was not known to be the latest); false when it was
   * skipped.
   */
  public boolean schemaMigrated() {
    return schemaMigrated;
  }

  /**
   * Whether the schema history holds, now, exactly the newest migration this build carries, all
   * applied successfully (false when the database cannot be read, or another build migrated it
   * further).
   */
  public boolean schemaIsCurrent() {
    return schemaIsLatest(dataSource, jdbcUrl);
  }

  /**
   * Opens (creating and migrating as needed) the database at a JDBC URL.
   *
   * @param user may be null when the URL carries it or none is needed
   * @param password may be null; it is never logged
   */
  public static Database open(String jdbcUrl, String user, String password) {
    return new Database(jdbcUrl, user, password, 8);
  }

  /**
   * The embedded default: an H2 file database {@code briefbot} in {@code dataDir}, created on first
   * use.
   */
  public static Database defaultH2(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
    return new Database(h2Url(dataDir), "sa", "", 8);
  }

  /**
   * The JDBC URL of the default H2 database in {@code dataDir}. {@code WRITE_DELAY=0} writes each
   * commit to the file before the commit returns (H2 otherwise waits up to half a second), so a
   * story reported stored survives the process being killed. A larger query cache keeps the store's
   * few dozen statements parsed.
   */
  public static String h2Url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("briefbot").toString().replace('\\', '/')
        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * The pooled connections, for libraries that take a DataSource (the scheduler); {@link #jdbi()}'s
   * connections tell {@link StoreWaits} too.
   */
  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL, for messages; never carries the password (that is a separate setting). */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  public boolean isPostgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  @Override
  public void close() {
    synchronized (this) {
      if (liveProcesses != null) {
        liveProcesses.close();
      }
    }
    dataSource.close();
  }

  /**
   * Times are stored as UTC {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime}, which
   * H2 and PostgreSQL both read and write without the JVM's time zone getting a say, and cut to
   * microseconds, the precision both keep.
   */
  static OffsetDateTime toDatabase(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (position, statement, context) -> statement.setObject(position, toDatabase(value));
    }
  }

  private static ColumnMapper<Instant> instantMapper() {
    return (resultSet, column, context) -> {
      OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    };
  }
}
