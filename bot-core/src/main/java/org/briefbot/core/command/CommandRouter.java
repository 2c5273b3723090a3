package org.briefbot.core.command;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into the command set: finds the command a request names, checks the asker's
 * permission, runs it, and turns every failure into a reply the asker can read. Adapters call
 * {@link #dispatch} for structured commands and {@link #dispatchText} for typed text.
 */
public final class CommandRouter {
  private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

  private final Map<String, BotCommand> commands = new LinkedHashMap<>();
  private final List<PlainWordsQuestion> questions;

  public CommandRouter(Collection<? extends BotCommand> commands, List<? extends PlainWordsQuestion> questions) {
    for (BotCommand command : commands) {
      if (this.commands.putIfAbsent(command.name(), command) != null) {
        throw new IllegalArgumentException("two commands are named " + command.name());
      }
    }
    this.questions = List.copyOf(questions);
  }

  /** The commands in registration order, as adapters register them with their platform. */
  public List<BotCommand> commands() {
    return List.copyOf(commands.values());
  }

  /** Runs a request; never throws. */
  public Reply dispatch(CommandRequest request) {
    BotCommand command = commands.get(request.command().toLowerCase(Locale.ROOT));
    if (command == null) {
      return Reply.error("There is no command /" + request.command() + ". Type /help to see what Briefbot can do.");
    }
    Optional<Permission> needed = command.requiredPermission();
    if (needed.isPresent() && !request.requester().may(needed.get())) {
      return Reply.error("Only people who may manage this server's feeds can use /" + command.name() + ".");
    }
    try {
      return command.handle(request);
    } catch (UserFacingException | UnsupportedTextException problem) {
      return Reply.error(problem.getMessage());
    } catch (RuntimeException bug) {
      log.error("/{} failed for arguments of {} characters", command.name(), request.arguments().length(), bug);
      return Reply.error("Sorry, something went wrong while answering /" + command.name() + ". It has been logged.");
    }
  }

  /**
   * Runs a line of typed text: {@code /name arguments}, or a question in plain words that a
   * command recognises. Text that is neither gets a hint, not silence.
   */
  public Reply dispatchText(String text, Requester requester, Place place) {
    String line = text.strip();
    if (line.startsWith("/")) {
      int space = indexOfWhitespace(line);
      String name = space < 0 ? line.substring(1) : line.substring(1, space);
      String arguments = space < 0 ? "" : line.substring(space + 1);
      if (name.isEmpty()) {
        return Reply.error("Type a command after the slash, e.g. /help.");
      }
      return dispatch(new CommandRequest(name, arguments, requester, place));
    }
    for (PlainWordsQuestion question : questions) {
      Optional<PlainWordsQuestion.Invocation> invocation = question.recognise(line);
      if (invocation.isPresent()) {
        return dispatch(new CommandRequest(invocation.get().command(), invocation.get().arguments(), requester, place));
      }
    }
    return Reply.error("I did not understand that. Type /help to see what Briefbot can do.");
  }

  /** Command names that need a permission, for the platforms' admin-only registration. */
  public Set<String> restrictedCommands() {
    return commands.values().stream().filter(c -> c.requiredPermission().isPresent()).map(BotCommand::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static int indexOfWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
