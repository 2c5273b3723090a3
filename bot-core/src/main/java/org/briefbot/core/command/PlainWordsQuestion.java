package org.briefbot.core.command;

import java.util.Optional;

/**
 * Recognises a question asked in plain words (a mention, a console line without a slash) as a
 * command, e.g. {@code who said "we will do it alone"?} as {@code /whosaid we will do it alone}.
 */
public interface PlainWordsQuestion {

  /** The command and its arguments that this text asks for, if it asks for one. */
  Optional<Invocation> recognise(String text);

  /** A command name with its arguments. */
  record Invocation(String command, String arguments) {}
}
