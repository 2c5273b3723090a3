package org.briefbot.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefbot.core.chat.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefbotConfigTest {

  @Test
  void theBundledFileGivesTheDocumentedDefaults() {
    BriefbotConfig config =
        BriefbotConfig.load(
            Map.of("BRIEFBOT_CONFIG", Path.of("../config/briefbot.yml").toString()));
    assertThat(config.summary().sentences()).isEqualTo(3);
    assertThat(config.console().width()).isEqualTo(100);
    assertThat(config.secretsFile()).isEmpty();
    assertThat(config.storage().jdbcUrl()).isEmpty();
    assertThat(config.fetch().allowPrivateAddresses()).isFalse();
    assertThat(config.fetch().maxMegabytes()).isEqualTo(5);
    assertThat(config.fetch().timeoutSeconds()).isEqualTo(10);
  }

  @Test
  void storageAndFetchFollowTheEnvironment() {
    BriefbotConfig config =
        BriefbotConfig.load(
            Map.of(
                "BRIEFBOT_CONFIG",
                "../config/briefbot.yml",
                "BRIEFBOT_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/news",
                "BRIEFBOT_DB_USER",
                "bot",
                "BRIEFBOT_FETCH_ALLOW_PRIVATE",
                "TRUE"));
    assertThat(config.storage().jdbcUrl()).contains("jdbc:postgresql://127.0.0.1:5432/news");
    assertThat(config.storage().user()).isEqualTo("bot");
    assertThat(config.fetch().allowPrivateAddresses()).isTrue();
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(
                    Map.of(
                        "BRIEFBOT_CONFIG",
                        "../config/briefbot.yml",
                        "BRIEFBOT_FETCH_ALLOW_PRIVATE",
                        "yes please")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void digestSettingsHaveTheirDefaultsFollowTheEnvironmentAndNameWhatIsWrong() {
    BriefbotConfig config =
        BriefbotConfig.load(Map.of("BRIEFBOT_CONFIG", "../config/briefbot.yml"));
    assertThat(config.digest()).isEqualTo(new BriefbotConfig.Digest(120, 3, "UTC"));
    assertThat(config.digest().settings().grace()).isEqualTo(java.time.Duration.ofHours(2));
    config =
        BriefbotConfig.load(
            Map.of(
                "BRIEFBOT_CONFIG",
                "../config/briefbot.yml",
                "BRIEFBOT_DIGEST_GRACE_MINUTES",
                "30",
                "BRIEFBOT_DIGEST_PAUSE_AFTER_FAILURES",
                "5",
                "BRIEFBOT_DIGEST_DEFAULT_ZONE",
                "Europe/Berlin"));
    assertThat(config.digest()).isEqualTo(new BriefbotConfig.Digest(30, 5, "Europe/Berlin"));
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(
                    Map.of(
                        "BRIEFBOT_CONFIG",
                        "../config/briefbot.yml",
                        "BRIEFBOT_DIGEST_DEFAULT_ZONE",
                        "Europe/Atlantis")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("digest.defaultZone");
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(
                    Map.of(
                        "BRIEFBOT_CONFIG",
                        "../config/briefbot.yml",
                        "BRIEFBOT_DIGEST_GRACE_MINUTES",
                        "two hours")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("BRIEFBOT_DIGEST_GRACE_MINUTES");
  }

  @Test
  void theOperatorsEndpointListensOnLoopbackPort9090UnlessTheEnvironmentSaysOtherwise() {
    BriefbotConfig config =
        BriefbotConfig.load(Map.of("BRIEFBOT_CONFIG", "../config/briefbot.yml"));
    assertThat(config.ops()).isEqualTo(new BriefbotConfig.Ops(9090, "127.0.0.1"));
    assertThat(config.ops().enabled()).isTrue();
    config =
        BriefbotConfig.load(
            Map.of(
                "BRIEFBOT_CONFIG",
                "../config/briefbot.yml",
                "BRIEFBOT_OPS_PORT",
                "0",
                "BRIEFBOT_OPS_BIND",
                "0.0.0.0"));
    assertThat(config.ops()).isEqualTo(new BriefbotConfig.Ops(0, "0.0.0.0"));
    assertThat(config.ops().enabled()).isFalse();
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(
                    Map.of(
                        "BRIEFBOT_CONFIG", "../config/briefbot.yml", "BRIEFBOT_OPS_PORT", "70000")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("BRIEFBOT_OPS_PORT");
  }

  @Test
  void environmentOverridesTheFile() {
    BriefbotConfig config =
        BriefbotConfig.load(
            Map.of(
                "BRIEFBOT_CONFIG",
                "../config/briefbot.yml",
                "BRIEFBOT_SUMMARY_SENTENCES",
                "5",
                "BRIEFBOT_SECRETS_FILE",
                "/etc/briefbot/secrets.properties"));
    assertThat(config.summary().sentences()).isEqualTo(5);
    assertThat(config.secretsFile()).isEqualTo("/etc/briefbot/secrets.properties");
  }

  @Test
  void mistakesNameTheSettingAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("b.yml");
    String storageAndFetch =
        "storage:\n  url: ''\nfetch:\n  allowPrivateAddresses: false\n  maxMegabytes: 5\n  timeoutSeconds: 10\n";
    Files.writeString(
        file,
        "summary:\n  sentences: 3\n  sentnces: 4\nconsole:\n  width: 100\n" + storageAndFetch);
    assertThatThrownBy(() -> BriefbotConfig.load(Map.of("BRIEFBOT_CONFIG", file.toString())))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("'sentnces'")
        .hasMessageContaining("line 3");
    Files.writeString(
        file, "summary:\n  sentences: 40\nconsole:\n  width: 100\n" + storageAndFetch);
    assertThatThrownBy(() -> BriefbotConfig.load(Map.of("BRIEFBOT_CONFIG", file.toString())))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("between 1 and 10");
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(
                    Map.of(
                        "BRIEFBOT_CONFIG",
                        "../config/briefbot.yml",
                        "BRIEFBOT_SUMMARY_SENTENCES",
                        "lots")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("BRIEFBOT_SUMMARY_SENTENCES");
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(Map.of("BRIEFBOT_CONFIG", dir.resolve("none.yml").toString())))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("none.yml");
  }

  @Test
  void secretsComeFromTheEnvironmentFirstThenTheFileAndNeverShow(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("secrets.properties");
    Files.writeString(
        file,
        "discord.token=file-discord-token\nslack.botToken=xoxb-file\nslack.signingSecret=sig\n"
            + "storage.password=pg-secret\n");
    Secrets secrets =
        Secrets.load(Map.of("BRIEFBOT_DISCORD_TOKEN", "env-discord-token"), file.toString());
    assertThat(secrets.discordToken()).contains("env-discord-token");
    assertThat(secrets.slackBotToken()).contains("xoxb-file");
    assertThat(secrets.hasSlack()).isTrue();
    assertThat(secrets.databasePassword()).contains("pg-secret");
    assertThat(secrets.toString())
        .doesNotContain("env-discord-token", "file-discord-token", "xoxb-file", "sig", "pg-secret");
    assertThat(Secrets.load(Map.of(), "").hasDiscord()).isFalse();
    assertThatThrownBy(() -> Secrets.load(Map.of(), dir.resolve("missing").toString()))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("secrets file");
  }

  @Test
  void noSecretShowsAndOnlyWhatIsSetCounts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secrets.properties");
    Files.writeString(
        file,
        "slack.clientSecret=client-secret-6\nstorage.password=db-password-5\ndiscord.token=   \n");
    Map<String, String> environment =
        Map.of(
            "BRIEFBOT_DISCORD_TOKEN",
            "discord-token-1",
            "BRIEFBOT_SLACK_BOT_TOKEN",
            "xoxb-bot-token-2",
            "BRIEFBOT_SLACK_APP_TOKEN",
            "xapp-app-token-3",
            "BRIEFBOT_SLACK_SIGNING_SECRET",
            "signing-secret-4");
    Secrets all = Secrets.load(environment, file.toString());
    assertThat(all.toString()).isEqualTo("Secrets[discord=set, slack=set]");
    assertThat(all.slackClientSecret()).contains("client-secret-6");

    assertThat(Secrets.load(Map.of(), "").toString())
        .isEqualTo("Secrets[discord=unset, slack=unset]");
    // A blank variable or file entry is no secret: the next place is asked, and blank everywhere is
    // unset.
    Secrets blank =
        Secrets.load(Map.of("BRIEFBOT_DISCORD_TOKEN", "  ", "DISCORD_TOKEN", ""), file.toString());
    assertThat(blank.discordToken()).isEmpty();
    assertThat(blank.hasDiscord()).isFalse();
    assertThat(
            Secrets.load(Map.of("BRIEFBOT_DB_PASSWORD", " "), file.toString()).databasePassword())
        .contains("db-password-5");
    assertThat(Secrets.load(Map.of("DISCORD_TOKEN", "d1"), "").hasDiscord()).isTrue();
    // Slack needs its bot token and a way in: the app token (Socket Mode) or the signing secret
    // (HTTP).
    assertThat(Secrets.load(Map.of("SLACK_BOT_TOKEN", "xoxb-1"), "").hasSlack()).isFalse();
    assertThat(
            Secrets.load(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_SIGNING_SECRET", "s1"), "")
                .hasSlack())
        .isFalse();
    assertThat(
            Secrets.load(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"), "")
                .hasSlack())
        .isTrue();
    assertThat(
            Secrets.load(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s1"), "")
                .hasSlack())
        .isTrue();
  }

  @Test
  void anUnreadableSecretsFileIsNamedWithoutItsContents(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("secrets.properties"));
    assertThatThrownBy(
            () -> Secrets.load(Map.of("BRIEFBOT_DB_PASSWORD", "db-password-5"), folder.toString()))
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("Cannot read the secrets file " + folder + " (")
        .hasMessageNotContaining("db-password-5");
  }

  @Test
  void thePlatformsOwnVariableNamesWorkAndOursWin() {
    Secrets platformNames =
        Secrets.load(
            Map.of(
                "DISCORD_TOKEN",
                "d1",
                "SLACK_BOT_TOKEN",
                "xoxb-1",
                "SLACK_APP_TOKEN",
                "xapp-1",
                "SLACK_SIGNING_SECRET",
                "s1",
                "SLACK_CLIENT_SECRET",
                "c1"),
            "");
    assertThat(platformNames.discordToken()).contains("d1");
    assertThat(platformNames.slackBotToken()).contains("xoxb-1");
    assertThat(platformNames.slackAppToken()).contains("xapp-1");
    assertThat(platformNames.slackSigningSecret()).contains("s1");
    assertThat(platformNames.slackClientSecret()).contains("c1");
    assertThat(platformNames.toString()).doesNotContain("d1", "xoxb-1", "xapp-1", "s1", "c1");
    assertThat(
            Secrets.load(Map.of("DISCORD_TOKEN", "d1", "BRIEFBOT_DISCORD_TOKEN", "d2"), "")
                .discordToken())
        .contains("d2");
  }

  @Test
  void slackSettingsHaveDefaultsAndFollowTheEnvironment() {
    BriefbotConfig defaults =
        BriefbotConfig.load(Map.of("BRIEFBOT_CONFIG", "../config/briefbot.yml"));
    assertThat(defaults.slack().port()).isEqualTo(3000);
    assertThat(defaults.slack().apiUrl()).isEmpty();
    assertThat(defaults.slack().feedManagers()).isEmpty();
    BriefbotConfig set =
        BriefbotConfig.load(
            Map.of(
                "BRIEFBOT_CONFIG",
                "../config/briefbot.yml",
                "BRIEFBOT_SLACK_PORT",
                "3100",
                "BRIEFBOT_SLACK_API_URL",
                "http://127.0.0.1:9000/api/",
                "SLACK_CLIENT_ID",
                "1111.2222",
                "BRIEFBOT_SLACK_FEED_MANAGERS",
                "U1, U2"));
    assertThat(set.slack().port()).isEqualTo(3100);
    assertThat(set.slack().apiUrl()).isEqualTo("http://127.0.0.1:9000/api/");
    assertThat(set.slack().clientId()).isEqualTo("1111.2222");
    assertThat(set.slack().feedManagers()).containsExactly("U1", "U2");
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(
                    Map.of(
                        "BRIEFBOT_CONFIG",
                        "../config/briefbot.yml",
                        "BRIEFBOT_SLACK_PORT",
                        "slack")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("BRIEFBOT_SLACK_PORT");
    assertThatThrownBy(
            () ->
                BriefbotConfig.load(
                    Map.of(
                        "BRIEFBOT_CONFIG",
                        "../config/briefbot.yml",
                        "BRIEFBOT_SLACK_API_URL",
                        "slack.internal")))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("BRIEFBOT_SLACK_API_URL");
  }
}
