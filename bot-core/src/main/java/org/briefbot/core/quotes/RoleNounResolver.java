package org.briefbot.core.quotes;

import static org.briefbot.core.quotes.People.bare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefbot.core.quotes.People.Entity;
import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;

/**
 * Role and organisation nouns that refer back: "the secretary", "the Israeli prime minister", "the
 * ministry" to the latest entity with that role or name; "the company" to the firm just named; "the
 * 41-year-old doctor" to the person just named (by {@link PronounResolver}).
 */
final class RoleNounResolver {
  private static final int LOOK_BACK_MENTIONS = People.LOOK_BACK_MENTIONS;

  private final StoryTokens tokens;
  private final SentenceShapes sentences;
  private final EntityIndex index;
  private final List<Mention> mentions;
  private final PronounResolver pronouns;

  RoleNounResolver(StoryTokens tokens, EntityIndex index, PronounResolver pronouns) {
    this.tokens = tokens;
    this.sentences = new SentenceShapes(tokens);
    this.index = index;
    this.mentions = index.mentions;
    this.pronouns = pronouns;
  }

  boolean isDeterminer(int t) {
    return tokens.pos(t).equals("DET") && Lexicon.REFERRING_DETERMINERS.contains(tokens.lower(t));
  }

  /**
   * "the secretary", "the Israeli prime minister", "the ministry": resolved to an entity seen
   * before.
   */
  int readRoleNoun(int det, int last) {
    int i = det + 1;
    int head = -1;
    while (i < last && i - det <= 7) {
      String pos = tokens.pos(i);
      if (i > det + 1 && Lexicon.SPEECH_VERBS.contains(tokens.lower(i))) {
        break; // "the 34-year-old said/NOUN": the tagger's noun is the verb after the phrase
      }
      if (tokens.isPossessive(i)) {
        return i; // "the senator's": a possessive, not a mention that speaks
      }
      if (pos.equals("NOUN")
          || pos.equals("PROPN")
          || pos.equals("ADJ")
              && (Lexicon.isRoleNoun(tokens.lower(i))
                  || Lexicon.PEOPLE_NOUNS.contains(tokens.lower(i))
                  || tokens.isAgeWord(i))) {
        head = i;
      } else if (tokens.word(i).equals(",")
          && i + 1 < last
          && isDescriptive(i - 1)
          && isDescriptive(i + 1)) {
        head = -1; // "the lanky, bespectacled professor": a comma between the adjectives of one
        // description
      } else if (head < 0 && isAdjective(i)) {
        // ("the bespectacled/VERB professor")
      } else if (!pos.equals("ADJ")
          && !pos.equals("NUM")
          && !tokens.word(i).equals("-")) { // ("the 41-year-old doctor")
        break;
      }
      i++;
    }
    if (head < 0 || head != i - 1) {
      return det + 1;
    }
    resolveRoleMention(det, head + 1, tokens.lower(head), tokens.quoted(det));
    return head + 1;
  }

  /**
   * Whether an organisation's name says it is a kind of body other than {@code kind}: "Clean Water
   * Coalition" for "the agency".
   */
  private static boolean isNamedAsOtherKind(Entity organisation, String kind) {
    for (String word : organisation.nameWords) {
      String lower = bare(word.toLowerCase(Locale.ROOT));
      if (Lexicon.isOtherBodyKind(lower, kind)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an organisation's name says it is a body of the kind {@code kind} names: "Parliamentary
   * Budget Office" for "the agency".
   */
  private static boolean isNamedAsKind(Entity organisation, String kind) {
    for (String word : organisation.nameWords) {
      if (Lexicon.isSameBodyKind(bare(word.toLowerCase(Locale.ROOT)), kind)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A Government Accountability Office report found …": the name describes a noun; the body is not
   * named as one that acts.
   */
  private boolean modifiesNoun(Mention mention) {
    int next = mention.end();
    return next < tokens.size()
        && !tokens.isCapitalized(next)
        && (Lexicon.DOCUMENT_WORDS.contains(tokens.lower(next))
            || tokens.pos(next).equals("NOUN")
                && !Lexicon.SPEECH_VERBS.contains(tokens.lower(next))); // ("report/VERB")
  }

  /**
   * An adjective, or a participle the tagger took for a verb or worse, before any noun:
   * "bespectacled".
   */
  private boolean isAdjective(int t) {
    return tokens.pos(t).equals("ADJ")
        || tokens.lower(t).endsWith("ed")
            && !tokens.isCapitalized(t)
            && !Lexicon.CLOSED_CLASS.contains(tokens.lower(t))
            && !Lexicon.SPEECH_VERBS.contains(tokens.lower(t));
  }

  /**
   * A describing word on either side of a comma inside a description: "lanky/NOUN, bespectacled".
   */
  private boolean isDescriptive(int t) {
    return isAdjective(t)
        || tokens.pos(t).equals("NOUN")
            && !tokens.isCapitalized(t)
            && !Lexicon.isRoleNoun(tokens.lower(t))
            && !Lexicon.PEOPLE_NOUNS.contains(tokens.lower(t));
  }

  /**
   * Whether the words before a role noun describe a person (lower-case, no title): "lanky",
   * "veteran".
   */
  private boolean isDescribed(int from, int head) {
    boolean described = false;
    for (int i = from; i < head; i++) {
      String lower = bare(tokens.lower(i));
      if (tokens.word(i).equals(",")) {
        continue;
      }
      boolean listed =
          isDescriptive(i)
              && i + 1 < head
              && tokens.word(i + 1).equals(","); // ("lanky/NOUN, bespectacled")
      if (tokens.isCapitalized(i)
          || Lexicon.TITLES.contains(lower)
          || !(isAdjective(i) || listed || Lexicon.DESCRIBING_NOUNS.contains(lower))) {
        return false;
      }
      described = true;
    }
    return described;
  }

  /** Records a role mention ending at {@code end} when an earlier entity has that role. */
  void resolveRoleMention(int first, int end, String headLower, boolean quoted) {
    Entity entity = resolveRole(first, end, headLower);
    if (entity != null) {
      entity.mentionTexts.add(tokens.textOf(first, end));
      int verb = sentences.verbAfter(first, end);
      index.record(
          first,
          end,
          entity,
          MentionType.ROLE,
          verb >= 0,
          verb >= 0 && Lexicon.isReportingVerb(tokens.lower(verb)),
          false,
          quoted);
    }
  }

  /**
   * The entity a role noun phrase {@code [first, end)} with head {@code headLower} refers back to:
   * the latest holder of that role, the firm a "company" noun stands for, or the person just named
   * when the phrase only describes someone; null when it refers to none.
   */
  Entity resolveRole(int first, int end, String headLower) {
    String head = Lexicon.expandTitle(bare(headLower));
    if (tokens.holdsAge(first, end)
        && Lexicon.REFERRING_DETERMINERS.contains(tokens.lower(first))) {
      return pronouns.resolvePronoun(
          first,
          Lexicon.genderOfTitle(head)); // "the 58-year-old retired mechanic": the person just named
    }
    if (!Lexicon.isRoleNoun(head)
        && !Lexicon.ORGANISATION_WORDS.contains(head)
        && !Lexicon.PEOPLE_NOUNS.contains(head)
        && !Lexicon.COMPANY_NOUNS.contains(
            head)) { // ("the airline", "the utility": no role a person holds)
      return null;
    }
    Entity holder = latestHolder(first, end, head);
    if (holder != null) {
      return holder;
    }
    if (Lexicon.COMPANY_NOUNS.contains(head)
        && Lexicon.REFERRING_DETERMINERS.contains(tokens.lower(first))) {
      // "Shell Canada … The company said": the latest firm the story named, one that was the
      // subject of its sentence before one that was not ("Lumora Systems has bet on AI"); never a
      // body whose name says it is another kind ("the agency" is not the "… Coalition" just named).
      // A kind of public body ("the agency", "the team") named in passing is the one just named
      // whose name says so ("according to the Parliamentary Budget Office"): "members of Congress"
      // or an office named paragraphs before is not it.
      return firmJustNamed(first, head);
    }
    if (Lexicon.PEOPLE_NOUNS.contains(head)
        && Lexicon.REFERRING_DETERMINERS.contains(tokens.lower(first))) {
      // "the 41-year-old doctor said": no one was called that, so the person just named
      return pronouns.resolvePronoun(first, Lexicon.genderOfTitle(head));
    }
    if (tokens.lower(first).equals("the")
        && Lexicon.isRoleNoun(head)
        && !Lexicon.ORGANISATION_WORDS.contains(head)
        && isDescribed(first + 1, end - 1)) {
      // "Schuh … the lanky, bespectacled professor said", "the veteran engineer added": a person
      // described, not a role the story gave anyone, so the person just named
      return pronouns.resolvePronoun(first, Lexicon.genderOfTitle(head));
    }
    return null;
  }

  /**
   * The most recent mention of an entity with that role ("the campaign" is an organisation's, never
   * the person whose title mentions one), the title words before the head included.
   */
  private Entity latestHolder(int first, int end, String head) {
    List<String> modifiers = new ArrayList<>();
    for (int i = first; i < end - 1; i++) {
      String w = bare(tokens.lower(i));
      if (!Lexicon.REFERRING_DETERMINERS.contains(w) && Lexicon.TITLES.contains(w)) {
        modifiers.add(Lexicon.expandTitle(w));
      }
    }
    boolean body = Lexicon.ORGANISATION_WORDS.contains(head);
    for (int m = mentions.size() - 1; m >= Math.max(0, mentions.size() - LOOK_BACK_MENTIONS); m--) {
      Entity entity = mentions.get(m).entity();
      if (body && !entity.organisation) {
        continue;
      }
      boolean headMatches =
          entity.roleWords.contains(head)
              || entity.organisation && entity.name().toLowerCase(Locale.ROOT).contains(head);
      if (headMatches && entity.roleWords.containsAll(modifiers)) {
        return entity;
      }
      if (headMatches && entity.organisation) {
        return entity;
      }
    }
    return null;
  }

  /** The latest firm the story named, a subject of its sentence first. */
  private Entity firmJustNamed(int first, String head) {
    Entity named = null;
    for (int m = mentions.size() - 1; m >= Math.max(0, mentions.size() - LOOK_BACK_MENTIONS); m--) {
      Mention mention = mentions.get(m);
      if (mention.entity().organisation
          && mention.type() == MentionType.NAME
          && !mention.quoted()
          && !isNamedAsOtherKind(mention.entity(), head)
          && !modifiesNoun(mention)) {
        if (mention.subject()) {
          return mention.entity();
        }
        if (named == null
            && (!Lexicon.isBodyKind(head)
                || isNamedAsKind(mention.entity(), head)
                    && tokens.sentenceOf(first) - tokens.sentenceOf(mention.first()) <= 1)) {
          named = mention.entity();
        }
      }
    }
    return named;
  }
}
