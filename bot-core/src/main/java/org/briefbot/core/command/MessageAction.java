package org.briefbot.core.command;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;

/**
 * What a person can do with someone else's message (Discord's message commands, Slack's message
 * shortcuts), declared once: the name people see, the id Slack's manifest gives it, and which words
 * of the message it asks the core about. Adapters only pass the message's text on.
 */
public enum MessageAction {
  /** Looks up the quote the message holds: its words in quote marks, else its whole text. */
  WHO_SAID_THIS(
      "Who said this?",
      "who_said_this",
      "whosaid",
      "quote",
      "That message has no words to look up. "
          + "Use \u201CWho said this?\u201D on a message that quotes someone."),
  /** Briefs the first link in the message. */
  BRIEF_THIS_LINK(
      "Brief this link",
      "brief_this_link",
      "brief",
      "url",
      "That message has no link to brief. "
          + "Use \u201CBrief this link\u201D on a message with a link to a story.");

  private final String label;
  private final String callbackId;
  private final String command;
  private final String option;
  private final String nothingToUse;

  MessageAction(
      String label, String callbackId, String command, String option, String nothingToUse) {
    this.label = label;
    this.callbackId = callbackId;
    this.command = command;
    this.option = option;
    this.nothingToUse = nothingToUse;
  }

  /** The name people see on a message's menu. */
  public String label() {
    return label;
  }

  /** The id that names it on platforms that want one (Slack's {@code callback_id}). */
  public String callbackId() {
    return callbackId;
  }

  /** One line for the platforms' pickers that show one (Slack's shortcut description). */
  public String description() {
    return switch (this) {
      case WHO_SAID_THIS -> "Finds who said the quote in this message, in which story";
      case BRIEF_THIS_LINK -> "Summarises the story this message links to, with its key quotes";
    };
  }

  /** The command it asks. */
  public String command() {
    return command;
  }

  /** The action with that label or id, if any. */
  public static Optional<MessageAction> named(String name) {
    return Arrays.stream(values())
        .filter(a -> a.label.equals(name) || a.callbackId.equals(name))
        .findFirst();
  }

  /**
   * The request the action makes of a message, or empty when the message holds nothing it can use.
   *
   * @param maxLength the most characters the command's option takes
   */
  Optional<CommandRequest> request(
      String messageText, int maxLength, Requester requester, Place place) {
    Optional<String> value =
        switch (this) {
          case WHO_SAID_THIS -> MessageShortcuts.quoteIn(messageText, maxLength);
          case BRIEF_THIS_LINK -> MessageShortcuts.linkIn(messageText);
        };
    return value.map(v -> new CommandRequest(command, Map.of(option, v), requester, place));
  }

  /** The answer when the message holds nothing to use: for the asker alone. */
  Reply nothingToUse() {
    return Reply.error(nothingToUse);
  }

  String option() {
    return option;
  }
}
