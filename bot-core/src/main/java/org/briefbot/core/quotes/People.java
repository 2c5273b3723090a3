package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefbot.core.quotes.Lexicon.Gender;

/**
 * The people and organisations of one story and every place it refers to them. Names come from
 * runs of capitalised proper nouns; titles before a name and appositives after it give the role
 * ("U.S. Secretary of State Antony Blinken", "Donna Brazile, the interim chairwoman"); "Blinken"
 * later joins "Antony Blinken"; "the secretary", "the ministry" and "he"/"she" are resolved to
 * the entity they refer back to as the story is read, in order.
 */
final class People {

  enum MentionType { NAME, ROLE, PRONOUN }

  /** A person or organisation. */
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
    /** When it was last named, in order of the first reading: a lone surname means the latest bearer. */
    int lastSeen;
    /** How often the story called this person by surname alone: the namesake a bare "Cruz" means. */
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
  record Mention(int first, int end, Entity entity, MentionType type, boolean subject, boolean speaks, boolean introduced,
      boolean quoted) {}

  /** How far back a "he" or "the secretary" looks, in mentions: stories refer back a few sentences, not pages. */
  private static final int LOOK_BACK_MENTIONS = 80;
  /** Verbs that headlines put between two names ("Hillary Clinton Goes After Donald Trump"). */
  private static final Set<String> HEADLINE_VERBS = WordLists.load("headline-verbs");
  /** Prepositions whose object is never the subject of a clause ("in Ottawa, Trudeau said"; "with Berg attacking" is). */
  private static final Set<String> PLACE_PREPOSITIONS = WordLists.load("place-prepositions");

  /** Words that tie a person to their outlet or employer between the name and the verb. */
  private static final Set<String> AFFILIATION_LINKS = WordLists.load("affiliation-links");
  /** How much of a quote before a pronoun is read for the names it holds. */
  private static final int MAX_QUOTE_SCAN_TOKENS = 200;
  /** How many bearers of one surname are compared; more is a list, not a story. */
  private static final int MAX_NAMESAKES = 50;

  private static final Pattern COURTESY_TITLE = Pattern.compile("(mr|mrs|ms|miss|dr|sir|dame)\\.?");
  /** What may follow a surname: "Jr.", "III", "(D-Md.)", "R-Ky". */
  private static final Pattern NAME_SUFFIX = Pattern.compile("jr\\.?|sr\\.?|ii|iii|iv|\\(.*\\)|\\(?[rd]-.*");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");
  private static final Pattern OUTER_NON_WORD = Pattern.compile("^[^a-z0-9.]+|[^a-z0-9.]+$");

  private final StoryTokens tokens;
  final List<Entity> entities = new ArrayList<>();
  private final Map<String, List<Entity>> byLast = new HashMap<>();
  /** Firms by the first word of their name: "Harrowgate Foods Inc." … "Harrowgate said". */
  private final Map<String, Entity> firmByFirstWord = new HashMap<>();
  private final Map<String, List<Entity>> byFirst = new HashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final Mention[] mentionAt;

  /** Per sentence: how many sentences before it hold words outside quotation marks. */
  private final int[] narratedBefore;

  private People(StoryTokens tokens) {
    this.tokens = tokens;
    this.mentionAt = new Mention[tokens.size];
    this.narratedBefore = new int[tokens.sentenceCount() + 1];
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      boolean narrated = false;
      for (int t = tokens.sentenceFirst[s]; t < tokens.sentenceLast[s] && !narrated; t++) {
        narrated = !tokens.quoted[t] && !tokens.isPunct(t);
      }
      narratedBefore[s + 1] = narratedBefore[s] + (narrated ? 1 : 0);
    }
  }

  static People find(StoryTokens tokens) {
    People people = new People(tokens);
    people.read();
    return people;
  }

  /** The mention covering a token, or null. */
  Mention mentionAt(int token) {
    return token >= 0 && token < mentionAt.length ? mentionAt[token] : null;
  }

  /** The people who are named or referred to, in order of first mention, speakers' data merged. */
  List<Person> persons() {
    List<Person> out = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.person || entity.organisation || !entity.role.isEmpty()) {
        out.add(entity.toPerson());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------

  /** A name as it stands in the text, kept from the first reading for the second. */
  private record NameRun(int first, int end, Entity entity, boolean subject, boolean speaks, boolean introduced,
      boolean quoted) {}

  private final List<NameRun> nameRuns = new ArrayList<>();

  /**
   * Two readings: the first gathers the names (so that everyone's full name, role and whether
   * they are a person is known), the second follows the story in order and resolves "the
   * secretary" and "he" to what came before them.
   */
  private void read() {
    List<Integer> openers = new ArrayList<>();
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int t = tokens.sentenceFirst[s];
      int last = tokens.sentenceLast[s];
      while (t < last) {
        if (isNameToken(t, s)) {
          t = Math.max(readNameRun(t, s), t + 1);
        } else {
          if (t == tokens.sentenceFirst[s] && tokens.isCapitalized(t)) {
            openers.add(t);
          }
          t++;
        }
      }
    }
    readSentenceOpeners(openers);
    Set<Entity> calledBySurname = new HashSet<>();
    for (NameRun run : nameRuns) {
      if (run.entity() != null && isOneNameWord(run.first(), run.end())) {
        calledBySurname.add(run.entity());
      }
    }
    for (Entity entity : entities) {
      // "Pat Caddell" … "Caddell": a name the story calls by its last word alone is a person's
      // ("Red Deer" … "in Red Deer" is not)
      entity.person |= !entity.organisation && entity.nameWords.size() > 1 && calledBySurname.contains(entity);
    }
    int run = 0;
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int t = tokens.sentenceFirst[s];
      int last = tokens.sentenceLast[s];
      while (t < last) {
        int next = t + 1;
        while (run < nameRuns.size() && nameRuns.get(run).first() < t) {
          run++;
        }
        if (run < nameRuns.size() && nameRuns.get(run).first() == t) {
          NameRun name = nameRuns.get(run++);
          if (name.entity() != null) {
            record(name.first(), name.end(), name.entity(), MentionType.NAME, name.subject(), name.speaks(),
                name.introduced(), name.quoted());
          } else {
            resolveRoleMention(name.first(), name.end(), tokens.lower[name.end() - 1], name.quoted());
          }
          next = name.end();
        } else if (isDeterminer(t)) {
          int nextName = run < nameRuns.size() ? nameRuns.get(run).first() : Integer.MAX_VALUE;
          next = readRoleNoun(t, Math.min(last, nextName));
        } else if (tokens.pos[t].startsWith("PRON")) {
          readPronoun(t);
        }
        t = Math.max(next, t + 1);
      }
    }
  }


  /**
   * Whether the name starting at {@code first} is the subject of an inverted attribution:
   * {@code ", noted NBC's Dante Chinni."}, {@code "…," said the party's chairman, Ray Buckley}.
   */
  private boolean isInvertedSubject(int first, int sentence) {
    int from = tokens.sentenceFirst[sentence];
    int i = first - 1;
    while (i >= from && first - i <= 6 && (tokens.pos[i].equals("DET") || tokens.pos[i].equals("ADJ")
        || tokens.isPossessive(i) || tokens.pos[i].startsWith("PROPN") || tokens.word[i].equals(",")
        || Lexicon.isRoleNoun(tokens.lower[i]) && !tokens.pos[i].startsWith("VERB"))) {
      i--;
    }
    if (i < from || !Lexicon.isSpeechVerb(tokens.lower[i]) || tokens.quoted[i] || tokens.lower[i].endsWith("ing")) {
      return false;
    }
    return i == from || tokens.word[i - 1].equals(",") || tokens.isQuoteMark(i - 1);
  }

  /** Whether the clause ends right after the token before {@code end}: punctuation or the sentence's end. */
  private boolean endsClause(int end, int sentence) {
    return end >= tokens.sentenceLast[sentence] || tokens.isPunct(end) && !tokens.word[end].equals("-");
  }

  private boolean isNameToken(int t, int sentence) {
    String w = tokens.word[t];
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || tokens.isQuoteMark(t)) {
      return false;
    }
    String pos = tokens.pos[t];
    if (pos.equals("PROPN") || pos.startsWith("PROPN+")) {
      return true;
    }
    if (pos.startsWith("PRON") && !Lexicon.isClosedClassWord(tokens.pronounOf(t))) {
      return true; // "Hrubý/PRON said": a name the tagger took for a pronoun
    }
    boolean sentenceInitial = t == tokens.sentenceFirst[sentence]
        || (t > tokens.sentenceFirst[sentence] && tokens.isQuoteMark(t - 1) && t - 1 == tokens.sentenceFirst[sentence]);
    if (pos.equals("INTJ")) {
      return sentenceInitial && opensName(t, sentence); // "Farouk/INTJ Elamin finished third"
    }
    if (pos.equals("DET") || pos.equals("ADP") || pos.startsWith("PRON") || pos.equals("CCONJ") || pos.equals("SCONJ")
        || pos.startsWith("AUX") || pos.equals("PART") || pos.equals("PUNCT") || pos.equals("NUM")) {
      return false;
    }
    // A capitalised common noun opens sentences; mid-sentence it is a name the tagger missed, and
    // so is a first name before a name ("Barack/NOUN Obama/PROPN thanked …").
    return !sentenceInitial || Lexicon.isTitle(tokens.lower[t]) || isAllCaps(w) || opensName(t, sentence);
  }

  /**
   * Whether a capitalised word opening a sentence starts the name after it: "Barack/NOUN Obama",
   * "Marguerite/NOUN Lavoie of …", "Brightwater/NOUN Rail Corp. said" (not "Police Chief …").
   */
  private boolean opensName(int t, int sentence) {
    int last = tokens.sentenceLast[sentence];
    String pos = tokens.pos[t];
    if (t + 1 >= last || !tokens.pos[t + 1].startsWith("PROPN") || Lexicon.isNeverName(bare(tokens.lower[t + 1]))
        || !(pos.startsWith("NOUN") || pos.equals("ADJ") || pos.startsWith("VERB") || pos.equals("INTJ") || pos.equals("X"))) {
      return false; // ("Even/ADV Friday, he claimed")
    }
    String lower = tokens.lower[t];
    if (Lexicon.isFirstName(lower)) {
      return true;
    }
    if (Lexicon.isTitle(lower) || Lexicon.isListedRoleNoun(lower) || Lexicon.isOrganisationWord(lower) || Lexicon.isNeverName(lower)
        || Lexicon.isClosedClassWord(lower) || Lexicon.isThingWord(lower) || lower.endsWith("s")) {
      return false;
    }
    int end = t + 1;
    boolean firm = false;
    while (end < last && end - t <= 4 && isNameToken(end, sentence)) {
      firm |= Lexicon.isOrganisationWord(bare(tokens.lower[end]));
      end++;
    }
    if (firm) {
      return true;
    }
    // a person's name: two words, then the verb, an appositive or an affiliation
    return end == t + 2 && end < last && (tokens.pos[end].startsWith("VERB") || tokens.word[end].equals(",")
        || tokens.lower[end].equals("of"));
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

  /**
   * The tagger often takes a name that opens a sentence for a common word ("Trump/NOUN has
   * commented"). Such a word is a name when the story uses it as a surname elsewhere, or when it
   * is the subject of a speech verb and looks like no common word (not plural, not a role).
   */
  private void readSentenceOpeners(List<Integer> openers) {
    boolean added = false;
    for (int t : openers) {
      String lower = bare(tokens.lower[t]);
      String pos = tokens.pos[t];
      if (Lexicon.isClosedClassWord(lower) || Lexicon.isNeverName(lower) || pos.equals("DET") || pos.equals("ADP")
          || pos.equals("CCONJ") || pos.equals("SCONJ") || pos.startsWith("AUX") || pos.equals("ADV")
          || tokens.isQuoteMark(t) || !Character.isLetter(tokens.word[t].charAt(0))) {
        continue;
      }
      boolean possessive = tokens.isPossessive(t);
      Entity known = null;
      for (Entity entity : recent(byLast.get(lower))) {
        if (!entity.organisation && entity.person) {
          known = entity;
        }
      }
      if (known == null) {
        known = firmCalled(lower); // "Brightwater Rail Corp." … "Brightwater dismissed …"
      }
      int verb = possessive ? -1 : verbAfter(t, t + 1);
      boolean speaks = verb >= 0 && Lexicon.isReportingVerb(tokens.lower[verb]);
      if (known == null && speaks && !lower.endsWith("s") && !Lexicon.isRoleHead(lower) && !Lexicon.isTitle(lower)) {
        known = personOrName(List.of(stripPossessive(tokens.text.substring(tokens.start[t], tokens.end[t]))), false, false, null);
        known.person = true;
      }
      if (known != null) {
        known.mentionCount++;
        nameRuns.add(new NameRun(t, t + 1, known, verb >= 0, speaks, false, tokens.quoted[t]));
        added = true;
      }
    }
    if (added) {
      nameRuns.sort(java.util.Comparator.comparingInt(NameRun::first));
    }
  }

  /** "Says", "Said", "Warns", "Goes": a verb capitalised in a title-case line, never part of a name. */
  private static boolean isHeadlineVerb(String lower) {
    return Lexicon.isSpeechVerb(lower) && (lower.equals("said") || lower.equals("told") || lower.endsWith("s") && !lower.endsWith("ss"))
        || HEADLINE_VERBS.contains(lower);
  }


  /** "Canadian Manufacturers' Council": an organisation word after a plural possessive goes on with the name. */
  private boolean continuesOrganisationName(int next, int sentence) {
    return next < tokens.sentenceLast[sentence] && tokens.word[next - 1].endsWith("s'")
        && isNameToken(next, sentence) && Lexicon.isOrganisationWord(bare(tokens.lower[next]));
  }

  /** Reads a run of name tokens from {@code t}; returns the token after it. */
  private int readNameRun(int t, int sentence) {
    int last = tokens.sentenceLast[sentence];
    int end = t;
    while (end < last) {
      if (isNameToken(end, sentence) && !(end > t && isHeadlineVerb(tokens.lower[end]))) {
        // ("Obama Says African-Americans …" in a title-case line: the verb ends the name)
        boolean possessive = tokens.isPossessive(end);
        end++;
        if (possessive && !continuesOrganisationName(end, sentence)) {
          break;
        }
        continue;
      }
      // "Rep. Elijah Cummings": the tokenizer cuts the abbreviation's period off
      if (end > t && tokens.word[end].equals(".") && end + 1 < last && isNameToken(end + 1, sentence)
          && (Lexicon.isTitle(tokens.lower[end - 1]) || StoryTokens.isInitials(tokens.word[end - 1]))) {
        end++;
        continue;
      }
      // "Bill de Blasio", "Ursula von der Leyen": particles join a surname
      if (end > t && Lexicon.isNameParticle(tokens.lower[end]) && !tokens.isCapitalized(end)) {
        int after = end + 1;
        while (after < last && Lexicon.isNameParticle(tokens.lower[after]) && after - end < 3) {
          after++;
        }
        if (after < last && isNameToken(after, sentence) && !Lexicon.isTitle(tokens.lower[after])) {
          end = after;
          continue;
        }
      }
      // "Department of Health and Social Care": "and" goes on with the name of an organisation's department
      if (end > t + 2 && tokens.lower[end].equals("and") && end + 1 < last && isNameToken(end + 1, sentence)
          && isOrganisationOf(t, end)) {
        end++;
        continue;
      }
      // "Secretary of State", "Bank of America": "of" joins capitalised words
      // (but "Jun Park of Bike Lakeport": a person's name ends before "of")
      if (end > t && tokens.lower[end].equals("of") && end + 1 < last && isNameToken(end + 1, sentence)
          && (Lexicon.isTitle(tokens.lower[end - 1]) || Lexicon.isOrganisationWord(tokens.lower[end - 1])
          || Lexicon.isThingWord(tokens.lower[end - 1]) && !Lexicon.isFirstName(tokens.lower[t]))) {
        end++;
        continue;
      }
      break;
    }
    if (end == t) {
      return t + 1;
    }
    recordNameRun(t, end, sentence);
    return end;
  }

  private void recordNameRun(int first, int end, int sentence) {
    if (end - first == 1 && StoryTokens.isPartyAndState(tokens.word[first])) {
      return; // "McConnell, R-Ky., said": a party and state, no one's name
    }
    boolean possessive = tokens.isPossessive(end - 1);
    boolean quoted = tokens.quoted[first];
    // The title part runs to the last title word: "Ohio Democratic Party Chairman | David Pepper",
    // "U.S. Secretary of State | Antony Blinken"; the rest is the name.
    int nameStart = first;
    for (int i = first; i < end; i++) {
      String w = bare(tokens.lower[i]);
      boolean titlePeriod = w.equals(".") && i > first && Lexicon.isTitle(bare(tokens.lower[i - 1]));
      if (Lexicon.isTitle(w) || Lexicon.isListedRoleNoun(w) && i < end - 1 || w.equals("of") || titlePeriod
          || Lexicon.isNeverName(w) && i < end - 1) {
        nameStart = i + 1;
      }
    }
    // "Fisherman Tomas Hrubý", "Pollster Ann Selzer": a role noun capitalised at the start of a sentence
    String head = tokens.lower[first];
    if (nameStart == first && end - first >= 3 && Lexicon.genderOfFirstName(head) == null
        && (head.endsWith("man") || head.endsWith("woman") || head.endsWith("ist") || Lexicon.isRoleHead(head)
        && !head.endsWith("er") && !head.endsWith("or"))) {
      nameStart = first + 1;
    }
    boolean organisationInName = false;
    boolean organisationInRun = false;
    for (int i = first; i < end; i++) {
      String w = bare(tokens.lower[i]);
      if (Lexicon.isOrganisationWord(w) || Lexicon.isThingWord(w)) {
        organisationInRun = true;
        organisationInName |= i >= nameStart;
      }
    }
    if (end - first >= 2 && Lexicon.isMarketName(bare(tokens.lower[end - 1]))) {
      organisationInRun = organisationInName = true; // "Shell Canada", "Airbus Americas"
    }
    if (isOrganisationOf(first, end)) {
      organisationInRun = organisationInName = true; // "The Federation of Nova Scotia Municipalities"
    }
    List<String> nameWords = words(nameStart, end, possessive);
    boolean personName = !nameWords.isEmpty() && !organisationInName && !allNeverNames(nameWords) && !isAcronymName(nameWords);
    organisationInRun |= isAcronymName(nameWords);
    boolean organisation = !personName && organisationInRun;
    if (organisation) {
      nameWords = words(first, end, possessive);
      if (!nameWords.isEmpty() && nameWords.get(0).equalsIgnoreCase("the")) {
        nameWords.remove(0);
      }
    } else if (nameWords.isEmpty() && nameStart > first) {
      // Titles only ("Prime Minister", "The Secretary"): a role mention, resolved on the second reading.
      nameRuns.add(new NameRun(first, end, null, false, false, false, quoted));
      return;
    } else if (!personName) {
      return; // a place, a day, a nationality
    }
    if (nameWords.isEmpty()) {
      return;
    }
    List<String> titleWords = new ArrayList<>();
    for (int i = first; i < nameStart && !organisation; i++) {
      if (!tokens.word[i].equals(".")) {
        titleWords.add(tokens.word[i]);
      }
    }
    List<String> rolePrefix = organisation ? List.of() : rolePrefix(first, sentence);
    boolean titled = false;
    for (String w : titleWords) {
      titled |= Lexicon.isRoleHead(w.toLowerCase(Locale.ROOT));
    }
    for (String w : rolePrefix) {
      titled |= Lexicon.isRoleHead(w.toLowerCase(Locale.ROOT));
    }
    Gender titleGender = null;
    for (List<String> words : List.of(titleWords, rolePrefix)) {
      for (String w : words) {
        titleGender = titleGender != null ? titleGender : Lexicon.genderOfTitle(w.toLowerCase(Locale.ROOT));
      }
    }
    Entity firm = !organisation && nameWords.size() == 1 ? firmCalled(bare(nameWords.get(0).toLowerCase(Locale.ROOT))) : null;
    if (firm != null) {
      organisation = true;
    }
    Entity entity = firm != null ? firm : organisation ? organisation(nameWords)
        // (a name tagged as one is taken for a person's, unless a preposition makes it a place: "of Cedar Cove")
        : personOrName(nameWords, titled,
            (tokens.pos[nameStart].startsWith("PROPN") || tokens.pos[end - 1].startsWith("PROPN")) && !isPrepositionObject(first, sentence),
            titleGender);
    StringBuilder role = new StringBuilder();
    for (String w : rolePrefix) {
      role.append(role.length() > 0 ? " " : "").append(w);
    }
    for (String w : titleWords) {
      role.append(role.length() > 0 ? " " : "").append(spelledOutTitle(w));
    }
    boolean introduced = false;
    if (!organisation && !possessive && !afterPreposition(first, sentence)) {
      String appositive = appositiveRole(end, tokens.sentenceLast[sentence]);
      if (appositive.isEmpty()) {
        appositive = roleBeforeName(first, sentence); // "Corvania's defence minister, Viktor Sulyma,"
      }
      introduced = !appositive.isEmpty();
      if (!appositive.isEmpty() && role.length() == 0) {
        role.append(appositive);
        titled = true;
      } else if (!appositive.isEmpty()) {
        addRoleWords(entity, appositive);
      }
    }
    if (role.length() > 0 && !quoted) {
      String roleText = role.toString();
      if (!isOnlyCourtesyTitle(roleText)) {
        if (entity.role.isEmpty() || entity.role.length() < roleText.length() && entity.role.split(" ").length < 2) {
          entity.role = roleText;
        }
      }
      addRoleWords(entity, roleText);
    }
    entity.person |= !organisation && (titled || isNamedRelative(first, end));
    // A title or role says more than a first name ("9/11 widow Terry Strada", "Mrs. Kim Lee").
    for (String w : titleWords) {
      Gender gender = Lexicon.genderOfTitle(w.toLowerCase(Locale.ROOT));
      if (gender != null) {
        entity.gender = gender;
      }
    }
    for (String w : rolePrefix) {
      Gender gender = Lexicon.genderOfTitle(w.toLowerCase(Locale.ROOT));
      if (gender != null) {
        entity.gender = gender;
      }
    }
    entity.mentionTexts.add(stripPossessive(tokens.textOf(first, end).replace('\u2019', '\'')));
    int verb = possessive ? -1 : verbAfter(first, end);
    boolean inverted = !possessive && verb < 0 && endsClause(end, sentence) && isInvertedSubject(first, sentence);
    boolean subject = verb >= 0 && !isPrepositionObject(first, sentence) || inverted;
    boolean speaks = inverted || subject && Lexicon.isReportingVerb(tokens.lower[verb]);
    if (speaks && !organisation && !quoted) {
      entity.person = true; // "Caddell said": whoever speaks is a person
    }
    nameRuns.add(new NameRun(first, end, entity, subject, speaks, introduced, quoted));
    entity.lastSeen = nameRuns.size();
  }

  private static boolean isOnlyCourtesyTitle(String role) {
    String lower = role.toLowerCase(Locale.ROOT);
    return COURTESY_TITLE.matcher(lower).matches();
  }

  private static boolean allNeverNames(List<String> words) {
    for (String w : words) {
      if (!Lexicon.isNeverName(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case role words right before a name: "Stein spokeswoman", "longtime Democratic pollster". */
  private List<String> rolePrefix(int first, int sentence) {
    int start = tokens.sentenceFirst[sentence];
    int i = first - 1;
    int from = first;
    boolean sawRoleNoun = false;
    while (i >= start && first - i <= 5) {
      String pos = tokens.pos[i];
      String lower = tokens.lower[i];
      boolean nominal = pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || tokens.isPossessive(i)
          || Lexicon.isRoleHead(lower) && !pos.startsWith("VERB") && !pos.startsWith("AUX") && !pos.equals("ADP")
          && !pos.equals("SCONJ") && !pos.equals("ADV"); // ("after Mayor Harriet Osei": "after" is no role)
      if (!nominal || tokens.isQuoteMark(i)) {
        break;
      }
      if (i == first - 1) {
        if (!Lexicon.isRoleNoun(lower) || pos.equals("PROPN") && !Lexicon.isTitle(lower)) {
          return List.of();
        }
        sawRoleNoun = true;
      }
      from = i;
      i--;
    }
    if (!sawRoleNoun) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (int k = from; k < first; k++) {
      words.add(tokens.word[k]);
    }
    return words;
  }

  /**
   * "Corvania's defence minister, Viktor Sulyma,", "Another economist, Priyanka Rao of …": the
   * role a phrase set before a name with a comma gives it, or "".
   */
  private String roleBeforeName(int first, int sentence) {
    int start = tokens.sentenceFirst[sentence];
    int head = first - 2;
    if (head < start || !tokens.word[first - 1].equals(",") || !tokens.pos[head].startsWith("NOUN")
        || !Lexicon.isRoleNoun(tokens.lower[head]) && !Lexicon.isPeopleNoun(tokens.lower[head])) {
      return "";
    }
    int from = head;
    while (from - 1 >= start && head - from < 6 && (tokens.pos[from - 1].startsWith("NOUN") || tokens.pos[from - 1].equals("ADJ")
        || tokens.pos[from - 1].startsWith("PROPN") || tokens.isPossessive(from - 1) || tokens.word[from - 1].equals("-"))) {
      from--;
    }
    boolean opensSentence = from == start || from - 1 == start && tokens.pos[start].equals("DET")
        || tokens.word[from - 1].equals(",");
    return opensSentence ? tokens.textOf(from, head + 1) : "";
  }

  /** ", the interim chairwoman," after a name: the role it gives, or "". */
  private String appositiveRole(int end, int sentenceLast) {
    if (end >= sentenceLast || !tokens.word[end].equals(",")) {
      return "";
    }
    int i = end + 1;
    int from = i;
    if (i < sentenceLast && (tokens.lower[i].equals("the") || tokens.lower[i].equals("a") || tokens.lower[i].equals("an"))) {
      from = i + 1;
      i++;
    }
    boolean roleNoun = false;
    int stop = i;
    while (stop < sentenceLast && stop - end <= 14) {
      String pos = tokens.pos[stop];
      String lower = tokens.lower[stop];
      if (tokens.word[stop].equals(",") || tokens.word[stop].equals(".") || pos.startsWith("AUX")
          || pos.startsWith("VERB") && !(stop > end + 1 && tokens.word[stop - 1].equals("-")) // ("Miami-based")
          || tokens.isQuoteMark(stop) || pos.equals("PUNCT") && !lower.equals("-")) {
        break;
      }
      if ((pos.equals("NOUN") || pos.equals("PROPN")) && Lexicon.isRoleNoun(lower) && !roleNoun && stop - from <= 5) {
        roleNoun = true;
      }
      if (pos.startsWith("PRON") || pos.equals("SCONJ")) {
        return "";
      }
      stop++;
    }
    if (!roleNoun || stop == from || stop >= sentenceLast) {
      return "";
    }
    String next = tokens.word[stop];
    if (!next.equals(",") && !next.equals(".")) {
      return ""; // "In Chelsea, the mayor said": a subject, not an appositive
    }
    return tokens.textOf(from, stop);
  }

  /** "Sen" → "Senator", "Coun." → "Councillor": a role reads as the word the abbreviation stands for. */
  private static String spelledOutTitle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String expanded = Lexicon.expandTitle(lower);
    if (expanded.equals(lower) || lower.equals("pm") || lower.startsWith("congress")) {
      return word;
    }
    return Character.toUpperCase(expanded.charAt(0)) + expanded.substring(1);
  }

  private void addRoleWords(Entity entity, String role) {
    for (String w : WHITESPACE.split(role.toLowerCase(Locale.ROOT))) {
      String word = OUTER_NON_WORD.matcher(w).replaceAll("");
      if (!word.isEmpty()) {
        entity.roleWords.add(Lexicon.expandTitle(word));
        entity.roleWords.add(word);
        entity.roleWords.addAll(Lexicon.roleSynonyms(Lexicon.expandTitle(word)));
      }
    }
  }

  /** The firm a one-word name stands for, unless someone in the story has that name ("Trump Foundation"). */
  private Entity firmCalled(String lower) {
    Entity firm = firmByFirstWord.get(lower);
    if (firm == null) {
      return null;
    }
    for (Entity entity : recent(byLast.get(lower))) {
      if (!entity.organisation) {
        return null;
      }
    }
    return firm;
  }

  private Entity organisation(List<String> nameWords) {
    String key = String.join(" ", nameWords).toLowerCase(Locale.ROOT);
    String lastWord = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
    Entity best = null;
    for (Entity entity : recent(byLast.get(lastWord))) {
      if (!entity.organisation) {
        continue;
      }
      String name = entity.name().toLowerCase(Locale.ROOT);
      if (name.equals(key)) {
        best = entity;
        break;
      }
      if (nameWords.size() == 1 && name.endsWith(" " + key) || name.endsWith(" " + key) && best == null) {
        best = entity;
      }
    }
    if (best == null) {
      best = newEntity();
      best.organisation = true;
      best.nameWords = new ArrayList<>(nameWords);
      best.last = lastWord;
      index(byLast, lastWord, best);
      String firstWord = nameWords.get(0).toLowerCase(Locale.ROOT);
      if (nameWords.size() > 1 && !Lexicon.isOrganisationWord(firstWord) && !Lexicon.isNeverName(firstWord)
          && !Lexicon.isTitle(firstWord) && !Lexicon.isFirstName(firstWord)) {
        firmByFirstWord.putIfAbsent(firstWord, best);
      }
    } else if (nameWords.size() > best.nameWords.size() && String.join(" ", nameWords).toLowerCase(Locale.ROOT).endsWith(best.name().toLowerCase(Locale.ROOT))) {
      best.nameWords = new ArrayList<>(nameWords);
    }
    best.mentionCount++;
    return best;
  }

  /** The name's words as the story writes them; tokens written together ("Jo-" "Renee") are one word. */
  private List<String> words(int from, int end, boolean possessive) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < end; i++) {
      String w = tokens.text.substring(tokens.start[i], tokens.end[i]);
      if (i == end - 1 && possessive) {
        w = stripPossessive(w.replace('\u2019', '\''));
      }
      if (w.isEmpty() || w.equals(".") && words.isEmpty()) {
        continue;
      }
      if (!words.isEmpty() && tokens.start[i] == tokens.end[i - 1] && i > from) {
        words.set(words.size() - 1, words.get(words.size() - 1) + w);
      } else {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * "at the National Review agreed", "of Scarborough, Ont., said": a name inside a prepositional
   * phrase is a place or an object, not the verb's subject.
   */
  private boolean isPrepositionObject(int first, int sentence) {
    int i = first - 1;
    while (i > tokens.sentenceFirst[sentence] && (tokens.pos[i].equals("DET") || tokens.pos[i].equals("ADJ")) && first - i <= 3) {
      i--;
    }
    // (a name right after "after"/"before" may well be a subject: "After Clinton said …")
    return i >= tokens.sentenceFirst[sentence] && tokens.pos[i].equals("ADP")
        && (i < first - 1 || PLACE_PREPOSITIONS.contains(tokens.lower[i]));
  }

  private boolean afterPreposition(int first, int sentence) {
    return first > tokens.sentenceFirst[sentence] && tokens.pos[first - 1].equals("ADP");
  }

  private Entity personOrName(List<String> nameWords, boolean titled, boolean taggedName, Gender titleGender) {
    String last = lastNameOf(nameWords);
    String first = nameWords.size() > 1 ? bare(nameWords.get(0).toLowerCase(Locale.ROOT)) : null;
    if (first != null && Lexicon.isNameParticle(first)) {
      first = null; // "De Blasio": a surname with its particle
    }
    Entity found = null;
    if (first != null) {
      for (Entity entity : recent(byLast.get(last))) {
        if (!entity.organisation && (entity.first == null || entity.first.equals(first) || initialOf(entity.first, first))) {
          found = entity;
        }
      }
    } else {
      found = bySingleName(last, titleGender);
      if (found != null && found.nameWords.size() > 1) {
        found.surnameOnlyMentions++;
      }
    }
    if (found == null && first != null) {
      // "her daughter Francesca says" … "Francesca Delvecchio-Hart": the first name met first
      for (Entity entity : recent(byLast.get(first))) {
        if (!entity.organisation && entity.nameWords.size() == 1 && (entity.person || Lexicon.isFirstName(first))) {
          found = entity;
          found.last = last;
          index(byLast, last, found);
        }
      }
    }
    if (found == null) {
      found = newEntity();
      found.last = last;
      found.nameWords = new ArrayList<>(nameWords);
      index(byLast, last, found);
      if (first != null) {
        found.first = first;
        index(byFirst, first, found);
      }
    } else if (nameWords.size() > found.nameWords.size() && first != null) {
      found.nameWords = new ArrayList<>(nameWords);
      if (!first.equals(found.first)) {
        found.first = first;
        index(byFirst, first, found);
      }
    }
    if (found.gender == null) {
      found.gender = Lexicon.genderOfFirstName(first != null ? first : last);
      if (first == null && found.gender != null) {
        found.person = true; // "Melanie"
      }
    }
    found.person |= titled || first != null && (Lexicon.genderOfFirstName(first) != null || hasInitial(nameWords)
        || taggedName && nameWords.size() <= 4);
    found.mentionCount++;
    return found;
  }

  /**
   * "RT America", "E.U.", "NBC News": an acronym beside a name, or initials alone, name an
   * organisation ("G.K. Butterfield" and "WALLACE" in a transcript are people).
   */
  private static boolean isAcronymName(List<String> nameWords) {
    if (nameWords.size() == 1) {
      String w = nameWords.get(0);
      boolean capitals = w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
      // "RCMP", "CBC", "UN" are bodies; "TRUMP" in a transcript is a man
      return capitals && (w.length() <= 3 || w.chars().noneMatch(c -> "AEIOU".indexOf(c) >= 0))
          || w.length() >= 3 && w.contains(".") && StoryTokens.isInitials(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
    for (String w : nameWords) {
      boolean letters = w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
      if (letters) {
        return true;
      }
    }
    return false;
  }

  /** "Loretta E. Lynch", "J. Edgar Hoover": an initial marks a person's name. */
  private static boolean hasInitial(List<String> nameWords) {
    for (String w : nameWords) {
      if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean initialOf(String a, String b) {
    return a.length() <= 2 && b.startsWith(a.substring(0, 1)) || b.length() <= 2 && a.startsWith(b.substring(0, 1));
  }

  /** The entity a single name refers to: a surname first, then a first name, then an organisation's last word. */
  private Entity bySingleName(String word) {
    return bySingleName(word, null);
  }

  /** A lone surname's bearer; a title's gender ("Mrs. Clinton") rules out namesakes of the other. */
  private Entity bySingleName(String word, Gender titleGender) {
    Entity best = null;
    List<Entity> namesakes = recent(byLast.get(word));
    // "Cruz" after "Ted Cruz … Heidi Cruz": the namesake already called by surname alone, else the latest
    for (Entity entity : namesakes) {
      boolean otherGender = titleGender != null && entity.gender != null && entity.gender != titleGender;
      if (!entity.organisation && !otherGender && (best == null || entity.surnameOnlyMentions > best.surnameOnlyMentions
          || entity.surnameOnlyMentions == best.surnameOnlyMentions && entity.lastSeen >= best.lastSeen)) {
        best = entity;
      }
    }
    if (best != null) {
      return best;
    }
    Entity firstNamed = null;
    int count = 0;
    for (Entity entity : recent(byFirst.get(word))) {
      if (!entity.organisation && word.equals(entity.first) && entity.nameWords.size() > 1) {
        firstNamed = entity;
        count++;
      }
    }
    if (count == 1) {
      return firstNamed;
    }
    for (Entity entity : namesakes) {
      if (entity.organisation) {
        return entity;
      }
    }
    return null;
  }

  private static void index(Map<String, List<Entity>> index, String key, Entity entity) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
  }

  private static List<Entity> recent(List<Entity> entities) {
    if (entities == null) {
      return List.of();
    }
    return entities.size() <= MAX_NAMESAKES ? entities : entities.subList(entities.size() - MAX_NAMESAKES, entities.size());
  }

  private static String lastNameOf(List<String> nameWords) {
    int i = nameWords.size() - 1;
    while (i > 0 && NAME_SUFFIX.matcher(nameWords.get(i).toLowerCase(Locale.ROOT)).matches()) {
      i--;
    }
    return bare(nameWords.get(i).toLowerCase(Locale.ROOT));
  }

  private static String bare(String lower) {
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

  private Entity newEntity() {
    Entity entity = new Entity(entities.size());
    entities.add(entity);
    return entity;
  }

  // ---------------------------------------------------------------------------------------------

  private static boolean isDeterminerWord(String lower) {
    return lower.equals("the") || lower.equals("this") || lower.equals("that");
  }

  private boolean isDeterminer(int t) {
    return tokens.pos[t].equals("DET") && isDeterminerWord(tokens.lower[t]);
  }

  /** "the secretary", "the Israeli prime minister", "the ministry": resolved to an entity seen before. */
  private int readRoleNoun(int det, int last) {
    int i = det + 1;
    int head = -1;
    while (i < last && i - det <= 7) {
      String pos = tokens.pos[i];
      if (i > det + 1 && Lexicon.isSpeechVerb(tokens.lower[i])) {
        break; // "the 34-year-old said/NOUN": the tagger's noun is the verb after the phrase
      }
      if (tokens.isPossessive(i)) {
        return i; // "the senator's": a possessive, not a mention that speaks
      }
      if (pos.equals("NOUN") || pos.equals("PROPN")
          || pos.equals("ADJ") && (Lexicon.isRoleNoun(tokens.lower[i]) || Lexicon.isPeopleNoun(tokens.lower[i]) || tokens.isAgeWord(i))) {
        head = i;
      } else if (!pos.equals("ADJ") && !pos.equals("NUM") && !tokens.word[i].equals("-")) { // ("the 41-year-old doctor")
        break;
      }
      i++;
    }
    if (head < 0 || head != i - 1) {
      return det + 1;
    }
    resolveRoleMention(det, head + 1, tokens.lower[head], tokens.quoted[det]);
    return head + 1;
  }

  /** Records a role mention ending at {@code end} when an earlier entity has that role. */
  private void resolveRoleMention(int first, int end, String headLower, boolean quoted) {
    Entity entity = resolveRole(first, end, headLower);
    if (entity != null) {
      entity.mentionTexts.add(tokens.textOf(first, end));
      int verb = verbAfter(first, end);
      record(first, end, entity, MentionType.ROLE, verb >= 0, verb >= 0 && Lexicon.isReportingVerb(tokens.lower[verb]), false,
          quoted);
    }
  }

  private Entity resolveRole(int first, int end, String headLower) {
    String head = Lexicon.expandTitle(bare(headLower));
    if (tokens.holdsAge(first, end) && isDeterminerWord(tokens.lower[first])) {
      return resolvePronoun(first, Lexicon.genderOfTitle(head)); // "the 58-year-old retired mechanic": the person just named
    }
    if (!Lexicon.isRoleNoun(head) && !Lexicon.isOrganisationWord(head) && !Lexicon.isPeopleNoun(head)) {
      return null;
    }
    List<String> modifiers = new ArrayList<>();
    for (int i = first; i < end - 1; i++) {
      String w = bare(tokens.lower[i]);
      if (!isDeterminerWord(w) && Lexicon.isTitle(w)) {
        modifiers.add(Lexicon.expandTitle(w));
      }
    }
    // the most recent mention of an entity with that role ("the campaign" is an organisation's, never
    // the person whose title mentions one)
    boolean body = Lexicon.isOrganisationWord(head);
    for (int m = mentions.size() - 1; m >= Math.max(0, mentions.size() - LOOK_BACK_MENTIONS); m--) {
      Entity entity = mentions.get(m).entity();
      if (body && !entity.organisation) {
        continue;
      }
      boolean headMatches = entity.roleWords.contains(head)
          || entity.organisation && entity.name().toLowerCase(Locale.ROOT).contains(head);
      if (headMatches && entity.roleWords.containsAll(modifiers)) {
        return entity;
      }
      if (headMatches && entity.organisation) {
        return entity;
      }
    }
    if (Lexicon.isCompanyNoun(head) && isDeterminerWord(tokens.lower[first])) {
      // "Shell Canada … The company said": the latest firm the story named, one that was the
      // subject of its sentence before one that was not ("Lumora Systems has bet on AI")
      Entity named = null;
      for (int m = mentions.size() - 1; m >= Math.max(0, mentions.size() - LOOK_BACK_MENTIONS); m--) {
        Mention mention = mentions.get(m);
        if (mention.entity().organisation && mention.type() == MentionType.NAME && !mention.quoted()) {
          if (mention.subject()) {
            return mention.entity();
          }
          named = named == null ? mention.entity() : named;
        }
      }
      return named;
    }
    if (Lexicon.isPeopleNoun(head) && isDeterminerWord(tokens.lower[first])) {
      // "the 41-year-old doctor said": no one was called that, so the person just named
      return resolvePronoun(first, Lexicon.genderOfTitle(head));
    }
    return null;
  }

  private void readPronoun(int t) {
    String lower = tokens.pronounOf(t);
    Gender gender = Lexicon.genderOfPronoun(lower);
    if (gender == null || tokens.quoted[t] || !lower.equals("he") && !lower.equals("she")) {
      return;
    }
    Entity entity = resolvePronoun(t, gender);
    if (entity != null) {
      // (no gender is learnt from a resolved pronoun: one wrong guess would then spread)
      int verb = verbAfter(t, t + 1);
      record(t, t + 1, entity, MentionType.PRONOUN, verb >= 0, verb >= 0 && Lexicon.isReportingVerb(tokens.lower[verb]), false,
          false);
    }
  }

  /**
   * The person "he" or "she" at token {@code t} refers to: the latest subject of a sentence
   * among the recent mentions (a speaker, not an addressee), else the latest mention at all.
   */
  Entity resolvePronoun(int t, Gender gender) {
    int sentence = tokens.sentenceOf[t];
    int paragraph = tokens.sentenceParagraph[sentence];
    Entity best = null;
    double bestScore = Double.MAX_VALUE;
    int newest = lastMentionBefore(t);
    Set<Entity> namedInQuote = namedInQuoteJustBefore(t);
    for (int m = newest; m >= Math.max(0, newest - LOOK_BACK_MENTIONS); m--) {
      Mention mention = mentions.get(m);
      int mentionSentence = tokens.sentenceOf[mention.first()];
      if (tokens.sentenceParagraph[mentionSentence] < paragraph - 3) {
        break;
      }
      Entity entity = mention.entity();
      if (mention.quoted() || !entity.couldBePerson() || entity.gender != null && gender != null && entity.gender != gender) {
        continue;
      }
      if (!entity.person) {
        continue; // a capitalised word never seen with a first name or a title, nor speaking: a place, a thing
      }
      // Nearer is likelier (sentences of quotation do not count: they name no one new); a subject
      // (above all one who speaks) far likelier than an object; a source just introduced with
      // their role ("Henry Crespo, president of …") likelier still.
      double score = narratedBefore[sentence] - narratedBefore[mentionSentence];
      if (!mention.subject()) {
        score += 1.5;
      }
      if (mention.speaks()) {
        score -= 0.5;
      }
      if (mention.introduced() && narratedBefore[sentence] - narratedBefore[mentionSentence] <= 1) {
        score -= 1.5; // (only just introduced: once someone else has been the subject since, they lead)
      }
      if (mentionSentence == sentence && mention.subject()) {
        score -= 2.5; // "Scott bristles at the suggestion he …": the subject of the pronoun's own sentence
      }
      if (namedInQuote.contains(entity)) {
        score += 2; // "“… Obama had will.i.am …,” he said": a speaker seldom names himself
      }
      if (score < bestScore) {
        bestScore = score;
        best = entity;
      }
    }
    return best;
  }

  /** The people named inside the quote that ends right before token {@code t} ("“…,” he said"). */
  private Set<Entity> namedInQuoteJustBefore(int t) {
    int k = t - 1;
    while (k >= 0 && t - k <= 3 && !tokens.quoted[k] && (tokens.isPunct(k) || tokens.isQuoteMark(k))) {
      k--;
    }
    if (k < 0 || !tokens.quoted[k]) {
      return Set.of();
    }
    Set<Entity> named = new HashSet<>();
    for (int scanned = 0; k >= 0 && tokens.quoted[k] && scanned < MAX_QUOTE_SCAN_TOKENS; k--, scanned++) {
      Mention mention = mentionAt[k];
      if (mention != null) {
        named.add(mention.entity());
      }
    }
    return named;
  }

  private int lastMentionBefore(int t) {
    int low = 0;
    int high = mentions.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).first() < t) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** "Dan McLaughlin at the National Review", "Priyanka Rao of the Westmount Policy Centre". */
  static boolean isAffiliationLink(String lower) {
    return AFFILIATION_LINKS.contains(lower);
  }

  /** The verb following a mention that ends here, or -1: the mention is then not a subject. */
  private int verbAfter(int first, int end) {
    int sentence = end > 0 ? tokens.sentenceOf[end - 1] : 0;
    int last = tokens.sentenceLast[sentence];
    int i = end;
    if (i < last && tokens.word[i].equals("(")) {
      // "Rep. Jim Jordan (R-Ohio) said"
      int close = i + 1;
      while (close < last && !tokens.word[close].equals(")") && close - i <= 8) {
        close++;
      }
      if (close < last) {
        i = close + 1;
      }
    }
    // skip an appositive or aside: ", the interim chairwoman," / ", on a visit to Israel,", and the
    // short ones that may follow it: ", 52, of Cedar Cove, Ont.,"
    if (i + 1 < last && tokens.word[i].equals(",") && first > 0 && tokens.word[first - 1].equals(",")
        && tokens.pos[i + 1].startsWith("VERB") && !tokens.lower[i + 1].endsWith("ing")) {
      return i + 1; // "the town's mayor, Gordon Pike, said", "A spokesperson, Lalith Perera, rejected": the appositive subject
    }
    int comma = i;
    for (int aside = 0; aside < 3 && comma + 1 < last && tokens.word[comma].equals(","); aside++) {
      if (aside > 0 && !isShortAsideStart(comma + 1)) {
        break;
      }
      int close = comma + 1;
      int reach = aside > 0 ? 10 : tokens.pos[comma + 1].startsWith("PRON") ? 40 : 16; // ", who has campaigned … since February,"
      while (close < last && !tokens.word[close].equals(",") && close - comma <= reach) {
        close++;
      }
      if (close >= last || !tokens.word[close].equals(",")) {
        break;
      }
      comma = close;
      i = close + 1;
    }
    if (i < last && tokens.isDash(i)) {
      // "Hillary Clinton — who's called for big tax hikes — lambasting …": an aside between dashes
      int close = i + 1;
      while (close < last && !tokens.isDash(close) && close - i <= 24) {
        close++;
      }
      if (close < last && tokens.isDash(close)) {
        i = close + 1;
      }
    }
    if (i + 1 < last && isAffiliationLink(tokens.lower[i])) {
      // "Dan McLaughlin at the National Review agreed", "John Hale of Reuters said"
      int k = i + 1;
      if (tokens.pos[k].equals("DET")) {
        k++;
      }
      int nameStart = k;
      while (k < last && k - nameStart < 6 && tokens.isCapitalized(k) && !tokens.pos[k].startsWith("VERB")) {
        k++;
      }
      if (k > nameStart && k < last && (tokens.pos[k].startsWith("VERB") || tokens.pos[k].equals("ADV"))) {
        i = k;
      }
    }
    int auxiliary = -1;
    while (i < last && (tokens.pos[i].equals("ADV") || tokens.pos[i].startsWith("AUX") || tokens.lower[i].equals("not"))) {
      if (tokens.pos[i].startsWith("AUX") && auxiliary < 0) {
        auxiliary = i;
      }
      i++;
    }
    if (i < last && tokens.pos[i].startsWith("VERB")) {
      return i;
    }
    return auxiliary; // "Hrubý … was less sure": the subject of a copula
  }

  /**
   * "Her son, Mateo, shrugged", "Mateo, now 11, plays defence": a name set beside a noun for a
   * person, or given an age.
   */
  private boolean isNamedRelative(int first, int end) {
    if (end + 2 >= tokens.size || !tokens.word[end].equals(",")) {
      return false;
    }
    boolean aged = tokens.pos[end + 1].equals("NUM") && tokens.word[end + 2].equals(",")
        || tokens.lower[end + 1].equals("now") && tokens.pos[end + 2].equals("NUM");
    return aged || first >= 2 && tokens.word[first - 1].equals(",") && tokens.pos[first - 2].startsWith("NOUN")
        && (Lexicon.isPeopleNoun(tokens.lower[first - 2]) || Lexicon.isListedRoleNoun(tokens.lower[first - 2]));
  }

  /** Whether {@code [first, end)} holds an organisation word followed by "of": "Department of Health". */
  private boolean isOrganisationOf(int first, int end) {
    for (int k = first + 1; k < end; k++) {
      if (tokens.lower[k].equals("of") && Lexicon.isOrganisationWord(bare(tokens.lower[k - 1]))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name run holds a single word besides its titles ("Caddell", "Mr. Caddell"). */
  private boolean isOneNameWord(int first, int end) {
    int words = 0;
    for (int k = first; k < end; k++) {
      String lower = bare(tokens.lower[k]);
      if (!lower.isEmpty() && Character.isLetter(lower.charAt(0)) && !Lexicon.isTitle(lower)) {
        words++;
      }
    }
    return words == 1;
  }

  /** The start of an aside like "of Cedar Cove", "Ont.", "52" or "a junior doctor" after a person's name. */
  private boolean isShortAsideStart(int t) {
    String lower = tokens.lower[t];
    return lower.equals("of") || lower.equals("from") || lower.equals("a") || lower.equals("an") || lower.equals("the")
        || tokens.pos[t].equals("NUM") || tokens.isCapitalized(t) && !tokens.pos[t].startsWith("VERB");
  }

  private void record(int first, int end, Entity entity, MentionType type, boolean subject, boolean speaks,
      boolean introduced, boolean quoted) {
    Mention mention = new Mention(first, end, entity, type, subject, speaks, introduced, quoted);
    mentions.add(mention);
    for (int i = first; i < end; i++) {
      mentionAt[i] = mention;
    }
  }

  /** Marks an entity as a person once it is seen speaking ("Caddell said"). */
  void markSpeaker(Entity entity) {
    if (!entity.organisation) {
      entity.person = true;
    }
  }

  /** The entity a bare name (as typed in a transcript, "WALLACE") refers to, if the story names it. */
  Entity byName(String name) {
    String lower = bare(name.toLowerCase(Locale.ROOT).strip());
    return bySingleName(lower);
  }
}
