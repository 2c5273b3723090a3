package org.briefbot.core.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;

/**
 * The database cannot be reached (down, restarting, the network away): an answer that needs it
 * fails within the pool's connection timeout with this sentence, not with a generic error, and the
 * next question after the database is back is answered as usual.
 */
public final class StoreUnavailable extends UserFacingException {
  public static final String MESSAGE =
      "Briefbot's store is unavailable right now, so this cannot be answered; try again in a"
          + " minute.";

  private StoreUnavailable() {
    super(MESSAGE);
  }

  /**
   * The store-unavailable answer when {@code failure} came from a database that cannot be reached:
   * no connection within the pool's timeout, or a connection lost (SQL state class 08).
   */
  public static Optional<StoreUnavailable> causing(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return Optional.of(new StoreUnavailable());
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return Optional.of(new StoreUnavailable());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
