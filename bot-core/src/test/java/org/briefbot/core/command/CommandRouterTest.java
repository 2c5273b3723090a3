package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.junit.jupiter.api.Test;

class CommandRouterTest {
  private final Requester member = new Requester("u1", "Ana", Set.of());
  private final Requester admin = new Requester("u2", "Bo", Set.of(Permission.MANAGE_FEEDS));
  private final Place channel = new Place(Platform.SLACK, "T1", "C1");

  private static BotCommand command(String name, Optional<Permission> permission, java.util.function.Function<CommandRequest, Reply> body) {
    return new BotCommand() {
      @Override public String name() { return name; }
      @Override public String usage() { return "<words>"; }
      @Override public String description() { return "does " + name; }
      @Override public Optional<Permission> requiredPermission() { return permission; }
      @Override public Reply handle(CommandRequest request) { return body.apply(request); }
    };
  }

  private final BotCommand echo = command("echo", Optional.empty(), r -> Reply.builder().text("you said: " + r.arguments()).build());
  private final BotCommand admins = command("feeds", Optional.of(Permission.MANAGE_FEEDS), r -> Reply.builder().text("ok").build());
  private final BotCommand broken = command("broken", Optional.empty(), r -> { throw new IllegalStateException("secret internals"); });
  private final BotCommand picky = command("picky", Optional.empty(), r -> { throw new UnsupportedTextException("Only English is supported for now."); });
  private final PlainWordsQuestion echoQuestion = text -> text.startsWith("say ")
      ? Optional.of(new PlainWordsQuestion.Invocation("echo", text.substring(4))) : Optional.empty();
  private final CommandRouter router = new CommandRouter(List.of(echo, admins, broken, picky), List.of(echoQuestion));

  private static String text(Reply reply) {
    return reply.sections().get(0).text().orElseThrow();
  }

  @Test
  void typedSlashCommandReachesItsCommandWithArguments() {
    Reply reply = router.dispatchText("/echo   hello there ", member, channel);
    assertThat(reply.isError()).isFalse();
    assertThat(text(reply)).isEqualTo("you said: hello there");
  }

  @Test
  void commandNamesAreCaseInsensitive() {
    assertThat(text(router.dispatchText("/ECHO hi", member, channel))).isEqualTo("you said: hi");
  }

  @Test
  void plainWordsQuestionIsRoutedToItsCommand() {
    assertThat(text(router.dispatchText("say cheese", member, channel))).isEqualTo("you said: cheese");
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
  void restrictedCommandIsRefusedWithoutPermissionAndRunsWithIt() {
    Reply refused = router.dispatchText("/feeds list", member, channel);
    assertThat(refused.isError()).isTrue();
    assertThat(text(refused)).contains("/feeds");
    assertThat(router.dispatchText("/feeds list", admin, channel).isError()).isFalse();
    assertThat(router.restrictedCommands()).containsExactly("feeds");
  }

  @Test
  void aBugBecomesAnApologyWithoutInternals() {
    Reply reply = router.dispatchText("/broken", member, channel);
    assertThat(reply.isError()).isTrue();
    assertThat(text(reply)).contains("something went wrong").doesNotContain("secret internals").doesNotContain("Exception");
  }

  @Test
  void unsupportedTextIsExplainedToTheAsker() {
    assertThat(text(router.dispatchText("/picky bonjour", member, channel))).isEqualTo("Only English is supported for now.");
  }

  @Test
  void helpListsOnlyWhatTheAskerMayUse() {
    CommandRouter[] holder = new CommandRouter[1];
    HelpCommand help = new HelpCommand(() -> holder[0].commands());
    holder[0] = new CommandRouter(List.of(help, echo, admins), List.of());
    Reply forMember = holder[0].dispatchText("/help", member, channel);
    assertThat(forMember.visibility()).isEqualTo(Reply.Visibility.ASKER_ONLY);
    List<String> lines = forMember.sections().get(1).bullets();
    assertThat(lines).contains("/echo <words> — does echo").noneMatch(l -> l.startsWith("/feeds"));
    assertThat(holder[0].dispatchText("/help", admin, channel).sections().get(1).bullets()).anyMatch(l -> l.startsWith("/feeds"));
  }
}
