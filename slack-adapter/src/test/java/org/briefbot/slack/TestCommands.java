package org.briefbot.slack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.QuoteQuestions;
import org.briefbot.core.command.Subcommand;

/**
 * A small command set standing in for the core's, so that these tests see exactly what the adapter
 * does with a request and a reply. (bot-app's end-to-end test runs the real one.)
 */
final class TestCommands {
  final AtomicInteger runs = new AtomicInteger();

  /** Every acknowledgement the adapter reported to the core, by platform. */
  final List<org.briefbot.core.chat.Platform> acknowledged =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  final CommandRouter router;

  TestCommands() {
    router =
        new CommandRouter(
            List.of(new WhoSaid(), new Feeds()),
            List.of(new QuoteQuestions()),
            new org.briefbot.core.command.CommandObserver() {
              @Override
              public void observed(String command, Outcome outcome, java.time.Duration elapsed) {}

              @Override
              public void acknowledged(
                  org.briefbot.core.chat.Platform platform, java.time.Duration elapsed) {
                acknowledged.add(platform);
              }
            });
  }

  /** Answers every quote with the invented mayor of an invented town, echoing the words asked. */
  private final class WhoSaid implements BotCommand {
    @Override
    public String name() {
      return "whosaid";
    }

    @Override
    public String description() {
      return "Who said it";
    }

    @Override
    public List<CommandOption> options() {
      return List.of(
          CommandOption.required("quote", CommandOption.Type.TEXT, "Some words of the quote"));
    }

    @Override
    public Reply handle(CommandRequest request) {
      runs.incrementAndGet();
      String words = request.optionOrEmpty("quote");
      return Reply.builder()
          .title("Ada Quill, Mayor of Lindenfield")
          .link("https://news.example/lindenfield-bridge")
          .section(
              Reply.Section.quotes(
                  null, List.of(new Reply.QuoteLine(words, "Ada Quill", "Mayor of Lindenfield"))))
          .section(
              Reply.Section.quotes(
                  "Also reported",
                  List.of(
                      new Reply.QuoteLine(
                          "the bridge would reopen in spring", "Ada Quill", "", false))))
          .section(
              Reply.Section.fields(
                  List.of(
                      new Reply.Field("Story", "Lindenfield bridge"),
                      Reply.Field.date("Date", Instant.parse("2026-03-04T00:00:00Z")))))
          .footer("Lindenfield Ledger")
          .date(Moment.day(Instant.parse("2026-03-04T09:30:00Z")))
          .build();
    }
  }

  private final class Feeds implements BotCommand {
    @Override
    public String name() {
      return "feeds";
    }

    @Override
    public String description() {
      return "The feeds";
    }

    @Override
    public List<Subcommand> subcommands() {
      return List.of(
          Subcommand.of(
              "add",
              "Add a feed",
              CommandOption.required("url", CommandOption.Type.URL, "The feed")),
          Subcommand.of("list", "The feeds"));
    }

    @Override
    public Optional<Permission> requiredPermission() {
      return Optional.of(Permission.MANAGE_FEEDS);
    }

    @Override
    public Reply.Visibility answerVisibility() {
      return Reply.Visibility.ASKER_ONLY;
    }

    @Override
    public Reply handle(CommandRequest request) {
      runs.incrementAndGet();
      return Reply.builder()
          .askerOnly()
          .text("Added " + request.optionOrEmpty("url") + ".")
          .build();
    }
  }
}
