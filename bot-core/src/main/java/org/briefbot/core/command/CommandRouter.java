package org.briefbot.core.command;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyFit;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.store.StoreUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one way into the command set: finds the command a request names, checks its options against
 * the command's declaration and the asker's permission, runs it, and turns every failure into a
 * reply the asker can read. Adapters call {@link #dispatch} with Discord's typed options, {@link
 * #dispatchTyped} with a slash command's typed text (Slack, the console), and {@link #dispatchText}
 * with a line of plain words (mentions, direct messages).
 */
public final class CommandRouter {
  private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

  private static final String HELP = "help";
  private static final Requester ANYONE = new Requester("", "", Permissions.none());

  private final Map<String, BotCommand> commands = new LinkedHashMap<>();
  private final List<PlainWordsQuestion> questions;
  private final CommandObserver observer;

  public CommandRouter(
      Collection<? extends BotCommand> commands, List<? extends PlainWordsQuestion> questions) {
    this(commands, questions, CommandObserver.NONE);
  }

  /** A router that tells {@code observer} how each command it ran went. */
  public CommandRouter(
      Collection<? extends BotCommand> commands,
      List<? extends PlainWordsQuestion> questions,
      CommandObserver observer) {
    this.observer = observer;
    for (BotCommand command : commands) {
      if (this.commands.putIfAbsent(command.name(), command) != null) {
        throw new IllegalArgumentException("two commands are named " + command.name());
      }
    }
    this.questions = List.copyOf(questions);
  }

  /** An adapter's word that a request was acknowledged to its platform, for the operator. */
  public void acknowledged(Platform platform, Duration elapsed) {
    try {
      observer.acknowledged(platform, elapsed);
    } catch (RuntimeException failure) {
      log.warn("an observer failed on an acknowledgement", failure);
    }
  }

  /** The commands in registration order, as adapters register them with their platform. */
  public List<BotCommand> commands() {
    return List.copyOf(commands.values());
  }

  /** The command of that name, ignoring case. */
  public Optional<BotCommand> command(String name) {
    return Optional.ofNullable(commands.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Runs a request whose options are already named; never throws. */
  public Reply dispatch(CommandRequest request) {
    Optional<BotCommand> found = command(request.command());
    if (found.isEmpty()) {
      return unknown(request.command());
    }
    BotCommand command = found.get();
    long started = System.nanoTime();
    CommandObserver.Outcome outcome = CommandObserver.Outcome.USER_ERROR;
    // The log lines of this request carry the command and the place (ids, never what was typed).
    MDC.put("command", command.name());
    MDC.put("place", placeKey(request.place()));
    try {
      checkOptions(command, request);
      Optional<Permission> needed = command.requiredPermission();
      if (needed.isPresent()) {
        request
            .place()
            .feedOwner(); // a server's permission: a direct message is told to use a channel
      }
      if (needed.isPresent() && !request.requester().may(needed.get())) {
        return Reply.error(needed.get().refusal(command.name(), request.place().platform()));
      }
      Reply reply =
          ReplyFit.within(command.handle(request), request.place().platform().answerCharacters());
      outcome =
          reply.isError() ? CommandObserver.Outcome.USER_ERROR : CommandObserver.Outcome.ANSWERED;
      return reply;
    } catch (UserFacingException | UnsupportedTextException problem) {
      return Reply.error(problem.getMessage());
    } catch (RuntimeException bug) {
      outcome = CommandObserver.Outcome.FAILED;
      Optional<StoreUnavailable> storeAway = StoreUnavailable.causing(bug);
      if (storeAway.isPresent()) {
        log.warn("/{} could not reach the database: {}", command.name(), bug.toString());
        return Reply.error(storeAway.get().getMessage());
      }
      log.error("/{} failed for options of {} characters", command.name(), request.length(), bug);
      return Reply.error(
          "Sorry, something went wrong while answering /"
              + command.name()
              + ". It has been logged.");
    } finally {
      MDC.remove("command");
      MDC.remove("place");
      observe(command.name(), outcome, started);
    }
  }

  /** Tells the observer; a failing observer costs the metric, never the reply. */
  private void observe(String command, CommandObserver.Outcome outcome, long startedNanos) {
    try {
      observer.observed(command, outcome, Duration.ofNanos(System.nanoTime() - startedNanos));
    } catch (RuntimeException failure) {
      log.warn("the command observer failed", failure);
    }
  }

  /** platform:workspace/channel, ids only. */
  private static String placeKey(Place place) {
    return place.platform().name().toLowerCase(Locale.ROOT)
        + ":"
        + place.workspaceId().orElse("-")
        + "/"
        + place.channelId();
  }

  /**
   * Who will see the answer to a message action, known before it runs so that an adapter can
   * acknowledge the right way: the command's audience when the message holds something to use, else
   * the asker alone.
   *
   * @param actionName the action's label ("Who said this?") or id ("who_said_this")
   */
  public Reply.Visibility visibilityOfMessageAction(String actionName, String messageText) {
    return MessageAction.named(actionName)
        .flatMap(action -> messageRequest(action, messageText, ANYONE, Place.console()))
        .flatMap(request -> command(request.command()))
        .map(BotCommand::answerVisibility)
        .orElse(Reply.Visibility.ASKER_ONLY);
  }

  /**
   * Runs a message action on the text of the message it was used on; never throws.
   *
   * @param actionName the action's label ("Who said this?") or id ("who_said_this")
   */
  public Reply dispatchMessageAction(
      String actionName, String messageText, Requester requester, Place place) {
    Optional<MessageAction> action = MessageAction.named(actionName);
    if (action.isEmpty()) {
      return Reply.error(
          "Briefbot does not know the action \u201C"
              + ReplyText.shorten(actionName, 40)
              + "\u201D; it may be from an older version of the bot.");
    }
    return messageRequest(action.get(), messageText, requester, place)
        .map(this::dispatch)
        .orElseGet(action.get()::nothingToUse);
  }

  private Optional<CommandRequest> messageRequest(
      MessageAction action, String messageText, Requester requester, Place place) {
    int maxLength =
        command(action.command())
            .flatMap(
                c -> c.options().stream().filter(o -> o.name().equals(action.option())).findFirst())
            .map(CommandOption::maxLength)
            .orElse(CommandOption.DEFAULT_MAX_LENGTH);
    return action.request(messageText, maxLength, requester, place);
  }

  /**
   * How the answer to a click on an action is shown, known before it runs so that an adapter can
   * acknowledge the right way (Discord: an edit of the message, or a reply); empty for an id that
   * is none of Briefbot's.
   */
  public Optional<Action.Answer> answerOfAction(String actionId) {
    return Action.Call.parse(actionId).map(Action.Call::answer);
  }

  /**
   * Who sees the answer to a click on an action: the person who clicked for {@link
   * Action.Answer#ASKER} (and for an id that is none of Briefbot's, whose answer is an error), the
   * command's audience for {@link Action.Answer#AS_COMMAND}, the channel for a thread; an answer in
   * place of a message keeps that message's audience, which the adapter knows.
   */
  public Reply.Visibility visibilityOfAction(String actionId) {
    Optional<Action.Call> call = Action.Call.parse(actionId);
    if (call.isEmpty()) {
      return Reply.Visibility.ASKER_ONLY;
    }
    return switch (call.get().answer()) {
      case ASKER, REPLACE -> Reply.Visibility.ASKER_ONLY;
      case THREAD -> Reply.Visibility.CHANNEL;
      case AS_COMMAND ->
          command(call.get().command())
              .map(BotCommand::answerVisibility)
              .orElse(Reply.Visibility.ASKER_ONLY);
    };
  }

  /**
   * Runs the command a click on an action asks, exactly as the typed command runs: its options
   * checked against the declaration and the person's permission checked, whatever the platform's
   * payload says of the button; never throws.
   */
  public Reply dispatchAction(String actionId, Requester requester, Place place) {
    Optional<Action.Call> call = Action.Call.parse(actionId);
    if (call.isEmpty()) {
      return Reply.error(
          "That button is not one Briefbot knows; it may be from an older version. "
              + "Ask again with the command.");
    }
    Reply reply =
        dispatch(
            new CommandRequest(
                call.get().command(),
                call.get().subcommand(),
                call.get().options(),
                requester,
                place));
    return call.get().answer() == Action.Answer.ASKER ? reply.forAskerOnly() : reply;
  }

  /**
   * Runs a slash command from the text typed after its name ({@code /feeds add https://…}), read by
   * the command's declared options; never throws.
   */
  public Reply dispatchTyped(String commandName, String typed, Requester requester, Place place) {
    commandName = CommandRequest.typedText(commandName);
    Optional<BotCommand> found = command(commandName);
    if (found.isEmpty()) {
      return unknown(commandName);
    }
    long started = System.nanoTime();
    TypedArguments.Parsed parsed;
    try {
      parsed = TypedArguments.parse(found.get(), typed);
    } catch (UserFacingException wrong) {
      observe(found.get().name(), CommandObserver.Outcome.USER_ERROR, started);
      return Reply.error(wrong.getMessage());
    }
    return dispatch(
        new CommandRequest(
            found.get().name(), parsed.subcommand(), parsed.options(), requester, place));
  }

  /**
   * Runs a line of typed text: {@code /name arguments}, or a question in plain words that a command
   * recognises. Text that is neither gets a hint, not silence.
   */
  public Reply dispatchText(String text, Requester requester, Place place) {
    String line = CommandRequest.typedText(text).strip();
    if (line.isEmpty()) {
      // A mention with no words asks what the bot can do.
      return dispatchTyped(HELP, "", requester, place);
    }
    if (line.startsWith("/")) {
      int space = indexOfWhitespace(line);
      String name = space < 0 ? line.substring(1) : line.substring(1, space);
      if (name.isEmpty()) {
        return Reply.error("Type a command after the slash, e.g. /help.");
      }
      return dispatchTyped(name, space < 0 ? "" : line.substring(space + 1), requester, place);
    }
    return question(line)
        .map(
            asked ->
                dispatch(new CommandRequest(asked.command(), asked.options(), requester, place)))
        .orElseGet(
            () ->
                Reply.error("I did not understand that. Type /help to see what Briefbot can do."));
  }

  /**
   * The command a line of text names, when it names one, so that an adapter can see its visibility
   * and slowness before it runs it with {@link #dispatchText}.
   */
  public Optional<BotCommand> commandOfText(String text) {
    String line = text.strip();
    if (line.isEmpty()) {
      return command(HELP);
    }
    if (line.startsWith("/")) {
      int space = indexOfWhitespace(line);
      return command(space < 0 ? line.substring(1) : line.substring(1, space));
    }
    return question(line).flatMap(asked -> command(asked.command()));
  }

  private Optional<PlainWordsQuestion.Invocation> question(String line) {
    for (PlainWordsQuestion question : questions) {
      Optional<PlainWordsQuestion.Invocation> invocation = question.recognise(line);
      if (invocation.isPresent()) {
        return invocation;
      }
    }
    return Optional.empty();
  }

  /** Values to offer while a person types an autocompleted option; never throws. */
  public List<String> suggestions(
      String commandName, Optional<String> subcommand, String option, String typed, Place place) {
    try {
      return command(commandName)
          .map(c -> c.suggestions(subcommand, option, typed == null ? "" : typed, place))
          .orElse(List.of());
    } catch (RuntimeException failure) {
      log.warn("suggestions for /{} {} failed", commandName, option, failure);
      return List.of();
    }
  }

  /**
   * Values to offer a person while they type: none for a command they may not use, so that
   * autocompletion never shows what the command itself would refuse them; never throws.
   */
  public List<String> suggestions(
      String commandName,
      Optional<String> subcommand,
      String option,
      String typed,
      Requester requester,
      Place place) {
    boolean allowed =
        command(commandName)
            .flatMap(BotCommand::requiredPermission)
            .map(requester::may)
            .orElse(true);
    return allowed ? suggestions(commandName, subcommand, option, typed, place) : List.of();
  }

  /** Command names that need a permission, for the platforms' admin-only registration. */
  public Set<String> restrictedCommands() {
    return commands.values().stream()
        .filter(c -> c.requiredPermission().isPresent())
        .map(BotCommand::name)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The request's options against the declaration: names, required ones, lengths, numbers. */
  private static void checkOptions(BotCommand command, CommandRequest request) {
    if (!command.subcommands().isEmpty()) {
      String sub =
          request
              .subcommand()
              .orElseThrow(
                  () -> new UserFacingException("Use " + Usage.alternatives(command) + "."));
      if (command.subcommands().stream().noneMatch(s -> s.name().equals(sub))) {
        throw new UserFacingException(
            "/"
                + command.name()
                + " has no \""
                + sub
                + "\". Use "
                + Usage.alternatives(command)
                + ".");
      }
    }
    List<CommandOption> declared = command.acceptedOptions(request.subcommand());
    String usage = Usage.of(command, request.subcommand());
    for (String given : request.options().keySet()) {
      if (declared.stream().noneMatch(o -> o.name().equals(given))) {
        throw new UserFacingException(usage + " has no option " + given + ".");
      }
    }
    for (CommandOption option : declared) {
      Optional<String> value = request.option(option.name());
      if (value.isEmpty()) {
        if (option.required()) {
          throw new UserFacingException(
              usage + " needs " + option.usage() + ": " + lowerFirst(option.description()) + ".");
        }
        continue;
      }
      if (value.get().length() > option.maxLength()) {
        throw new UserFacingException(
            "The "
                + option.name()
                + " is too long: at most "
                + option.maxLength()
                + " characters, not "
                + value.get().length()
                + ".");
      }
      if (option.type() == CommandOption.Type.INTEGER && !value.get().matches("-?\\d{1,9}")) {
        throw new UserFacingException(
            "The "
                + option.name()
                + " must be a whole number, not \""
                + ReplyText.shorten(value.get(), 40)
                + "\".");
      }
    }
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static Reply unknown(String name) {
    return Reply.error(
        "There is no command /"
            + ReplyText.shorten(name, 40)
            + ". Type /help to see what Briefbot can do.");
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
