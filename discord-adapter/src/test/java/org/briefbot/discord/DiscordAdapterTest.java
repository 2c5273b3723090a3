package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.briefbot.discord.fake.FakeDiscord.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.command.MessageAction;
import org.briefbot.discord.fake.FakeDiscord;
import org.briefbot.discord.fake.FakeDiscord.Recorded;
import org.briefbot.discord.fake.FakeDiscord.Visible;
import org.briefbot.discord.fake.FakeDiscord.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real JDA against a fake Discord on loopback: what Briefbot would send to Discord, exactly.
 */
class DiscordAdapterTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeDiscord discord;
  private DiscordAdapter bot;

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscord();
    bot =
        DiscordAdapter.start(
            settings(Optional.of(FakeDiscord.GUILD_ID)),
            FakeDiscord.TOKEN,
            TestCommands.router(),
            4);
    assertThat(bot.awaitReady(WAIT)).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    discord.close();
  }

  private DiscordSettings settings(Optional<String> guild) {
    return new DiscordSettings(
        guild, 0, List.of(), Optional.of(discord.restUrl()), Optional.of(discord.gatewayUrl()));
  }

  @Test
  void logsInWithTheConfiguredUrlsAndRegistersTheCommandsInTheDevelopmentServer() throws Exception {
    assertThat(discord.requests().get(0).path()).isEqualTo("/api/v10/gateway/bot");
    JsonNode identify = discord.awaitGateway(2, 1, WAIT);
    assertThat(identify.path("d").path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
    // GUILDS (1), GUILD_MESSAGES (512), DIRECT_MESSAGES (4096): no privileged intent
    assertThat(identify.path("d").path("intents").asInt()).isEqualTo(1 | 512 | 4096);

    Recorded put =
        discord.await(
            path(
                "PUT",
                "/applications/"
                    + FakeDiscord.APPLICATION_ID
                    + "/guilds/"
                    + FakeDiscord.GUILD_ID
                    + "/commands"),
            WAIT);
    JsonNode commands = put.json();
    assertThat(commands).hasSize(7);
    JsonNode say = find(commands, "say");
    assertThat(say.path("type").asInt()).isEqualTo(1);
    assertThat(say.path("options").get(0))
        .isEqualTo(
            json(
                "{\"type\":3,\"name\":\"text\",\"description\":\"What to say\",\"required\":true,\"autocomplete\":false,"
                    + "\"max_length\":6000,\"name_localizations\":{},\"description_localizations\":{}}"));
    assertThat(say.path("options").get(1).path("type").asInt()).isEqualTo(4);
    assertThat(say.path("default_member_permissions").isNull()).isTrue();
    // a server's or a person's install; in servers, the bot's DMs and people's DMs
    assertThat(say.path("integration_types").toString()).isEqualTo("[\"0\",\"1\"]");
    assertThat(say.path("contexts").toString()).isEqualTo("[\"0\",\"1\",\"2\"]");

    JsonNode admin = find(commands, "admin");
    assertThat(admin.path("default_member_permissions").asText()).isEqualTo("32"); // Manage Server
    assertThat(admin.path("integration_types").toString())
        .isEqualTo("[\"0\"]"); // a server's install
    assertThat(admin.path("contexts").toString()).isEqualTo("[\"0\"]"); // in servers only
    assertThat(admin.path("options"))
        .extracting(o -> o.path("name").asText() + "/" + o.path("type").asInt())
        .containsExactly("add/1", "list/1", "remove/1");
    JsonNode removeUrl = admin.path("options").get(2).path("options").get(0);
    assertThat(removeUrl.path("autocomplete").asBoolean()).isTrue();
    assertThat(removeUrl.path("max_length").asInt()).isEqualTo(2000);

    for (MessageAction action : MessageAction.values()) {
      JsonNode command = find(commands, action.label());
      assertThat(command.path("type").asInt()).isEqualTo(3);
      assertThat(command.path("integration_types").toString()).isEqualTo("[\"0\",\"1\"]");
      assertThat(command.path("contexts").toString()).isEqualTo("[\"0\",\"1\",\"2\"]");
    }
  }

  @Test
  void aSlashCommandIsDeferredPubliclyAndItsOriginalResponseEditedWithAnEmbedThatPingsNoOne()
      throws Exception {
    String id =
        discord.slashCommand(
            Who.MEMBER,
            "say",
            null,
            Map.of("text", "@everyone look: **bold** [x](https://evil.example) <@123>"));

    Recorded deferral =
        discord.await(path("POST", "/interactions/" + id + "/token-" + id + "/callback"), WAIT);
    assertThat(deferral.path()).endsWith("/callback?with_response=true");
    assertThat(deferral.json()).isEqualTo(json("{\"type\":5}"));

    Recorded edit =
        discord.await(
            path(
                "PATCH",
                "/webhooks/" + FakeDiscord.APPLICATION_ID + "/token-" + id + "/messages/@original"),
            WAIT);
    JsonNode embed = edit.json().path("embeds").get(0);
    assertThat(embed.path("description").asText())
        .isEqualTo(
            "@\u200Beveryone look: \\*\\*bold\\*\\* \\[x\\](https://evil.example) \\<@123\\>");
    assertThat(embed.path("color").asInt()).isEqualTo(0x2B6CB0);
    assertThat(edit.json().path("allowed_mentions"))
        .isEqualTo(json("{\"parse\":[],\"replied_user\":false}"));
  }

  @Test
  void anAnswerStartsOnlyOnceDiscordHasTakenTheDeferralsUnderWay() throws Exception {
    discord.delayCallbacks(Duration.ofMillis(200));
    TestCommands.Slow.STARTED.drainPermits();
    String id = discord.slashCommand(Who.MEMBER, "slow", null, Map.of());

    Recorded deferral = discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
    assertThat(
            TestCommands.Slow.STARTED.tryAcquire(
                WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
        .isTrue();
    // Not while Discord was still taking the deferral (200 ms). The margin: the wait gives up 250
    // ms after the answer was queued, which on a slow machine is a while before the deferral
    // arrives.
    assertThat(Duration.between(deferral.at(), java.time.Instant.now()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);
  }

  @Test
  void aLongAnswerIsSplitAtSentencesOverEmbedsAndAFollowUpWithinDiscordsLimits() throws Exception {
    String id = discord.slashCommand(Who.MEMBER, "long", null, Map.of("sentences", 150));
    Recorded edit = discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);
    Recorded followUp =
        discord.await(
            path("POST", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/token-" + id), WAIT);

    StringBuilder all = new StringBuilder();
    for (Recorded message : List.of(edit, followUp)) {
      int total = 0;
      for (JsonNode embed : message.json().path("embeds")) {
        String description = embed.path("description").asText();
        assertThat(description.length()).isLessThanOrEqualTo(4096);
        assertThat(description).endsWith("unremarkable.");
        total +=
            description.length()
                + embed.path("title").asText().length()
                + embed.path("footer").path("text").asText().length();
        all.append(all.length() == 0 ? "" : " ").append(description);
      }
      assertThat(total).isLessThanOrEqualTo(6000);
      assertThat(message.json().path("embeds").size()).isBetween(1, 10);
    }
    assertThat(edit.json().path("embeds").get(0).path("title").asText()).isEqualTo("A long story");
    assertThat(followUp.json().path("flags").asInt(0) & 64).isZero();
    assertThat(all.toString().split("\\.\\s+")).hasSize(150);
    assertThat(all.toString())
        .startsWith("Sentence number 1 tells")
        .endsWith("Sentence number 150 tells the reader something quite unremarkable.");
  }

  @Test
  void anAdminCommandIsDeferredEphemerallyAndAnsweredForAnEditor() throws Exception {
    String id =
        discord.slashCommand(
            Who.ADMIN, "admin", "add", Map.of("url", "https://example.org/feed.xml"));
    Recorded deferral = discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
    assertThat(deferral.json()).isEqualTo(json("{\"type\":5,\"data\":{\"flags\":64}}"));
    Recorded edit = discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);
    assertThat(edit.json().path("embeds").get(0).path("description").asText())
        .isEqualTo("Done: add https://example.org/feed.xml");
  }

  @Test
  void aMemberWithoutManageServerIsRefusedEvenWhenTheClientShowedThemTheCommand() throws Exception {
    // Discord hides the command from them (default_member_permissions); a modified client may still
    // send it.
    String id =
        discord.slashCommand(
            Who.MEMBER, "admin", "add", Map.of("url", "https://example.org/feed.xml"));
    Recorded deferral = discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
    assertThat(deferral.json().path("data").path("flags").asInt()).isEqualTo(64);
    Recorded edit = discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);
    JsonNode embed = edit.json().path("embeds").get(0);
    assertThat(embed.path("description").asText())
        .isEqualTo("Only people with the Manage Server permission can use /admin.");
    assertThat(embed.path("color").asInt()).isEqualTo(0xC53030);
  }

  @Test
  void anErrorAfterAPublicDeferralIsSeenByTheAskerAloneAndTheChannelSeesNothing() throws Exception {
    String tooLong =
        "word ".repeat(1200).strip(); // 5,999 characters where 6000 are allowed, then past it
    String id =
        discord.slashCommand(Who.MEMBER, "say", null, Map.of("text", tooLong + " and more"));
    assertThat(discord.await(path("POST", "/interactions/" + id + "/"), WAIT).json())
        .isEqualTo(json("{\"type\":5}"));
    discord.await(path("DELETE", "/token-" + id + "/messages/@original"), WAIT);

    assertThat(discord.visibleMessages(id))
        .extracting(Visible::text, Visible::ephemeral)
        .containsExactly(tuple("The text is too long: at most 6000 characters, not 6008.", true));
    assertThat(discord.visibleInChannel(FakeDiscord.CHANNEL_ID)).isEmpty();
  }

  @Test
  void aFailingCommandStillEndsWithAMessageNeverThinkingForever() throws Exception {
    String id = discord.slashCommand(Who.MEMBER, "broken", null, Map.of());
    discord.await(path("DELETE", "/token-" + id + "/messages/@original"), WAIT);
    assertThat(discord.visibleMessages(id))
        .extracting(Visible::text, Visible::ephemeral)
        .containsExactly(
            tuple(
                "Sorry, something went wrong while answering /broken. It has been logged.", true));
  }

  @Test
  void autocompleteOffersValuesToEditorsAndNothingToOthers() throws Exception {
    String editor = discord.autocomplete(Who.ADMIN, "admin", "remove", "url", "exa");
    Recorded choices = discord.await(path("POST", "/interactions/" + editor + "/"), WAIT);
    assertThat(choices.json())
        .isEqualTo(
            json(
                "{\"type\":8,\"data\":{\"choices\":["
                    + "{\"name_localizations\":{},\"name\":\"https://example.org/feed.xml\",\"value\":\"https://example.org/feed.xml\"},"
                    + "{\"name_localizations\":{},\"name\":\"https://example.org/other.xml\",\"value\":\"https://example.org/other.xml\"}]}}"));
    String member = discord.autocomplete(Who.MEMBER, "admin", "remove", "url", "exa");
    assertThat(discord.await(path("POST", "/interactions/" + member + "/"), WAIT).json())
        .isEqualTo(json("{\"type\":8,\"data\":{\"choices\":[]}}"));
  }

  @Test
  void aMessageCommandOnAMessageWithoutALinkAnswersTheAskerPrivately() throws Exception {
    String id = discord.messageCommand(Who.MEMBER, "Brief this link", "no link in here, sorry");
    assertThat(discord.await(path("POST", "/interactions/" + id + "/"), WAIT).json())
        .isEqualTo(json("{\"type\":5,\"data\":{\"flags\":64}}"));
    Recorded edit = discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);
    assertThat(edit.json().path("embeds").get(0).path("description").asText())
        .startsWith("That message has no link to brief.");
  }

  @Test
  void aMentionIsAnsweredAsAReplyThatPingsNoOne() throws Exception {
    discord.messageInChannel("<@" + FakeDiscord.APPLICATION_ID + "> /say hello there", true);
    Recorded reply =
        discord.await(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), WAIT);
    assertThat(reply.json().path("embeds").get(0).path("description").asText())
        .isEqualTo("hello there");
    assertThat(reply.json().path("message_reference").path("message_id").asText()).isNotEmpty();
    assertThat(reply.json().path("allowed_mentions").path("replied_user").asBoolean()).isFalse();
    assertThat(reply.json().path("allowed_mentions").path("parse").toString()).isEqualTo("[]");
  }

  @Test
  void anErrorToAMentionGoesToTheAskerByDirectMessageWithANoteInTheChannel() throws Exception {
    discord.messageInChannel("<@" + FakeDiscord.APPLICATION_ID + "> what is this", true);
    discord.await(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), WAIT);

    assertThat(discord.visibleInChannel(FakeDiscord.DM_CHANNEL_ID))
        .extracting(Visible::text)
        .containsExactly("I did not understand that. Type /help to see what Briefbot can do.");
    assertThat(discord.visibleInChannel(FakeDiscord.CHANNEL_ID))
        .extracting(Visible::text)
        .containsExactly("I sent you the answer in a direct message.");
  }

  @Test
  void aRefusalToAMentionGoesByDirectMessageAndClosedDirectMessagesAreSaidInTheChannel()
      throws Exception {
    discord.messageInChannel("<@" + FakeDiscord.APPLICATION_ID + "> /admin list", true);
    discord.await(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), WAIT);
    assertThat(discord.visibleInChannel(FakeDiscord.DM_CHANNEL_ID))
        .extracting(Visible::text)
        .containsExactly("Only people with the Manage Server permission can use /admin.");

    discord.failChannel(FakeDiscord.DM_CHANNEL_ID, 403, 50007); // Cannot send messages to user
    discord.messageInChannel("<@" + FakeDiscord.APPLICATION_ID + "> what is this", true);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (discord.visibleInChannel(FakeDiscord.CHANNEL_ID).size() < 2
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(discord.visibleInChannel(FakeDiscord.CHANNEL_ID))
        .extracting(Visible::text)
        .containsExactly(
            "I sent you the answer in a direct message.",
            "This answer is for you alone and I cannot send you direct messages: "
                + "use the slash command instead, which answers you privately.");
    assertThat(discord.visibleInChannel(FakeDiscord.DM_CHANNEL_ID)).hasSize(1);
  }

  @Test
  void aDirectMessageIsAnsweredInTheConversationWithoutAMention() throws Exception {
    discord.directMessage("/say hello from a DM");
    Recorded reply =
        discord.await(path("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"), WAIT);
    assertThat(reply.json().path("embeds").get(0).path("description").asText())
        .isEqualTo("hello from a DM");
    assertThat(reply.json().path("allowed_mentions").path("parse").toString()).isEqualTo("[]");
    assertThat(discord.requests())
        .filteredOn(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID))
        .isEmpty();
  }

  @Test
  void aServerCommandAskedInADirectMessageGetsAnAnswerThereNotSilence() throws Exception {
    discord.directMessage("/admin list");
    Recorded reply =
        discord.await(path("POST", "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"), WAIT);
    assertThat(reply.json().path("embeds").get(0).path("description").asText())
        .contains("use this command in one of its channels, not in a direct message");
  }

  @Test
  void aMessageWithoutTheBotsMentionIsLeftAlone() throws Exception {
    discord.messageInChannel("/say hello there", false);
    discord.messageInChannel("<@" + FakeDiscord.APPLICATION_ID + "> /say second", true);
    Recorded reply =
        discord.await(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), WAIT);
    assertThat(reply.json().path("embeds").get(0).path("description").asText()).isEqualTo("second");
    assertThat(discord.requests()).filteredOn(path("POST", "/channels/")).hasSize(1);
  }

  @Test
  void thePosterPostsAndReportsLostAccessAndARemovedServerAsPermanentFailures() throws Exception {
    Reply digest = Reply.builder().title("Morning digest").text("Three stories.").build();
    Place news = Place.channel(Platform.DISCORD, FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
    assertThat(bot.poster().post(news, digest)).isInstanceOf(Delivery.Posted.class);
    Recorded post =
        discord.await(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), WAIT);
    assertThat(post.json().path("embeds").get(0).path("title").asText())
        .isEqualTo("Morning digest");

    assertThat(
            bot.poster()
                .post(
                    Place.channel(Platform.DISCORD, FakeDiscord.GUILD_ID, "929999999999999999"),
                    digest))
        .isEqualTo(
            new Delivery.Failed(
                "The channel 929999999999999999 is gone from the server Newsroom, "
                    + "or Briefbot can no longer see it.",
                true));

    discord.failChannel(FakeDiscord.CHANNEL_ID, 403, 50001);
    Delivery refused = bot.poster().post(news, digest);
    assertThat(refused).isInstanceOf(Delivery.Failed.class);
    assertThat(((Delivery.Failed) refused).permanent()).isTrue();
    assertThat(((Delivery.Failed) refused).reason())
        .isEqualTo("Discord refused the post to #news: Missing Access.");

    discord.removeFromGuild();
    // JDA learns of the removal from the gateway; wait for that, not for a fixed time.
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (bot.shards().getGuildById(FakeDiscord.GUILD_ID) != null
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(bot.poster().post(news, digest))
        .isEqualTo(
            new Delivery.Failed(
                "Briefbot is no longer in the Discord "
                    + "server "
                    + FakeDiscord.GUILD_ID
                    + " (removed, or the server was deleted).",
                true));
    assertThat(bot.poster().post(Place.console(), digest)).isInstanceOf(Delivery.Failed.class);
  }

  @Test
  void aDigestPostedAgainWithItsKeyIsOneMessageAsDiscordEnforcesTheNonce() throws Exception {
    Reply digest = Reply.builder().title("Morning digest").text("Three stories.").build();
    Place news = Place.channel(Platform.DISCORD, FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
    ChannelPoster.PostKey key = new ChannelPoster.PostKey("digest-2s");

    Delivery first = bot.poster().post(news, digest, key);
    // The process that made the first post died before recording it; a live one posts it again.
    Delivery again = bot.poster().post(news, digest, key);

    assertThat(first).isInstanceOf(Delivery.Posted.class);
    assertThat(again).isEqualTo(first);
    assertThat(discord.visibleInChannel(FakeDiscord.CHANNEL_ID)).hasSize(1);
    List<Recorded> posts =
        discord.requests().stream()
            .filter(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"))
            .toList();
    assertThat(posts).hasSize(2);
    assertThat(posts)
        .extracting(
            p -> p.json().path("nonce").asText(), p -> p.json().path("enforce_nonce").asBoolean())
        .containsOnly(tuple("digest-2s", true));

    // Another key is another message.
    bot.poster().post(news, digest, new ChannelPoster.PostKey("digest-2t"));
    assertThat(discord.visibleInChannel(FakeDiscord.CHANNEL_ID)).hasSize(2);
  }

  @Test
  void discordCanTellThatPostingAgainMakesNoSecondMessageOnlyWhileItRemembersTheNonce() {
    Place news = Place.channel(Platform.DISCORD, FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
    ChannelPoster.PostKey key = new ChannelPoster.PostKey("digest-2s");
    java.time.Instant sent = java.time.Instant.parse("2026-06-01T08:00:00Z");

    assertThat(bot.poster().earlier(news, key, sent, sent.plusSeconds(20)))
        .isEqualTo(new ChannelPoster.Earlier.NoneRepeated());
    assertThat(bot.poster().earlier(news, key, sent, sent.plus(Duration.ofMinutes(30))))
        .isEqualTo(
            new ChannelPoster.Earlier.Unknown(ChannelPoster.Earlier.Cause.KEY_FORGOTTEN, ""));
  }

  @Test
  void aDigestPingsTheRoleItsSubscriptionNamesAndNoOneElse() throws Exception {
    Place news = Place.channel(Platform.DISCORD, FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
    Reply digest =
        Reply.builder()
            .title("Morning digest")
            .text("Three stories, @everyone.")
            .mentionRole("editors")
            .build();

    assertThat(bot.poster().post(news, digest)).isInstanceOf(Delivery.Posted.class);

    JsonNode post =
        discord
            .await(path("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), WAIT)
            .json();
    assertThat(post.path("content").asText()).isEqualTo("<@&" + FakeDiscord.ADMIN_ROLE_ID + ">");
    assertThat(post.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(post.path("allowed_mentions").path("roles"))
        .extracting(JsonNode::asText)
        .containsExactly(FakeDiscord.ADMIN_ROLE_ID);
  }

  @Test
  void aDroppedGatewayIsResumedAndInteractionsAreAnsweredAfterIt() throws Exception {
    discord.dropConnection();
    JsonNode resume = discord.awaitGateway(6, 1, WAIT);
    assertThat(resume.path("d").path("session_id").asText()).isEqualTo("fake-session");
    assertThat(resume.path("d").path("token").asText()).isEqualTo(FakeDiscord.TOKEN);
    assertThat(resume.path("d").path("seq").asInt()).isPositive();
    assertThat(discord.connections()).isEqualTo(2);
    Thread.sleep(200);
    String id = discord.slashCommand(Who.MEMBER, "say", null, Map.of("text", "still here"));
    Recorded edit = discord.await(path("PATCH", "/token-" + id + "/messages/@original"), WAIT);
    assertThat(edit.json().path("embeds").get(0).path("description").asText())
        .isEqualTo("still here");
  }

  @Test
  void stoppingLetsAnAnswerUnderWayFinishBeforeTheGatewayCloses() throws Exception {
    TestCommands.Slow.STARTED.drainPermits();
    String id = discord.slashCommand(Who.MEMBER, "slow", null, Map.of());
    discord.await(path("POST", "/interactions/" + id + "/"), WAIT);
    assertThat(
            TestCommands.Slow.STARTED.tryAcquire(
                WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
        .isTrue();
    bot.close();
    List<Recorded> answers =
        discord.requests().stream()
            .filter(path("PATCH", "/token-" + id + "/messages/@original"))
            .toList();
    assertThat(answers).hasSize(1); // already at Discord when close() returns
    assertThat(answers.get(0).json().path("embeds").get(0).path("description").asText())
        .isEqualTo("Finally.");
    assertThat(discord.closeCodes())
        .containsExactly(1000); // a clean close, not a dropped connection
    bot = null;
  }

  @Test
  void aRefusedTokenIsOneClearMessage() throws Exception {
    try (FakeDiscord refusing = new FakeDiscord()) {
      refusing.refuseToken();
      DiscordSettings settings =
          new DiscordSettings(
              Optional.empty(),
              0,
              List.of(),
              Optional.of(refusing.restUrl()),
              Optional.of(refusing.gatewayUrl()));
      assertThatThrownBy(() -> DiscordAdapter.start(settings, "wrong", TestCommands.router(), 2))
          .isInstanceOf(UserFacingException.class)
          .hasMessageStartingWith("Discord refused the bot token: check DISCORD_TOKEN");
    }
  }

  private static JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode find(JsonNode commands, String name) {
    for (JsonNode command : commands) {
      if (command.path("name").asText().equals(name)) {
        return command;
      }
    }
    throw new AssertionError("no command " + name + " in " + commands);
  }
}
