package org.briefbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
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
 * workspace that uninstalled it is a permanent failure the subscription's managers can act on.
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

  @Override
  public Delivery post(Place place, Reply reply) {
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
                          .blocks(message.blocks()));
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
