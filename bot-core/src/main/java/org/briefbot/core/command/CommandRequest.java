package org.briefbot.core.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefbot.core.chat.Place;

/**
 * One request to the bot, as every adapter hands it over: Discord's typed options and the parsing
 * of typed text both end here.
 *
 * @param command the command's name without its slash ("brief", "whosaid")
 * @param subcommand the subcommand ("add" of {@code /feeds add}), if the command has them
 * @param options the options given, by name, each value stripped and never blank
 * @param requester who asked
 * @param place where they asked
 * @param attachments the files attached to options of {@link CommandOption.Type#FILE}, by option
 *     name, where the platform takes files
 */
public record CommandRequest(
    String command,
    Optional<String> subcommand,
    Map<String, String> options,
    Requester requester,
    Place place,
    Map<String, Attachment> attachments) {

  public CommandRequest {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(subcommand, "subcommand");
    Map<String, String> kept = new LinkedHashMap<>();
    options.forEach(
        (name, value) -> {
          String typed = value == null ? "" : typedText(value).strip();
          if (!typed.isEmpty()) {
            kept.put(name, typed);
          }
        });
    options = java.util.Collections.unmodifiableMap(kept);
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(place, "place");
    attachments = Map.copyOf(attachments);
  }

  /** A request without attached files. */
  public CommandRequest(
      String command,
      Optional<String> subcommand,
      Map<String, String> options,
      Requester requester,
      Place place) {
    this(command, subcommand, options, requester, place, Map.of());
  }

  /** A request without a subcommand. */
  public CommandRequest(
      String command, Map<String, String> options, Requester requester, Place place) {
    this(command, Optional.empty(), options, requester, place);
  }

  /**
   * What a person typed without its control characters (an escape sequence, a bell, a NUL), which
   * no answer should echo back to a terminal or a chat client; line breaks and tabs stay.
   */
  public static String typedText(String text) {
    return CONTROL.matcher(text).replaceAll("");
  }

  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  /** The option's value, when it was given. */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The option's value, or "" when it was not given. */
  public String optionOrEmpty(String name) {
    return options.getOrDefault(name, "");
  }

  /** The file attached to that option, when one was. */
  public Optional<Attachment> attachment(String name) {
    return Optional.ofNullable(attachments.get(name));
  }

  /** How many characters the person sent, for logs that must not carry their words. */
  public int length() {
    return options.values().stream().mapToInt(String::length).sum();
  }
}
