package org.briefbot.core.command;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One option of a command, declared once: Discord's option definitions, Slack's and the console's
 * parsing of typed text, and {@code /help} all read it.
 *
 * @param name the option's name as Discord shows it ({@code quote}, {@code url}), lower case
 * @param description one line for the platforms' pickers
 * @param type how typed text fills it
 * @param required whether the command cannot run without it
 * @param maxLength the longest value accepted; a longer one is refused with a message
 * @param autocomplete whether the command offers values while the person types
 */
public record CommandOption(
    String name,
    String description,
    Type type,
    boolean required,
    int maxLength,
    boolean autocomplete) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /** Discord's own limit for a string option; longer text reaches Briefbot only typed. */
  public static final int DEFAULT_MAX_LENGTH = 1000;

  /** How an option is read from typed text. */
  public enum Type {
    /** One word ({@code 08:00}, {@code Europe/Berlin}). */
    WORD,
    /** One link; typed text fills it only with something that looks like a link. */
    URL,
    /** The rest of the line: free words. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /**
     * A file attached where the platform takes files (Discord); typed text fills it like {@link
     * #TEXT}, with the file's text pasted.
     */
    FILE
  }

  public CommandOption {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("option names are lower case words: " + name);
    }
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive");
    }
  }

  public static CommandOption required(String name, Type type, String description) {
    return new CommandOption(name, description, type, true, DEFAULT_MAX_LENGTH, false);
  }

  public static CommandOption optional(String name, Type type, String description) {
    return new CommandOption(name, description, type, false, DEFAULT_MAX_LENGTH, false);
  }

  public CommandOption withMaxLength(int maxLength) {
    return new CommandOption(name, description, type, required, maxLength, autocomplete);
  }

  public CommandOption withAutocomplete() {
    return new CommandOption(name, description, type, required, maxLength, true);
  }

  /** How help shows it: {@code <quote>} when required, {@code [topic]} when not. */
  public String usage() {
    return required ? "<" + name + ">" : "[" + name + "]";
  }
}
