package org.briefbot.app.conformance;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.briefbot.app.console.ConsoleAdapter;
import org.briefbot.app.console.ConsoleRenderer;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;

/**
 * The terminal: one person, who may do everything, types a line and reads the text. Who an answer
 * is for is the reply's own (a terminal has no channel to keep it from).
 */
final class ConsoleSurface implements Surface {
  private final ConsoleAdapter console;
  private final ConsoleRenderer renderer = new ConsoleRenderer(100);

  ConsoleSurface(CommandRouter router) {
    this.console = new ConsoleAdapter(router, renderer);
  }

  @Override
  public Platform platform() {
    return Platform.CONSOLE;
  }

  @Override
  public List<Seen> ask(Scenario.Ask ask) {
    String line;
    if (ask instanceof Scenario.Ask.Slash slash) {
      line = slash.typed();
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
    return List.of(
        new Seen(
            text,
            reply.visibility() == Reply.Visibility.ASKER_ONLY
                ? Scenario.Audience.ASKER
                : Scenario.Audience.CHANNEL));
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
