package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.UserFacingException;
import org.junit.jupiter.api.Test;

/**
 * The router tells its observer each command it ran, by the command's declared name and how it
 * ended; requests that name no command are not told, so nothing typed reaches a metric.
 */
class CommandObserverTest {
  private record Heard(String command, CommandObserver.Outcome outcome) {}

  private static final Place PLACE = Place.channel(Platform.SLACK, "T1", "C1");
  private static final Requester MEMBER = new Requester("U1", "Ana", Set.of());
  private static final Requester ADMIN = new Requester("U2", "Bo", Set.of(Permission.MANAGE_FEEDS));

  private final List<Heard> heard = new ArrayList<>();

  private static BotCommand command(String name, Optional<Permission> needed, Runnable body) {
    return new BotCommand() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "a test command";
      }

      @Override
      public List<CommandOption> options() {
        return List.of(CommandOption.optional("count", CommandOption.Type.INTEGER, "How many"));
      }

      @Override
      public Optional<Permission> requiredPermission() {
        return needed;
      }

      @Override
      public Reply handle(CommandRequest request) {
        body.run();
        return Reply.builder().title(name).text("done").build();
      }
    };
  }

  private CommandRouter router() {
    return new CommandRouter(
        List.of(
            command("ok", Optional.empty(), () -> {}),
            command("admin", Optional.of(Permission.MANAGE_FEEDS), () -> {}),
            command(
                "refuses",
                Optional.empty(),
                () -> {
                  throw new UserFacingException("No such story.");
                }),
            command(
                "bug",
                Optional.empty(),
                () -> {
                  throw new IllegalStateException("a bug");
                })),
        List.of(),
        (command, outcome, elapsed) -> heard.add(new Heard(command, outcome)));
  }

  @Test
  void eachCommandIsToldByNameWithHowItEnded() {
    CommandRouter router = router();

    router.dispatchText("/OK", MEMBER, PLACE);
    router.dispatchText("/ok count:many", MEMBER, PLACE);
    router.dispatchText("/admin", MEMBER, PLACE);
    router.dispatchText("/admin", ADMIN, PLACE);
    router.dispatchText("/refuses", MEMBER, PLACE);
    router.dispatchText("/bug", MEMBER, PLACE);
    router.dispatchText("/secret-words", MEMBER, PLACE);
    router.dispatchText("plain secret words", MEMBER, PLACE);

    assertThat(heard)
        .containsExactly(
            new Heard("ok", CommandObserver.Outcome.ANSWERED),
            new Heard("ok", CommandObserver.Outcome.USER_ERROR),
            new Heard("admin", CommandObserver.Outcome.USER_ERROR),
            new Heard("admin", CommandObserver.Outcome.ANSWERED),
            new Heard("refuses", CommandObserver.Outcome.USER_ERROR),
            new Heard("bug", CommandObserver.Outcome.FAILED));
  }

  @Test
  void aFailingObserverCostsTheMetricNotTheReply() {
    CommandRouter router =
        new CommandRouter(
            List.of(command("ok", Optional.empty(), () -> {})),
            List.of(),
            (command, outcome, elapsed) -> {
              throw new IllegalStateException("observer down");
            });

    assertThat(router.dispatchText("/ok", MEMBER, PLACE).isError()).isFalse();
  }
}
