package org.briefbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.command.AcknowledgementsFirst;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Briefbot's Bolt app: every command of the router as a slash command, the "Who said this?" message
 * shortcut, mentions and direct messages in plain words. Each request is acknowledged at once and
 * answered afterwards on the bot's own workers — through the request's {@code response_url}
 * (ephemeral for errors and answers meant for the asker) or {@code chat.postMessage} — so that a
 * page fetch never holds up Slack's three seconds; in HTTP mode an answer waits its turn while
 * requests are being acknowledged ({@link AcknowledgementsFirst}). An event Slack delivers again
 * ({@code X-Slack-Retry-Num}) is recognised by its id and answered once.
 */
public final class SlackBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

  /** The callback id of the message shortcut, as in manifest.yml. */
  public static final String WHO_SAID_SHORTCUT = "who_said_this";

  /** The command the shortcut asks; its first free-text option takes the message's words. */
  static final String WHO_SAID_COMMAND = "whosaid";

  private static final Pattern LEADING_MENTION =
      Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*");
  private static final int QUEUE = 10_000;
  private static final Pattern ANY_COMMAND = Pattern.compile("^/.+$");

  private final CommandRouter router;
  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final WorkspaceAdmins admins;
  private final ThreadPoolExecutor workers;
  private final AcknowledgementsFirst acknowledgements = new AcknowledgementsFirst();
  private final Cache<String, Boolean> answeredEvents =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(2)).maximumSize(200_000).build();
  private final Optional<DatabaseInstallationService> installations;

  /**
   * @param installations the installation store, for installs in several workspaces (OAuth)
   * @param states the OAuth state store, with {@code installations}
   */
  public SlackBot(
      CommandRouter router,
      SlackSettings settings,
      Optional<DatabaseInstallationService> installations,
      Optional<OAuthStateService> states) {
    this.router = router;
    this.settings = settings;
    this.installations = installations;
    this.slack = slackClient(settings);
    this.admins = new WorkspaceAdmins(slack, settings.feedManagers(), Duration.ofMinutes(10));
    this.workers =
        acknowledgements.answerWorkers(
            "slack-answer", settings.workers(), new ArrayBlockingQueue<>(QUEUE));
    this.app = new App(appConfig(settings, slack));
    if (settings.oauth()) {
      InstallationService store =
          installations.orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "installs in several workspaces need the database's installation store"));
      app.service(store);
      app.service(
          states.orElseThrow(
              () -> new IllegalArgumentException("installs need an OAuth state store")));
      // app_uninstalled and tokens_revoked delete the workspace's token.
      app.enableTokenRevocationHandlers();
    }
    register();
  }

  /**
   * A Slack client of its own (the default one is read-only), pointed at the configured Web API.
   */
  static Slack slackClient(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    settings.apiUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
    return Slack.getInstance(config);
  }

  private static AppConfig appConfig(SlackSettings settings, Slack slack) {
    return AppConfig.builder()
        .slack(slack)
        // Everything set here, so that none of Bolt's own environment variables changes the app
        // unseen.
        .singleTeamBotToken(settings.oauth() ? null : settings.botToken().orElse(null))
        .signingSecret(settings.signingSecret().orElse(null))
        .verificationToken(null)
        .clientId(settings.oauth() ? settings.clientId().orElse(null) : null)
        .clientSecret(settings.oauth() ? settings.clientSecret().orElse(null) : null)
        .scope(String.join(",", settings.scopes()))
        .userScope(null)
        .redirectUri(settings.redirectUri().orElse(null))
        .appPath("/slack")
        .oauthStartPath("/install")
        .oauthInstallPath("/install")
        .oauthCallbackPath("/oauth_redirect")
        .oauthRedirectUriPath("/oauth_redirect")
        .oauthCompletionUrl(null)
        .oauthCancellationUrl(null)
        // The HTTP server checks every signature before a request reaches the app
        // (SignedRequestServlet),
        // over the raw bytes Slack signed; Socket Mode needs none.
        .requestVerificationEnabled(false)
        .authTestCacheEnabled(true)
        .build();
  }

  /** The Bolt app, for the HTTP server or Socket Mode to run. */
  /** Where the HTTP server tells the answers that requests are being acknowledged. */
  AcknowledgementsFirst acknowledgements() {
    return acknowledgements;
  }

  public App app() {
    return app;
  }

  /** The Slack client the app uses (its Web API base is the configured one). */
  public Slack slack() {
    return slack;
  }

  /** Posts nobody asked for (digests, feed alerts), with each workspace's token. */
  public SlackChannelPoster channelPoster() {
    return new SlackChannelPoster(slack, this::botToken, renderer, SlackChannelPoster.SPACING);
  }

  /** A workspace's bot token: the single token, or the one its install stored. */
  Optional<String> botToken(String teamId) {
    if (!settings.oauth()) {
      return settings.botToken();
    }
    return installations.flatMap(store -> store.botToken(teamId));
  }

  private void register() {
    // Every slash command goes to the router by its name: a command added to the core needs no
    // Slack code,
    // only its line in the app's manifest; a name the router does not know gets its "no command"
    // answer
    // rather than Bolt's 404.
    app.command(
        ANY_COMMAND,
        (request, context) ->
            onCommand(
                request.getPayload(), context, request.getPayload().getCommand().substring(1)));
    app.messageShortcut(
        WHO_SAID_SHORTCUT, (request, context) -> onWhoSaidShortcut(request.getPayload(), context));
    app.event(
        AppMentionEvent.class,
        (payload, context) -> {
          if (firstDelivery(payload.getEventId(), context.getRetryNum())) {
            AppMentionEvent event = payload.getEvent();
            answerInChannel(
                context,
                teamOf(context, payload.getTeamId()),
                event.getChannel(),
                event.getUser(),
                Optional.ofNullable(event.getThreadTs()),
                event.getText(),
                false);
          }
          return context.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, context) -> {
          MessageEvent event = payload.getEvent();
          // Only what a person writes to the bot directly: no channel chatter, no bots, no edits or
          // joins.
          if ("im".equals(event.getChannelType())
              && event.getBotId() == null
              && event.getSubtype() == null
              && firstDelivery(payload.getEventId(), context.getRetryNum())) {
            answerInChannel(
                context,
                teamOf(context, payload.getTeamId()),
                event.getChannel(),
                event.getUser(),
                Optional.empty(),
                event.getText(),
                true);
          }
          return context.ack();
        });
  }

  private Response onCommand(SlashCommandPayload payload, Context context, String name) {
    String teamId = teamOf(context, payload.getTeamId());
    Requester requester = requester(context, teamId, payload.getUserId(), payload.getUserName());
    Place place = Place.channel(Platform.SLACK, teamId, payload.getChannelId());
    String typed = SlackText.plain(payload.getText());
    String responseUrl = payload.getResponseUrl();
    return acknowledged(
        context, () -> respond(responseUrl, router.dispatchTyped(name, typed, requester, place)));
  }

  private Response onWhoSaidShortcut(MessageShortcutPayload payload, Context context) {
    String teamId = teamOf(context, payload.getTeam() == null ? null : payload.getTeam().getId());
    Requester requester =
        requester(context, teamId, payload.getUser().getId(), payload.getUser().getName());
    Place place = Place.channel(Platform.SLACK, teamId, payload.getChannel().getId());
    String words =
        SlackText.plain(payload.getMessage() == null ? "" : payload.getMessage().getText());
    String responseUrl = payload.getResponseUrl();
    return acknowledged(context, () -> respond(responseUrl, whoSaid(words, requester, place)));
  }

  /** The shortcut asks /whosaid with the message's words, cut to what the option takes. */
  private Reply whoSaid(String words, Requester requester, Place place) {
    if (words.isBlank()) {
      return Reply.error(
          "That message has no words to look up; use the shortcut on a message with a quote in it.");
    }
    Optional<CommandOption> option =
        router
            .command(WHO_SAID_COMMAND)
            .flatMap(
                command ->
                    command.options().stream()
                        .filter(o -> o.type() == CommandOption.Type.TEXT)
                        .findFirst());
    if (option.isEmpty()) {
      return Reply.error("This Briefbot has no /" + WHO_SAID_COMMAND + " command.");
    }
    String quote = ReplyText.split(words, option.get().maxLength()).get(0);
    return router.dispatch(
        new CommandRequest(WHO_SAID_COMMAND, Map.of(option.get().name(), quote), requester, place));
  }

  /**
   * Runs the answer on a worker and acknowledges now; when the workers are swamped, says so at
   * once.
   */
  private Response acknowledged(Context context, Runnable answer) {
    try {
      workers.execute(
          () -> {
            try {
              answer.run();
            } catch (RuntimeException failure) {
              log.error("a Slack answer failed", failure);
            }
          });
      return context.ack();
    } catch (RejectedExecutionException busy) {
      log.warn("Slack answers are {} behind; a request was turned away", workers.getQueue().size());
      return context.ackWithJson(
          Map.of(
              "response_type",
              "ephemeral",
              "text",
              "Briefbot is very busy right now; please try again in a minute."));
    }
  }

  /** Answers a slash command or shortcut through its response_url. */
  private void respond(String responseUrl, Reply reply) {
    SlackMessage message = renderer.render(reply);
    try {
      WebhookResponse response = slack.send(responseUrl, message.responseUrlJson());
      if (response.getCode() != 200) {
        // The address itself is a credential of sorts: only the status is logged.
        log.warn(
            "Slack refused an answer through response_url: HTTP {} {}",
            response.getCode(),
            ReplyText.shorten(String.valueOf(response.getBody()), 200));
      }
    } catch (IOException unreachable) {
      log.warn(
          "Slack could not be reached to deliver an answer ({})",
          unreachable.getClass().getSimpleName());
    }
  }

  /**
   * Answers a mention or a direct message with chat.postMessage, or privately with
   * chat.postEphemeral.
   */
  private void answerInChannel(
      Context context,
      String teamId,
      String channel,
      String user,
      Optional<String> threadTs,
      String text,
      boolean directMessage) {
    String token = context.getBotToken();
    Requester requester = requester(context, teamId, user, user);
    Place place = Place.channel(Platform.SLACK, teamId, channel);
    String words =
        SlackText.plain(LEADING_MENTION.matcher(text == null ? "" : text).replaceFirst(""));
    try {
      workers.execute(
          () -> {
            SlackMessage message =
                renderer.render(
                    words.isBlank()
                        ? Reply.error(
                            "Ask me something, e.g. who said \"we will do it alone\"? or /brief <link>. Type /help for more.")
                        : router.dispatchText(words, requester, place));
            post(token, channel, user, threadTs, message, directMessage);
          });
    } catch (RejectedExecutionException busy) {
      log.warn(
          "Slack answers are {} behind; a mention was not answered", workers.getQueue().size());
    }
  }

  private void post(
      String token,
      String channel,
      String user,
      Optional<String> threadTs,
      SlackMessage message,
      boolean directMessage) {
    MethodsClient client = slack.methods(token);
    try {
      if (message.askerOnly() && !directMessage) {
        ChatPostEphemeralResponse sent =
            client.chatPostEphemeral(
                request ->
                    request
                        .channel(channel)
                        .user(user)
                        .text(message.text())
                        .blocks(message.blocks())
                        .threadTs(threadTs.orElse(null)));
        if (!sent.isOk()) {
          log.warn("chat.postEphemeral refused an answer: {}", sent.getError());
        }
      } else {
        ChatPostMessageResponse sent =
            client.chatPostMessage(
                request ->
                    request
                        .channel(channel)
                        .text(message.text())
                        .blocks(message.blocks())
                        .threadTs(threadTs.orElse(null)));
        if (!sent.isOk()) {
          log.warn("chat.postMessage refused an answer: {}", sent.getError());
        }
      }
    } catch (IOException | SlackApiException failure) {
      log.warn(
          "Slack could not be reached to post an answer ({})", failure.getClass().getSimpleName());
    }
  }

  /**
   * Whether this is the first delivery of an event. Slack delivers an event again when it saw no
   * acknowledgement in time; the retry carries the same event id, so it is acknowledged and
   * dropped.
   */
  boolean firstDelivery(String eventId, Integer retryNum) {
    if (eventId == null) {
      return true;
    }
    boolean first = answeredEvents.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    if (!first) {
      log.info(
          "Slack delivered event {} again (retry {}); it was answered already", eventId, retryNum);
    }
    return first;
  }

  private Requester requester(Context context, String teamId, String userId, String name) {
    String token = context.getBotToken();
    return new Requester(
        userId, name == null || name.isBlank() ? userId : name, admins.of(token, teamId, userId));
  }

  /** The workspace of a request: the one Bolt authorised, else the one the payload names. */
  private static String teamOf(Context context, String payloadTeam) {
    if (context.getTeamId() != null) {
      return context.getTeamId();
    }
    if (payloadTeam != null) {
      return payloadTeam;
    }
    return Optional.ofNullable(context.getEnterpriseId()).orElse("unknown");
  }

  @Override
  public void close() {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    app.stop();
  }
}
