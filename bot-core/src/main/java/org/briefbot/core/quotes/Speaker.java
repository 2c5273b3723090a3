package org.briefbot.core.quotes;

import org.briefbot.core.quotes.People.Entity;

/**
 * Who spoke, as far as the story says.
 *
 * @param entity the person or organisation, when the mention resolves to one
 * @param description the words naming an unresolved speaker ("a senior official"), or ""
 * @param mention the words of the attribution ("the secretary", "he")
 * @param verb the token of the speech verb, or -1 (a colon, "according to")
 * @param resolution how the mention was resolved to the entity or description
 */
record Speaker(Entity entity, String description, String mention, int verb, Resolution resolution) {
  boolean known() {
    return entity != null || !description.isEmpty();
  }

  String name() {
    return entity != null ? entity.name() : description;
  }

  String role() {
    return entity != null ? entity.role : "";
  }

  /**
   * How an attribution's mention was resolved to who spoke: the second half of a statement's
   * explanation.
   */
  enum Resolution {
    NAME("a name"),
    BARE_NAME("a single capitalised word the story uses as a name"),
    NAME_IN_ASIDE("the name in an aside"),
    NAME_BEFORE_APPOSITIVE("the name before a role appositive"),
    NAME_AFTER_ROLE("the name after an inverted role"),
    ROLE_NOUN("a role or organisation noun referring back"),
    OFFICE_OF_HOLDER(
        "an office or a writing speaking for its holder (\"his office said\", \"her statement read\")"),
    POSSESSIVE_NAME("a possessive name"),
    POSSESSIVE_PRONOUN("a possessive pronoun referring back"),
    PRONOUN("a pronoun referring back"),
    GROUP_PRONOUN("\"it\" or \"they\" referring back to an organisation or group"),
    UNRESOLVED_PRONOUN("a pronoun the story gives no antecedent for"),
    DOCUMENT_SOURCE("a writing speaking for the source the story names for it"),
    DESCRIPTION("a description of an unnamed source"),
    TRANSCRIPT_LABEL("a transcript's speaker label");

    private final String explanation;

    Resolution(String explanation) {
      this.explanation = explanation;
    }

    String explanation() {
      return explanation;
    }
  }
}
