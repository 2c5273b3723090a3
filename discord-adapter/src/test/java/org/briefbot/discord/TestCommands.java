package org.briefbot.discord;

import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Subcommand;

/**
 * A small command set for the adapter's tests: the adapter must render whatever the core answers.
 */
final class TestCommands {
  private TestCommands() {}

  static CommandRouter router() {
    return new CommandRouter(
        List.of(new Say(), new Long(), new Admin(), new Slow(), new Broken()), List.of());
  }

  /** {@code /say text:} answers the text in the channel. */
  static final class Say implements BotCommand {
    public String name() {
      return "say";
    }

    public String description() {
      return "Says the text back";
    }

    public List<CommandOption> options() {
      return List.of(
          CommandOption.required("text", CommandOption.Type.TEXT, "What to say")
              .withMaxLength(6000),
          CommandOption.optional("limit", CommandOption.Type.INTEGER, "A number"));
    }

    public Reply handle(CommandRequest request) {
      return Reply.builder().text(request.optionOrEmpty("text")).build();
    }
  }

  /** {@code /long sentences:} answers that many numbered sentences. */
  static final class Long implements BotCommand {
    public String name() {
      return "long";
    }

    public String description() {
      return "A long answer";
    }

    public List<CommandOption> options() {
      return List.of(CommandOption.required("sentences", CommandOption.Type.INTEGER, "How many"));
    }

    public Reply handle(CommandRequest request) {
      StringBuilder text = new StringBuilder();
      int count = Integer.parseInt(request.optionOrEmpty("sentences"));
      for (int i = 1; i <= count; i++) {
        text.append("Sentence number ")
            .append(i)
            .append(" tells the reader something quite unremarkable. ");
      }
      return Reply.builder()
          .title("A long story")
          .text(text.toString().strip())
          .footer("Test outlet")
          .build();
    }
  }

  /** {@code /admin add|list|remove}: needs Manage Server, answers the asker only. */
  static final class Admin implements BotCommand {
    public String name() {
      return "admin";
    }

    public String description() {
      return "Manages the server's feeds";
    }

    public List<Subcommand> subcommands() {
      CommandOption url =
          CommandOption.required("url", CommandOption.Type.URL, "The feed's address")
              .withMaxLength(2000);
      return List.of(
          Subcommand.of("add", "Adds one", url),
          Subcommand.of("list", "Lists them"),
          Subcommand.of("remove", "Removes one", url.withAutocomplete()));
    }

    public Optional<Permission> requiredPermission() {
      return Optional.of(Permission.MANAGE_FEEDS);
    }

    public Reply.Visibility answerVisibility() {
      return Reply.Visibility.ASKER_ONLY;
    }

    public List<String> suggestions(
        Optional<String> subcommand, String option, String typed, Place place) {
      return List.of("https://example.org/feed.xml", "https://example.org/other.xml");
    }

    public Reply handle(CommandRequest request) {
      return Reply.builder()
          .askerOnly()
          .text("Done: " + request.subcommand().orElse("") + " " + request.optionOrEmpty("url"))
          .build();
    }
  }

  /** {@code /slow}: takes its time, as a fetch does. */
  static final class Slow implements BotCommand {
    /** A permit for each answer that has begun, so a test can act while one is under way. */
    static final java.util.concurrent.Semaphore STARTED = new java.util.concurrent.Semaphore(0);

    public String name() {
      return "slow";
    }

    public String description() {
      return "Answers after a while";
    }

    public boolean mayBeSlow() {
      return true;
    }

    public Reply handle(CommandRequest request) {
      STARTED.release();
      try {
        Thread.sleep(700);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Reply.builder().text("Finally.").build();
    }
  }

  /** {@code /broken}: a bug. */
  static final class Broken implements BotCommand {
    public String name() {
      return "broken";
    }

    public String description() {
      return "Fails";
    }

    public Reply handle(CommandRequest request) {
      throw new IllegalStateException("a bug");
    }
  }
}
