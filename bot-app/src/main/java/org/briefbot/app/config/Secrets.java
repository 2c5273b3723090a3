package org.briefbot.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.briefbot.core.chat.UserFacingException;

/**
 * Tokens and passwords: from environment variables, or from a properties file outside the
 * repository. {@link #toString()} never shows a value, so a secret cannot leak into a log line.
 */
public final class Secrets {
  private final Optional<String> discordToken;
  private final Optional<String> slackBotToken;
  private final Optional<String> slackAppToken;
  private final Optional<String> slackSigningSecret;
  private final Optional<String> slackClientSecret;
  private final Optional<String> databasePassword;

  private Secrets(Map<String, String> environment, Properties file) {
    // Each platform's own variable names (what bot hosts and Bolt's docs use) work beside ours.
    discordToken =
        pick(
            environment, List.of("BRIEFBOT_DISCORD_TOKEN", "DISCORD_TOKEN"), file, "discord.token");
    slackBotToken =
        pick(
            environment,
            List.of("BRIEFBOT_SLACK_BOT_TOKEN", "SLACK_BOT_TOKEN"),
            file,
            "slack.botToken");
    slackAppToken =
        pick(
            environment,
            List.of("BRIEFBOT_SLACK_APP_TOKEN", "SLACK_APP_TOKEN"),
            file,
            "slack.appToken");
    slackSigningSecret =
        pick(
            environment,
            List.of("BRIEFBOT_SLACK_SIGNING_SECRET", "SLACK_SIGNING_SECRET"),
            file,
            "slack.signingSecret");
    slackClientSecret =
        pick(
            environment,
            List.of("BRIEFBOT_SLACK_CLIENT_SECRET", "SLACK_CLIENT_SECRET"),
            file,
            "slack.clientSecret");
    databasePassword = pick(environment, List.of("BRIEFBOT_DB_PASSWORD"), file, "storage.password");
  }

  /** Environment variables first; then the secrets file, when one is named. */
  public static Secrets load(Map<String, String> environment, String secretsFile) {
    Properties file = new Properties();
    if (secretsFile != null && !secretsFile.isBlank()) {
      Path path = Path.of(secretsFile);
      try (Reader reader = Files.newBufferedReader(path)) {
        file.load(reader);
      } catch (IOException e) {
        throw new UserFacingException(
            "Cannot read the secrets file " + path + " (" + e.getClass().getSimpleName() + ").");
      }
    }
    return new Secrets(environment, file);
  }

  public Optional<String> discordToken() {
    return discordToken;
  }

  public Optional<String> slackBotToken() {
    return slackBotToken;
  }

  public Optional<String> slackAppToken() {
    return slackAppToken;
  }

  public Optional<String> slackSigningSecret() {
    return slackSigningSecret;
  }

  /** The OAuth client secret, for installing the Slack app in several workspaces. */
  public Optional<String> slackClientSecret() {
    return slackClientSecret;
  }

  public Optional<String> databasePassword() {
    return databasePassword;
  }

  public boolean hasDiscord() {
    return discordToken.isPresent();
  }

  public boolean hasSlack() {
    return slackBotToken.isPresent()
        && (slackAppToken.isPresent() || slackSigningSecret.isPresent());
  }

  @Override
  public String toString() {
    return "Secrets[discord="
        + (hasDiscord() ? "set" : "unset")
        + ", slack="
        + (hasSlack() ? "set" : "unset")
        + "]";
  }

  private static Optional<String> pick(
      Map<String, String> environment, List<String> variables, Properties file, String key) {
    for (String variable : variables) {
      Optional<String> value =
          Optional.ofNullable(environment.get(variable))
              .map(String::strip)
              .filter(v -> !v.isEmpty());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.ofNullable(file.getProperty(key))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }
}
