package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing Briefbot in several workspaces: Bolt's OAuth flow against a local stand-in for Slack,
 * the state checked three ways, each workspace's token kept in the database and used for that
 * workspace's answers, and forgotten when the app is uninstalled.
 */
class SlackOAuthInstallTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;
  private FakeSlack slack;
  private Database database;
  private TestCommands commands;
  private SlackAdapter adapter;
  private SignedRequests requests;
  private String base;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlack();
    slack.method(
        "oauth.v2.access",
        request -> {
          Map<String, String> form = FakeSlack.form(request.getBody().clone().readUtf8());
          String team = form.getOrDefault("code", "").replace("code-", "");
          return """
          {"ok":true,"access_token":"xoxb-%1$s-1111111111-installed","token_type":"bot","scope":"commands,chat:write",
           "bot_user_id":"UBOT","app_id":"A1","team":{"id":"%1$s","name":"Workspace %1$s"},"enterprise":null,
           "is_enterprise_install":false,"authed_user":{"id":"UINSTALLER"}}
          """
              .formatted(team);
        });
    database = Database.defaultH2(dataDir);
    commands = new TestCommands();
    SlackSettings settings =
        new SlackSettings(
            Optional.empty(),
            Optional.empty(),
            Optional.of(SECRET),
            Optional.of("1111.2222"),
            Optional.of("client-secret-value"),
            Optional.of(slack.apiUrl()),
            "127.0.0.1",
            0,
            Optional.empty(),
            SlackSettings.DEFAULT_SCOPES,
            Set.of(),
            2);
    adapter = SlackAdapter.start(commands.router, settings, database.jdbi());
    base = "http://127.0.0.1:" + adapter.address().orElseThrow().getPort();
    requests = new SignedRequests(URI.create(base + SlackAdapter.EVENTS_PATH), SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    adapter.close();
    database.close();
    slack.close();
  }

  /** Opens /slack/install; returns the state the page sends the installer to Slack with. */
  private String beginInstall() throws Exception {
    HttpResponse<String> page =
        requests.get(URI.create(base + SlackAdapter.INSTALL_PATH), Map.of());
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher link =
        Pattern.compile(
                "https://slack\\.com/oauth/v2/authorize\\?client_id=1111\\.2222&amp;scope=([^&]+)&amp;"
                    + "user_scope=&amp;state=([0-9a-f-]+)")
            .matcher(page.body());
    assertThat(link.find()).as(page.body()).isTrue();
    assertThat(URLDecoder.decode(link.group(1), StandardCharsets.UTF_8))
        .contains("commands")
        .contains("chat:write");
    String state = link.group(2);
    assertThat(page.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("slack-app-oauth-state=" + state));
    return state;
  }

  private HttpResponse<String> redirect(String code, String state, String cookieState)
      throws Exception {
    return requests.get(
        URI.create(base + SlackAdapter.REDIRECT_PATH + "?code=" + code + "&state=" + state),
        Map.of("Cookie", "slack-app-oauth-state=" + cookieState));
  }

  private int installations() {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM slack_installations")
                    .mapTo(Integer.class)
                    .one());
  }

  @Test
  void aWorkspaceInstallsWithACheckedStateAndIsAnsweredWithItsOwnToken() throws Exception {
    String state = beginInstall();
    // A state Briefbot never issued, or one that is not the installer's own, installs nothing.
    redirect(
        "code-T2", "00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000");
    redirect("code-T2", state, "11111111-1111-1111-1111-111111111111");
    assertThat(installations()).isZero();
    assertThat(slack.sentTo("/api/oauth.v2.access")).isEmpty();

    HttpResponse<String> done = redirect("code-T2", state, state);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(installations()).isEqualTo(1);
    // A state is used once.
    redirect("code-T9", state, state);
    assertThat(installations()).isEqualTo(1);

    String second = beginInstall();
    redirect("code-T3", second, second);
    assertThat(installations()).isEqualTo(2);

    mention("T3", "Ev-T3");
    FakeSlack.Sent toT3 = slack.nextAnswer(WAIT);
    assertThat(toT3.path()).isEqualTo("/api/chat.postMessage");
    assertThat(toT3.authorization()).isEqualTo("Bearer xoxb-T3-1111111111-installed");
    mention("T2", "Ev-T2");
    FakeSlack.Sent toT2 = slack.nextAnswer(WAIT);
    assertThat(toT2.authorization()).isEqualTo("Bearer xoxb-T2-1111111111-installed");
    assertThat(commands.runs.get()).isEqualTo(2);

    // Unprompted posts use the workspace's token too.
    assertThat(
            adapter
                .channelPoster()
                .post(
                    org.briefbot.core.chat.Place.channel(
                        org.briefbot.core.chat.Platform.SLACK, "T3", "C7"),
                    org.briefbot.core.chat.Reply.builder().text("Digest").build())
                .posted())
        .isTrue();
    assertThat(slack.nextAnswer(WAIT).authorization())
        .isEqualTo("Bearer xoxb-T3-1111111111-installed");
  }

  @Test
  void aWorkspaceThatNeverInstalledIsToldHowToAndNothingRuns() throws Exception {
    requests.post(
        SignedRequests.command("/whosaid", "we will rebuild", "T4", "U1", slack.responseUrl("t4")),
        "application/x-www-form-urlencoded");
    FakeSlack.Sent answer = slack.nextAnswer(WAIT);
    assertThat(answer.path()).isEqualTo("/respond/t4");
    assertThat(answer.body()).contains("ephemeral").contains("install");
    assertThat(commands.runs.get()).isZero();
  }

  @Test
  void uninstallingForgetsTheWorkspaceToken() throws Exception {
    String state = beginInstall();
    redirect("code-T2", state, state);
    assertThat(installations()).isEqualTo(1);

    String uninstalled =
        """
        {"team_id":"T2","api_app_id":"A1","type":"event_callback","event_id":"Ev-gone","event_time":1700000000,
         "event":{"type":"app_uninstalled"}}
        """;
    assertThat(requests.post(uninstalled, "application/json").statusCode()).isEqualTo(200);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (installations() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(installations()).isZero();
    assertThat(
            adapter
                .channelPoster()
                .post(
                    org.briefbot.core.chat.Place.channel(
                        org.briefbot.core.chat.Platform.SLACK, "T2", "C7"),
                    org.briefbot.core.chat.Reply.builder().text("Digest").build()))
        .isEqualTo(
            new org.briefbot.core.chat.ChannelPoster.Delivery.Failed(
                "Briefbot is no longer installed in that Slack workspace.", true));
  }

  private void mention(String team, String eventId) throws Exception {
    String event =
        """
        {"team_id":"%1$s","api_app_id":"A1","type":"event_callback","event_id":"%2$s","event_time":1700000000,
         "event":{"type":"app_mention","user":"U1","text":"<@UBOT> who said \\"we will rebuild\\"?","ts":"1700000000.000100",
                  "channel":"C1","event_ts":"1700000000.000100"},
         "authorizations":[{"team_id":"%1$s","user_id":"UBOT","is_bot":true}]}
        """
            .formatted(team, eventId);
    assertThat(requests.post(event, "application/json").statusCode()).isEqualTo(200);
  }
}
