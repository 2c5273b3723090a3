package org.briefbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Where each workspace's bot token comes from: the single token of the settings, or — for installs
 * in several workspaces — the installation that workspace made through OAuth, kept in the database
 * with the OAuth states, and deleted when the app is uninstalled or its tokens revoked.
 */
final class SlackInstalls {
  private final SlackSettings settings;
  private final Optional<DatabaseInstallationService> installations;
  private final Optional<OAuthStateService> states;

  SlackInstalls(
      SlackSettings settings,
      Optional<DatabaseInstallationService> installations,
      Optional<OAuthStateService> states) {
    this.settings = settings;
    this.installations = installations;
    this.states = states;
  }

  /** The stores the settings call for: the database's, when installs come through OAuth. */
  static SlackInstalls of(SlackSettings settings, Jdbi jdbi) {
    if (!settings.oauth()) {
      return new SlackInstalls(settings, Optional.empty(), Optional.empty());
    }
    return new SlackInstalls(
        settings,
        Optional.of(new DatabaseInstallationService(jdbi)),
        Optional.of(new DatabaseOAuthStateService(jdbi, Clock.systemUTC())));
  }

  /** Gives the app the installation and state stores, and the handlers that forget a workspace. */
  void applyTo(App app) {
    if (!settings.oauth()) {
      return;
    }
    app.service(
        installations.orElseThrow(
            () ->
                new IllegalArgumentException(
                    "installs in several workspaces need the database's installation store")));
    app.service(
        states.orElseThrow(
            () -> new IllegalArgumentException("installs need an OAuth state store")));
    // app_uninstalled and tokens_revoked delete the workspace's token.
    app.enableTokenRevocationHandlers();
  }

  /** A workspace's bot token: the single token, or the one its install stored. */
  Optional<String> botToken(String teamId) {
    if (!settings.oauth()) {
      return settings.botToken();
    }
    return installations.flatMap(store -> store.botToken(teamId));
  }
}
