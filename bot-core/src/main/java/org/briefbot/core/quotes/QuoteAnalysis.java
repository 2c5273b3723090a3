package org.briefbot.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The statements of one story with their speakers, and the people and organisations it names.
 *
 * @param quotes every statement, in the order of the text
 * @param people everyone the story names who speaks or could be referred back to, in order of first
 *     mention
 */
public record QuoteAnalysis(List<Quote> quotes, List<Person> people) {
  public QuoteAnalysis {
    quotes = List.copyOf(quotes);
    people = List.copyOf(people);
  }

  /** The person of that canonical name, if the story names them. */
  public Optional<Person> person(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return people.stream()
        .filter(p -> p.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
