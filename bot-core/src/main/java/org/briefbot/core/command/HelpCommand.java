package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.briefbot.core.chat.Reply;

/** {@code /help}: what the bot can do, from the commands that are really registered. */
public final class HelpCommand implements BotCommand {
  private final Supplier<List<BotCommand>> commands;

  /**
   * @param commands the registered commands, read when help is asked (the router's list)
   */
  public HelpCommand(Supplier<List<BotCommand>> commands) {
    this.commands = commands;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public Reply.Visibility answerVisibility() {
    return Reply.Visibility.ASKER_ONLY;
  }

  @Override
  public String description() {
    return "What Briefbot can do";
  }

  @Override
  public Reply handle(CommandRequest request) {
    List<String> lines = new ArrayList<>();
    for (BotCommand command : commands.get()) {
      boolean allowed = command.requiredPermission().map(request.requester()::may).orElse(true);
      if (allowed) {
        String usage = command.usage().isEmpty() ? "" : " " + command.usage();
        lines.add("/" + command.name() + usage + " — " + command.description());
      }
    }
    return Reply.builder()
        .title("Briefbot")
        .askerOnly()
        .text("News briefings in your chat: summaries of stories, who said what, daily digests.")
        .section(Reply.Section.bullets("Commands", lines))
        .build();
  }
}
