package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
  @Test
  void shardIdsAreNumbersAndRanges() {
    assertThat(DiscordSettings.parseShardIds("0, 2,4-6")).containsExactly(0, 2, 4, 5, 6);
    assertThat(DiscordSettings.parseShardIds(" ")).isEmpty();
    assertThatThrownBy(() -> DiscordSettings.parseShardIds("1-x"))
        .isInstanceOf(UserFacingException.class)
        .hasMessage("Discord shard ids are numbers and ranges like 0,1,4-7, not '1-x'.");
  }

  @Test
  void wrongSettingsAreOneClearSentence() {
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    Optional.empty(), 0, List.of(1), Optional.empty(), Optional.empty()))
        .hasMessage("Discord shard ids need the shard total too (BRIEFBOT_DISCORD_SHARDS_TOTAL).");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    Optional.empty(), 2, List.of(2), Optional.empty(), Optional.empty()))
        .hasMessage("Discord shard id 2 is outside 0..1.");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    Optional.of("my server"), 0, List.of(), Optional.empty(), Optional.empty()))
        .hasMessage("The Discord guild must be a server id (digits), not 'my server'.");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    Optional.empty(), 0, List.of(), Optional.of("discord.com"), Optional.empty()))
        .hasMessage("The Discord REST URL must start with http:// or https://, not 'discord.com'.");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    Optional.empty(), 0, List.of(), Optional.empty(), Optional.of("http://x")))
        .hasMessage("The Discord gateway URL must start with ws:// or wss://, not 'http://x'.");
  }

  @Test
  void blankSettingsMeanDiscordsOwn() {
    DiscordSettings settings =
        new DiscordSettings(Optional.of(" "), 0, List.of(), Optional.of(""), Optional.of(""));
    assertThat(settings).isEqualTo(DiscordSettings.defaults());
  }
}
