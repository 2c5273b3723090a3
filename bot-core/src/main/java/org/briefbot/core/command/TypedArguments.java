package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.chat.UserFacingException;

/**
 * Reads what a person typed after a command's name into its declared options, the way Slack and the
 * console receive it. Options may be named as on Discord ({@code topic:Rafah}), or given in their
 * declared order: a word option takes one word, a link or number option that is optional takes a
 * word only when it looks like one, a text option takes the rest of the line.
 */
public final class TypedArguments {
  /**
   * An argument that names a scheme is a link, so that a refused one gets the fetch guard's reason.
   */
  private static final Pattern LINK =
      Pattern.compile(
          "^(?:https?://|(?:file|ftp|ftps|sftp|gopher|javascript|data|mailto|ldap|dict|jar|smb|tftp|ws|wss):|www\\.)\\S*$",
          Pattern.CASE_INSENSITIVE);

  private TypedArguments() {}

  /** A subcommand, if any, and the options by name. */
  public record Parsed(Optional<String> subcommand, Map<String, String> options) {}

  /**
   * @throws UserFacingException naming what is wrong: an unknown subcommand, or more words than the
   *     command takes
   */
  public static Parsed parse(BotCommand command, String typed) {
    String text = typed == null ? "" : typed.strip();
    Optional<String> subcommand = Optional.empty();
    List<CommandOption> options = command.options();
    if (!command.subcommands().isEmpty()) {
      String[] first = text.split("\\s+", 2);
      String name = first[0].toLowerCase(Locale.ROOT);
      Subcommand chosen =
          command.subcommands().stream()
              .filter(s -> s.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UserFacingException(
                          (name.isEmpty()
                                  ? ""
                                  : "/" + command.name() + " has no \"" + first[0] + "\". ")
                              + "Use "
                              + Usage.alternatives(command)
                              + "."));
      subcommand = Optional.of(chosen.name());
      options = chosen.options();
      text = first.length > 1 ? first[1].strip() : "";
    }
    return new Parsed(
        subcommand, fill(command, subcommand, options, command.buttonOptions(subcommand), text));
  }

  /** Whether a word is meant as a link (and so is checked as one, not searched for as a topic). */
  public static boolean looksLikeLink(String word) {
    return LINK.matcher(word.strip()).matches();
  }

  private static Map<String, String> fill(
      BotCommand command,
      Optional<String> subcommand,
      List<CommandOption> options,
      List<CommandOption> byNameOnly,
      String text) {
    Map<String, String> values = new LinkedHashMap<>();
    List<CommandOption> nameable = new ArrayList<>(options);
    nameable.addAll(byNameOnly);
    String positional = named(nameable, text, values);
    List<CommandOption> open =
        new ArrayList<>(options.stream().filter(o -> !values.containsKey(o.name())).toList());
    String rest = positional;
    for (CommandOption option : open) {
      if (rest.isEmpty()) {
        break;
      }
      String[] split = rest.split("\\s+", 2);
      switch (option.type()) {
        case TEXT, FILE -> {
          values.put(option.name(), rest);
          rest = "";
        }
        case URL -> {
          if (looksLikeLink(split[0]) || option.required()) {
            values.put(option.name(), split[0]);
            rest = split.length > 1 ? split[1].strip() : "";
          }
        }
        case INTEGER -> {
          if (split[0].matches("-?\\d+") || option.required()) {
            values.put(option.name(), split[0]);
            rest = split.length > 1 ? split[1].strip() : "";
          }
        }
        case WORD -> {
          values.put(option.name(), split[0]);
          rest = split.length > 1 ? split[1].strip() : "";
        }
      }
    }
    if (!rest.isEmpty()) {
      throw new UserFacingException(
          "Too many words for "
              + Usage.of(command, subcommand)
              + ": \""
              + ReplyText.shorten(rest, 60)
              + "\" is left over.");
    }
    return values;
  }

  /**
   * Takes {@code name:value} pairs out of the text into {@code values}; returns the text before the
   * first.
   */
  private static String named(
      List<CommandOption> options, String text, Map<String, String> values) {
    if (options.isEmpty() || text.isEmpty()) {
      return text;
    }
    StringBuilder names = new StringBuilder();
    for (CommandOption option : options) {
      names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(option.name()));
    }
    Matcher marker =
        Pattern.compile("(?:^|\\s)(" + names + "):", Pattern.CASE_INSENSITIVE).matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<String> found = new ArrayList<>();
    while (marker.find()) {
      spans.add(new int[] {marker.start(1), marker.end()});
      found.add(marker.group(1).toLowerCase(Locale.ROOT));
    }
    if (spans.isEmpty()) {
      return text;
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      String value = text.substring(spans.get(i)[1], end).strip();
      if (values.putIfAbsent(found.get(i), value) != null) {
        throw new UserFacingException("The option " + found.get(i) + ": is given twice.");
      }
    }
    return text.substring(0, spans.get(0)[0]).strip();
  }
}
