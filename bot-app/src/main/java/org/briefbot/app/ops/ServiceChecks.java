package org.briefbot.app.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.discord.DiscordAdapter;
import org.briefbot.slack.SlackAdapter;

/**
 * The readiness checks of a running Briefbot. Each says what is wrong in fixed words: a driver's
 * message could hold the database's address or user, so none is passed on.
 */
public final class ServiceChecks {
  /** How long the database may take to say that a connection is alive. */
  private static final int VALID_WITHIN_SECONDS = 2;

  private ServiceChecks() {}

  /** The database, its schema and the search index. */
  public static List<ReadinessCheck> core(Database database, SearchIndex search) {
    return List.of(database(database), migrations(database), searchIndex(search));
  }

  /**
   * A connection from the pool answers. The pool waits up to its connection timeout (10 s) for one
   * when all are taken or the server is away.
   */
  static ReadinessCheck database(Database database) {
    return new ReadinessCheck(
        "database",
        () -> {
          try (Connection connection = database.dataSource().getConnection()) {
            return connection.isValid(VALID_WITHIN_SECONDS)
                ? Optional.empty()
                : Optional.of("a connection did not answer");
          } catch (SQLException unreachable) {
            return Optional.of("not reachable");
          }
        });
  }

  /** The schema is at this build's newest migration. */
  static ReadinessCheck migrations(Database database) {
    return new ReadinessCheck(
        "migrations",
        () ->
            database.schemaIsCurrent()
                ? Optional.empty()
                : Optional.of("the schema is not at this build's newest migration"));
  }

  /** The search index has caught up with the store since the start. */
  static ReadinessCheck searchIndex(SearchIndex search) {
    return new ReadinessCheck("search_index", () -> indexProblem(search));
  }

  /** Empty when the index answers for every stored story. */
  static Optional<String> indexProblem(SearchIndex search) {
    boolean caughtUp;
    try {
      caughtUp = search.awaitReady(Duration.ZERO);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      caughtUp = false;
    }
    if (!caughtUp) {
      return Optional.of(search.stillIndexing().orElse("catching up with the store"));
    }
    return search.stillIndexing();
  }

  /** Every Discord shard of this process is connected; {@code bot} is null until it starts. */
  public static ReadinessCheck discord(Supplier<DiscordAdapter> bot) {
    return new ReadinessCheck(
        "discord",
        () -> {
          DiscordAdapter running = bot.get();
          if (running == null) {
            return Optional.of("not started");
          }
          List<JDA> shards = running.shards().getShardCache().asList();
          long connected =
              shards.stream().filter(shard -> shard.getStatus() == JDA.Status.CONNECTED).count();
          if (shards.isEmpty() || connected < shards.size()) {
            return Optional.of(connected + " of " + shards.size() + " shards connected");
          }
          return Optional.empty();
        });
  }

  /**
   * Slack's HTTP endpoint listens, or Socket Mode has started; {@code adapter} is null until it
   * starts. (Bolt does not tell whether a Socket Mode connection is up at this moment.)
   */
  public static ReadinessCheck slack(Supplier<SlackAdapter> adapter) {
    return new ReadinessCheck(
        "slack", () -> adapter.get() == null ? Optional.of("not started") : Optional.empty());
  }
}
