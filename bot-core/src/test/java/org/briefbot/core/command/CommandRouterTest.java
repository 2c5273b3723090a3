package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.junit.jupiter.api.Test;

class CommandRouterTest {
  private final Requester member = new Requester("u1", "Ana", Set.of());
  private final Requester admin = new Requester("u2", "Bo", Set.of(Permission.MANAGE_FEEDS));
  private final Place channel = Place.channel(Platform.SLACK, "T1", "C1");

  /** A command declared like the real ones, whose answer shows the request it received. */
  private static BotCommand command(
      String name,
      Optional<Permission> permission,
      List<CommandOption> options,
      List<Subcommand> subcommands,
      Function<CommandRequest, Reply> body) {
    return new BotCommand() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "does " + name;
      }

      @Override
      public List<CommandOption> options() {
        return options;
      }

      @Override
      public List<Subcommand> subcommands() {
        return subcommands;
      }

      @Override
      public Optional<Permission> requiredPermission() {
        return permission;
      }

      @Override
      public Reply handle(CommandRequest request) {
        return body.apply(request);
      }
    };
  }

  private static Reply shown(CommandRequest request) {
    return Reply.builder()
        .text(request.subcommand().map(s -> s + " ").orElse("") + request.options())
        .build();
  }

  private final BotCommand echo =
      command(
          "echo",
          Optional.empty(),
          List.of(CommandOption.required("words", CommandOption.Type.TEXT, "What to repeat")),
          List.of(),
          r -> Reply.builder().text("you said: " + r.optionOrEmpty("words")).build());
  private final BotCommand brief =
      command(
          "brief",
          Optional.empty(),
          List.of(
              CommandOption.optional("url", CommandOption.Type.URL, "A link"),
              CommandOption.optional("topic", CommandOption.Type.TEXT, "Some words")),
          List.of(),
          CommandRouterTest::shown);
  private final BotCommand schedule =
      command(
          "schedule",
          Optional.empty(),
          List.of(
              CommandOption.required("time", CommandOption.Type.WORD, "A time of day"),
              CommandOption.optional("zone", CommandOption.Type.WORD, "A time zone"),
              CommandOption.optional("items", CommandOption.Type.INTEGER, "How many items"),
              CommandOption.optional("topics", CommandOption.Type.TEXT, "Keywords")
                  .withMaxLength(20)),
          List.of(),
          CommandRouterTest::shown);
  private final BotCommand feeds =
      command(
          "feeds",
          Optional.of(Permission.MANAGE_FEEDS),
          List.of(),
          List.of(
              Subcommand.of(
                  "add",
                  "Add one",
                  CommandOption.required("url", CommandOption.Type.URL, "The feed's address")),
              Subcommand.of("list", "List them")),
          CommandRouterTest::shown);
  private final BotCommand broken =
      command(
          "broken",
          Optional.empty(),
          List.of(),
          List.of(),
          r -> {
            throw new IllegalStateException("secret internals");
          });
  private final BotCommand picky =
      command(
          "picky",
          Optional.empty(),
          List.of(CommandOption.optional("text", CommandOption.Type.TEXT, "Text")),
          List.of(),
          r -> {
            throw new UnsupportedTextException("Only English is supported for now.");
          });
  private final PlainWordsQuestion echoQuestion =
      text ->
          text.startsWith("say ")
              ? Optional.of(
                  new PlainWordsQuestion.Invocation("echo", Map.of("words", text.substring(4))))
              : Optional.empty();
  private final CommandRouter router =
      new CommandRouter(
          List.of(echo, brief, schedule, feeds, broken, picky), List.of(echoQuestion));

  private static String text(Reply reply) {
    return reply.sections().get(0).text().orElseThrow();
  }

  @Test
  void typedSlashCommandReachesItsCommandWithItsOption() {
    Reply reply = router.dispatchText("/echo   hello there ", member, channel);
    assertThat(reply.isError()).isFalse();
    assertThat(text(reply)).isEqualTo("you said: hello there");
  }

  @Test
  void controlCharactersTypedByAPersonAreNeverEchoedBack() {
    String escape = "\u001B[2J\u001B[31m";
    Reply typed = router.dispatchText("/echo " + escape + "hello\u0007 there", member, channel);
    assertThat(text(typed)).isEqualTo("you said: [2J[31mhello there");
    Reply named =
        router.dispatch(
            new CommandRequest("echo", Map.of("words", "bell\u0007 " + escape), member, channel));
    assertThat(text(named)).isEqualTo("you said: bell [2J[31m");
    Reply unknown = router.dispatchText("/no\u001Bpe", member, channel);
    assertThat(text(unknown)).contains("There is no command /nope").doesNotContain("\u001B");
    assertThat(text(router.dispatchText("say two\nlines", member, channel)))
        .isEqualTo("you said: two\nlines");
  }

  @Test
  void typedTextAndNamedOptionsMakeTheSameRequest() {
    Reply typed = router.dispatchTyped("brief", "https://example.org/story", member, channel);
    Reply named =
        router.dispatch(
            new CommandRequest(
                "brief", Map.of("url", "https://example.org/story"), member, channel));
    assertThat(text(typed)).isEqualTo(text(named)).isEqualTo("{url=https://example.org/story}");
    assertThat(text(router.dispatchTyped("brief", "flood wall repairs", member, channel)))
        .isEqualTo("{topic=flood wall repairs}");
  }

  @Test
  void wordOptionsFillInOrderAndNamedOnesCanComeAnywhere() {
    assertThat(
            text(
                router.dispatchTyped(
                    "schedule", "08:00 Europe/Berlin ukraine, gaza", member, channel)))
        .isEqualTo("{time=08:00, zone=Europe/Berlin, topics=ukraine, gaza}");
    assertThat(
            text(
                router.dispatchTyped(
                    "schedule", "08:00 items:3 topics:flood wall", member, channel)))
        .isEqualTo("{items=3, topics=flood wall, time=08:00}");
  }

  @Test
  void badOptionsAreExplainedWithTheCommandsUsage() {
    assertThat(text(router.dispatchTyped("schedule", "", member, channel)))
        .isEqualTo("/schedule <time> [zone] [items] [topics] needs <time>: a time of day.");
    assertThat(text(router.dispatchTyped("schedule", "08:00 items:many", member, channel)))
        .isEqualTo("The items must be a whole number, not \"many\".");
    assertThat(
            text(
                router.dispatchTyped(
                    "schedule", "08:00 topics:" + "x".repeat(6000), member, channel)))
        .isEqualTo("The topics is too long: at most 20 characters, not 6000.");
    assertThat(
            text(
                router.dispatch(
                    new CommandRequest("echo", Map.of("colour", "red"), member, channel))))
        .isEqualTo("/echo <words> has no option colour.");
    assertThat(text(router.dispatchTyped("schedule", "08:00 zone:UTC zone:CET", member, channel)))
        .isEqualTo("The option zone: is given twice.");
  }

  @Test
  void anOptionAsLongAsAllowedIsTakenAndOneCharacterMoreIsRefused() {
    Reply longest =
        router.dispatchTyped("schedule", "08:00 topics:" + "x".repeat(20), member, channel);
    assertThat(longest.isError()).isFalse();
    assertThat(text(longest)).contains("topics=" + "x".repeat(20));
    assertThat(
            text(
                router.dispatchTyped(
                    "schedule", "08:00 topics:" + "x".repeat(21), member, channel)))
        .isEqualTo("The topics is too long: at most 20 characters, not 21.");
  }

  @Test
  void aRequestFromAPlatformIsCheckedAgainstTheDeclarationToo() {
    // Platforms send named options and subcommands without typed text: the router checks them all
    // the same.
    assertThat(
            text(
                router.dispatch(
                    new CommandRequest("feeds", Optional.of("rename"), Map.of(), admin, channel))))
        .isEqualTo("/feeds has no \"rename\". Use /feeds add <url> or /feeds list.");
    assertThat(text(router.dispatch(new CommandRequest("nosuch", Map.of(), admin, channel))))
        .isEqualTo("There is no command /nosuch. Type /help to see what Briefbot can do.");
  }

  @Test
  void suggestionsComeFromTheCommandOnlyForThoseWhoMayUseItAndNeverThrow() {
    BotCommand topics =
        new BotCommand() {
          @Override
          public String name() {
            return "topics";
          }

          @Override
          public String description() {
            return "topics";
          }

          @Override
          public Optional<Permission> requiredPermission() {
            return Optional.of(Permission.MANAGE_FEEDS);
          }

          @Override
          public Reply handle(CommandRequest request) {
            return Reply.builder().text("ok").build();
          }

          @Override
          public List<String> suggestions(
              Optional<String> subcommand, String option, String typed, Place place) {
            if (typed.equals("boom")) {
              throw new IllegalStateException("index closed");
            }
            return List.of(option + ":" + typed + "1", option + ":" + typed + "2");
          }
        };
    CommandRouter withTopics = new CommandRouter(List.of(topics), List.of());

    assertThat(withTopics.suggestions("topics", Optional.empty(), "topic", "fl", admin, channel))
        .containsExactly("topic:fl1", "topic:fl2");
    assertThat(withTopics.suggestions("TOPICS", Optional.empty(), "topic", null, channel))
        .containsExactly("topic:1", "topic:2");
    assertThat(withTopics.suggestions("topics", Optional.empty(), "topic", "fl", member, channel))
        .isEmpty();
    assertThat(withTopics.suggestions("topics", Optional.empty(), "topic", "boom", admin, channel))
        .isEmpty();
    assertThat(withTopics.suggestions("nosuch", Optional.empty(), "topic", "fl", admin, channel))
        .isEmpty();
    assertThat(Permissions.none().grants(Permission.MANAGE_FEEDS)).isFalse();
    assertThat(Permissions.all().grants(Permission.MANAGE_FEEDS)).isTrue();
  }

  @Test
  void subcommandsAreReadFromTheFirstWord() {
    assertThat(text(router.dispatchTyped("feeds", "add https://example.org/rss", admin, channel)))
        .isEqualTo("add {url=https://example.org/rss}");
    assertThat(text(router.dispatchTyped("feeds", "LIST", admin, channel))).isEqualTo("list {}");
    assertThat(text(router.dispatchTyped("feeds", "", admin, channel)))
        .isEqualTo("Use /feeds add <url> or /feeds list.");
    assertThat(text(router.dispatchTyped("feeds", "rename x", admin, channel)))
        .isEqualTo("/feeds has no \"rename\". Use /feeds add <url> or /feeds list.");
    assertThat(text(router.dispatchTyped("feeds", "list everything now", admin, channel)))
        .isEqualTo("Too many words for /feeds list: \"everything now\" is left over.");
    assertThat(text(router.dispatchTyped("feeds", "add", admin, channel)))
        .isEqualTo("/feeds add <url> needs <url>: the feed's address.");
  }

  @Test
  void commandNamesAreCaseInsensitive() {
    assertThat(text(router.dispatchText("/ECHO hi", member, channel))).isEqualTo("you said: hi");
  }

  @Test
  void plainWordsQuestionIsRoutedToItsCommand() {
    assertThat(text(router.dispatchText("say cheese", member, channel)))
        .isEqualTo("you said: cheese");
    assertThat(router.commandOfText("say cheese")).map(BotCommand::name).contains("echo");
    assertThat(router.commandOfText("/feeds list")).map(BotCommand::name).contains("feeds");
    assertThat(router.commandOfText("hello")).isEmpty();
  }

  @Test
  void unknownCommandAndUnrecognisedTextGetAHintOnlyTheAskerSees() {
    Reply unknown = router.dispatchText("/nope", member, channel);
    assertThat(unknown.isError()).isTrue();
    assertThat(unknown.visibility()).isEqualTo(Reply.Visibility.ASKER_ONLY);
    assertThat(text(unknown)).contains("/nope").contains("/help");
    assertThat(text(router.dispatchText("what is this", member, channel))).contains("/help");
    assertThat(text(router.dispatchText("/", member, channel))).contains("after the slash");
  }

  @Test
  void restrictedCommandIsRefusedWithThePermissionsOwnMessage() {
    Reply refused = router.dispatchText("/feeds list", member, channel);
    assertThat(refused.isError()).isTrue();
    assertThat(text(refused))
        .isEqualTo(Permission.MANAGE_FEEDS.refusal("feeds", channel.platform()))
        .contains("/feeds");
    assertThat(router.dispatchText("/feeds list", admin, channel).isError()).isFalse();
    assertThat(router.restrictedCommands()).containsExactly("feeds");
  }

  @Test
  void aRefusalNamesTheRolesOfTheAskersOwnPlatform() {
    Reply onDiscord =
        router.dispatchText("/feeds list", member, Place.channel(Platform.DISCORD, "g1", "c1"));
    Reply onSlack =
        router.dispatchText("/feeds list", member, Place.channel(Platform.SLACK, "T1", "C1"));
    assertThat(text(onDiscord)).contains("Manage Server").doesNotContain("slack");
    assertThat(text(onSlack))
        .contains("workspace admins and owners")
        .contains("slack.feedManagers")
        .doesNotContain("Manage Server");
  }

  @Test
  void restrictedCommandInADirectMessageSaysToUseAServersChannel() {
    Place direct = Place.directMessage(Platform.DISCORD, "dm-1");
    for (Requester anyone : List.of(member, admin)) {
      Reply answer = router.dispatchText("/feeds list", anyone, direct);
      assertThat(answer.isError()).isTrue();
      assertThat(text(answer)).contains("belong to a server").contains("not in a direct message");
    }
  }

  @Test
  void restrictedCommandWhereBriefbotIsNotAMemberSaysItNeedsBriefbotAddedToAServer() {
    Place userInstalled = Place.withoutBot(Platform.DISCORD, "c9");
    for (Requester anyone : List.of(member, admin)) {
      Reply answer = router.dispatchText("/feeds list", anyone, userInstalled);
      assertThat(answer.isError()).isTrue();
      assertThat(text(answer))
          .startsWith("Feeds and digests need Briefbot added to a server")
          .contains("Add Briefbot to the server");
    }
  }

  @Test
  void aPermissionIsAskedOnlyWhenACommandNeedsIt() {
    List<Permission> asked = new ArrayList<>();
    Requester lazy =
        new Requester(
            "u3",
            "Cy",
            permission -> {
              asked.add(permission);
              return true;
            });
    router.dispatchText("/echo hi", lazy, channel);
    assertThat(asked).isEmpty();
    assertThat(router.dispatchText("/feeds list", lazy, channel).isError()).isFalse();
    assertThat(asked).containsExactly(Permission.MANAGE_FEEDS);
  }

  @Test
  void aDirectMessageHasNoServerToOwnFeeds() {
    Place direct = Place.directMessage(Platform.DISCORD, "D1");
    assertThat(direct.workspaceId()).isEmpty();
    assertThat(Place.channel(Platform.DISCORD, "G1", "C1").feedOwner())
        .isEqualTo(new org.briefbot.core.store.FeedOwner("discord", "G1"));
    org.assertj.core.api.Assertions.assertThatThrownBy(direct::feedOwner)
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("not in a direct message");
  }

  @Test
  void aBugBecomesAnApologyWithoutInternals() {
    Reply reply = router.dispatchText("/broken", member, channel);
    assertThat(reply.isError()).isTrue();
    assertThat(text(reply))
        .contains("something went wrong")
        .doesNotContain("secret internals")
        .doesNotContain("Exception");
  }

  @Test
  void unsupportedTextIsExplainedToTheAsker() {
    assertThat(text(router.dispatchText("/picky bonjour", member, channel)))
        .isEqualTo("Only English is supported for now.");
  }

  @Test
  void helpListsOnlyWhatTheAskerMayUseWithUsageFromTheDeclaration() {
    CommandRouter[] holder = new CommandRouter[1];
    HelpCommand help = new HelpCommand(() -> holder[0].commands());
    holder[0] = new CommandRouter(List.of(help, echo, feeds), List.of());
    Reply forMember = holder[0].dispatchText("/help", member, channel);
    assertThat(forMember.visibility()).isEqualTo(Reply.Visibility.ASKER_ONLY);
    List<String> lines = forMember.sections().get(1).bullets();
    assertThat(lines).contains("/echo <words> — does echo").noneMatch(l -> l.startsWith("/feeds"));
    assertThat(holder[0].dispatchText("/help", admin, channel).sections().get(1).bullets())
        .contains("/feeds add <url> | list — does feeds");
  }

  @Test
  void aClickRunsTheCommandItsIdNamesWithTheSameChecksAsTyping() {
    String add =
        new org.briefbot.core.chat.Action.Call(
                "feeds",
                Optional.of("add"),
                Map.of("url", "https://feeds.example/a.xml"),
                org.briefbot.core.chat.Action.Answer.AS_COMMAND)
            .id();

    Reply refused = router.dispatchAction(add, member, channel);
    Reply allowed = router.dispatchAction(add, admin, channel);

    assertThat(refused.isError()).isTrue();
    assertThat(refused.plainText()).contains("slack.feedManagers", "/feeds");
    assertThat(text(allowed)).isEqualTo("add {url=https://feeds.example/a.xml}");
  }

  @Test
  void aClickWithOptionsTheCommandDoesNotTakeIsRefusedAsTypedOnesAre() {
    String tooLong =
        org.briefbot.core.chat.Action.Call.of(
                "schedule",
                Map.of("time", "08:00", "topics", "x".repeat(30)),
                org.briefbot.core.chat.Action.Answer.REPLACE)
            .id();
    String unknown =
        org.briefbot.core.chat.Action.Call.of(
                "echo",
                Map.of("words", "hi", "page", "2"),
                org.briefbot.core.chat.Action.Answer.REPLACE)
            .id();

    assertThat(router.dispatchAction(tooLong, member, channel).plainText())
        .contains("The topics is too long: at most 20 characters");
    assertThat(router.dispatchAction(unknown, member, channel).plainText())
        .contains("has no option page");
  }

  @Test
  void aClickForTheAskerAloneIsAnsweredToThemWhateverTheCommandsAudience() {
    String id =
        org.briefbot.core.chat.Action.Call.of(
                "echo", Map.of("words", "hi"), org.briefbot.core.chat.Action.Answer.ASKER)
            .id();

    assertThat(router.visibilityOfAction(id)).isEqualTo(Reply.Visibility.ASKER_ONLY);
    assertThat(router.dispatchAction(id, member, channel).visibility())
        .isEqualTo(Reply.Visibility.ASKER_ONLY);
    assertThat(router.dispatchAction("not-ours", member, channel).plainText())
        .contains("not one Briefbot knows");
  }
}
