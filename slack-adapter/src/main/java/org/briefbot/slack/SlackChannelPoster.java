package org.briefbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;

/**
 * Posts into a Slack channel unprompted (digests, feed alerts) with {@code chat.postMessage}. Slack
 * allows about one message a second a channel: posts to one channel wait their turn, posts to
 * different channels do not wait for each other. A channel the app left, an archived one or a
 * workspace that uninstalled it is a permanent failure the subscription's managers can act on. A
 * post the core may make again carries its key in the message's metadata, and the channel's history
 * tells whether it went out.
 */
public final class SlackChannelPoster implements ChannelPoster {
  /** Errors that trying again will not mend. */
  private static final Set<String> PERMANENT =
      Set.of(
          "not_in_channel",
          "channel_not_found",
          "is_archived",
          "restricted_action",
          "account_inactive",
          "invalid_auth",
          "token_revoked",
          "not_authed",
          "team_access_not_granted",
          "missing_scope",
          "no_permission",
          "ekm_access_denied");

  /** Slack's pace for one channel: about a message a second. */
  static final Duration SPACING = Duration.ofSeconds(1);

  private final Slack slack;
  private final Function<String, Optional<String>> tokens;
  private final BlockKitRenderer renderer;
  private final long spacingNanos;

  /** Per channel, the earliest time its next message may go. */
  private final ConcurrentHashMap<String, Long> nextSlot = new ConcurrentHashMap<>();

  SlackChannelPoster(
      Slack slack,
      Function<String, Optional<String>> tokens,
      BlockKitRenderer renderer,
      Duration spacing) {
    this.slack = slack;
    this.tokens = tokens;
    this.renderer = renderer;
    this.spacingNanos = spacing.toNanos();
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  /** The metadata event type of a post that carries a key. */
  static final String EVENT_TYPE = "briefbot_post";

  /**
   * How far before the first attempt the history is read: the clocks of Briefbot and Slack differ.
   */
  static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

  /** Messages a page of history, and pages read at most, when looking for a key. */
  static final int HISTORY_PAGE = 200;

  static final int HISTORY_PAGES = 10;

  /** The bot's id in each workspace (auth.test), to tell its own messages. */
  private final ConcurrentHashMap<String, String> botIds = new ConcurrentHashMap<>();

  @Override
  public Delivery post(Place place, Reply reply) {
    return post(place, reply, Optional.empty());
  }

  /**
   * Posts with the key in the message's metadata ({@code event_type} {@value #EVENT_TYPE}, payload
   * {@code key}), which {@link #earlier} finds in the channel's history.
   */
  @Override
  public Delivery post(Place place, Reply reply, PostKey key) {
    return post(place, reply, Optional.of(key));
  }

  /**
   * Looks in the channel's history since a little before {@code sentAfter}, with every message's
   * metadata, for the bot's message that carries the key: Slack has no idempotency key, but keeps
   * what a message carried. Needs the history scopes ({@code channels:history}, {@code
   * groups:history}) and the bot in the channel.
   */
  @Override
  public Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
    if (place.platform() != Platform.SLACK) {
      return new Earlier.Unknown(Earlier.Cause.LOOKUP_FAILED, "not a Slack channel");
    }
    String team = place.workspaceId().orElse("");
    Optional<String> token = tokens.apply(team);
    if (token.isEmpty()) {
      return new Earlier.Unknown(
          Earlier.Cause.LOOKUP_FAILED, "Briefbot is no longer installed in that workspace");
    }
    Instant from = sentAfter.minus(CLOCK_MARGIN);
    String oldest = from.getEpochSecond() + "." + String.format("%06d", from.getNano() / 1000);
    try {
      String botId = botId(team, token.get());
      String cursor = null;
      for (int page = 0; page < HISTORY_PAGES; page++) {
        String next = cursor;
        ConversationsHistoryResponse history =
            slack
                .methods(token.get())
                .conversationsHistory(
                    request ->
                        request
                            .channel(place.channelId())
                            .oldest(oldest)
                            .limit(HISTORY_PAGE)
                            .includeAllMetadata(true)
                            .cursor(next));
        if (!history.isOk()) {
          return new Earlier.Unknown(
              Earlier.Cause.LOOKUP_FAILED, "Slack answered " + history.getError());
        }
        for (Message message : history.getMessages()) {
          if (carries(message, key) && (botId == null || botId.equals(message.getBotId()))) {
            return new Earlier.Found(message.getTs());
          }
        }
        cursor =
            history.getResponseMetadata() == null
                ? null
                : history.getResponseMetadata().getNextCursor();
        if (!history.isHasMore() || cursor == null || cursor.isEmpty()) {
          return new Earlier.NoneRepeated();
        }
      }
      return new Earlier.Unknown(
          Earlier.Cause.LOOKUP_FAILED,
          "more than " + HISTORY_PAGE * HISTORY_PAGES + " messages since");
    } catch (SlackApiException refused) {
      return new Earlier.Unknown(
          Earlier.Cause.LOOKUP_FAILED,
          "Slack answered "
              + (refused.getError() == null
                  ? "HTTP " + refused.getResponse().code()
                  : refused.getError().getError()));
    } catch (IOException unreachable) {
      return new Earlier.Unknown(Earlier.Cause.LOOKUP_FAILED, "Slack could not be reached");
    }
  }

  private static boolean carries(Message message, PostKey key) {
    Message.Metadata metadata = message.getMetadata();
    return metadata != null
        && EVENT_TYPE.equals(metadata.getEventType())
        && metadata.getEventPayload() != null
        && key.value().equals(String.valueOf(metadata.getEventPayload().get("key")));
  }

  /** The bot's own id in the workspace, or null when Slack does not say. */
  private String botId(String team, String token) throws IOException, SlackApiException {
    String known = botIds.get(team);
    if (known != null) {
      return known;
    }
    AuthTestResponse auth = slack.methods(token).authTest(request -> request);
    if (!auth.isOk() || auth.getBotId() == null) {
      return null;
    }
    botIds.put(team, auth.getBotId());
    return auth.getBotId();
  }

  private Delivery post(Place place, Reply reply, Optional<PostKey> key) {
    if (place.platform() != Platform.SLACK) {
      return new Delivery.Failed("That channel is on " + place.platform() + ", not Slack.", true);
    }
    String team = place.workspaceId().orElse("");
    Optional<String> token = tokens.apply(team);
    if (token.isEmpty()) {
      return new Delivery.Failed("Briefbot is no longer installed in that Slack workspace.", true);
    }
    SlackMessage message = renderer.render(reply);
    waitForTurn(team + "/" + place.channelId());
    try {
      ChatPostMessageResponse sent =
          slack
              .methods(token.get())
              .chatPostMessage(
                  request ->
                      request
                          .channel(place.channelId())
                          .text(message.text())
                          .blocks(message.blocks())
                          .metadata(
                              key.map(
                                      k ->
                                          new Message.Metadata(
                                              EVENT_TYPE, Map.<String, Object>of("key", k.value())))
                                  .orElse(null)));
      if (sent.isOk()) {
        return new Delivery.Posted(sent.getTs());
      }
      return failure(sent.getError());
    } catch (SlackApiException refused) {
      return failure(
          refused.getError() == null
              ? "http_" + refused.getResponse().code()
              : refused.getError().getError());
    } catch (IOException unreachable) {
      return new Delivery.Failed(
          "Slack could not be reached (" + unreachable.getClass().getSimpleName() + ").", false);
    }
  }

  private static Delivery failure(String error) {
    String code = error == null ? "unknown_error" : error;
    return switch (code) {
      case "not_in_channel" ->
          new Delivery.Failed(
              "Briefbot is not in that Slack channel any more; invite it back with /invite @Briefbot.",
              true);
      case "channel_not_found" ->
          new Delivery.Failed(
              "That Slack channel no longer exists or Briefbot cannot see it.", true);
      case "is_archived" -> new Delivery.Failed("That Slack channel is archived.", true);
      case "ratelimited" ->
          new Delivery.Failed(
              "Slack asked Briefbot to slow down; the post will be tried again.", false);
      default ->
          new Delivery.Failed("Slack refused the post (" + code + ").", PERMANENT.contains(code));
    };
  }

  /** Claims the channel's next slot (a second after the last) and sleeps until it comes. */
  private void waitForTurn(String channel) {
    long now = System.nanoTime();
    long slot =
        nextSlot.compute(
                channel,
                (key, next) ->
                    next == null || next - now < 0 ? now + spacingNanos : next + spacingNanos)
            - spacingNanos;
    long wait = slot - now;
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
