package org.briefbot.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * The OAuth states of installs under way, in the project's database ({@code slack_oauth_states}),
 * so that any instance behind a load balancer can finish an install another one started. Bolt
 * checks the state three ways: in the redirect's query, in the installer's cookie, and here.
 */
public final class DatabaseOAuthStateService implements OAuthStateService {
  private final Jdbi jdbi;
  private final Clock clock;

  public DatabaseOAuthStateService(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public void addNewStateToDatastore(String state) {
    Instant now = clock.instant();
    jdbi.useTransaction(
        handle -> {
          handle
              .createUpdate("DELETE FROM slack_oauth_states WHERE expires_at < :now")
              .bind("now", now)
              .execute();
          handle
              .createUpdate(
                  "INSERT INTO slack_oauth_states (state, expires_at) VALUES (:state, :expires)")
              .bind("state", state)
              .bind("expires", now.plusSeconds(getExpirationInSeconds()))
              .execute();
        });
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT COUNT(*) FROM slack_oauth_states WHERE state = :state AND expires_at > :now")
                    .bind("state", state)
                    .bind("now", clock.instant())
                    .mapTo(Integer.class)
                    .one())
        > 0;
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate("DELETE FROM slack_oauth_states WHERE state = :state")
                .bind("state", state)
                .execute());
  }
}
