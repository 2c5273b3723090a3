package org.briefbot.app.conformance;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.briefbot.app.console.ConsoleAdapter;
import org.briefbot.app.console.ConsoleRenderer;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;

/**
 * The terminal: one person, who may do everything, types a line and reads the text. Who an answer
 * is for is the reply's own (a terminal has no channel to keep it from).
 */
final class ConsoleSurface implements Surface {
  private final ConsoleAdapter console;
  private final CommandRouter router;
  private final ConsoleRenderer renderer = new ConsoleRenderer(100);

  ConsoleSurface(CommandRouter router) {
    this.router = router;
    this.console = new ConsoleAdapter(router, renderer);
  }

  @Override
  public Platform platform() {
    return Platform.CONSOLE;
  }

  @Override
  public List<Seen> ask(Scenario.Ask ask) {
    String line;
    Scenario.Audience audience = null;
    if (ask instanceof Scenario.Ask.Click click) {
      // The person reads the command the answer shows beside the label, and types it.
      Reply first = console.answer(((Scenario.Ask.Slash) click.first()).typed());
      String shown = renderer.render(first);
      Action action =
          first.actions().stream()
              .filter(a -> a.label().startsWith(click.label()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no \"" + click.label() + "\" on: " + shown));
      if (!shown.contains(action.label() + ": " + action.call().typed())) {
        throw new AssertionError("the console does not show the command to type: " + shown);
      }
      line = action.call().typed();
      audience = audienceOf(action.call().id(), first);
    } else if (ask instanceof Scenario.Ask.Press press) {
      Reply reply =
          router.dispatchAction(press.actionId(), Requester.consoleUser(), Place.console());
      return List.of(
          new Seen(
              renderer.render(reply).replaceAll("\\s*\\n\\s*", " "),
              reply.visibility() == Reply.Visibility.ASKER_ONLY
                  ? Scenario.Audience.ASKER
                  : Scenario.Audience.CHANNEL));
    } else if (ask instanceof Scenario.Ask.Slash slash) {
      line = slash.typed();
    } else if (ask instanceof Scenario.Ask.Attach attach) {
      try {
        java.nio.file.Path file =
            java.nio.file.Files.createTempDirectory("briefbot-conformance")
                .resolve(attach.fileName());
        java.nio.file.Files.writeString(file, attach.content());
        file.toFile().deleteOnExit();
        line = attach.typed() + " " + file;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else if (ask instanceof Scenario.Ask.Mention mention) {
      line = mention.words();
    } else if (ask instanceof Scenario.Ask.DirectMessage message) {
      line = message.words();
    } else {
      throw new IllegalArgumentException("the console has no messages of others");
    }
    Reply reply = console.answer(line);
    // The renderer wraps lines; the facts are read as running text.
    String text = renderer.render(reply).replaceAll("\\s*\\n\\s*", " ");
    if (audience == null || reply.isError()) {
      audience =
          reply.visibility() == Reply.Visibility.ASKER_ONLY
              ? Scenario.Audience.ASKER
              : Scenario.Audience.CHANNEL;
    }
    return List.of(new Seen(text, audience));
  }

  /**
   * Who a clicked action's answer is for: the router's word, or for a page shown in place, the
   * audience of the answer it replaces.
   */
  private Scenario.Audience audienceOf(String actionId, Reply clicked) {
    Reply.Visibility visibility =
        router.answerOfAction(actionId).orElseThrow() == Action.Answer.REPLACE
            ? clicked.visibility()
            : router.visibilityOfAction(actionId);
    return visibility == Reply.Visibility.ASKER_ONLY
        ? Scenario.Audience.ASKER
        : Scenario.Audience.CHANNEL;
  }

  @Override
  public String written(Moment moment) {
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(
            moment.shown() == Moment.Shown.DATE ? "d MMM yyyy" : "EEE d MMM HH:mm", Locale.ENGLISH);
    String local = format.format(moment.instant().atZone(moment.zone()));
    return moment.shown() == Moment.Shown.DATE ? local : local + " (" + moment.zone().getId() + ")";
  }

  @Override
  public void close() {}
}
