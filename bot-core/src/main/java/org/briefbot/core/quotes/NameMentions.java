package org.briefbot.core.quotes;

import static org.briefbot.core.quotes.People.bare;
import static org.briefbot.core.quotes.People.stripPossessive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefbot.core.quotes.Lexicon.Gender;
import org.briefbot.core.quotes.People.Entity;

/**
 * The first pass over a story: runs of capitalised words become the names of people and
 * organisations in the {@link EntityIndex}, with the role a title, a role noun before the name or
 * an appositive gives ("Ohio Democratic Party Chairman David Pepper", "Donna Brazile, the interim
 * chairwoman"), a gender from a title or a first name, and whether the name is a person's. Titles
 * alone ("the Prime Minister") are kept as role runs for the second pass.
 */
final class NameMentions {
  /**
   * Prepositions whose object is never the subject of a clause ("in Ottawa, Trudeau said"; "with
   * Berg attacking" is).
   */
  private static final Set<String> PLACE_PREPOSITIONS = WordLists.load("place-prepositions");

  /** "As for Priya Nandakumar, …": words that put a name before the sentence as its topic. */
  private static final List<String> TOPIC_OPENERS = WordLists.phrases("topic-openers");

  /**
   * A name as it stands in the text, kept from the first reading for the second; a role run has no
   * entity.
   */
  record NameRun(
      int first,
      int end,
      Entity entity,
      boolean subject,
      boolean speaks,
      boolean introduced,
      boolean quoted) {}

  private final StoryTokens tokens;
  private final SentenceShapes sentences;
  private final EntityIndex index;
  private final List<NameRun> nameRuns = new ArrayList<>();
  private final NameRoles roles;
  private final NameEntities entities;
  private final NameTokens nameTokens;

  NameMentions(StoryTokens tokens, EntityIndex index) {
    this.tokens = tokens;
    this.sentences = new SentenceShapes(tokens);
    this.index = index;
    this.roles = new NameRoles(tokens);
    this.entities = new NameEntities(tokens, index);
    this.nameTokens = new NameTokens(tokens, entities);
  }

  /** Reads every name run of the story into the index; the runs, in story order. */
  List<NameRun> read() {
    List<Integer> openers = new ArrayList<>();
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      if (sentences.isPageFurniture(s)) {
        continue;
      }
      int t = tokens.sentenceFirst(s);
      int last = tokens.sentenceLast(s);
      while (t < last) {
        if (nameTokens.isNameToken(t, s)) {
          t = Math.max(readNameRun(t, s), t + 1);
        } else {
          if (t == tokens.sentenceFirst(s) && tokens.isCapitalized(t)) {
            openers.add(t);
          }
          t++;
        }
      }
    }
    readSentenceOpeners(openers);
    return nameRuns;
  }

  /**
   * Whether the name starting at {@code first} is the subject of an inverted attribution: {@code ",
   * noted NBC's Dante Chinni."}, {@code "…," said the party's chairman, Ray Buckley}.
   */
  boolean isInvertedSubject(int first, int sentence) {
    int from = tokens.sentenceFirst(sentence);
    int i = first - 1;
    while (i >= from
        && first - i <= 6
        && (tokens.pos(i).equals("DET")
            || tokens.pos(i).equals("ADJ")
            || tokens.isPossessive(i)
            || tokens.pos(i).startsWith("PROPN")
            || tokens.word(i).equals(",")
            || Lexicon.isRoleNoun(tokens.lower(i)) && !tokens.pos(i).startsWith("VERB"))) {
      i--;
    }
    if (i < from
        || !Lexicon.SPEECH_VERBS.contains(tokens.lower(i))
        || tokens.quoted(i)
        || tokens.lower(i).endsWith("ing")) {
      return false;
    }
    return i == from || tokens.word(i - 1).equals(",") || tokens.isQuoteMark(i - 1);
  }

  /**
   * Whether the clause ends right after the token before {@code end}: punctuation or the sentence's
   * end.
   */
  boolean endsClause(int end, int sentence) {
    return end >= tokens.sentenceLast(sentence)
        || tokens.isPunct(end) && !tokens.word(end).equals("-");
  }

  /**
   * The tagger often takes a name that opens a sentence for a common word ("Trump/NOUN has
   * commented"). Such a word is a name when the story uses it as a surname elsewhere, or when it is
   * the subject of a speech verb and looks like no common word (not plural, not a role).
   */
  void readSentenceOpeners(List<Integer> openers) {
    boolean added = false;
    for (int t : openers) {
      String lower = bare(tokens.lower(t));
      String pos = tokens.pos(t);
      if (Lexicon.CLOSED_CLASS.contains(lower)
          || Lexicon.NOT_NAMES.contains(lower)
          || pos.equals("DET")
          || pos.equals("ADP")
          || pos.equals("CCONJ")
          || pos.equals("SCONJ")
          || pos.startsWith("AUX")
          || pos.equals("ADV")
          || tokens.isQuoteMark(t)
          || !Character.isLetter(tokens.word(t).charAt(0))) {
        continue;
      }
      boolean possessive = tokens.isPossessive(t);
      Entity known = null;
      for (Entity entity : EntityIndex.recent(index.byLast.get(lower))) {
        if (!entity.organisation && entity.person) {
          known = entity;
        }
      }
      if (known == null) {
        known = entities.firmCalled(lower); // "Brightwater Rail Corp." … "Brightwater dismissed …"
      }
      int verb = possessive ? -1 : sentences.verbAfter(t, t + 1);
      boolean speaks = verb >= 0 && Lexicon.isReportingVerb(tokens.lower(verb));
      if (known == null
          && speaks
          && !lower.endsWith("s")
          && !Lexicon.isRoleHead(lower)
          && !Lexicon.TITLES.contains(lower)) {
        known =
            entities.personOrName(
                List.of(stripPossessive(tokens.text().substring(tokens.start(t), tokens.end(t)))),
                false,
                false,
                null);
        known.person = true;
      }
      if (known != null) {
        known.mentionCount++;
        nameRuns.add(new NameRun(t, t + 1, known, verb >= 0, speaks, false, tokens.quoted(t)));
        added = true;
      }
    }
    if (added) {
      nameRuns.sort(java.util.Comparator.comparingInt(NameRun::first));
    }
  }

  /** Reads a run of name tokens from {@code t}; returns the token after it. */
  int readNameRun(int t, int sentence) {
    int last = tokens.sentenceLast(sentence);
    int end = t;
    while (end < last) {
      if (nameTokens.isNameToken(end, sentence)
          && !(end > t && NameTokens.isHeadlineVerb(tokens.lower(end)))) {
        // ("Obama Says African-Americans …" in a title-case line: the verb ends the name)
        boolean possessive = tokens.isPossessive(end);
        end++;
        if (possessive && !nameTokens.continuesOrganisationName(end, sentence)) {
          break;
        }
        continue;
      }
      int joined = joinedEnd(t, end, last, sentence);
      if (joined < 0) {
        break;
      }
      end = joined;
    }
    if (end == t) {
      return t + 1;
    }
    recordNameRun(t, end, sentence);
    return end;
  }

  /**
   * Where a name run that has reached {@code end} goes on past a word that joins its parts (an
   * abbreviation's period, a particle, "and", "of"); -1 where it ends.
   */
  private int joinedEnd(int t, int end, int last, int sentence) {
    // "Rep. Elijah Cummings": the tokenizer cuts the abbreviation's period off
    if (end > t
        && tokens.word(end).equals(".")
        && end + 1 < last
        && nameTokens.isNameToken(end + 1, sentence)
        && (Lexicon.TITLES.contains(tokens.lower(end - 1))
            || Abbreviations.isInitials(tokens.word(end - 1)))) {
      return end + 1;
    }
    // "Bill de Blasio", "Ursula von der Leyen": particles join a surname
    if (end > t
        && Lexicon.NAME_PARTICLES.contains(tokens.lower(end))
        && !tokens.isCapitalized(end)) {
      int after = end + 1;
      while (after < last
          && Lexicon.NAME_PARTICLES.contains(tokens.lower(after))
          && after - end < 3) {
        after++;
      }
      if (after < last
          && nameTokens.isNameToken(after, sentence)
          && !Lexicon.TITLES.contains(tokens.lower(after))) {
        return after;
      }
    }
    // "Department of Health and Social Care": "and" goes on with the name of an organisation's
    // department
    if (end > t + 2
        && tokens.lower(end).equals("and")
        && end + 1 < last
        && nameTokens.isNameToken(end + 1, sentence)
        && nameTokens.isOrganisationOf(t, end)) {
      return end + 1;
    }
    // "Secretary of State", "Bank of America": "of" joins capitalised words
    // (but "Jun Park of Bike Lakeport": a person's name ends before "of")
    if (end > t
        && tokens.lower(end).equals("of")
        && end + 1 < last
        && nameTokens.isNameToken(end + 1, sentence)
        && (Lexicon.TITLES.contains(tokens.lower(end - 1))
            || Lexicon.ORGANISATION_WORDS.contains(tokens.lower(end - 1))
            || Lexicon.THING_WORDS.contains(tokens.lower(end - 1))
                && !Lexicon.isFirstName(tokens.lower(t)))) {
      return end + 1;
    }
    return -1;
  }

  /**
   * Records the capitalised run {@code [first, end)}: its title part and its name, whether it names
   * a person, an organisation or only a role, the entity it refers to, and what the story says of
   * it there (a role, a gender, whether it speaks).
   */
  void recordNameRun(int first, int end, int sentence) {
    if (end - first == 1 && Abbreviations.isPartyAndState(tokens.word(first))) {
      return; // "McConnell, R-Ky., said": a party and state, no one's name
    }
    boolean possessive = tokens.isPossessive(end - 1);
    boolean quoted = tokens.quoted(first);
    int nameStart = nameStart(first, end);
    boolean organisationInName = namesOrganisation(first, nameStart, end);
    boolean organisationInRun = namesOrganisation(first, first, end);
    List<String> nameWords = nameTokens.words(nameStart, end, possessive);
    boolean personName =
        !nameWords.isEmpty()
            && !organisationInName
            && !allNeverNames(nameWords)
            && !NameEntities.isAcronymName(nameWords);
    organisationInRun |= NameEntities.isAcronymName(nameWords);
    boolean organisation = !personName && organisationInRun;
    if (organisation) {
      nameWords = nameTokens.words(first, end, possessive);
      if (!nameWords.isEmpty() && nameWords.get(0).equalsIgnoreCase("the")) {
        nameWords.remove(0);
      }
    } else if (nameWords.isEmpty() && nameStart > first) {
      // Titles only ("Prime Minister", "The Secretary"): a role mention, resolved on the second
      // reading.
      nameRuns.add(new NameRun(first, end, null, false, false, false, quoted));
      return;
    } else if (!personName) {
      return; // a place, a day, a nationality
    }
    if (nameWords.isEmpty()) {
      return;
    }
    List<String> titleWords = organisation ? List.of() : roles.titleWords(first, nameStart);
    List<String> rolePrefix = organisation ? List.of() : roles.rolePrefix(first, sentence);
    boolean titled = NameRoles.anyRoleHead(titleWords) || NameRoles.anyRoleHead(rolePrefix);
    Gender titleGender = NameRoles.genderOfTitles(titleWords, rolePrefix);
    Entity firm = entities.firmNamed(nameWords, organisation, first, nameStart);
    organisation |= firm != null;
    // (a name tagged as one is taken for a person's, unless a preposition makes it a place: "of
    // Cedar Cove")
    boolean taggedName =
        (tokens.pos(nameStart).startsWith("PROPN") || tokens.pos(end - 1).startsWith("PROPN"))
            && !isPrepositionObject(first, sentence);
    Entity entity =
        firm != null
            ? firm
            : organisation
                ? entities.organisation(nameWords)
                : entities.personOrName(nameWords, titled, taggedName, titleGender);
    if (organisation && nameWords.size() > 1) {
      entities.recordAcronym(entity, nameWords, end, sentence);
    }
    boolean introduced =
        recordRoles(entity, first, end, sentence, rolePrefix, titleWords, organisation, titled);
    NameRoles.recordTitleGender(entity, titleWords, rolePrefix);
    recordMention(entity, first, end, sentence, organisation, introduced);
  }

  /**
   * Records the role the run's title words, the role before it and an appositive give the entity,
   * and whether that makes it a person; whether an appositive or a phrase before it introduced the
   * name.
   */
  private boolean recordRoles(
      Entity entity,
      int first,
      int end,
      int sentence,
      List<String> rolePrefix,
      List<String> titleWords,
      boolean organisation,
      boolean titled) {
    boolean possessive = tokens.isPossessive(end - 1);
    boolean quoted = tokens.quoted(first);
    String role = NameRoles.roleText(rolePrefix, titleWords);
    String introducing =
        organisation || possessive || afterPreposition(first, sentence)
            ? ""
            : roles.introducingRole(first, end, sentence);
    boolean introduced = !introducing.isEmpty();
    if (introduced && role.isEmpty()) {
      role = introducing;
      titled = true;
    } else if (introduced) {
      roles.addRoleWords(entity, introducing);
    }
    if (!role.isEmpty() && !quoted) {
      roles.recordRole(entity, role);
    }
    entity.person |= !organisation && (titled || isNamedRelative(first, end));
    return introduced;
  }

  /**
   * Records the name run as a mention of {@code entity}: whether it is a clause's subject, and
   * whether it speaks there ("Caddell said": whoever speaks is a person).
   */
  private void recordMention(
      Entity entity, int first, int end, int sentence, boolean organisation, boolean introduced) {
    boolean possessive = tokens.isPossessive(end - 1);
    boolean quoted = tokens.quoted(first);
    entity.mentionTexts.add(stripPossessive(tokens.textOf(first, end).replace('\u2019', '\'')));
    int verb = possessive ? -1 : sentences.verbAfter(first, end);
    boolean inverted =
        !possessive && verb < 0 && endsClause(end, sentence) && isInvertedSubject(first, sentence);
    boolean topic = isFrontedTopic(first, end, sentence);
    boolean subject = verb >= 0 && !isPrepositionObject(first, sentence) || inverted || topic;
    boolean speaks =
        inverted || subject && verb >= 0 && Lexicon.isReportingVerb(tokens.lower(verb));
    if ((speaks || topic && !isOneNameWord(first, end)) && !organisation && !quoted) {
      entity.person = true; // "Caddell said", "As for Priya Nandakumar, …": a person
    }
    nameRuns.add(new NameRun(first, end, entity, subject, speaks, introduced, quoted));
    entity.lastSeen = nameRuns.size();
  }

  /**
   * "As for Priya Nandakumar, the verdict could not come soon enough.": a name the sentence is
   * about, set before it, is as likely an antecedent as its subject.
   */
  private boolean isFrontedTopic(int first, int end, int sentence) {
    int from = tokens.sentenceFirst(sentence);
    return first == from + 2
        && end < tokens.sentenceLast(sentence)
        && tokens.word(end).equals(",")
        && TOPIC_OPENERS.contains(tokens.lower(from) + " " + tokens.lower(from + 1));
  }

  /**
   * Where the name starts after its title part, which runs to the last title word: "Ohio Democratic
   * Party Chairman | David Pepper", "U.S. Secretary of State | Antony Blinken".
   */
  private int nameStart(int first, int end) {
    int nameStart = first;
    for (int i = first; i < end; i++) {
      String w = bare(tokens.lower(i));
      boolean titlePeriod =
          w.equals(".") && i > first && Lexicon.TITLES.contains(bare(tokens.lower(i - 1)));
      if (Lexicon.TITLES.contains(w)
          || Lexicon.ROLE_NOUNS.contains(w) && i < end - 1
          || w.equals("of")
          || titlePeriod
          || Lexicon.NOT_NAMES.contains(w) && i < end - 1) {
        nameStart = i + 1;
      }
    }
    // "Fisherman Tomas Hrubý", "Pollster Ann Selzer": a role noun capitalised at the start of a
    // sentence
    String head = tokens.lower(first);
    if (nameStart == first
        && end - first >= 3
        && Lexicon.genderOfFirstName(head) == null
        && (head.endsWith("man")
            || head.endsWith("woman")
            || head.endsWith("ist")
            || Lexicon.isRoleHead(head) && !head.endsWith("er") && !head.endsWith("or"))) {
      nameStart = first + 1;
    }
    return nameStart;
  }

  /**
   * Whether an organisation's or a thing's word stands in {@code [from, end)} of the run {@code
   * [first, end)}, or the run names an organisation as a whole ("Shell Canada", "The Federation of
   * Nova Scotia Municipalities").
   */
  private boolean namesOrganisation(int first, int from, int end) {
    for (int i = from; i < end; i++) {
      String w = bare(tokens.lower(i));
      if (Lexicon.ORGANISATION_WORDS.contains(w) || Lexicon.THING_WORDS.contains(w)) {
        return true;
      }
    }
    return end - first >= 2 && Lexicon.MARKET_NAMES.contains(bare(tokens.lower(end - 1)))
        || nameTokens.isOrganisationOf(first, end);
  }

  static boolean allNeverNames(List<String> words) {
    for (String w : words) {
      if (!Lexicon.NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "at the National Review agreed", "of Scarborough, Ont., said": a name inside a prepositional
   * phrase is a place or an object, not the verb's subject.
   */
  boolean isPrepositionObject(int first, int sentence) {
    int i = first - 1;
    while (i > tokens.sentenceFirst(sentence)
        && (tokens.pos(i).equals("DET") || tokens.pos(i).equals("ADJ"))
        && first - i <= 3) {
      i--;
    }
    // (a name right after "after"/"before" may well be a subject: "After Clinton said …")
    return i >= tokens.sentenceFirst(sentence)
        && tokens.pos(i).equals("ADP")
        && (i < first - 1 || PLACE_PREPOSITIONS.contains(tokens.lower(i)));
  }

  boolean afterPreposition(int first, int sentence) {
    return first > tokens.sentenceFirst(sentence) && tokens.pos(first - 1).equals("ADP");
  }

  /**
   * "Her son, Mateo, shrugged", "Mateo, now 11, plays defence": a name set beside a noun for a
   * person, or given an age.
   */
  boolean isNamedRelative(int first, int end) {
    if (end + 2 >= tokens.size() || !tokens.word(end).equals(",")) {
      return false;
    }
    boolean aged =
        tokens.pos(end + 1).equals("NUM") && tokens.word(end + 2).equals(",")
            || tokens.lower(end + 1).equals("now") && tokens.pos(end + 2).equals("NUM");
    return aged
        || first >= 2
            && tokens.word(first - 1).equals(",")
            && tokens.pos(first - 2).startsWith("NOUN")
            && (Lexicon.PEOPLE_NOUNS.contains(tokens.lower(first - 2))
                || Lexicon.ROLE_NOUNS.contains(tokens.lower(first - 2)));
  }

  /** Whether a name run holds a single word besides its titles ("Caddell", "Mr. Caddell"). */
  boolean isOneNameWord(int first, int end) {
    int words = 0;
    for (int k = first; k < end; k++) {
      String lower = bare(tokens.lower(k));
      if (!lower.isEmpty()
          && Character.isLetter(lower.charAt(0))
          && !Lexicon.TITLES.contains(lower)) {
        words++;
      }
    }
    return words == 1;
  }
}
