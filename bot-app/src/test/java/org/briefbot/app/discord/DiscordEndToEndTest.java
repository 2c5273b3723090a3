package org.briefbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.discord.fake.FakeDiscord.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.briefbot.app.BriefbotServices;
import org.briefbot.app.DiscordLaunch;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.discord.DiscordAdapter;
import org.briefbot.discord.fake.FakeDiscord;
import org.briefbot.discord.fake.FakeDiscord.Recorded;
import org.briefbot.discord.fake.FakeDiscord.Who;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefbot's real command set, over the demo story in a temporary H2 database, on the real JDA
 * against the fake Discord: the launch path reads the REST and gateway URLs from the settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir static Path dataDir;
  private FakeDiscord discord;
  private MockWebServer site;
  private BriefbotServices services;
  private DiscordAdapter bot;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    site = new MockWebServer();
    site.start(java.net.InetAddress.getLoopbackAddress(), 0);
    Map<String, String> environment =
        FakeDiscordEnvironment.with(
            discord,
            Map.of(
                "BRIEFBOT_FETCH_ALLOW_PRIVATE",
                "true",
                "BRIEFBOT_DB_URL",
                "jdbc:h2:file:" + dataDir.resolve("briefbot").toAbsolutePath()));
    BriefbotConfig config = BriefbotConfig.load(environment);
    Secrets secrets = Secrets.load(environment, "");
    services = BriefbotServices.open(config, secrets, dataDir.resolve("index"), List.of());
    assertThat(services.search().awaitReady(WAIT)).isTrue();
    bot = DiscordLaunch.start(config, secrets, services.router());
    assertThat(bot.awaitReady(WAIT)).isTrue();
  }

  @AfterAll
  void stop() throws Exception {
    bot.close();
    discord.close();
    site.shutdown();
    services.close();
  }

  @Test
  void logsInWithTheConfiguredUrlsAndRegistersTheRealCommandsGlobally() throws Exception {
    assertThat(discord.awaitGateway(2, 1, WAIT).path("d").path("token").asText())
        .isEqualTo(FakeDiscord.TOKEN);
    Recorded put =
        discord.await(
            path("PUT", "/applications/" + FakeDiscord.APPLICATION_ID + "/commands"), WAIT);
    assertThat(put.json())
        .extracting(c -> c.path("name").asText())
        .containsExactly(
            "help",
            "brief",
            "whosaid",
            "quotes",
            "feeds",
            "digest",
            "alerts",
            "overview",
            "Who said this?",
            "Brief this link");
    JsonNode feeds = put.json().get(4);
    assertThat(feeds.path("default_member_permissions").asText()).isEqualTo("32");
    assertThat(feeds.path("options"))
        .extracting(o -> o.path("name").asText())
        .containsExactly("add", "list", "remove", "filter", "import", "export");
    assertThat(put.json().get(3).path("options").get(0).path("autocomplete").asBoolean()).isTrue();
  }

  @Test
  void whoSaidIsDeferredAtOnceAndTheOriginalResponseNamesNetanyahu() throws Exception {
    Instant sent = Instant.now();
    String id =
        discord.slashCommand(Who.MEMBER, "whosaid", null, Map.of("quote", "we will do it alone"));
    Recorded deferral = discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
    assertThat(Duration.between(sent, deferral.at())).isLessThan(Duration.ofSeconds(3));
    assertThat(deferral.json().path("type").asInt()).isEqualTo(5);
    assertThat(deferral.json().path("data").path("flags").asInt(0)).isZero();

    JsonNode embed = original(id).path("embeds").get(0);
    assertThat(embed.path("title").asText()).contains("Benjamin Netanyahu");
    assertThat(embed.path("description").asText())
        .contains("Exact")
        .contains("\u201C\u2026 we will do it alone");
    assertThat(embed.path("description").asText())
        .contains("**First printed**")
        .contains("**Story:** ")
        .contains("**Outlet:** ")
        .containsPattern("\\*\\*Date:\\*\\* <t:\\d+:D>");
  }

  @Test
  void whoSaidThisOnAMessageQuotingThePrimeMinisterNamesHim() throws Exception {
    String id =
        discord.messageCommand(
            Who.MEMBER,
            "Who said this?",
            "The prime minister told reporters: \u201Cif necessary - we will do it alone\u201D. Thoughts?");
    assertThat(
            discord
                .await(path("POST", "/interactions/" + id + "/"), WAIT)
                .json()
                .path("data")
                .path("flags")
                .asInt(0))
        .isZero();
    assertThat(original(id).path("embeds").get(0).path("title").asText())
        .contains("Benjamin Netanyahu");
  }

  @Test
  void briefOnTheDemoStorysPageAnswersWithAnEmbed() throws Exception {
    site.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html; charset=utf-8")
            .setBody(demoPage()));
    String url = site.url("/world/blinken-rafah").toString();
    String id = discord.slashCommand(Who.MEMBER, "brief", null, Map.of("url", url));
    discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
    JsonNode embed = original(id).path("embeds").get(0);
    assertThat(embed.path("title").asText()).contains("Blinken");
    assertThat(embed.path("description").asText()).startsWith("\u2022 ").contains("Rafah");
  }

  @Test
  void badInputGetsAClearMessageForTheAskerAlone() throws Exception {
    assertThat(
            privateError(discord.slashCommand(Who.MEMBER, "whosaid", null, Map.of("quote", "   "))))
        // the brackets escaped: Discord shows them as typed
        .isEqualTo(
            "/whosaid \\<quote\\> needs \\<quote\\>: some words of the quote, as you remember them.");
    assertThat(
            privateError(
                discord.slashCommand(
                    Who.MEMBER, "whosaid", null, Map.of("quote", "x".repeat(6000)))))
        .isEqualTo("The quote is too long: at most 1000 characters, not 6000.");
    assertThat(
            privateError(
                discord.slashCommand(
                    Who.MEMBER, "brief", null, Map.of("url", "file:///etc/passwd"))))
        .isNotBlank()
        .doesNotContain("Exception");
    assertThat(
            privateError(
                discord.slashCommand(
                    Who.MEMBER, "brief", null, Map.of("topic", "zeppelin regatta"))))
        .startsWith("No stored story mentions \u201Czeppelin regatta\u201D yet.");
    String nobody =
        discord.slashCommand(Who.MEMBER, "quotes", null, Map.of("person", "Ottoline Quarrington"));
    assertThat(original(nobody).path("embeds").get(0).path("description").asText())
        .isEqualTo("No stored quote of Ottoline Quarrington.");
  }

  @Test
  void feedsAreRefusedToAMemberWithoutManageServerEvenWhenTheirClientSentTheCommand()
      throws Exception {
    String id =
        discord.slashCommand(
            Who.MEMBER, "feeds", "add", Map.of("url", "https://example.org/feed.xml"));
    assertThat(
            discord
                .await(path("POST", "/interactions/" + id + "/"), WAIT)
                .json()
                .path("data")
                .path("flags")
                .asInt())
        .isEqualTo(64);
    assertThat(original(id).path("embeds").get(0).path("description").asText())
        .isEqualTo("Only people with the Manage Server permission can use /feeds.");
  }

  private JsonNode original(String id) throws InterruptedException {
    return discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT).json();
  }

  /**
   * The error after a public deferral: what the asker finally sees is one ephemeral message, and
   * nothing is left in the channel.
   */
  private String privateError(String id) throws InterruptedException {
    discord.await(path("DELETE", "/token-" + id + "/messages/@original"), WAIT);
    List<FakeDiscord.Visible> seen = discord.visibleMessages(id);
    assertThat(seen).extracting(FakeDiscord.Visible::ephemeral).containsExactly(true);
    return seen.get(0).message().path("embeds").get(0).path("description").asText();
  }

  /** The bundled demo story as a news site would serve it. */
  static String demoPage() throws Exception {
    String text;
    try (InputStream in =
        DiscordEndToEndTest.class.getResourceAsStream("/samples/blinken-rafah.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = text.strip().split("\n");
    String title = lines[1].strip();
    StringBuilder page =
        new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
            .append(title)
            .append("</title></head><body><article><h1>")
            .append(title)
            .append("</h1>");
    for (int i = 2; i < lines.length; i++) {
      if (!lines[i].isBlank() && !lines[i].strip().equals(title)) {
        page.append("<p>")
            .append(lines[i].strip().replace("&", "&amp;").replace("<", "&lt;"))
            .append("</p>");
      }
    }
    return page.append("</article></body></html>").toString();
  }
}
