package org.briefbot.app.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;

/**
 * All settings of Briefbot, read from {@code config/briefbot.yml} (the copy in the jar when there
 * is none beside it), then overridden by {@code BRIEFBOT_…} environment variables.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record BriefbotConfig(
    String secretsFile,
    Storage storage,
    Fetch fetch,
    Summary summary,
    Console console,
    Digest digest,
    Discord discord,
    Slack slack,
    Ops ops,
    Alerts alerts) {

  public BriefbotConfig {
    digest = digest == null ? Digest.defaults() : digest;
    alerts = alerts == null ? Alerts.defaults() : alerts;
    discord = discord == null ? Discord.DEFAULTS : discord;
    slack = slack == null ? Slack.defaults() : slack;
    ops = ops == null ? Ops.defaults() : ops;
  }

  /** The settings with the operator's endpoint at its defaults. */
  public BriefbotConfig(
      String secretsFile,
      Storage storage,
      Fetch fetch,
      Summary summary,
      Console console,
      Digest digest,
      Discord discord,
      Slack slack) {
    this(secretsFile, storage, fetch, summary, console, digest, discord, slack, Ops.defaults());
  }

  /** The settings with alerts at their defaults. */
  public BriefbotConfig(
      String secretsFile,
      Storage storage,
      Fetch fetch,
      Summary summary,
      Console console,
      Digest digest,
      Discord discord,
      Slack slack,
      Ops ops) {
    this(secretsFile, storage, fetch, summary, console, digest, discord, slack, ops, null);
  }

  /**
   * Alerts as news breaks ({@code /alerts}).
   *
   * @param postsPerHour the most story posts a channel's alerts make in an hour; past them one post
   *     says how many more there are
   */
  public record Alerts(int postsPerHour) {
    public Alerts {
      if (postsPerHour < 1 || postsPerHour > 100) {
        throw new IllegalArgumentException(
            "alerts.postsPerHour must be between 1 and 100, not " + postsPerHour);
      }
    }

    public static Alerts defaults() {
      return new Alerts(org.briefbot.core.alert.AlertDelivery.AlertSettings.DEFAULT_POSTS_PER_HOUR);
    }

    /** The core's alert settings. */
    public org.briefbot.core.alert.AlertDelivery.AlertSettings settings() {
      return new org.briefbot.core.alert.AlertDelivery.AlertSettings(postsPerHour);
    }
  }

  /**
   * The operator's HTTP endpoint (health and metrics) of a Briefbot that runs on Discord or Slack.
   *
   * @param port its port; 0 turns it off
   * @param bindAddress the address it listens on
   */
  public record Ops(int port, String bindAddress) {
    public static final int DEFAULT_PORT = 9090;
    public static final String DEFAULT_BIND = "127.0.0.1";

    public Ops {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(
            "ops.port must be between 0 (off) and 65535, not " + port);
      }
      bindAddress =
          bindAddress == null || bindAddress.isBlank() ? DEFAULT_BIND : bindAddress.strip();
    }

    public static Ops defaults() {
      return new Ops(DEFAULT_PORT, DEFAULT_BIND);
    }

    public boolean enabled() {
      return port != 0;
    }

    Ops withEnvironment(Map<String, String> environment) {
      int chosen = port;
      String portText = environment.get("BRIEFBOT_OPS_PORT");
      if (portText != null && !portText.isBlank()) {
        try {
          chosen = Integer.parseInt(portText.strip());
        } catch (NumberFormatException e) {
          throw new UserFacingException(
              "BRIEFBOT_OPS_PORT must be a port number (0 for off), not '" + portText + "'.");
        }
      }
      try {
        return new Ops(chosen, environment.getOrDefault("BRIEFBOT_OPS_BIND", bindAddress));
      } catch (IllegalArgumentException wrong) {
        throw new UserFacingException(
            wrong.getMessage().replace("ops.port", "BRIEFBOT_OPS_PORT") + ".");
      }
    }
  }

  /**
   * Where stories are kept.
   *
   * @param url a JDBC URL; empty for the embedded H2 file database under {@code ./data/}
   * @param user the database user, empty when none is needed (the password is a secret)
   */
  public record Storage(String url, String user) {
    public Storage {
      url = url == null ? "" : url.strip();
      user = user == null ? "" : user.strip();
    }

    public Optional<String> jdbcUrl() {
      return Optional.of(url).filter(u -> !u.isEmpty());
    }
  }

  /**
   * Limits of every fetch of a page or feed.
   *
   * @param recheckLinksAfterMinutes how long a stored story's page is taken as it is: a {@code
   *     /brief <url>} of a link last read longer ago reads the page again (a conditional request),
   *     and a changed page is stored as an update; absent: 30
   */
  public record Fetch(
      boolean allowPrivateAddresses,
      int maxMegabytes,
      int timeoutSeconds,
      Integer recheckLinksAfterMinutes) {
    public static final int DEFAULT_RECHECK_LINKS_AFTER_MINUTES = 30;

    /** Limits with links re-read after the default time. */
    public Fetch(boolean allowPrivateAddresses, int maxMegabytes, int timeoutSeconds) {
      this(allowPrivateAddresses, maxMegabytes, timeoutSeconds, null);
    }

    public Fetch {
      recheckLinksAfterMinutes =
          recheckLinksAfterMinutes == null
              ? DEFAULT_RECHECK_LINKS_AFTER_MINUTES
              : recheckLinksAfterMinutes;
      if (recheckLinksAfterMinutes < 0 || recheckLinksAfterMinutes > 7 * 24 * 60) {
        throw new IllegalArgumentException(
            "fetch.recheckLinksAfterMinutes must be between 0 and 10080 (a week), not "
                + recheckLinksAfterMinutes);
      }
      if (maxMegabytes < 1 || maxMegabytes > 100) {
        throw new IllegalArgumentException(
            "fetch.maxMegabytes must be between 1 and 100, not " + maxMegabytes);
      }
      if (timeoutSeconds < 1 || timeoutSeconds > 120) {
        throw new IllegalArgumentException(
            "fetch.timeoutSeconds must be between 1 and 120, not " + timeoutSeconds);
      }
    }
  }

  public record Summary(int sentences) {
    public Summary {
      if (sentences < 1 || sentences > 10) {
        throw new IllegalArgumentException(
            "summary.sentences must be between 1 and 10, not " + sentences);
      }
    }
  }

  public record Console(int width) {
    public Console {
      if (width < 40) {
        throw new IllegalArgumentException("console.width must be at least 40, not " + width);
      }
    }
  }

  /**
   * Slack, beside the tokens (secrets). Which mode runs follows from the secrets: an app token
   * means Socket Mode, the signing secret HTTP mode, the OAuth client id and secret installs in
   * several workspaces.
   *
   * @param port the HTTP mode's port
   * @param bindAddress the address the HTTP mode listens on
   * @param apiUrl the Web API's base address, empty for Slack's own (proxies, tests)
   * @param clientId the app's OAuth client id, for installs in several workspaces
   * @param redirectUri the OAuth redirect address registered with Slack, empty when it has only one
   * @param feedManagers Slack user ids that may manage feeds and digests besides workspace admins
   *     and owners
   * @param workers threads answering Slack requests after they are acknowledged
   */
  public record Slack(
      int port,
      String bindAddress,
      String apiUrl,
      String clientId,
      String redirectUri,
      List<String> feedManagers,
      int workers) {

    public Slack {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("slack.port must be between 0 and 65535, not " + port);
      }
      bindAddress = bindAddress == null || bindAddress.isBlank() ? "0.0.0.0" : bindAddress.strip();
      apiUrl = apiUrl == null ? "" : apiUrl.strip();
      if (!apiUrl.isEmpty() && !apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
        throw new IllegalArgumentException(
            "slack.apiUrl must be an http(s) address, not '" + apiUrl + "'");
      }
      clientId = clientId == null ? "" : clientId.strip();
      redirectUri = redirectUri == null ? "" : redirectUri.strip();
      feedManagers =
          feedManagers == null
              ? List.of()
              : feedManagers.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
      if (workers < 1 || workers > 64) {
        throw new IllegalArgumentException(
            "slack.workers must be between 1 and 64, not " + workers);
      }
    }

    public static Slack defaults() {
      return new Slack(3000, "0.0.0.0", "", "", "", List.of(), 4);
    }
  }

  /**
   * Daily digests.
   *
   * @param graceMinutes how late (after downtime) a digest is still posted; later it is recorded as
   *     missed
   * @param pauseAfterFailures failed deliveries in a row after which a subscription pauses itself
   * @param defaultZone the IANA zone of a subscription that names none, where the server set none
   */
  public record Digest(int graceMinutes, int pauseAfterFailures, String defaultZone) {
    public Digest {
      if (graceMinutes < 0 || graceMinutes > 24 * 60) {
        throw new IllegalArgumentException(
            "digest.graceMinutes must be between 0 and 1440, not " + graceMinutes);
      }
      if (pauseAfterFailures < 1 || pauseAfterFailures > 100) {
        throw new IllegalArgumentException(
            "digest.pauseAfterFailures must be between 1 and 100, not " + pauseAfterFailures);
      }
      defaultZone = defaultZone == null || defaultZone.isBlank() ? "UTC" : defaultZone.strip();
      try {
        java.time.ZoneId.of(defaultZone);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException(
            "digest.defaultZone must be an IANA time zone such as Europe/Berlin, not "
                + defaultZone);
      }
    }

    public static Digest defaults() {
      return new Digest(120, 3, "UTC");
    }

    /** The core's digest settings. */
    public org.briefbot.core.digest.DigestDelivery.DigestSettings settings() {
      return new org.briefbot.core.digest.DigestDelivery.DigestSettings(
          java.time.Duration.ofMinutes(graceMinutes),
          pauseAfterFailures,
          java.time.ZoneId.of(defaultZone));
    }
  }

  /**
   * How the bot reaches Discord (the token is a secret).
   *
   * @param guild a server id to register the commands to at once, for development; empty: global
   * @param shardsTotal the shards of the whole bot; 0 for Discord's recommendation
   * @param shardIds the shards this process runs ("0,1", "4-7"); empty for all
   * @param restUrl Discord's REST API base, for a proxy or a test; empty for Discord's own
   * @param gatewayUrl Discord's gateway, for a proxy or a test; empty for the one Discord names
   */
  public record Discord(
      String guild, int shardsTotal, String shardIds, String restUrl, String gatewayUrl) {
    static final Discord DEFAULTS = new Discord("", 0, "", "", "");

    public Discord {
      guild = guild == null ? "" : guild.strip();
      shardIds = shardIds == null ? "" : shardIds.strip();
      restUrl = restUrl == null ? "" : restUrl.strip();
      gatewayUrl = gatewayUrl == null ? "" : gatewayUrl.strip();
      if (shardsTotal < 0) {
        throw new IllegalArgumentException(
            "discord.shardsTotal must be 0 (Discord's recommendation) or more, not " + shardsTotal);
      }
    }

    Discord withEnvironment(Map<String, String> environment) {
      int total = shardsTotal;
      String totalText = environment.get("BRIEFBOT_DISCORD_SHARDS_TOTAL");
      if (totalText != null && !totalText.isBlank()) {
        try {
          total = Integer.parseInt(totalText.strip());
        } catch (NumberFormatException e) {
          throw new UserFacingException(
              "BRIEFBOT_DISCORD_SHARDS_TOTAL must be a whole number, not '" + totalText + "'.");
        }
      }
      try {
        return new Discord(
            environment.getOrDefault("BRIEFBOT_DISCORD_GUILD", guild),
            total,
            environment.getOrDefault("BRIEFBOT_DISCORD_SHARD_IDS", shardIds),
            environment.getOrDefault("BRIEFBOT_DISCORD_REST_URL", restUrl),
            environment.getOrDefault("BRIEFBOT_DISCORD_GATEWAY_URL", gatewayUrl));
      } catch (IllegalArgumentException wrong) {
        throw new UserFacingException(wrong.getMessage() + ".");
      }
    }
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /**
   * Loads the settings: the file named by {@code BRIEFBOT_CONFIG}, else {@code config/briefbot.yml}
   * in the working directory, else the defaults in the jar; then applies environment overrides.
   *
   * @throws UserFacingException naming the file and the setting when the file is wrong
   */
  public static BriefbotConfig load(Map<String, String> environment) {
    Optional<Path> file =
        Optional.ofNullable(environment.get("BRIEFBOT_CONFIG"))
            .map(Path::of)
            .or(() -> Optional.of(Path.of("config", "briefbot.yml")).filter(Files::isRegularFile));
    BriefbotConfig config;
    if (file.isPresent()) {
      try (InputStream in = Files.newInputStream(file.get())) {
        config = read(in, file.get().toString());
      } catch (IOException e) {
        throw new UserFacingException(
            "Cannot read the settings file " + file.get() + ": " + e.getMessage());
      }
    } else {
      try (InputStream in = BriefbotConfig.class.getResourceAsStream("/briefbot.yml")) {
        config = read(in, "the built-in briefbot.yml");
      } catch (IOException e) {
        throw new IllegalStateException("the built-in settings cannot be read", e);
      }
    }
    return config.withEnvironment(environment);
  }

  static BriefbotConfig read(InputStream in, String name) throws IOException {
    try {
      BriefbotConfig config = YAML.readValue(in, BriefbotConfig.class);
      if (config == null
          || config.storage() == null
          || config.fetch() == null
          || config.summary() == null
          || config.console() == null) {
        throw new UserFacingException(
            "The settings file "
                + name
                + " lacks a section (storage, fetch, summary, console); "
                + "start from config/briefbot.yml.");
      }
      return config;
    } catch (UnrecognizedPropertyException unknown) {
      throw new UserFacingException(
          "The settings file "
              + name
              + " has an unknown setting '"
              + unknown.getPropertyName()
              + "' (line "
              + unknown.getLocation().getLineNr()
              + ").");
    } catch (com.fasterxml.jackson.databind.JsonMappingException wrong) {
      String reason =
          wrong.getCause() instanceof IllegalArgumentException bad
              ? bad.getMessage()
              : wrong.getOriginalMessage();
      throw new UserFacingException(
          "The settings file "
              + name
              + " is wrong at line "
              + (wrong.getLocation() == null ? "?" : wrong.getLocation().getLineNr())
              + ": "
              + reason);
    } catch (com.fasterxml.jackson.core.JsonProcessingException broken) {
      throw new UserFacingException(
          "The settings file " + name + " is not valid YAML: " + broken.getOriginalMessage());
    }
  }

  private BriefbotConfig withEnvironment(Map<String, String> environment) {
    String secrets =
        environment.getOrDefault("BRIEFBOT_SECRETS_FILE", secretsFile == null ? "" : secretsFile);
    Summary summary = this.summary;
    String sentences = environment.get("BRIEFBOT_SUMMARY_SENTENCES");
    if (sentences != null) {
      try {
        summary = new Summary(Integer.parseInt(sentences.strip()));
      } catch (IllegalArgumentException e) {
        throw new UserFacingException(
            "BRIEFBOT_SUMMARY_SENTENCES must be a whole number from 1 to 10, not '"
                + sentences
                + "'.");
      }
    }
    Storage storage =
        new Storage(
            environment.getOrDefault("BRIEFBOT_DB_URL", this.storage.url()),
            environment.getOrDefault("BRIEFBOT_DB_USER", this.storage.user()));
    Fetch fetch = this.fetch;
    String allowPrivate = environment.get("BRIEFBOT_FETCH_ALLOW_PRIVATE");
    if (allowPrivate != null) {
      String value = allowPrivate.strip().toLowerCase(java.util.Locale.ROOT);
      if (!value.equals("true") && !value.equals("false")) {
        throw new UserFacingException(
            "BRIEFBOT_FETCH_ALLOW_PRIVATE must be true or false, not '" + allowPrivate + "'.");
      }
      fetch =
          new Fetch(
              value.equals("true"),
              fetch.maxMegabytes(),
              fetch.timeoutSeconds(),
              fetch.recheckLinksAfterMinutes());
    }
    try {
      fetch =
          new Fetch(
              fetch.allowPrivateAddresses(),
              fetch.maxMegabytes(),
              fetch.timeoutSeconds(),
              integer(
                  environment,
                  "BRIEFBOT_FETCH_RECHECK_LINKS_AFTER_MINUTES",
                  fetch.recheckLinksAfterMinutes()));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(
          e.getMessage()
                  .replace(
                      "fetch.recheckLinksAfterMinutes",
                      "BRIEFBOT_FETCH_RECHECK_LINKS_AFTER_MINUTES")
              + ".");
    }
    Digest digest = this.digest;
    try {
      digest =
          new Digest(
              integer(environment, "BRIEFBOT_DIGEST_GRACE_MINUTES", digest.graceMinutes()),
              integer(
                  environment, "BRIEFBOT_DIGEST_PAUSE_AFTER_FAILURES", digest.pauseAfterFailures()),
              environment.getOrDefault("BRIEFBOT_DIGEST_DEFAULT_ZONE", digest.defaultZone()));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("A BRIEFBOT_DIGEST_ setting is wrong: " + e.getMessage());
    }
    Alerts alerts;
    try {
      alerts =
          new Alerts(
              integer(environment, "BRIEFBOT_ALERTS_POSTS_PER_HOUR", this.alerts.postsPerHour()));
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("A BRIEFBOT_ALERTS_ setting is wrong: " + e.getMessage());
    }
    return new BriefbotConfig(
        secrets,
        storage,
        fetch,
        summary,
        console,
        digest,
        discord.withEnvironment(environment),
        slackWithEnvironment(environment),
        ops.withEnvironment(environment),
        alerts);
  }

  private static int integer(Map<String, String> environment, String name, int otherwise) {
    String value = environment.get(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
  }

  /** BRIEFBOT_SLACK_PORT, BRIEFBOT_SLACK_API_URL, … and Bolt's own SLACK_CLIENT_ID. */
  private Slack slackWithEnvironment(Map<String, String> environment) {
    int port = slack.port();
    String portText = environment.get("BRIEFBOT_SLACK_PORT");
    if (portText != null) {
      try {
        port = Integer.parseInt(portText.strip());
      } catch (NumberFormatException e) {
        throw new UserFacingException(
            "BRIEFBOT_SLACK_PORT must be a port number, not '" + portText + "'.");
      }
    }
    String clientId =
        environment.getOrDefault(
            "BRIEFBOT_SLACK_CLIENT_ID",
            environment.getOrDefault("SLACK_CLIENT_ID", slack.clientId()));
    List<String> managers =
        Optional.ofNullable(environment.get("BRIEFBOT_SLACK_FEED_MANAGERS"))
            .map(list -> Arrays.asList(list.split(",")))
            .orElse(slack.feedManagers());
    try {
      return new Slack(
          port,
          environment.getOrDefault("BRIEFBOT_SLACK_BIND", slack.bindAddress()),
          environment.getOrDefault("BRIEFBOT_SLACK_API_URL", slack.apiUrl()),
          clientId,
          environment.getOrDefault(
              "BRIEFBOT_SLACK_REDIRECT_URI",
              environment.getOrDefault("SLACK_REDIRECT_URI", slack.redirectUri())),
          managers,
          slack.workers());
    } catch (IllegalArgumentException wrong) {
      throw new UserFacingException(
          wrong
                  .getMessage()
                  .replace("slack.port", "BRIEFBOT_SLACK_PORT")
                  .replace("slack.apiUrl", "BRIEFBOT_SLACK_API_URL")
              + ".");
    }
  }
}
