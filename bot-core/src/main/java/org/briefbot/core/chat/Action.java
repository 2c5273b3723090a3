package org.briefbot.core.chat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something a person can do with an answer in one click: its label, the command it runs (with its
 * subcommand and options, exactly as a typed command would give them), how its answer is shown, and
 * whether it is meant for the people who manage the server or workspace. Each renderer turns it
 * into its platform's own component (a Discord button, a Slack button, a typed hint in the
 * console); a click comes back as its {@link Call#id() id}, which carries all it needs, so a button
 * works after a restart and no state is kept behind it. What the click may do is checked when it
 * runs, exactly as for the typed command — {@link #managersOnly} only says where it is worth
 * offering.
 *
 * @param label what the button says (at most {@value #MAX_LABEL} characters)
 * @param call what it does
 * @param managersOnly true when only the people who manage the server or workspace may use it
 */
public record Action(String label, Call call, boolean managersOnly) {
  /** Discord's limit of a button's {@code custom_id} (Slack allows 255 for an action id). */
  public static final int MAX_ID = 100;

  /** The shorter of Discord's (80) and Slack's (75) limits of a button's text. */
  public static final int MAX_LABEL = 75;

  private static final String PREFIX = "bb1";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  public Action {
    Objects.requireNonNull(label, "label");
    label = ReplyText.shorten(label.strip(), MAX_LABEL);
    Objects.requireNonNull(call, "call");
  }

  /** An action anyone may use. */
  public static Action of(String label, Call call) {
    return new Action(label, call, false);
  }

  /** Whether its id fits every platform's limit; an answer offers only those that do. */
  public boolean fits() {
    return call.id().length() <= MAX_ID;
  }

  /** How the answer to a click is shown. */
  public enum Answer {
    /** As the command itself answers: in the channel or for the asker, as it declares. */
    AS_COMMAND('c'),
    /** A new answer for the person who clicked alone. */
    ASKER('a'),
    /** In place of the message the button is on (the next page of a list). */
    REPLACE('r'),
    /** In a thread under the message the button is on (a digest's story). */
    THREAD('t');

    private final char code;

    Answer(char code) {
      this.code = code;
    }

    static Optional<Answer> of(String code) {
      for (Answer answer : values()) {
        if (code.length() == 1 && code.charAt(0) == answer.code) {
          return Optional.of(answer);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * What a click asks: a command with its options, as a typed command asks it.
   *
   * @param command the command's name
   * @param subcommand its subcommand, if any
   * @param options the options by name
   * @param answer how the answer is shown
   */
  public record Call(
      String command, Optional<String> subcommand, Map<String, String> options, Answer answer) {
    public Call {
      Objects.requireNonNull(command, "command");
      if (!NAME.matcher(command).matches()) {
        throw new IllegalArgumentException("not a command name: " + command);
      }
      Objects.requireNonNull(subcommand, "subcommand");
      subcommand.ifPresent(
          sub -> {
            if (!NAME.matcher(sub).matches()) {
              throw new IllegalArgumentException("not a subcommand name: " + sub);
            }
          });
      options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
      options.keySet().forEach(Objects::requireNonNull);
      Objects.requireNonNull(answer, "answer");
    }

    /** A call of a command without a subcommand. */
    public static Call of(String command, Map<String, String> options, Answer answer) {
      return new Call(command, Optional.empty(), options, answer);
    }

    /** The same call with one option set (the next page). */
    public Call with(String option, String value) {
      Map<String, String> changed = new LinkedHashMap<>(options);
      changed.put(option, value);
      return new Call(command, subcommand, changed, answer);
    }

    /**
     * The id a platform carries back on a click: {@code bb1|r|quotes|person=Blinken|page=2}; a
     * value's {@code %}, {@code |} and {@code =} are percent-encoded.
     */
    public String id() {
      StringBuilder id =
          new StringBuilder(PREFIX).append('|').append(answer.code).append('|').append(command);
      subcommand.ifPresent(sub -> id.append('.').append(sub));
      options.forEach(
          (name, value) -> id.append('|').append(name).append('=').append(encode(value)));
      return id.toString();
    }

    /**
     * The command a person would type for the same answer: {@code /quotes person:Blinken page:2}.
     */
    public String typed() {
      StringBuilder typed = new StringBuilder("/").append(command);
      subcommand.ifPresent(sub -> typed.append(' ').append(sub));
      options.forEach((name, value) -> typed.append(' ').append(name).append(':').append(value));
      return typed.toString();
    }

    /** The call an id names; empty when it is not one of Briefbot's (or is damaged). */
    public static Optional<Call> parse(String id) {
      if (id == null || id.length() > 255) {
        return Optional.empty();
      }
      String[] parts = id.split("\\|", -1);
      if (parts.length < 3 || !parts[0].equals(PREFIX)) {
        return Optional.empty();
      }
      Optional<Answer> answer = Answer.of(parts[1]);
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      String[] name = parts[2].split("\\.", 2);
      Map<String, String> options = new LinkedHashMap<>();
      for (int i = 3; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        if (eq <= 0) {
          return Optional.empty();
        }
        Optional<String> value = decode(parts[i].substring(eq + 1));
        if (value.isEmpty() || !NAME.matcher(parts[i].substring(0, eq)).matches()) {
          return Optional.empty();
        }
        options.put(parts[i].substring(0, eq), value.get());
      }
      try {
        return Optional.of(
            new Call(
                name[0],
                name.length > 1 ? Optional.of(name[1]) : Optional.empty(),
                options,
                answer.get()));
      } catch (IllegalArgumentException damaged) {
        return Optional.empty();
      }
    }

    private static String encode(String value) {
      return value.replace("%", "%25").replace("|", "%7C").replace("=", "%3D");
    }

    private static Optional<String> decode(String value) {
      StringBuilder plain = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c != '%') {
          plain.append(c);
          continue;
        }
        if (i + 2 >= value.length()) {
          return Optional.empty();
        }
        switch (value.substring(i + 1, i + 3)) {
          case "25" -> plain.append('%');
          case "7C" -> plain.append('|');
          case "3D" -> plain.append('=');
          default -> {
            return Optional.empty();
          }
        }
        i += 2;
      }
      return Optional.of(plain.toString());
    }
  }
}
