package org.briefbot.core.command;

import java.util.Optional;

/**
 * A command of the bot, written once for every platform: a request in, a reply out. Adapters
 * register each command under {@link #name()} and pass what the person typed as arguments.
 */
public interface BotCommand {

  /** The name people type after the slash, lower case, no spaces. */
  String name();

  /** The arguments as help shows them, e.g. {@code "<url | topic>"}; empty when it takes none. */
  String usage();

  /** One line for /help and the platforms' command pickers. */
  String description();

  /** The permission a person needs, checked by the router before the command runs. */
  default Optional<Permission> requiredPermission() {
    return Optional.empty();
  }

  /**
   * Answers the request. A problem the person can fix is thrown as {@link UserFacingException}
   * (or {@code UnsupportedTextException}); the router turns it into an error reply for them.
   */
  Reply handle(CommandRequest request);
}
