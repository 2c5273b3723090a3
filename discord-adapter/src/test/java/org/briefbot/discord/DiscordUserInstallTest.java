package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.briefbot.discord.fake.FakeDiscord.path;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.discord.fake.FakeDiscord;
import org.briefbot.discord.fake.FakeDiscord.Visible;
import org.briefbot.discord.fake.FakeDiscord.Where;
import org.briefbot.discord.fake.FakeDiscord.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Briefbot as an app a person installed for themselves: the interactions Discord sends from a
 * server Briefbot is not in and from people's own conversations, built into JDA's objects by the
 * real JDA, answered through the interaction alone.
 */
class DiscordUserInstallTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeDiscord discord;
  private DiscordAdapter bot;

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscord();
    bot =
        DiscordAdapter.start(
            new DiscordSettings(
                Optional.of(FakeDiscord.GUILD_ID),
                0,
                List.of(),
                Optional.of(discord.restUrl()),
                Optional.of(discord.gatewayUrl())),
            FakeDiscord.TOKEN,
            TestCommands.router(),
            4);
    assertThat(bot.awaitReady(WAIT)).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    discord.close();
  }

  @Test
  void aCommandInAServerWithoutBriefbotIsAnsweredInThatChannel() throws Exception {
    String id =
        discord.slashCommand(
            Where.SERVER_WITHOUT_BOT, Who.MEMBER, "say", null, Map.of("text", "hi"));
    assertThat(visible(id))
        .extracting(Visible::text, Visible::ephemeral)
        .containsExactly(tuple("hi", false));
    assertThat(visible(id).get(0).message().path("channel_id").asText())
        .isEqualTo(FakeDiscord.OTHER_GUILD_CHANNEL_ID);
  }

  @Test
  void aCommandInPeoplesOwnConversationAndInTheBotsDmIsAnswered() throws Exception {
    for (Where where : List.of(Where.PEOPLES_DM, Where.BOT_DM)) {
      String id = discord.slashCommand(where, Who.MEMBER, "say", null, Map.of("text", "hello"));
      assertThat(visible(id))
          .as(where.name())
          .extracting(Visible::text, Visible::ephemeral)
          .containsExactly(tuple("hello", false));
    }
  }

  @Test
  void aMessageCommandInPeoplesOwnConversationIsAnswered() throws Exception {
    String id =
        discord.messageCommand(Where.PEOPLES_DM, Who.MEMBER, "Brief this link", "no link here");
    assertThat(visible(id)).extracting(Visible::ephemeral).containsExactly(true);
    assertThat(visible(id).get(0).text()).startsWith("That message has no link to brief.");
  }

  @Test
  void aServerCommandWhereBriefbotIsNotAMemberSaysItNeedsBriefbotAddedToAServer() throws Exception {
    // Even for an editor: the server's feeds are not Briefbot's while it is not in the server.
    for (Where where : List.of(Where.SERVER_WITHOUT_BOT, Where.PEOPLES_DM)) {
      String id = discord.slashCommand(where, Who.ADMIN, "admin", "list", Map.of());
      assertThat(visible(id)).as(where.name()).hasSize(1);
      assertThat(visible(id).get(0).ephemeral()).isTrue();
      assertThat(visible(id).get(0).text())
          .startsWith("Feeds and digests need Briefbot added to a server")
          .contains("Add Briefbot to the server");
    }
  }

  /** The final messages of an interaction, once its answer has been edited in. */
  private List<Visible> visible(String id) throws InterruptedException {
    discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);
    return discord.visibleMessages(id);
  }
}
