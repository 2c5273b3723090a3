package org.briefbot.core.quotes;

import java.util.List;

/**
 * A person or organisation a story names, merged over all its mentions ("Antony Blinken",
 * "Blinken", "the secretary").
 *
 * @param name the fullest form of the name the story uses, without titles
 * @param role the role the story gives ("U.S. Secretary of State"), or ""
 * @param organisation whether it is an organisation rather than a person
 * @param mentions the distinct ways the story refers to it, in order of first appearance
 */
public record Person(String name, String role, boolean organisation, List<String> mentions) {
  public Person {
    role = role == null ? "" : role;
    mentions = List.copyOf(mentions);
  }
}
