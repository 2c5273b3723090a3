package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as {@code ./briefbot} runs it — the whole core over an H2 file database, the demo
 * story stored on start, the background jobs running — fed the lines a person would type.
 */
class ConsoleDigestTest {
  @TempDir Path dataDir;

  private String session(String input) {
    BriefbotConfig config =
        new BriefbotConfig(
            "",
            new BriefbotConfig.Storage(Database.h2Url(dataDir), "sa"),
            new BriefbotConfig.Fetch(false, 5, 10),
            new BriefbotConfig.Summary(3),
            new BriefbotConfig.Console(100),
            BriefbotConfig.Digest.defaults(),
            null,
            BriefbotConfig.Slack.defaults());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BriefbotCli.serveConsole(
        config,
        Secrets.load(Map.of(), ""),
        dataDir.resolve("index"),
        new BufferedReader(new StringReader(input)),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void previewShowsTheDemoStoryAsADigestAndSubscribeThenListShowTheNextRunInBerlinTime() {
    String out =
        session("/digest preview\n/digest subscribe 08:00 Europe/Berlin\n/digest list\nquit\n");

    String preview =
        out.substring(out.indexOf("Preview: Digest"), out.indexOf("Digest subscribed"));
    assertThat(preview).contains("Blinken reiterates U.S. opposition to Israeli invasion of Rafah");
    assertThat(preview)
        .contains(
            "— Antony Blinken, U.S. Secretary of State"); // the strongest quote, with its speaker
    assertThat(preview)
        .containsPattern("\u201c[^\u201d]+\u201d"); // in quote marks: the words are his
    assertThat(preview)
        .contains("\n  Xinhua\n")
        .doesNotContain("briefbot:"); // its source, named (a text story has no web link)
    assertThat(preview).contains("1 item from 1 story");

    String list = out.substring(out.indexOf("briefbot> Digests"));
    assertThat(list).contains("When: 08:00 Europe/Berlin, daily");
    assertThat(list)
        .containsPattern("Next digest: \\w{3} \\d{1,2} \\w{3} 08:00 \\(Europe/Berlin\\)");

    // A second start on the same data: the subscription is still there.
    assertThat(session("/digest list\nquit\n")).contains("When: 08:00 Europe/Berlin, daily");
  }
}
