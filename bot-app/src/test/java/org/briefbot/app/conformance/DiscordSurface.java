package org.briefbot.app.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.TypedArguments;
import org.briefbot.discord.fake.FakeDiscord;

/**
 * Discord: interactions and messages from the local Discord into the real JDA bot, and what a
 * person finally sees of each — after the deferral, every edit, followup and deletion — as the
 * stand-in keeps it.
 */
final class DiscordSurface implements Surface {
  private static final Duration FIRST_ANSWER = Duration.ofSeconds(30);
  private static final Duration QUIET = Duration.ofMillis(700);

  private final FakeDiscord discord;
  private final CommandRouter router;
  private final AutoCloseable bot;

  DiscordSurface(FakeDiscord discord, CommandRouter router, AutoCloseable bot) {
    this.discord = discord;
    this.router = router;
    this.bot = bot;
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  @Override
  public List<Seen> ask(Scenario.Ask ask) throws Exception {
    FakeDiscord.Who who =
        ask.who() == Scenario.Who.ADMIN ? FakeDiscord.Who.ADMIN : FakeDiscord.Who.MEMBER;
    if (ask instanceof Scenario.Ask.Slash slash) {
      return interaction(slashCommand(who, slash.typed()));
    }
    if (ask instanceof Scenario.Ask.Attach attach) {
      String[] words = attach.typed().substring(1).split(" ");
      return interaction(
          discord.slashCommandWithFile(
              who,
              words[0],
              words.length > 1 ? words[1] : null,
              "file",
              attach.fileName(),
              attach.url(),
              attach.content().length()));
    }
    if (ask instanceof Scenario.Ask.Click click) {
      String first =
          slashCommand(FakeDiscord.Who.MEMBER, ((Scenario.Ask.Slash) click.first()).typed());
      interaction(first);
      for (FakeDiscord.Visible visible : discord.visibleMessages(first)) {
        for (var button : FakeDiscord.buttons(visible.message()).entrySet()) {
          if (button.getKey().startsWith(click.label())) {
            return interaction(discord.pressButton(who, visible.message(), button.getValue()));
          }
        }
      }
      throw new AssertionError(
          "no button \"" + click.label() + "\" on " + discord.visibleMessages(first));
    }
    if (ask instanceof Scenario.Ask.Press press) {
      if (press.actionId().startsWith("bb1|t|")) {
        // An answer in the thread under the message: what the thread shows, and any private
        // follow-up (an error) of the click.
        ObjectNode earlier = discord.earlierAnswer(press.actionId());
        String clicked = discord.pressButton(who, earlier, press.actionId());
        String thread = earlier.path("id").asText();
        List<Seen> seen = new ArrayList<>();
        settle(
            () -> {
              List<Seen> now = new ArrayList<>();
              discord
                  .visibleInChannel(thread)
                  .forEach(v -> now.add(new Seen(readable(v.text()), Scenario.Audience.CHANNEL)));
              discord.visibleMessages(clicked).stream()
                  .filter(FakeDiscord.Visible::ephemeral)
                  .forEach(v -> now.add(new Seen(readable(v.text()), Scenario.Audience.ASKER)));
              return now;
            },
            seen);
        return seen;
      }
      return interaction(discord.pressOldButton(who, press.actionId()));
    }
    if (ask instanceof Scenario.Ask.OnMessage onMessage) {
      return interaction(discord.messageCommand(who, onMessage.action(), onMessage.messageText()));
    }
    int inChannel = discord.visibleInChannel(FakeDiscord.CHANNEL_ID).size();
    int inDirect = discord.visibleInChannel(FakeDiscord.DM_CHANNEL_ID).size();
    if (ask instanceof Scenario.Ask.Mention mention) {
      discord.messageInChannel(mention.words(), true);
    } else {
      discord.directMessage(((Scenario.Ask.DirectMessage) ask).words());
    }
    List<Seen> seen = new ArrayList<>();
    settle(
        () -> {
          List<FakeDiscord.Visible> channel = discord.visibleInChannel(FakeDiscord.CHANNEL_ID);
          List<FakeDiscord.Visible> direct = discord.visibleInChannel(FakeDiscord.DM_CHANNEL_ID);
          List<Seen> now = new ArrayList<>();
          channel
              .subList(Math.min(inChannel, channel.size()), channel.size())
              .forEach(v -> now.add(new Seen(readable(v.text()), Scenario.Audience.CHANNEL)));
          direct
              .subList(Math.min(inDirect, direct.size()), direct.size())
              .forEach(v -> now.add(new Seen(readable(v.text()), Scenario.Audience.ASKER)));
          return now;
        },
        seen);
    return seen;
  }

  /** A slash command as Discord's client sends it: the typed options named, numbers as numbers. */
  private String slashCommand(FakeDiscord.Who who, String typed) {
    String line = typed.substring(1);
    int space = line.indexOf(' ');
    String name = space < 0 ? line : line.substring(0, space);
    String rest = space < 0 ? "" : line.substring(space + 1);
    Optional<BotCommand> command = router.command(name);
    if (command.isEmpty()) {
      return discord.slashCommand(who, name, null, Map.of());
    }
    TypedArguments.Parsed parsed = TypedArguments.parse(command.get(), rest);
    Map<String, Object> options = new LinkedHashMap<>();
    List<CommandOption> declared = command.get().optionsOf(parsed.subcommand());
    parsed
        .options()
        .forEach(
            (option, value) ->
                options.put(
                    option,
                    declared.stream()
                            .anyMatch(
                                o ->
                                    o.name().equals(option)
                                        && o.type() == CommandOption.Type.INTEGER)
                        ? Integer.valueOf(value)
                        : value));
    return discord.slashCommand(who, name, parsed.subcommand().orElse(null), options);
  }

  private List<Seen> interaction(String id) throws InterruptedException {
    List<Seen> seen = new ArrayList<>();
    settle(
        () -> {
          List<Seen> now = new ArrayList<>();
          for (FakeDiscord.Visible visible : discord.visibleMessages(id)) {
            if (visible.thinking()) {
              continue; // the answer is still to come (it may wait for the index, at most 3 s)
            }
            now.add(
                new Seen(
                    readable(visible.text()),
                    visible.ephemeral() ? Scenario.Audience.ASKER : Scenario.Audience.CHANNEL));
          }
          return now;
        },
        seen);
    return seen;
  }

  /** Waits until something with words was shown and nothing changed for a moment. */
  private static void settle(java.util.function.Supplier<List<Seen>> look, List<Seen> into)
      throws InterruptedException {
    Instant giveUp = Instant.now().plus(FIRST_ANSWER);
    List<Seen> last = List.of();
    Instant changed = Instant.now();
    while (Instant.now().isBefore(giveUp)) {
      List<Seen> now = look.get();
      if (!now.equals(last)) {
        last = now;
        changed = Instant.now();
      } else if (now.stream().anyMatch(s -> !s.text().isBlank())
          && Duration.between(changed, Instant.now()).compareTo(QUIET) > 0) {
        break;
      }
      Thread.sleep(50);
    }
    into.addAll(last);
  }

  /** Discord's markdown read as a person reads it: no escapes, no bold marks, no hidden spaces. */
  private static String readable(String text) {
    return text.replaceAll("\\\\(.)", "$1")
        .replace("**", "")
        .replace("\u200B", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Override
  public String written(Moment moment) {
    String style =
        switch (moment.shown()) {
          case DATE -> "D";
          case DATE_TIME -> "f";
          case TIME -> "t";
        };
    return "<t:" + moment.instant().getEpochSecond() + ":" + style + ">";
  }

  @Override
  public void close() throws Exception {
    bot.close();
    discord.close();
  }
}
