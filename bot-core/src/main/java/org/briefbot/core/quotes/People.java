package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefbot.core.quotes.Lexicon.Gender;

/**
 * The people and organisations of one story and every place it refers to them, read in two passes:
 * {@link NameMentions} gathers the names into the {@link EntityIndex} (names come from runs of
 * capitalised proper nouns; titles before a name and appositives after it give the role: "U.S.
 * Secretary of State Antony Blinken", "Donna Brazile, the interim chairwoman"; "Blinken" later
 * joins "Antony Blinken"); then the story is followed in order and "the secretary", "the ministry"
 * ({@link RoleNounResolver}) and "he"/"she" ({@link PronounResolver}) are resolved to the entity
 * they refer back to.
 */
final class People {

  enum MentionType {
    NAME,
    ROLE,
    PRONOUN
  }

  /**
   * A person or organisation. {@link NameMentions} writes its name, role, gender and whether it is
   * a person while gathering names; the second pass adds only the texts that mention it ({@link
   * RoleNounResolver}). After {@link People#find} it is read, never written: who has been seen
   * speaking during attribution is kept apart, in {@link SpeakersSoFar}.
   */
  static final class Entity {
    final int id;
    String first;
    String last;
    List<String> nameWords = new ArrayList<>();
    String role = "";
    final Set<String> roleWords = new LinkedHashSet<>();
    final Set<String> mentionTexts = new LinkedHashSet<>();
    boolean organisation;

    /** A single word never seen with a title or a first name: a person only if it speaks. */
    boolean person;

    Gender gender;
    int mentionCount;

    /**
     * When it was last named, in order of the first reading: a lone surname means the latest
     * bearer.
     */
    int lastSeen;

    /**
     * How often the story called this person by surname alone: the namesake a bare "Cruz" means.
     */
    int surnameOnlyMentions;

    Entity(int id) {
      this.id = id;
    }

    String name() {
      return String.join(" ", nameWords);
    }

    boolean couldBePerson() {
      return !organisation;
    }

    Person toPerson() {
      return new Person(name(), role, organisation, List.copyOf(mentionTexts));
    }
  }

  /** A stretch of tokens that refers to an entity. */
  /**
   * @param subject whether a verb follows it (it is a subject, not an object or a possessive)
   * @param speaks whether that verb is a speech verb ("Caddell said")
   * @param introduced whether an appositive introduces it ("Henry Crespo, president of …,")
   */
  record Mention(
      int first,
      int end,
      Entity entity,
      MentionType type,
      boolean subject,
      boolean speaks,
      boolean introduced,
      boolean quoted) {}

  /**
   * How far back a "he" or "the secretary" looks, in mentions: stories refer back a few sentences,
   * not pages.
   */
  static final int LOOK_BACK_MENTIONS = 80;

  /** Words that tie a person to their outlet or employer between the name and the verb. */
  private static final Set<String> AFFILIATION_LINKS = WordLists.load("affiliation-links");

  private final StoryTokens tokens;
  private final EntityIndex index;
  private final SpeakersSoFar speakers;
  private final PronounResolver pronouns;
  private final RoleNounResolver roles;

  private People(StoryTokens tokens, SpeakersSoFar speakers) {
    this.tokens = tokens;
    this.index = new EntityIndex(tokens);
    this.speakers = speakers;
    this.pronouns = new PronounResolver(tokens, index, speakers);
    this.roles = new RoleNounResolver(tokens, index, pronouns);
  }

  /**
   * Reads the people of a story.
   *
   * @param speakers who attribution has seen speaking so far: pronoun resolution, which attribution
   *     also asks for ("his claim"), prefers them
   */
  static People find(StoryTokens tokens, SpeakersSoFar speakers) {
    People people = new People(tokens, speakers);
    people.read();
    return people;
  }

  /** The mention covering a token, or null. */
  Mention mentionAt(int token) {
    return index.mentionAt(token);
  }

  /** The people who are named or referred to, in order of first mention, speakers' data merged. */
  List<Person> persons() {
    List<Person> out = new ArrayList<>();
    for (Entity entity : index.entities) {
      if (entity.person
          || speakers.contains(entity)
          || entity.organisation
          || !entity.role.isEmpty()) {
        out.add(entity.toPerson());
      }
    }
    return out;
  }

  /** The person "he" or "she" at token {@code t} refers to, or null. */
  Entity resolvePronoun(int t, Gender gender) {
    return pronouns.resolvePronoun(t, gender);
  }

  /**
   * The entity a bare name (as typed in a transcript, "WALLACE") refers to, if the story names it.
   */
  Entity byName(String name) {
    return index.byName(name);
  }

  /**
   * Two readings: the first gathers the names (so that everyone's full name, role and whether they
   * are a person is known), the second follows the story in order and resolves "the secretary" and
   * "he" to what came before them.
   */
  private void read() {
    NameMentions names = new NameMentions(tokens, index);
    List<NameMentions.NameRun> nameRuns = names.read();
    Set<Entity> calledBySurname = new HashSet<>();
    for (NameMentions.NameRun run : nameRuns) {
      if (run.entity() != null && names.isOneNameWord(run.first(), run.end())) {
        calledBySurname.add(run.entity());
      }
    }
    for (Entity entity : index.entities) {
      // "Pat Caddell" … "Caddell": a name the story calls by its last word alone is a person's
      // ("Red Deer" … "in Red Deer" is not)
      entity.person |=
          !entity.organisation && entity.nameWords.size() > 1 && calledBySurname.contains(entity);
    }
    int run = 0;
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int t = tokens.sentenceFirst(s);
      int last = tokens.sentenceLast(s);
      while (t < last) {
        int next = t + 1;
        while (run < nameRuns.size() && nameRuns.get(run).first() < t) {
          run++;
        }
        if (run < nameRuns.size() && nameRuns.get(run).first() == t) {
          NameMentions.NameRun name = nameRuns.get(run++);
          if (name.entity() != null) {
            index.record(
                name.first(),
                name.end(),
                name.entity(),
                MentionType.NAME,
                name.subject(),
                name.speaks(),
                name.introduced(),
                name.quoted());
          } else {
            roles.resolveRoleMention(
                name.first(), name.end(), tokens.lower(name.end() - 1), name.quoted());
          }
          next = name.end();
        } else if (roles.isDeterminer(t)) {
          int nextName = run < nameRuns.size() ? nameRuns.get(run).first() : Integer.MAX_VALUE;
          next = roles.readRoleNoun(t, Math.min(last, nextName));
        } else if (tokens.pos(t).startsWith("PRON")) {
          pronouns.readPronoun(t);
        }
        t = Math.max(next, t + 1);
      }
    }
  }

  /** "WALLACE", "NBC": letters, none in lower case. */
  static boolean isAllCaps(String w) {
    boolean letters = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && w.length() > 1;
  }

  static String bare(String lower) {
    return stripPossessive(lower);
  }

  static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("'S")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("'") && w.length() > 1) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "Dan McLaughlin at the National Review", "Priyanka Rao of the Westmount Policy Centre". */
  static boolean isAffiliationLink(String lower) {
    return AFFILIATION_LINKS.contains(lower);
  }
}
