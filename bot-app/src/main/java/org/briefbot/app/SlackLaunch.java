package org.briefbot.app;

import java.util.Optional;
import java.util.Set;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.store.Database;
import org.briefbot.slack.SlackAdapter;
import org.briefbot.slack.SlackSettings;

/** Starts the Slack adapter when the settings and secrets name a way to reach Slack. */
public final class SlackLaunch {
  private SlackLaunch() {}

  /** The Slack settings from the {@code slack:} section and the secrets. */
  public static SlackSettings settings(BriefbotConfig.Slack slack, Secrets secrets) {
    return new SlackSettings(
        secrets.slackBotToken(),
        secrets.slackAppToken(),
        secrets.slackSigningSecret(),
        Optional.of(slack.clientId()).filter(id -> !id.isEmpty()),
        secrets.slackClientSecret(),
        Optional.of(slack.apiUrl()).filter(url -> !url.isEmpty()),
        slack.bindAddress(),
        slack.port(),
        Optional.of(slack.redirectUri()).filter(uri -> !uri.isEmpty()),
        SlackSettings.DEFAULT_SCOPES,
        Set.copyOf(slack.feedManagers()),
        slack.workers());
  }

  /**
   * The running adapter, or empty when no Slack credentials are set.
   *
   * @throws UserFacingException when Slack refuses the credentials or the port is taken
   */
  public static Optional<SlackAdapter> start(
      BriefbotConfig config, Secrets secrets, CommandRouter router, Database database) {
    SlackSettings settings = settings(config.slack(), secrets);
    if (!settings.runnable()) {
      if (secrets.slackBotToken().isPresent()) {
        throw new UserFacingException(
            "A Slack bot token is set but neither the app token (Socket Mode) nor the "
                + "signing secret (HTTP mode); see the README's Slack section.");
      }
      if (secrets.slackAppToken().isPresent()) {
        throw new UserFacingException(
            "A Slack app token is set but no bot token: Socket Mode needs both "
                + "(SLACK_BOT_TOKEN=xoxb-… with SLACK_APP_TOKEN=xapp-…); see the README's Slack section.");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(SlackAdapter.start(router, settings, database.jdbi()));
    } catch (UserFacingException clear) {
      throw clear;
    } catch (IllegalArgumentException refused) {
      // Bolt's check of the bot token (auth.test) and bad settings: say which, never the token.
      throw new UserFacingException("Slack did not accept the settings: " + refused.getMessage());
    } catch (Exception failure) {
      throw new UserFacingException(
          "Slack could not be started ("
              + failure.getClass().getSimpleName()
              + ": "
              + failure.getMessage()
              + ").");
    }
  }

  /**
   * Whether the settings and secrets name a way to reach Slack (then the console does not start).
   */
  public static boolean configured(BriefbotConfig config, Secrets secrets) {
    // A token on its own is a Slack set up halfway: an error that says so, never the console.
    return settings(config.slack(), secrets).runnable()
        || secrets.slackBotToken().isPresent()
        || secrets.slackAppToken().isPresent();
  }
}
