package org.briefbot.slack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the Slack adapter runs, from the {@code slack:} settings and the secrets.
 *
 * <ul>
 *   <li>Socket Mode: a bot token and an app-level token; no public address needed.
 *   <li>HTTP mode: a bot token and the signing secret; Slack posts to {@code /slack/events}.
 *   <li>Several workspaces (HTTP mode): the OAuth client id and secret with the signing secret;
 *       each workspace's bot token comes from its installation, kept in the database.
 * </ul>
 *
 * @param botToken {@code xoxb-…}, for a single workspace
 * @param appToken {@code xapp-…}, for Socket Mode
 * @param signingSecret verifies that HTTP requests come from Slack
 * @param clientId the app's OAuth client id (not a secret), for installs in several workspaces
 * @param clientSecret the OAuth client secret
 * @param apiUrl the Web API's base address with its trailing slash, when not Slack's own (proxies,
 *     tests)
 * @param bindAddress the address the HTTP server listens on
 * @param port the HTTP server's port (0: any free one)
 * @param redirectUri the OAuth redirect address registered with Slack, when there are several
 * @param scopes the bot scopes an install asks for
 * @param feedManagers user ids that may manage feeds and digests besides workspace admins and
 *     owners
 * @param workers threads that answer requests after they are acknowledged
 */
public record SlackSettings(
    Optional<String> botToken,
    Optional<String> appToken,
    Optional<String> signingSecret,
    Optional<String> clientId,
    Optional<String> clientSecret,
    Optional<String> apiUrl,
    String bindAddress,
    int port,
    Optional<String> redirectUri,
    List<String> scopes,
    Set<String> feedManagers,
    int workers) {

  /** The bot scopes the manifest asks for (slack-adapter/manifest.yml). */
  public static final List<String> DEFAULT_SCOPES =
      List.of(
          "app_mentions:read",
          "channels:history",
          "chat:write",
          "chat:write.public",
          "commands",
          "groups:history",
          "im:history",
          "im:read",
          "im:write",
          "users:read");

  public SlackSettings {
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the Slack port must be between 0 and 65535, not " + port);
    }
    apiUrl =
        apiUrl.map(String::strip).filter(u -> !u.isEmpty()).map(u -> u.endsWith("/") ? u : u + "/");
    scopes = List.copyOf(scopes);
    feedManagers = Set.copyOf(feedManagers);
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
  }

  /** Installs in several workspaces through OAuth (needs HTTP mode for the redirect). */
  public boolean oauth() {
    return clientId.isPresent() && clientSecret.isPresent() && signingSecret.isPresent();
  }

  /** Socket Mode: the app token is there and there is no OAuth install to serve. */
  public boolean socketMode() {
    return appToken.isPresent() && botToken.isPresent() && !oauth();
  }

  /** HTTP mode: Slack posts to this process. */
  public boolean httpMode() {
    return !socketMode() && signingSecret.isPresent() && (botToken.isPresent() || oauth());
  }

  /** Whether there is enough to connect at all. */
  public boolean runnable() {
    return socketMode() || httpMode();
  }

  @Override
  public String toString() {
    // Never the tokens themselves.
    return "SlackSettings[mode="
        + (socketMode() ? "socket" : httpMode() ? (oauth() ? "http+oauth" : "http") : "none")
        + ", port="
        + port
        + ", apiUrl="
        + apiUrl.orElse("default")
        + "]";
  }
}
