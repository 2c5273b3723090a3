package org.briefbot.core.quotes;

import static org.briefbot.core.quotes.People.bare;
import static org.briefbot.core.quotes.People.isAllCaps;
import static org.briefbot.core.quotes.People.stripPossessive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
  /** Verbs that headlines put between two names ("Hillary Clinton Goes After Donald Trump"). */
  private static final Set<String> HEADLINE_VERBS = WordLists.load("headline-verbs");

  /**
   * Prepositions whose object is never the subject of a clause ("in Ottawa, Trudeau said"; "with
   * Berg attacking" is).
   */
  private static final Set<String> PLACE_PREPOSITIONS = WordLists.load("place-prepositions");

  private static final Pattern COURTESY_TITLE = Pattern.compile("(mr|mrs|ms|miss|dr|sir|dame)\\.?");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");
  private static final Pattern OUTER_NON_WORD = Pattern.compile("^[^a-z0-9.]+|[^a-z0-9.]+$");

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
  private final EntityIndex index;
  private final List<NameRun> nameRuns = new ArrayList<>();

  NameMentions(StoryTokens tokens, EntityIndex index) {
    this.tokens = tokens;
    this.index = index;
  }

  /** Reads every name run of the story into the index; the runs, in story order. */
  List<NameRun> read() {
    List<Integer> openers = new ArrayList<>();
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      if (tokens.isPageFurniture(s)) {
        continue;
      }
      int t = tokens.sentenceFirst(s);
      int last = tokens.sentenceLast(s);
      while (t < last) {
        if (isNameToken(t, s)) {
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
        || !Lexicon.isSpeechVerb(tokens.lower(i))
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

  boolean isNameToken(int t, int sentence) {
    String w = tokens.word(t);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || tokens.isQuoteMark(t)) {
      return false;
    }
    String pos = tokens.pos(t);
    boolean sentenceInitial =
        t == tokens.sentenceFirst(sentence)
            || (t > tokens.sentenceFirst(sentence)
                && tokens.isQuoteMark(t - 1)
                && t - 1 == tokens.sentenceFirst(sentence));
    if (sentenceInitial
        && (Lexicon.isListedRoleNoun(tokens.lower(t)) || Lexicon.isPeopleNoun(tokens.lower(t)))
        && !Lexicon.isTitle(tokens.lower(t))
        && t + 1 < tokens.sentenceLast(sentence)
        && Lexicon.isFirstName(tokens.lower(t + 1))) {
      return false; // "Farmer/PROPN John Lund said": the role, capitalised as a sentence opens
    }
    if (pos.equals("PROPN") || pos.startsWith("PROPN+")) {
      return true;
    }
    if (pos.startsWith("PRON") && !Lexicon.isClosedClassWord(tokens.pronounOf(t))) {
      return true; // "Hrubý/PRON said": a name the tagger took for a pronoun
    }
    if (pos.equals("INTJ")) {
      return sentenceInitial && opensName(t, sentence); // "Farouk/INTJ Elamin finished third"
    }
    if (pos.equals("DET")
        || pos.equals("ADP")
        || pos.startsWith("PRON")
        || pos.equals("CCONJ")
        || pos.equals("SCONJ")
        || pos.startsWith("AUX")
        || pos.equals("PART")
        || pos.equals("PUNCT")
        || pos.equals("NUM")) {
      return false;
    }
    // A capitalised common noun opens sentences; mid-sentence it is a name the tagger missed, and
    // so is a first name before a name ("Barack/NOUN Obama/PROPN thanked …").
    return !sentenceInitial
        || Lexicon.isTitle(tokens.lower(t))
        || isAllCaps(w)
        || opensName(t, sentence);
  }

  /**
   * Whether a capitalised word opening a sentence starts the name after it: "Barack/NOUN Obama",
   * "Marguerite/NOUN Lavoie of …", "Brightwater/NOUN Rail Corp. said" (not "Police Chief …").
   */
  boolean opensName(int t, int sentence) {
    int last = tokens.sentenceLast(sentence);
    String pos = tokens.pos(t);
    if (t + 1 < last
        && tokens.pos(t + 1).startsWith("PROPN")
        && Lexicon.isMarketName(bare(tokens.lower(t + 1)))
        && (t + 2 >= last || !tokens.pos(t + 2).startsWith("PROPN"))
        && pos.startsWith("NOUN")
        && !Lexicon.isClosedClassWord(tokens.lower(t))
        && !Lexicon.isNeverName(tokens.lower(t))) {
      return true; // "Elections Canada", "Statistics Canada": a public body named for its field and
      // its country
    }
    if (t + 1 < last
        && tokens.isCapitalized(t + 1)
        && organisationNamedFirstAs(List.of(tokens.word(t), stripPossessive(tokens.word(t + 1))))
            != null) {
      return true; // "Northern Skies said" after "Northern Skies Airlines"
    }
    if (t + 1 >= last
        || !tokens.pos(t + 1).startsWith("PROPN")
        || Lexicon.isNeverName(bare(tokens.lower(t + 1)))
        || !(pos.startsWith("NOUN")
            || pos.equals("ADJ")
            || pos.startsWith("VERB")
            || pos.equals("INTJ")
            || pos.equals("X"))) {
      return false; // ("Even/ADV Friday, he claimed")
    }
    String lower = tokens.lower(t);
    if (Lexicon.isFirstName(lower)) {
      return true;
    }
    if (Lexicon.isTitle(lower)
        || Lexicon.isListedRoleNoun(lower)
        || Lexicon.isOrganisationWord(lower)
        || Lexicon.isNeverName(lower)
        || Lexicon.isClosedClassWord(lower)
        || Lexicon.isThingWord(lower)
        || lower.endsWith("s")) {
      return false;
    }
    int end = t + 1;
    boolean firm = false;
    while (end < last && end - t <= 4 && isNameToken(end, sentence)) {
      firm |= Lexicon.isOrganisationWord(bare(tokens.lower(end)));
      end++;
    }
    if (firm) {
      return true;
    }
    // a person's name: two words, then the verb, an appositive or an affiliation
    return end == t + 2
        && end < last
        && (tokens.pos(end).startsWith("VERB")
            || tokens.word(end).equals(",")
            || tokens.lower(end).equals("of"));
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
      if (Lexicon.isClosedClassWord(lower)
          || Lexicon.isNeverName(lower)
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
        known = firmCalled(lower); // "Brightwater Rail Corp." … "Brightwater dismissed …"
      }
      int verb = possessive ? -1 : tokens.verbAfter(t, t + 1);
      boolean speaks = verb >= 0 && Lexicon.isReportingVerb(tokens.lower(verb));
      if (known == null
          && speaks
          && !lower.endsWith("s")
          && !Lexicon.isRoleHead(lower)
          && !Lexicon.isTitle(lower)) {
        known =
            personOrName(
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

  /**
   * "Says", "Said", "Warns", "Goes": a verb capitalised in a title-case line, never part of a name.
   */
  static boolean isHeadlineVerb(String lower) {
    return Lexicon.isSpeechVerb(lower)
            && (lower.equals("said")
                || lower.equals("told")
                || lower.endsWith("s") && !lower.endsWith("ss"))
        || HEADLINE_VERBS.contains(lower);
  }

  /**
   * "Canadian Manufacturers' Council": an organisation word after a plural possessive goes on with
   * the name.
   */
  boolean continuesOrganisationName(int next, int sentence) {
    return next < tokens.sentenceLast(sentence)
        && tokens.word(next - 1).endsWith("s'")
        && isNameToken(next, sentence)
        && Lexicon.isOrganisationWord(bare(tokens.lower(next)));
  }

  /** Reads a run of name tokens from {@code t}; returns the token after it. */
  int readNameRun(int t, int sentence) {
    int last = tokens.sentenceLast(sentence);
    int end = t;
    while (end < last) {
      if (isNameToken(end, sentence) && !(end > t && isHeadlineVerb(tokens.lower(end)))) {
        // ("Obama Says African-Americans …" in a title-case line: the verb ends the name)
        boolean possessive = tokens.isPossessive(end);
        end++;
        if (possessive && !continuesOrganisationName(end, sentence)) {
          break;
        }
        continue;
      }
      // "Rep. Elijah Cummings": the tokenizer cuts the abbreviation's period off
      if (end > t
          && tokens.word(end).equals(".")
          && end + 1 < last
          && isNameToken(end + 1, sentence)
          && (Lexicon.isTitle(tokens.lower(end - 1))
              || StoryTokens.isInitials(tokens.word(end - 1)))) {
        end++;
        continue;
      }
      // "Bill de Blasio", "Ursula von der Leyen": particles join a surname
      if (end > t && Lexicon.isNameParticle(tokens.lower(end)) && !tokens.isCapitalized(end)) {
        int after = end + 1;
        while (after < last && Lexicon.isNameParticle(tokens.lower(after)) && after - end < 3) {
          after++;
        }
        if (after < last && isNameToken(after, sentence) && !Lexicon.isTitle(tokens.lower(after))) {
          end = after;
          continue;
        }
      }
      // "Department of Health and Social Care": "and" goes on with the name of an organisation's
      // department
      if (end > t + 2
          && tokens.lower(end).equals("and")
          && end + 1 < last
          && isNameToken(end + 1, sentence)
          && isOrganisationOf(t, end)) {
        end++;
        continue;
      }
      // "Secretary of State", "Bank of America": "of" joins capitalised words
      // (but "Jun Park of Bike Lakeport": a person's name ends before "of")
      if (end > t
          && tokens.lower(end).equals("of")
          && end + 1 < last
          && isNameToken(end + 1, sentence)
          && (Lexicon.isTitle(tokens.lower(end - 1))
              || Lexicon.isOrganisationWord(tokens.lower(end - 1))
              || Lexicon.isThingWord(tokens.lower(end - 1))
                  && !Lexicon.isFirstName(tokens.lower(t)))) {
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

  /**
   * Records the capitalised run {@code [first, end)}: its title part and its name, whether it names
   * a person, an organisation or only a role, the entity it refers to, and what the story says of
   * it there (a role, a gender, whether it speaks).
   */
  void recordNameRun(int first, int end, int sentence) {
    if (end - first == 1 && StoryTokens.isPartyAndState(tokens.word(first))) {
      return; // "McConnell, R-Ky., said": a party and state, no one's name
    }
    boolean possessive = tokens.isPossessive(end - 1);
    boolean quoted = tokens.quoted(first);
    int nameStart = nameStart(first, end);
    boolean organisationInName = namesOrganisation(first, nameStart, end);
    boolean organisationInRun = namesOrganisation(first, first, end);
    List<String> nameWords = words(nameStart, end, possessive);
    boolean personName =
        !nameWords.isEmpty()
            && !organisationInName
            && !allNeverNames(nameWords)
            && !isAcronymName(nameWords);
    organisationInRun |= isAcronymName(nameWords);
    boolean organisation = !personName && organisationInRun;
    if (organisation) {
      nameWords = words(first, end, possessive);
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
    List<String> titleWords = organisation ? List.of() : titleWords(first, nameStart);
    List<String> rolePrefix = organisation ? List.of() : rolePrefix(first, sentence);
    boolean titled = anyRoleHead(titleWords) || anyRoleHead(rolePrefix);
    Gender titleGender = genderOfTitles(titleWords, rolePrefix);
    Entity firm = firmNamed(nameWords, organisation, first, nameStart);
    if (firm != null) {
      organisation = true;
    }
    Entity entity =
        firm != null
            ? firm
            : organisation
                ? organisation(nameWords)
                // (a name tagged as one is taken for a person's, unless a preposition makes it a
                // place: "of Cedar Cove")
                : personOrName(
                    nameWords,
                    titled,
                    (tokens.pos(nameStart).startsWith("PROPN")
                            || tokens.pos(end - 1).startsWith("PROPN"))
                        && !isPrepositionObject(first, sentence),
                    titleGender);
    if (organisation && nameWords.size() > 1) {
      recordAcronym(entity, nameWords, end, sentence);
    }
    String role = roleText(rolePrefix, titleWords);
    String introducing =
        organisation || possessive || afterPreposition(first, sentence)
            ? ""
            : introducingRole(first, end, sentence);
    boolean introduced = !introducing.isEmpty();
    if (introduced && role.isEmpty()) {
      role = introducing;
      titled = true;
    } else if (introduced) {
      addRoleWords(entity, introducing);
    }
    if (!role.isEmpty() && !quoted) {
      recordRole(entity, role);
    }
    entity.person |= !organisation && (titled || isNamedRelative(first, end));
    recordTitleGender(entity, titleWords, rolePrefix);
    entity.mentionTexts.add(stripPossessive(tokens.textOf(first, end).replace('\u2019', '\'')));
    int verb = possessive ? -1 : tokens.verbAfter(first, end);
    boolean inverted =
        !possessive && verb < 0 && endsClause(end, sentence) && isInvertedSubject(first, sentence);
    boolean subject = verb >= 0 && !isPrepositionObject(first, sentence) || inverted;
    boolean speaks = inverted || subject && Lexicon.isReportingVerb(tokens.lower(verb));
    if (speaks && !organisation && !quoted) {
      entity.person = true; // "Caddell said": whoever speaks is a person
    }
    nameRuns.add(new NameRun(first, end, entity, subject, speaks, introduced, quoted));
    entity.lastSeen = nameRuns.size();
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
          w.equals(".") && i > first && Lexicon.isTitle(bare(tokens.lower(i - 1)));
      if (Lexicon.isTitle(w)
          || Lexicon.isListedRoleNoun(w) && i < end - 1
          || w.equals("of")
          || titlePeriod
          || Lexicon.isNeverName(w) && i < end - 1) {
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
      if (Lexicon.isOrganisationWord(w) || Lexicon.isThingWord(w)) {
        return true;
      }
    }
    return end - first >= 2 && Lexicon.isMarketName(bare(tokens.lower(end - 1)))
        || isOrganisationOf(first, end);
  }

  /** The title words before the name, as written, periods aside. */
  private List<String> titleWords(int first, int nameStart) {
    List<String> titleWords = new ArrayList<>();
    for (int i = first; i < nameStart; i++) {
      if (!tokens.word(i).equals(".")) {
        titleWords.add(tokens.word(i));
      }
    }
    return titleWords;
  }

  private static boolean anyRoleHead(List<String> words) {
    for (String w : words) {
      if (Lexicon.isRoleHead(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The gender the first gendered title gives, the title words before the role prefix. */
  private static Gender genderOfTitles(List<String> titleWords, List<String> rolePrefix) {
    Gender titleGender = null;
    for (List<String> words : List.of(titleWords, rolePrefix)) {
      for (String w : words) {
        titleGender =
            titleGender != null ? titleGender : Lexicon.genderOfTitle(w.toLowerCase(Locale.ROOT));
      }
    }
    return titleGender;
  }

  /**
   * The organisation a name without a title of its own stands for: an acronym, a firm's first word,
   * the first words of a firm's name ("Maritime Electric Power Corp." … "Maritime Electric said");
   * null when it stands for none.
   */
  private Entity firmNamed(List<String> nameWords, boolean organisation, int first, int nameStart) {
    Entity firm =
        nameWords.size() == 1
            ? index.byAcronym.get(bare(nameWords.get(0).toLowerCase(Locale.ROOT)))
            : null;
    if (firm == null && !organisation && nameWords.size() == 1) {
      firm = firmCalled(bare(nameWords.get(0).toLowerCase(Locale.ROOT)));
    }
    if (firm == null && !organisation && nameWords.size() > 1 && noTitleBefore(first, nameStart)) {
      firm =
          organisationNamedFirstAs(
              nameWords); // "Maritime Electric Power Corp." … "Maritime Electric said"
    }
    return firm;
  }

  /** The role prefix and the title words, titles spelled out: "defence minister Sen." */
  private static String roleText(List<String> rolePrefix, List<String> titleWords) {
    StringBuilder role = new StringBuilder();
    for (String w : rolePrefix) {
      role.append(role.length() > 0 ? " " : "").append(w);
    }
    for (String w : titleWords) {
      role.append(role.length() > 0 ? " " : "").append(spelledOutTitle(w));
    }
    return role.toString();
  }

  /**
   * The role an appositive after the name or a phrase before it gives a person ("Viktor Sulyma,
   * Corvania's defence minister," / "Corvania's defence minister, Viktor Sulyma,"), or "".
   */
  private String introducingRole(int first, int end, int sentence) {
    String appositive = appositiveRole(end, tokens.sentenceLast(sentence));
    return appositive.isEmpty() ? roleBeforeName(first, sentence) : appositive;
  }

  /** Keeps the fullest role the story gives the entity, and its words for later references. */
  private void recordRole(Entity entity, String roleText) {
    if (!isOnlyCourtesyTitle(roleText)) {
      if (entity.role.isEmpty()
          || entity.role.length() < roleText.length() && entity.role.split(" ").length < 2) {
        entity.role = roleText;
      }
    }
    addRoleWords(entity, roleText);
  }

  /** A title or role says more than a first name ("9/11 widow Terry Strada", "Mrs. Kim Lee"). */
  private static void recordTitleGender(
      Entity entity, List<String> titleWords, List<String> rolePrefix) {
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
  }

  static boolean isOnlyCourtesyTitle(String role) {
    String lower = role.toLowerCase(Locale.ROOT);
    return COURTESY_TITLE.matcher(lower).matches();
  }

  static boolean allNeverNames(List<String> words) {
    for (String w : words) {
      if (!Lexicon.isNeverName(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lower-case role words right before a name: "Stein spokeswoman", "longtime Democratic pollster".
   */
  List<String> rolePrefix(int first, int sentence) {
    int start = tokens.sentenceFirst(sentence);
    int i = first - 1;
    int from = first;
    boolean sawRoleNoun = false;
    while (i >= start && first - i <= 5) {
      String pos = tokens.pos(i);
      String lower = tokens.lower(i);
      boolean nominal =
          pos.equals("NOUN")
              || pos.equals("ADJ")
              || pos.equals("PROPN")
              || tokens.isPossessive(i)
              || Lexicon.isRoleHead(lower)
                  && !pos.startsWith("VERB")
                  && !pos.startsWith("AUX")
                  && !pos.equals("ADP")
                  && !pos.equals("SCONJ")
                  && !pos.equals("ADV"); // ("after Mayor Harriet Osei": "after" is no role)
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
      words.add(tokens.word(k));
    }
    return words;
  }

  /**
   * "Corvania's defence minister, Viktor Sulyma,", "Another economist, Priyanka Rao of …": the role
   * a phrase set before a name with a comma gives it, or "".
   */
  String roleBeforeName(int first, int sentence) {
    int start = tokens.sentenceFirst(sentence);
    int head = first - 2;
    if (head < start
        || !tokens.word(first - 1).equals(",")
        || !tokens.pos(head).startsWith("NOUN")
        || !Lexicon.isRoleNoun(tokens.lower(head)) && !Lexicon.isPeopleNoun(tokens.lower(head))) {
      return "";
    }
    int from = head;
    while (from - 1 >= start
        && head - from < 6
        && (tokens.pos(from - 1).startsWith("NOUN")
            || tokens.pos(from - 1).equals("ADJ")
            || tokens.pos(from - 1).startsWith("PROPN")
            || tokens.isPossessive(from - 1)
            || tokens.word(from - 1).equals("-"))) {
      from--;
    }
    boolean opensSentence =
        from == start
            || from - 1 == start && tokens.pos(start).equals("DET")
            || tokens.word(from - 1).equals(",");
    return opensSentence ? tokens.textOf(from, head + 1) : "";
  }

  /** ", the interim chairwoman," after a name: the role it gives, or "". */
  String appositiveRole(int end, int sentenceLast) {
    if (end >= sentenceLast || !tokens.word(end).equals(",")) {
      return "";
    }
    int i = end + 1;
    int from = i;
    if (i < sentenceLast
        && (tokens.lower(i).equals("the")
            || tokens.lower(i).equals("a")
            || tokens.lower(i).equals("an"))) {
      from = i + 1;
      i++;
    }
    boolean roleNoun = false;
    int stop = i;
    while (stop < sentenceLast && stop - end <= 14) {
      String pos = tokens.pos(stop);
      String lower = tokens.lower(stop);
      if (tokens.word(stop).equals(",")
          || tokens.word(stop).equals(".")
          || pos.startsWith("AUX")
          || pos.startsWith("VERB")
              && !(stop > end + 1 && tokens.word(stop - 1).equals("-")) // ("Miami-based")
          || tokens.isQuoteMark(stop)
          || pos.equals("PUNCT") && !lower.equals("-")) {
        break;
      }
      if ((pos.equals("NOUN") || pos.equals("PROPN"))
          && Lexicon.isRoleNoun(lower)
          && !roleNoun
          && stop - from <= 5) {
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
    String next = tokens.word(stop);
    if (!next.equals(",") && !next.equals(".")) {
      return ""; // "In Chelsea, the mayor said": a subject, not an appositive
    }
    return tokens.textOf(from, stop);
  }

  /**
   * "Sen" → "Senator", "Coun." → "Councillor": a role reads as the word the abbreviation stands
   * for.
   */
  static String spelledOutTitle(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String expanded = Lexicon.expandTitle(lower);
    if (expanded.equals(lower) || lower.equals("pm") || lower.startsWith("congress")) {
      return word;
    }
    return Character.toUpperCase(expanded.charAt(0)) + expanded.substring(1);
  }

  void addRoleWords(Entity entity, String role) {
    for (String w : WHITESPACE.split(role.toLowerCase(Locale.ROOT))) {
      String word = OUTER_NON_WORD.matcher(w).replaceAll("");
      if (!word.isEmpty()) {
        entity.roleWords.add(Lexicon.expandTitle(word));
        entity.roleWords.add(word);
        entity.roleWords.addAll(Lexicon.roleSynonyms(Lexicon.expandTitle(word)));
      }
    }
  }

  /**
   * The organisation whose fuller name the story gave before and which these words begin ("Maritime
   * Electric" for "Maritime Electric Power Corp."): the fullest name is the one it goes by.
   */
  Entity organisationNamedFirstAs(List<String> nameWords) {
    Entity firm = index.firmByFirstWord.get(bare(nameWords.get(0).toLowerCase(Locale.ROOT)));
    if (firm == null || firm.nameWords.size() <= nameWords.size()) {
      return null;
    }
    for (int i = 0; i < nameWords.size(); i++) {
      if (!bare(nameWords.get(i).toLowerCase(Locale.ROOT))
          .equals(bare(firm.nameWords.get(i).toLowerCase(Locale.ROOT)))) {
        return null;
      }
    }
    return firm;
  }

  /**
   * Whether no title stands before the name: "Mayor Jane Hill" is a person whatever firm shares
   * "Jane Hill".
   */
  private static boolean noTitleBefore(int first, int nameStart) {
    return first == nameStart;
  }

  /**
   * The firm a one-word name stands for, unless someone in the story has that name ("Trump
   * Foundation").
   */
  Entity firmCalled(String lower) {
    Entity firm = index.firmByFirstWord.get(lower);
    if (firm == null) {
      return null;
    }
    for (Entity entity : EntityIndex.recent(index.byLast.get(lower))) {
      if (!entity.organisation) {
        return null;
      }
    }
    return firm;
  }

  /**
   * "Export Development Canada (EDC)": an acronym in parentheses right after an organisation's
   * name, made of its capitalised words' initials, refers to it from then on.
   */
  private void recordAcronym(Entity entity, List<String> nameWords, int end, int sentence) {
    if (end + 2 >= tokens.sentenceLast(sentence)
        || !tokens.word(end).equals("(")
        || !tokens.word(end + 2).equals(")")) {
      return;
    }
    String acronym = tokens.word(end + 1);
    StringBuilder initials = new StringBuilder();
    for (String word : nameWords) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    if (isAllCaps(acronym) && acronym.length() >= 2 && initials.toString().equals(acronym)) {
      index.byAcronym.putIfAbsent(acronym.toLowerCase(Locale.ROOT), entity);
    }
  }

  Entity organisation(List<String> nameWords) {
    String key = String.join(" ", nameWords).toLowerCase(Locale.ROOT);
    String lastWord = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
    Entity best = null;
    for (Entity entity : EntityIndex.recent(index.byLast.get(lastWord))) {
      if (!entity.organisation) {
        continue;
      }
      String name = entity.name().toLowerCase(Locale.ROOT);
      if (name.equals(key)) {
        best = entity;
        break;
      }
      if (nameWords.size() == 1 && name.endsWith(" " + key)
          || name.endsWith(" " + key) && best == null) {
        best = entity;
      }
    }
    if (best == null) {
      best = index.newEntity();
      best.organisation = true;
      best.nameWords = new ArrayList<>(nameWords);
      best.last = lastWord;
      EntityIndex.index(index.byLast, lastWord, best);
      String firstWord = nameWords.get(0).toLowerCase(Locale.ROOT);
      if (nameWords.size() > 1
          && !Lexicon.isOrganisationWord(firstWord)
          && !Lexicon.isNeverName(firstWord)
          && !Lexicon.isTitle(firstWord)
          && !Lexicon.isFirstName(firstWord)) {
        index.firmByFirstWord.putIfAbsent(firstWord, best);
      }
    } else if (nameWords.size() > best.nameWords.size()
        && String.join(" ", nameWords)
            .toLowerCase(Locale.ROOT)
            .endsWith(best.name().toLowerCase(Locale.ROOT))) {
      best.nameWords = new ArrayList<>(nameWords);
    }
    best.mentionCount++;
    return best;
  }

  /**
   * The name's words as the story writes them; tokens written together ("Jo-" "Renee") are one
   * word.
   */
  List<String> words(int from, int end, boolean possessive) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < end; i++) {
      String w = tokens.text().substring(tokens.start(i), tokens.end(i));
      if (i == end - 1 && possessive) {
        w = stripPossessive(w.replace('\u2019', '\''));
      }
      if (w.isEmpty() || w.equals(".") && words.isEmpty()) {
        continue;
      }
      if (!words.isEmpty() && tokens.start(i) == tokens.end(i - 1) && i > from) {
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

  Entity personOrName(
      List<String> nameWords, boolean titled, boolean taggedName, Gender titleGender) {
    String last = EntityIndex.lastNameOf(nameWords);
    String first = nameWords.size() > 1 ? bare(nameWords.get(0).toLowerCase(Locale.ROOT)) : null;
    if (first != null && Lexicon.isNameParticle(first)) {
      first = null; // "De Blasio": a surname with its particle
    }
    Entity found = null;
    if (first != null) {
      for (Entity entity : EntityIndex.recent(index.byLast.get(last))) {
        if (!entity.organisation
            && (entity.first == null
                || entity.first.equals(first)
                || initialOf(entity.first, first))) {
          found = entity;
        }
      }
    } else {
      found = index.bySingleName(last, titleGender);
      if (found != null && found.nameWords.size() > 1) {
        found.surnameOnlyMentions++;
      }
    }
    if (found == null && first != null) {
      // "her daughter Francesca says" … "Francesca Delvecchio-Hart": the first name met first
      for (Entity entity : EntityIndex.recent(index.byLast.get(first))) {
        if (!entity.organisation
            && entity.nameWords.size() == 1
            && (entity.person || Lexicon.isFirstName(first))) {
          found = entity;
          found.last = last;
          EntityIndex.index(index.byLast, last, found);
        }
      }
    }
    if (found == null) {
      found = index.newEntity();
      found.last = last;
      found.nameWords = new ArrayList<>(nameWords);
      EntityIndex.index(index.byLast, last, found);
      if (first != null) {
        found.first = first;
        EntityIndex.index(index.byFirst, first, found);
      }
    } else if (nameWords.size() > found.nameWords.size() && first != null) {
      found.nameWords = new ArrayList<>(nameWords);
      if (!first.equals(found.first)) {
        found.first = first;
        EntityIndex.index(index.byFirst, first, found);
      }
    }
    if (found.gender == null) {
      found.gender = Lexicon.genderOfFirstName(first != null ? first : last);
      if (first == null && found.gender != null) {
        found.person = true; // "Melanie"
      }
    }
    found.person |=
        titled
            || first != null
                && (Lexicon.genderOfFirstName(first) != null
                    || hasInitial(nameWords)
                    || taggedName && nameWords.size() <= 4);
    found.mentionCount++;
    return found;
  }

  /**
   * "RT America", "E.U.", "NBC News": an acronym beside a name, or initials alone, name an
   * organisation ("G.K. Butterfield" and "WALLACE" in a transcript are people).
   */
  static boolean isAcronymName(List<String> nameWords) {
    if (nameWords.size() == 1) {
      String w = nameWords.get(0);
      boolean capitals =
          w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
      // "RCMP", "CBC", "UN" are bodies; "TRUMP" in a transcript is a man
      return capitals && (w.length() <= 3 || w.chars().noneMatch(c -> "AEIOU".indexOf(c) >= 0))
          || w.length() >= 3
              && w.contains(".")
              && StoryTokens.isInitials(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
    for (String w : nameWords) {
      boolean letters =
          w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
      if (letters) {
        return true;
      }
    }
    return false;
  }

  /** "Loretta E. Lynch", "J. Edgar Hoover": an initial marks a person's name. */
  static boolean hasInitial(List<String> nameWords) {
    for (String w : nameWords) {
      if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
        return true;
      }
    }
    return false;
  }

  static boolean initialOf(String a, String b) {
    return a.length() <= 2 && b.startsWith(a.substring(0, 1))
        || b.length() <= 2 && a.startsWith(b.substring(0, 1));
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
            && (Lexicon.isPeopleNoun(tokens.lower(first - 2))
                || Lexicon.isListedRoleNoun(tokens.lower(first - 2)));
  }

  /**
   * Whether {@code [first, end)} holds an organisation word followed by "of": "Department of
   * Health".
   */
  boolean isOrganisationOf(int first, int end) {
    for (int k = first + 1; k < end; k++) {
      if (tokens.lower(k).equals("of") && Lexicon.isOrganisationWord(bare(tokens.lower(k - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name run holds a single word besides its titles ("Caddell", "Mr. Caddell"). */
  boolean isOneNameWord(int first, int end) {
    int words = 0;
    for (int k = first; k < end; k++) {
      String lower = bare(tokens.lower(k));
      if (!lower.isEmpty() && Character.isLetter(lower.charAt(0)) && !Lexicon.isTitle(lower)) {
        words++;
      }
    }
    return words == 1;
  }
}
