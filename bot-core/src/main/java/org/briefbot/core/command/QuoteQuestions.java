package org.briefbot.core.command;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Questions about quotes in plain words: {@code who said "we will do it alone"?} asks {@code
 * /whosaid}; {@code what did Blinken say about Rafah?} asks {@code /quotes}.
 */
public final class QuoteQuestions implements PlainWordsQuestion {

  @Override
  public Optional<Invocation> recognise(String text) {
    Optional<String> fragment = QuoteWords.after(text, "who said");
    if (fragment.isEmpty()) {
      fragment = QuoteWords.after(text, "who says");
    }
    if (fragment.isPresent()) {
      String words = QuoteWords.unquoted(fragment.get());
      return words.isEmpty()
          ? Optional.empty()
          : Optional.of(new Invocation("whosaid", Map.of("quote", words)));
    }
    Optional<String> question = QuoteWords.after(text, "what did");
    if (question.isEmpty()) {
      question = QuoteWords.after(text, "what has");
    }
    if (question.isPresent()) {
      String rest = QuoteWords.unquoted(question.get());
      String lower = rest.toLowerCase(Locale.ROOT);
      int say = indexOfWord(lower, "say");
      if (say < 0) {
        say = indexOfWord(lower, "said");
      }
      if (say > 0) {
        String person = rest.substring(0, say).strip();
        String topic = rest.substring(say).replaceFirst("(?i)^(say|said)\\s*", "").strip();
        topic = topic.replaceFirst("(?i)^(about|on)\\s+", "").strip();
        return person.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new Invocation(
                    "quotes",
                    topic.isEmpty()
                        ? Map.of("person", person)
                        : Map.of("person", person, "topic", topic)));
      }
    }
    return Optional.empty();
  }

  private static int indexOfWord(String lower, String word) {
    int from = 0;
    while (true) {
      int at = lower.indexOf(word, from);
      if (at < 0) {
        return -1;
      }
      boolean startOk = at == 0 || lower.charAt(at - 1) == ' ';
      int end = at + word.length();
      boolean endOk = end == lower.length() || lower.charAt(end) == ' ';
      if (startOk && endOk) {
        return at;
      }
      from = at + 1;
    }
  }
}
