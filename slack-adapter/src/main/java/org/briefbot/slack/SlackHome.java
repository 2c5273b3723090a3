package org.briefbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.OverviewCommand;
import org.briefbot.core.command.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's App Home: the core's overview of the workspace ({@code /overview}), published with {@code
 * views.publish} for the person who opens the home, and again after each click on it with what the
 * click did above it.
 */
final class SlackHome {
  private static final Logger log = LoggerFactory.getLogger(SlackHome.class);

  /** The home is no channel: the place its overview and clicks are asked from. */
  static final String PLACE = "app-home";

  private final CommandRouter router;
  private final BlockKitRenderer renderer;
  private final Slack slack;

  SlackHome(CommandRouter router, BlockKitRenderer renderer, Slack slack) {
    this.router = router;
    this.renderer = renderer;
    this.slack = slack;
  }

  /** The overview for the person who opened the home. */
  void opened(String token, String teamId, Requester requester) {
    publish(
        token,
        requester.userId(),
        router.dispatch(
            new CommandRequest(
                OverviewCommand.NAME, Optional.empty(), Map.of(), requester, place(teamId))));
  }

  /** A click on a button of the home: its answer becomes the home. */
  void clicked(String token, String teamId, Requester requester, String actionId) {
    publish(token, requester.userId(), router.dispatchAction(actionId, requester, place(teamId)));
  }

  private static Place place(String teamId) {
    return Place.channel(Platform.SLACK, teamId, PLACE);
  }

  private void publish(String token, String userId, Reply reply) {
    SlackMessage message = renderer.render(reply);
    View home = View.builder().type("home").blocks(message.blocks()).build();
    try {
      ViewsPublishResponse published =
          slack.methods(token).viewsPublish(request -> request.userId(userId).view(home));
      if (!published.isOk()) {
        log.warn("views.publish refused the home: {}", published.getError());
      }
    } catch (IOException | SlackApiException failure) {
      log.warn(
          "Slack could not be reached to publish the home ({})",
          failure.getClass().getSimpleName());
    }
  }
}
