package org.briefbot.core.command;

import java.util.Map;
import java.util.Optional;

/**
 * Recognises a question asked in plain words (a mention, a console line without a slash) as a
 * command, e.g. {@code who said "we will do it alone"?} as {@code /whosaid quote:we will do it
 * alone}.
 */
public interface PlainWordsQuestion {

  /** The command and its options that this text asks for, if it asks for one. */
  Optional<Invocation> recognise(String text);

  /** A command name with its options by name. */
  record Invocation(String command, Map<String, String> options) {
    public Invocation {
      options = Map.copyOf(options);
    }
  }
}
