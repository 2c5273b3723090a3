package org.briefbot.core.command;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.UserFacingException;

/**
 * A command of the bot, written once for every platform: a request in, a reply out. Its options (or
 * subcommands with their options) are declared here once; Discord's command definitions, the
 * parsing of typed text on Slack and in the console, and {@code /help} all come from that
 * declaration, so a typed {@code /whosaid we will do it alone} and Discord's {@code /whosaid
 * quote:we will do it alone} reach {@link #handle} as the same request.
 */
public interface BotCommand {

  /** The name people type after the slash, lower case, no spaces. */
  String name();

  /** One line for /help and the platforms' command pickers. */
  String description();

  /** The options, when the command has no subcommands; in the order typed text fills them. */
  default List<CommandOption> options() {
    return List.of();
  }

  /** The subcommands ({@code add}, {@code list}, …); empty when the command has none. */
  default List<Subcommand> subcommands() {
    return List.of();
  }

  /**
   * The arguments as help shows them, derived from the declaration unless a command says it better.
   */
  default String usage() {
    if (!subcommands().isEmpty()) {
      return subcommands().stream().map(Subcommand::usage).collect(Collectors.joining(" | "));
    }
    return options().stream().map(CommandOption::usage).collect(Collectors.joining(" "));
  }

  /** The permission a person needs, checked by the router before the command runs. */
  default Optional<Permission> requiredPermission() {
    return Optional.empty();
  }

  /**
   * Who sees the answer, known before the command runs so that an adapter can defer the right way
   * (a Discord deferral is public or ephemeral for good). Errors are always for the asker.
   */
  default Reply.Visibility answerVisibility() {
    return Reply.Visibility.CHANNEL;
  }

  /** Whether answering may take seconds (a page fetch): adapters acknowledge first, then answer. */
  default boolean mayBeSlow() {
    return false;
  }

  /**
   * Values to offer while a person types an option with {@link CommandOption#autocomplete()}.
   *
   * @param subcommand the subcommand being typed, if the command has subcommands
   * @param option the option's name
   * @param typed what the person has typed so far
   * @param place where they type it
   */
  default List<String> suggestions(
      Optional<String> subcommand, String option, String typed, Place place) {
    return List.of();
  }

  /**
   * Answers the request. A problem the person can fix is thrown as {@link UserFacingException} (or
   * {@code UnsupportedTextException}); the router turns it into an error reply for them.
   */
  Reply handle(CommandRequest request);

  /**
   * Options that only the buttons of its answers give (the page of a list, a stored story's id):
   * checked as every option is, and accepted by name in typed text ({@code page:2}), but shown by
   * no picker, usage or help.
   */
  default List<CommandOption> buttonOptions(Optional<String> subcommand) {
    return List.of();
  }

  /** Every option a request may give: the declared ones, then the buttons' own. */
  default List<CommandOption> acceptedOptions(Optional<String> subcommand) {
    List<CommandOption> buttons = buttonOptions(subcommand);
    if (buttons.isEmpty()) {
      return optionsOf(subcommand);
    }
    List<CommandOption> all = new java.util.ArrayList<>(optionsOf(subcommand));
    all.addAll(buttons);
    return all;
  }

  /** The options of a subcommand (or of the command itself, for an empty name). */
  default List<CommandOption> optionsOf(Optional<String> subcommand) {
    if (subcommand.isEmpty()) {
      return options();
    }
    return subcommands().stream()
        .filter(s -> s.name().equals(subcommand.get()))
        .findFirst()
        .map(Subcommand::options)
        .orElse(List.of());
  }
}
