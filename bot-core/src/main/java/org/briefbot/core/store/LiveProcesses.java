package org.briefbot.core.store;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which Briefbot processes on the database are alive, told at once: each process has a key (a row
 * of {@code briefbot_processes}) and, on PostgreSQL, holds an advisory lock of that key on a
 * connection of its own for as long as it lives. A process killed in any way loses its connection,
 * and the server releases the lock within moments; another process that can take the lock knows the
 * key's process is gone. H2 serves one process (its file is locked to it), so there a key is alive
 * while a {@link Database} of this JVM holds it.
 *
 * <p>Also which posts this process has under way, so that a post whose thread died (an error in the
 * process) is told from one still being made.
 */
public final class LiveProcesses implements AutoCloseable {
  /** The first key of PostgreSQL's two-key advisory locks that Briefbot's processes take. */
  static final int LOCK_SPACE = 0x62726266; // "brbf"

  private static final Logger log = LoggerFactory.getLogger(LiveProcesses.class);

  /** H2: the keys held in this JVM, by database URL. */
  private static final Map<String, Set<Long>> H2_LIVE = new ConcurrentHashMap<>();

  /** Opens the connection that holds the lock (PostgreSQL). */
  interface Connector {
    Connection connect() throws SQLException;
  }

  private final Jdbi jdbi;
  private final String jdbcUrl;
  private final Connector connector; // null on H2
  private final long key;
  private final Set<String> underWay = ConcurrentHashMap.newKeySet();
  private Connection holder; // guarded by this
  private boolean closed; // guarded by this

  private LiveProcesses(Jdbi jdbi, String jdbcUrl, Connector connector, long key) {
    this.jdbi = jdbi;
    this.jdbcUrl = jdbcUrl;
    this.connector = connector;
    this.key = key;
  }

  /**
   * Registers this process and takes its lock.
   *
   * @param connector null on H2
   */
  static LiveProcesses register(Jdbi jdbi, String jdbcUrl, Connector connector) {
    long key =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO briefbot_processes (name, started_at) VALUES (:name, :now)")
                    .bind("name", processName())
                    .bind("now", Instant.now())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    if (key > Integer.MAX_VALUE) {
      throw new IllegalStateException("process keys have outgrown the advisory lock's key");
    }
    LiveProcesses processes = new LiveProcesses(jdbi, jdbcUrl, connector, key);
    if (connector == null) {
      H2_LIVE.computeIfAbsent(jdbcUrl, url -> ConcurrentHashMap.newKeySet()).add(key);
    } else if (!processes.ensureLive()) {
      throw new IllegalStateException("the process lock " + key + " could not be taken");
    }
    return processes;
  }

  /** This process's key. */
  public long self() {
    return key;
  }

  /**
   * Makes sure this process's lock is held — taken again on a new connection when the old one broke
   * (the server restarted) — and says whether it is: a process whose lock is not held may be taken
   * for gone by the others, so it claims nothing new.
   */
  public synchronized boolean ensureLive() {
    if (closed) {
      return false;
    }
    if (connector == null) {
      return true;
    }
    try {
      if (holder != null && holder.isValid(2)) {
        return true;
      }
      if (holder != null) {
        log.warn("the connection holding process lock {} broke; taking the lock again", key);
        closeQuietly(holder);
        holder = null;
      }
      Connection connection = connector.connect();
      try (PreparedStatement lock =
          connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
        lock.setInt(1, LOCK_SPACE);
        lock.setInt(2, (int) key);
        try (ResultSet taken = lock.executeQuery()) {
          if (taken.next() && taken.getBoolean(1)) {
            holder = connection;
            return true;
          }
        }
      }
      // The server still keeps the broken connection's session, and its lock, for a while.
      closeQuietly(connection);
      return false;
    } catch (SQLException unreachable) {
      log.debug("process lock {} could not be taken: {}", key, unreachable.getMessage());
      return false;
    }
  }

  /**
   * Whether the process of {@code other} is gone. On PostgreSQL, in {@code h}'s transaction, the
   * key's lock is then held to the end of it, so that no other process decides the same meanwhile.
   */
  public boolean isGone(Handle h, long other) {
    if (other == key) {
      return false;
    }
    if (connector == null) {
      return !H2_LIVE.getOrDefault(jdbcUrl, Set.of()).contains(other);
    }
    if (other > Integer.MAX_VALUE || other < 0) {
      return true;
    }
    return h.createQuery("SELECT pg_try_advisory_xact_lock(:space, :key)")
        .bind("space", LOCK_SPACE)
        .bind("key", (int) other)
        .mapTo(Boolean.class)
        .one();
  }

  /** Whether the process of {@code other} is gone, asked outside any transaction. */
  public boolean isGone(long other) {
    return jdbi.withHandle(h -> isGone(h, other));
  }

  /** Notes a post of this process under way ({@code what} names it, e.g. its table and id). */
  public void started(String what) {
    underWay.add(what);
  }

  /** Notes that a post under way was recorded, one way or the other. */
  public void finished(String what) {
    underWay.remove(what);
  }

  /** Whether this process is making that post now. */
  public boolean isUnderWay(String what) {
    return underWay.contains(what);
  }

  /** Gives the key up: this process is gone for the others from now on. */
  @Override
  public synchronized void close() {
    closed = true;
    if (connector == null) {
      Set<Long> live = H2_LIVE.get(jdbcUrl);
      if (live != null) {
        live.remove(key);
      }
    } else if (holder != null) {
      closeQuietly(holder);
      holder = null;
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // it is being given up
    }
  }

  /** "host-1234": the host and process id, so that two processes on one host are told apart. */
  public static String hostAndProcessId() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "briefbot";
    }
    return host + "-" + ManagementFactory.getRuntimeMXBean().getName().replaceAll("@.*", "");
  }

  private static String processName() {
    String name = hostAndProcessId();
    return name.length() <= 100 ? name : name.substring(name.length() - 100);
  }
}
