package org.briefbot.core.quotes;

import org.briefbot.core.quotes.People.Entity;
import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;
import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * Resolves the words of a noun phrase to who speaks: a name, a role noun that refers back, a
 * capitalised word the tagger missed as a name, or a description that may speak ("a senior
 * official") or names no one ("last year").
 */
final class NounPhraseResolver {
  private final StoryTokens tokens;
  private final People people;

  /** Who has been seen speaking: a name resolved here is noted as a speaker. */
  private final SpeakersSoFar speakers;

  NounPhraseResolver(StoryTokens tokens, People people, SpeakersSoFar speakers) {
    this.tokens = tokens;
    this.people = people;
    this.speakers = speakers;
  }

  /**
   * Whether an unnamed noun phrase can speak: its head (before any "of"/"for") is a person, a
   * group, an organisation or a document ("a senior official", "residents of the town", "the
   * report"), or a capitalised name.
   */
  private boolean namesASource(int first, int end) {
    int head = -1;
    for (int i = first; i < end; i++) {
      String lower = tokens.lower(i);
      if (Lexicon.PHRASE_LINKS.contains(lower)) {
        break;
      }
      if (Character.isLetter(tokens.word(i).charAt(0))) {
        head = i;
      }
    }
    if (head < 0) {
      return false;
    }
    if (tokens.holdsAge(first, head)) {
      return true; // "The 58-year-old retired mechanic says": someone of an age is a person
    }
    String lower = People.stripPossessive(tokens.lower(head));
    String singular =
        lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
    return tokens.isCapitalized(head)
        || Lexicon.isRoleHead(lower)
        || Lexicon.isRoleHead(singular)
        || Lexicon.ORGANISATION_WORDS.contains(lower)
        || Lexicon.ORGANISATION_WORDS.contains(singular)
        || Lexicon.DOCUMENT_WORDS.contains(lower)
        || Lexicon.PUBLIC_BODIES.contains(lower)
        || Lexicon.PERSONAL_TITLES.contains(lower)
        || lower.equals("percent")
        || lower.endsWith("er")
        || lower.endsWith("ers")
        || lower.endsWith("ist")
        || lower.endsWith("ists")
        || lower.endsWith("ian")
        || lower.endsWith("ians");
  }

  /**
   * "Police officials", "Clinton aides": a name that only modifies the noun that heads the phrase.
   */
  private boolean nounAfter(int from, int end) {
    for (int i = from; i < end; i++) {
      String lower = tokens.lower(i);
      if (Lexicon.PHRASE_LINKS.contains(lower)) {
        return false;
      }
      if (tokens.pos(i).startsWith("NOUN") && !tokens.isCapitalized(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves the noun phrase {@code [first, end)}: a name, a role that refers back, or a
   * description.
   */
  Speaker resolve(int first, int end, int verb) {
    String text = tokens.textOf(first, end);
    // The last name in the phrase that is not a possessive: "Trump's campaign manager Kellyanne
    // Conway".
    Mention name = null;
    Mention role = null;
    int genericHead = -1;
    for (int i = first; i < end; i++) {
      Mention mention = people.mentionAt(i);
      String lower = tokens.lower(i);
      if (Lexicon.PHRASE_LINKS.contains(lower)
          && (genericHead >= 0 || name != null || role != null)) {
        break; // "a spokesman for the ministry", "Cameron Easley for Morning Consult": the head
        // speaks
      }
      if (mention != null
          && mention.type() == MentionType.NAME
          && !tokens.isPossessive(mention.end() - 1)) {
        name = mention;
        i = mention.end() - 1;
        continue;
      }
      if (mention != null && mention.type() == MentionType.ROLE) {
        role = mention;
        i = mention.end() - 1;
        continue;
      }
      if (tokens.pos(i).startsWith("NOUN") && genericHead < 0 && Lexicon.isRoleNoun(lower)) {
        genericHead = i;
      }
    }
    if (name != null && !nounAfter(name.end(), end)) {
      speakers.add(name.entity());
      return new Speaker(name.entity(), "", text, verb, Resolution.NAME);
    }
    if (role != null && name == null) {
      return new Speaker(role.entity(), "", text, verb, Resolution.ROLE_NOUN);
    }
    if (end - first == 1 && tokens.isCapitalized(first)) {
      Entity named = people.byName(tokens.word(first));
      if (named != null) {
        return new Speaker(
            named, "", text, verb, Resolution.BARE_NAME); // a name the tagger did not see as one
      }
    }
    String description = text;
    if (description.toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
      description = description.substring(4);
    }
    if (!namesASource(first, end)) {
      description = ""; // "last year said", "a few questions": no one who speaks
    }
    return new Speaker(null, description, text, verb, Resolution.DESCRIPTION);
  }
}
