package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefbot.core.chat.Action;

/**
 * One page of a long answer ({@code /quotes}, {@code /brief <topic>}, {@code /digest list}): which
 * page it is, of how many, and the buttons to the pages beside it, which show their page in place
 * of this one. The page asked for comes from the {@link #OPTION page} option the buttons give; a
 * page past the end (the list shrank since) is the last one.
 *
 * @param number this page, from 1
 * @param count how many pages there are, at least 1
 * @param size how many items a page holds
 */
record Page(int number, int count, int size) {
  /** The option the paging buttons give, a button option of each command that pages. */
  static final CommandOption OPTION =
      CommandOption.optional("page", CommandOption.Type.INTEGER, "Which page of the answer")
          .withMaxLength(6);

  /** The page the request asks for, of a list of {@code total} items. */
  static Page of(CommandRequest request, int total, int size) {
    int count = Math.max(1, (total + size - 1) / size);
    int asked;
    try {
      asked = Integer.parseInt(request.option(OPTION.name()).orElse("1"));
    } catch (NumberFormatException notANumber) {
      asked = 1;
    }
    return new Page(Math.max(1, Math.min(asked, count)), count, size);
  }

  /** This page's items of the whole list. */
  <T> List<T> of(List<T> all) {
    int from = Math.min(all.size(), (number - 1) * size);
    return all.subList(from, Math.min(all.size(), from + size));
  }

  boolean isOnly() {
    return count == 1;
  }

  /** "Page 2 of 4." — empty when there is one page. */
  String line() {
    return isOnly() ? "" : String.format(Locale.ENGLISH, "Page %d of %d.", number, count);
  }

  /** The buttons to the previous and next pages of the answer the request asked. */
  List<Action> actions(CommandRequest request) {
    Map<String, String> options = new LinkedHashMap<>(request.options());
    options.remove(OPTION.name());
    Action.Call call =
        new Action.Call(request.command(), request.subcommand(), options, Action.Answer.REPLACE);
    List<Action> actions = new ArrayList<>();
    if (number > 1) {
      actions.add(
          Action.of("\u25C0 Previous", call.with(OPTION.name(), String.valueOf(number - 1))));
    }
    if (number < count) {
      actions.add(Action.of("Next \u25B6", call.with(OPTION.name(), String.valueOf(number + 1))));
    }
    return actions;
  }
}
