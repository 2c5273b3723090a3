package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.command.MessageAction;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code briefbot slack-manifest} and the committed manifest an admin pastes into Slack: the file
 * is the command's output, so every command and message action the core declares is in it as the
 * core declares it.
 */
class SlackManifestCommandTest {
  private static final Path COMMITTED = Path.of("../slack-adapter/manifest.yml");

  private static String printed() {
    StringWriter out = new StringWriter();
    CommandLine cli = BriefbotCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("slack-manifest")).isZero();
    return out.toString();
  }

  @Test
  void theCommittedManifestIsWhatTheDeclarationsGive() throws Exception {
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as(
            "slack-adapter/manifest.yml differs from the core's declarations; regenerate it with"
                + " ./briefbot slack-manifest > slack-adapter/manifest.yml")
        .isEqualTo(printed());
  }

  @Test
  void everyCommandAndMessageActionIsOfferedWithItsOwnWords() throws Exception {
    JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(printed());
    List<String> commands = new ArrayList<>();
    manifest
        .path("features")
        .path("slash_commands")
        .forEach(c -> commands.add(c.path("command").asText()));
    assertThat(commands)
        .containsExactly(
            "/help", "/brief", "/whosaid", "/quotes", "/feeds", "/digest", "/alerts", "/overview");
    JsonNode whoSaid = manifest.path("features").path("slash_commands").get(2);
    assertThat(whoSaid.path("usage_hint").asText()).isEqualTo("<quote>");
    assertThat(whoSaid.path("description").asText()).startsWith("Who said it");
    List<String> shortcuts = new ArrayList<>();
    manifest
        .path("features")
        .path("shortcuts")
        .forEach(
            s -> shortcuts.add(s.path("callback_id").asText() + "=" + s.path("name").asText()));
    assertThat(shortcuts)
        .containsExactly(
            MessageAction.WHO_SAID_THIS.callbackId() + "=Who said this?",
            MessageAction.BRIEF_THIS_LINK.callbackId() + "=Brief this link");
    assertThat(manifest.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
    // The App Home shows the overview: its tab on, and the event that says it was opened.
    assertThat(manifest.path("features").path("app_home").path("home_tab_enabled").asBoolean())
        .isTrue();
    assertThat(manifest.path("settings").path("event_subscriptions").path("bot_events").toString())
        .contains("app_home_opened");
  }
}
