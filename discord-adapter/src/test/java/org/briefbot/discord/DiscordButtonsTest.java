package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.discord.fake.FakeDiscord.path;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Notices;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.discord.fake.FakeDiscord;
import org.briefbot.discord.fake.FakeDiscord.Visible;
import org.briefbot.discord.fake.FakeDiscord.Who;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Buttons on the real JDA against the local Discord: what a person sees after each click, the page
 * edited in place, refusals, and a button from before a restart.
 */
class DiscordButtonsTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeDiscord discord;
  private DiscordAdapter bot;

  /** {@code /count n:} lists the numbers to n, five a page, with buttons to the pages beside. */
  static final class Count implements BotCommand {
    public String name() {
      return "count";
    }

    public String description() {
      return "Counts to n";
    }

    public List<CommandOption> options() {
      return List.of(CommandOption.required("n", CommandOption.Type.INTEGER, "How far"));
    }

    public List<CommandOption> buttonOptions(Optional<String> subcommand) {
      return List.of(CommandOption.optional("page", CommandOption.Type.INTEGER, "Which page"));
    }

    public Reply handle(CommandRequest request) {
      int n = Integer.parseInt(request.optionOrEmpty("n"));
      int page = Integer.parseInt(request.option("page").orElse("1"));
      int from = (page - 1) * 5 + 1;
      int to = Math.min(n, from + 4);
      ReplyBuilder reply = Reply.builder().text("Numbers " + from + " to " + to + " of " + n);
      Action.Call call =
          Action.Call.of("count", Map.of("n", String.valueOf(n)), Action.Answer.REPLACE);
      if (page > 1) {
        reply.action(Action.of("Previous", call.with("page", String.valueOf(page - 1))));
      }
      if (to < n) {
        reply.action(Action.of("Next", call.with("page", String.valueOf(page + 1))));
      }
      reply.action(
          Action.of(
              "Add a feed",
              new Action.Call(
                  "admin",
                  Optional.of("add"),
                  Map.of("url", "https://feeds.example/a.xml"),
                  Action.Answer.AS_COMMAND)));
      return reply.build();
    }
  }

  /** {@code /post}: a message whose button says something in the thread under it, as a digest. */
  static final class Post implements BotCommand {
    public String name() {
      return "post";
    }

    public String description() {
      return "A post with a thread button";
    }

    public Reply.Visibility answerVisibility() {
      return Reply.Visibility.CHANNEL;
    }

    public Reply handle(CommandRequest request) {
      return Reply.builder()
          .title("Digest")
          .text("Three stories today")
          .action(
              Action.of(
                  "Brief: ferries",
                  Action.Call.of(
                      "say", Map.of("text", "Ferries run twice a day"), Action.Answer.THREAD)))
          .action(
              Action.of(
                  "Brief: gone", Action.Call.of("say", Map.of("text", ""), Action.Answer.THREAD)))
          .build();
    }
  }

  private static CommandRouter router() {
    return new CommandRouter(
        List.of(new Count(), new Post(), new TestCommands.Say(), new TestCommands.Admin()),
        List.of());
  }

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscord();
    bot = startBot();
  }

  private DiscordAdapter startBot() throws Exception {
    DiscordAdapter started =
        DiscordAdapter.start(
            new DiscordSettings(
                Optional.of(FakeDiscord.GUILD_ID),
                0,
                List.of(),
                Optional.of(discord.restUrl()),
                Optional.of(discord.gatewayUrl())),
            FakeDiscord.TOKEN,
            router(),
            2);
    assertThat(started.awaitReady(WAIT)).isTrue();
    return started;
  }

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    discord.close();
  }

  @Test
  void aPageButtonShowsTheNextPageInPlaceOfTheSameMessage() throws Exception {
    String asked = discord.slashCommand(Who.MEMBER, "count", null, Map.of("n", 12));
    Visible first = settled(() -> discord.visibleMessages(asked), "Numbers 1 to 5 of 12");
    assertThat(FakeDiscord.buttons(first.message()).keySet()).containsExactly("Next", "Add a feed");

    String clicked =
        discord.pressButton(
            Who.MEMBER, first.message(), FakeDiscord.buttons(first.message()).get("Next"));

    // Acknowledged as a deferred edit of the message (type 6), then that message edited.
    assertThat(acknowledgement(clicked)).isEqualTo(6);
    Visible second = settled(() -> discord.visibleMessages(asked), "Numbers 6 to 10 of 12");
    assertThat(second.message().path("id").asText()).isEqualTo(first.message().path("id").asText());
    assertThat(second.text()).doesNotContain("Numbers 1 to 5");
    assertThat(FakeDiscord.buttons(second.message()).keySet())
        .containsExactly("Previous", "Next", "Add a feed");
    assertThat(discord.visibleMessages(asked)).hasSize(1);
  }

  @Test
  void aButtonForManagersIsRefusedToAMemberAndLeavesTheMessageAsItWas() throws Exception {
    String asked = discord.slashCommand(Who.MEMBER, "count", null, Map.of("n", 3));
    Visible first = settled(() -> discord.visibleMessages(asked), "Numbers 1 to 3 of 3");

    String clicked =
        discord.pressButton(
            Who.MEMBER, first.message(), FakeDiscord.buttons(first.message()).get("Add a feed"));

    Visible refusal =
        settled(() -> discord.visibleMessages(clicked), "Only people with the Manage Server");
    assertThat(refusal.ephemeral()).isTrue();
    assertThat(discord.visibleMessages(asked).get(0).text()).contains("Numbers 1 to 3 of 3");

    String byAdmin =
        discord.pressButton(
            Who.ADMIN, first.message(), FakeDiscord.buttons(first.message()).get("Add a feed"));
    assertThat(settled(() -> discord.visibleMessages(byAdmin), "add").text())
        .doesNotContain("Only people");
  }

  @Test
  void aButtonFromBeforeARestartStillWorks() throws Exception {
    String asked = discord.slashCommand(Who.MEMBER, "count", null, Map.of("n", 12));
    Visible first = settled(() -> discord.visibleMessages(asked), "Numbers 1 to 5 of 12");
    bot.close();
    bot = startBot();

    discord.pressButton(
        Who.MEMBER, first.message(), FakeDiscord.buttons(first.message()).get("Next"));

    settled(() -> discord.visibleMessages(asked), "Numbers 6 to 10 of 12");
  }

  @Test
  void aButtonOfAnotherAppOrAnOlderVersionIsAnsweredForThePersonAlone() throws Exception {
    String clicked = discord.pressOldButton(Who.MEMBER, "someone-elses-button");

    Visible answer = settled(() -> discord.visibleMessages(clicked), "not one Briefbot knows");
    assertThat(answer.ephemeral()).isTrue();
  }

  @Test
  void aThreadButtonAnswersInTheThreadUnderThePostStartedOnceWithTheCoresName() throws Exception {
    String asked = discord.slashCommand(Who.MEMBER, "post", null, Map.of());
    Visible post = settled(() -> discord.visibleMessages(asked), "Three stories today");
    String postId = post.message().path("id").asText();
    String button = FakeDiscord.buttons(post.message()).get("Brief: ferries");

    String clicked = discord.pressButton(Who.MEMBER, post.message(), button);

    // Acknowledged as a deferred edit that changes nothing; the answer is in the thread.
    assertThat(acknowledgement(clicked)).isEqualTo(6);
    settled(() -> discord.visibleInChannel(postId), "Ferries run twice a day");
    assertThat(discord.threadOf(postId)).contains(Notices.THREAD_NAME);
    assertThat(discord.visibleMessages(asked)).hasSize(1);
    assertThat(discord.visibleMessages(asked).get(0).text()).contains("Three stories today");

    discord.pressButton(Who.ADMIN, post.message(), button);

    Instant giveUp = Instant.now().plus(WAIT);
    while (discord.visibleInChannel(postId).size() < 2 && Instant.now().isBefore(giveUp)) {
      Thread.sleep(50);
    }
    assertThat(discord.visibleInChannel(postId))
        .hasSize(2)
        .allSatisfy(shown -> assertThat(shown.text()).contains("Ferries run twice a day"));
    assertThat(discord.requests().stream().filter(path("POST", "/threads")).count()).isEqualTo(1);
  }

  @Test
  void aPostedDigestCarriesItsButtonsAndItsBriefAnswersInTheThreadUnderIt() throws Exception {
    Reply digest =
        Reply.builder()
            .title("Digest \u2014 Mon 7 Dec")
            .text("Ferries run twice a day")
            .action(
                Action.of(
                    "Brief: ferries",
                    Action.Call.of("say", Map.of("text", "The ferry brief"), Action.Answer.THREAD)))
            .build();
    Place news = Place.channel(Platform.DISCORD, FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);

    assertThat(bot.poster().post(news, digest).posted()).isTrue();

    Visible post = settled(() -> discord.visibleInChannel(FakeDiscord.CHANNEL_ID), "Ferries run");
    String button = FakeDiscord.buttons(post.message()).get("Brief: ferries");
    assertThat(button).isEqualTo("bb1|t|say|text=The ferry brief");
    discord.pressButton(Who.MEMBER, post.message(), button);
    settled(() -> discord.visibleInChannel(post.message().path("id").asText()), "The ferry brief");
  }

  @Test
  void aThreadButtonWhoseAnswerIsAnErrorTellsThePersonAloneAndStartsNoThread() throws Exception {
    String asked = discord.slashCommand(Who.MEMBER, "post", null, Map.of());
    Visible post = settled(() -> discord.visibleMessages(asked), "Three stories today");

    String clicked =
        discord.pressButton(
            Who.MEMBER, post.message(), FakeDiscord.buttons(post.message()).get("Brief: gone"));

    Visible refusal = settled(() -> discord.visibleMessages(clicked), "text");
    assertThat(refusal.ephemeral()).isTrue();
    assertThat(discord.threadOf(post.message().path("id").asText())).isEmpty();
  }

  /** The type of the callback that acknowledged an interaction (6: a deferred edit). */
  private int acknowledgement(String interaction) throws InterruptedException {
    return discord
        .await(path("POST", "/interactions/" + interaction + "/token-" + interaction), WAIT)
        .json()
        .path("type")
        .asInt();
  }

  /** The first message that shows the words, once it does. */
  private static Visible settled(Supplier<List<Visible>> look, String words)
      throws InterruptedException {
    Instant giveUp = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(giveUp)) {
      for (Visible visible : look.get()) {
        if (visible.text().contains(words)) {
          return visible;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("never shown: " + words + " in " + look.get());
  }
}
