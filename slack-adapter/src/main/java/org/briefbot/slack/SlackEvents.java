package org.briefbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
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
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Notices;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.command.AcknowledgementsFirst;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.MessageAction;
import org.briefbot.core.command.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes Slack's events to the core and renders its replies: every command of the router as a slash
 * command, every message action of the core as a message shortcut (by its callback id), mentions
 * and direct messages in plain words. Each request is acknowledged at once and answered afterwards
 * on the bot's own workers — through the request's {@code response_url} (ephemeral for answers
 * meant for the asker) or {@code chat.postMessage} / {@code chat.postEphemeral} — so that a page
 * fetch never holds up Slack's three seconds; in HTTP mode an answer waits its turn while requests
 * are being acknowledged ({@link AcknowledgementsFirst}). An event Slack delivers again ({@code
 * X-Slack-Retry-Num}) is recognised by its id and answered once; an event no route takes (a direct
 * message's edit, deletion or file share) is acknowledged all the same, so that Slack does not
 * deliver it again.
 */
public final class SlackEvents implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackEvents.class);

  private static final Pattern LEADING_MENTION =
      Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*");
  private static final int QUEUE = 10_000;

  /** How long a stop waits for the answers under way. */
  static final Duration ANSWERS_GRACE = Duration.ofSeconds(10);

  private static final Pattern ANY_COMMAND = Pattern.compile("^/.+$");
  private static final Pattern ACTION_ID = Pattern.compile("^bb1\\|.*$");

  private final CommandRouter router;
  private final Slack slack;
  private final App app;
  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final WorkspaceAdmins admins;
  private final ThreadPoolExecutor workers;
  private final AcknowledgementsFirst acknowledgements;
  private final Cache<String, Boolean> answeredEvents =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(2)).maximumSize(200_000).build();
  private final SlackInstalls installs;
  private final SlackHome home;

  public SlackEvents(CommandRouter router, SlackSettings settings, SlackInstalls installs) {
    this.router = router;
    this.acknowledgements =
        new AcknowledgementsFirst(took -> router.acknowledged(Platform.SLACK, took));
    this.installs = installs;
    this.slack = slackClient(settings);
    this.admins = new WorkspaceAdmins(slack, settings.feedManagers(), Duration.ofMinutes(10));
    this.workers =
        acknowledgements.answerWorkers(
            "slack-answer", settings.workers(), new ArrayBlockingQueue<>(QUEUE));
    this.home = new SlackHome(router, renderer, slack);
    this.app = new App(appConfig(settings, slack));
    installs.applyTo(app);
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

  /** Where the HTTP server tells the answers that requests are being acknowledged. */
  AcknowledgementsFirst acknowledgements() {
    return acknowledgements;
  }

  /** The Bolt app, for the HTTP server or Socket Mode to run. */
  public App app() {
    return app;
  }

  /** The Slack client the app uses (its Web API base is the configured one). */
  public Slack slack() {
    return slack;
  }

  /** Posts nobody asked for (digests, feed alerts), with each workspace's token. */
  public SlackChannelPoster channelPoster() {
    return new SlackChannelPoster(slack, installs::botToken, renderer, SlackChannelPoster.SPACING);
  }

  private void register() {
    // An event no route below takes gets Bolt's 404, which Slack takes for a failure and delivers
    // again (in Socket Mode no acknowledgement is sent at all): acknowledge it and let it go.
    app.use(
        (request, response, chain) -> {
          if (request instanceof EventRequest event && isMessageWithSubtype(event)) {
            // An edit, a deletion, a file share, a bot's post: nothing a person asked.
            return request.getContext().ack();
          }
          Response answer = chain.next(request);
          if (request instanceof EventRequest && answer.getStatusCode() == 404) {
            return request.getContext().ack();
          }
          return answer;
        });
    // Every slash command goes to the router by its name: a command added to the core needs no
    // Slack code, only its line in the generated manifest; a name the router does not know gets
    // its "no command" answer rather than Bolt's 404.
    app.command(
        ANY_COMMAND,
        (request, context) ->
            onCommand(
                request.getPayload(), context, request.getPayload().getCommand().substring(1)));
    for (MessageAction action : MessageAction.values()) {
      app.messageShortcut(
          action.callbackId(),
          (request, context) -> onMessageShortcut(action, request.getPayload(), context));
    }
    // Every button of an answer carries its action's id; the router runs what it names.
    app.blockAction(ACTION_ID, (request, context) -> onBlockAction(request.getPayload(), context));
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
        AppHomeOpenedEvent.class,
        (payload, context) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab())) {
            String teamId = teamOf(context, payload.getTeamId());
            String token = context.getBotToken();
            return acknowledged(
                context,
                () ->
                    home.opened(token, teamId, requester(context, teamId, event.getUser(), null)));
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

  private static boolean isMessageWithSubtype(EventRequest event) {
    return "message".equals(event.getEventType())
        && !"message".equals(event.getEventTypeAndSubtype());
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

  private Response onMessageShortcut(
      MessageAction action, MessageShortcutPayload payload, Context context) {
    String teamId = teamOf(context, payload.getTeam() == null ? null : payload.getTeam().getId());
    Requester requester =
        requester(context, teamId, payload.getUser().getId(), payload.getUser().getName());
    Place place = Place.channel(Platform.SLACK, teamId, payload.getChannel().getId());
    String text =
        SlackText.plainWithAddresses(
            payload.getMessage() == null ? "" : payload.getMessage().getText());
    String responseUrl = payload.getResponseUrl();
    return acknowledged(
        context,
        () ->
            respond(
                responseUrl,
                router.dispatchMessageAction(action.callbackId(), text, requester, place)));
  }

  /**
   * A click on a button of an answer: its action runs as the command would, through the router's
   * checks, and is answered through the click's {@code response_url} — a new page in place of the
   * message, anything else as a new message; a digest's Brief goes in the thread under its post
   * ({@code thread_ts}); a click on the App Home publishes the home anew; an error for the person
   * alone.
   */
  private Response onBlockAction(BlockActionPayload payload, Context context) {
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return context.ack();
    }
    String id = payload.getActions().get(0).getActionId();
    String teamId = teamOf(context, payload.getTeam() == null ? null : payload.getTeam().getId());
    Requester requester =
        requester(context, teamId, payload.getUser().getId(), payload.getUser().getUsername());
    if (payload.getView() != null && "home".equals(payload.getView().getType())) {
      String token = context.getBotToken();
      return acknowledged(context, () -> home.clicked(token, teamId, requester, id));
    }
    String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
    String responseUrl = payload.getResponseUrl();
    if (channel == null || responseUrl == null) {
      return context.ack();
    }
    Place place = Place.channel(Platform.SLACK, teamId, channel);
    Optional<Action.Answer> answer = router.answerOfAction(id);
    Optional<String> thread = threadOf(payload);
    if (answer.filter(a -> a == Action.Answer.THREAD).isPresent() && thread.isPresent()) {
      String token = context.getBotToken();
      String user = payload.getUser().getId();
      return acknowledged(
          context,
          () -> {
            Reply reply = router.dispatchAction(id, requester, place);
            if (reply.isError()) {
              respond(responseUrl, reply);
            } else {
              post(token, channel, user, thread, renderer.render(reply), false);
            }
          });
    }
    boolean replace = answer.filter(a -> a == Action.Answer.REPLACE).isPresent();
    return acknowledged(
        context,
        () -> {
          Reply reply = router.dispatchAction(id, requester, place);
          respond(responseUrl, reply, replace && !reply.isError());
        });
  }

  /**
   * The thread of the message a button is on: the thread it is in, else the one it starts (Slack's
   * {@code thread_ts} is the timestamp of the thread's first message).
   */
  private static Optional<String> threadOf(BlockActionPayload payload) {
    BlockActionPayload.Container container = payload.getContainer();
    if (container == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(container.getThreadTs())
        .or(() -> Optional.ofNullable(container.getMessageTs()));
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
      return context.ackWithJson(Map.of("response_type", "ephemeral", "text", Notices.BUSY));
    }
  }

  /** Answers a slash command or shortcut through its response_url. */
  private void respond(String responseUrl, Reply reply) {
    respond(responseUrl, reply, false);
  }

  /** Answers through a response_url, in place of the message it came from when asked to. */
  private void respond(String responseUrl, Reply reply, boolean replaceOriginal) {
    SlackMessage message = renderer.render(reply);
    try {
      WebhookResponse response = slack.send(responseUrl, message.responseUrlJson(replaceOriginal));
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
            SlackMessage message = renderer.render(router.dispatchText(words, requester, place));
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
      if (!workers.awaitTermination(ANSWERS_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    app.stop();
  }
}
