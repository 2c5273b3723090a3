package org.briefbot.app.conformance;

import java.net.URI;
import java.util.Map;
import org.briefbot.app.SlackLaunch;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.slack.FakeSlack;
import org.briefbot.slack.SlackAdapter;

/** The conformance table on Slack: the real Bolt app in HTTP mode, signed requests on loopback. */
class SlackConformanceTest extends ConformanceSuite {
  private FakeSlack slack;

  @Override
  Map<String, String> environment() throws Exception {
    slack = new FakeSlack();
    return Map.of(
        "BRIEFBOT_SLACK_PORT", "0",
        "BRIEFBOT_SLACK_BIND", "127.0.0.1",
        "BRIEFBOT_SLACK_API_URL", slack.apiUrl(),
        "SLACK_BOT_TOKEN", "xoxb-T1-0000000000-conformance",
        "SLACK_SIGNING_SECRET", SlackSurface.SECRET);
  }

  @Override
  Surface start(Map<String, String> environment, BriefbotConfig config, Secrets secrets)
      throws Exception {
    SlackAdapter adapter =
        SlackLaunch.start(config, secrets, services.router(), services.database()).orElseThrow();
    URI events =
        URI.create(
            "http://127.0.0.1:"
                + adapter.address().orElseThrow().getPort()
                + SlackAdapter.EVENTS_PATH);
    return new SlackSurface(slack, events, adapter);
  }
}
