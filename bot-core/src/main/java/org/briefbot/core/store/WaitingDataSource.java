package org.briefbot.core.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool's connections, each held through {@link StoreWaits}: the wait starts when a connection
 * is asked for and ends when it is closed (given back to the pool) or none came.
 */
final class WaitingDataSource implements DataSource {
  private final DataSource pool;

  WaitingDataSource(DataSource pool) {
    this.pool = pool;
  }

  @Override
  public Connection getConnection() throws SQLException {
    StoreWaits.started();
    try {
      return held(pool.getConnection());
    } catch (SQLException | RuntimeException | Error none) {
      StoreWaits.ended();
      throw none;
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's connections have one user");
  }

  /** The connection, whose first close ends this thread's wait. */
  private static Connection held(Connection connection) {
    boolean[] closed = new boolean[1];
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                try {
                  return method.invoke(connection, args);
                } catch (InvocationTargetException failed) {
                  throw failed.getCause();
                } finally {
                  if (!closed[0]) {
                    closed[0] = true;
                    StoreWaits.ended();
                  }
                }
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException failed) {
                throw failed.getCause();
              }
            });
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(pool) ? type.cast(pool) : pool.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(pool) || pool.isWrapperFor(type);
  }
}
