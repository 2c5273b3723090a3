package org.briefbot.core.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefbot.core.nlp.NewsText;

/**
 * The word lists attribution relies on, each read from {@code words/}: speech verbs, titles and
 * role nouns, organisation words, pronouns, and common first names for a speaker's gender. All
 * lower case and unmodifiable; a rule asks a list whether it holds a word ({@code
 * Lexicon.SPEECH_VERBS.contains(w)}).
 */
final class Lexicon {
  private Lexicon() {}

  /** Speech verbs that can sit alone after a quote: {@code "…," he said.} Broad on purpose. */
  static final Set<String> SPEECH_VERBS = WordLists.load("speech-verbs");

  /** Verbs of belief and expectation: they report a view, never a quotation. */
  static final Set<String> BELIEF_VERBS = WordLists.load("belief-verbs");

  /** Verbs whose subject is a poll, report or study; they report only with an explicit "that". */
  static final Set<String> EVIDENCE_VERBS = WordLists.load("evidence-verbs");

  /** Verbs that name how someone put something: enough for quoted words ("called it "a …""). */
  static final Set<String> NAMING_VERBS = WordLists.load("naming-verbs");

  /** Forms that take the addressee right after them: "told reporters that …". */
  static final Set<String> ADDRESSEE_VERBS = WordLists.load("addressee-verbs");

  /** Speech verbs that introduce reported speech with no "that": "She said the talks failed." */
  static final Set<String> BARE_CLAUSE_VERBS = WordLists.load("bare-clause-verbs");

  /** Verbs whose noun-phrase object is what was said: "cited the figures", "denied the report". */
  static final Set<String> OBJECT_REPORT_VERBS = WordLists.load("object-report-verbs");

  /** Participles that start a second statement of the same speaker: ", adding that …". */
  static final Set<String> FOLLOW_ON_CUES = WordLists.load("follow-on-cues");

  /** "quoted … as saying": a verb whose object, not its subject, speaks. */
  static final Set<String> QUOTING_VERBS = WordLists.load("quoting-verbs");

  /** "said", "told": a speech verb whatever the tagger made of it. */
  static final Set<String> SPEECH_FORMS_WHATEVER_THE_TAG =
      WordLists.load("speech-forms-whatever-the-tag");

  /** Words of a person's title or role, before or after a name ("Secretary of State", "Sen."). */
  static final Set<String> TITLES = WordLists.load("titles");

  /** Personal titles that mark the next word as a person's name ("Mr. Obama", "Sen. Paul"). */
  static final Set<String> PERSONAL_TITLES = WordLists.load("personal-titles");

  private static final Set<String> FEMALE_TITLES = WordLists.load("female-titles");
  private static final Set<String> MALE_TITLES = WordLists.load("male-titles");

  /**
   * A role noun from the list (not guessed from its ending: "Baker" and "Fisher" are names too).
   */
  static final Set<String> ROLE_NOUNS = WordLists.load("role-nouns");

  /** Words that make a capitalised name an organisation's. */
  static final Set<String> ORGANISATION_WORDS = WordLists.load("organisation-words");

  /**
   * Words that are never part of a person's name: places, days, months, common capitalised words.
   */
  static final Set<String> NOT_NAMES = WordLists.load("not-names");

  /** Things with capitalised names that never speak: events, laws, places, works. */
  static final Set<String> THING_WORDS = WordLists.load("thing-words");

  static final Set<String> NAME_PARTICLES = WordLists.load("name-particles");

  /** Writings that "say" things in news: "the report said", "the letter reads". */
  static final Set<String> DOCUMENT_WORDS = WordLists.load("document-words");

  /** Nouns for a person the story has just named, by what they are: "the woman said". */
  static final Set<String> PEOPLE_NOUNS = WordLists.load("people-nouns");

  /** Nouns that describe a person as an adjective would: "the veteran engineer". */
  static final Set<String> DESCRIBING_NOUNS = WordLists.load("describing-nouns");

  /** Nouns a story uses for a firm it has named: "the company said", "the airline said". */
  static final Set<String> COMPANY_NOUNS = WordLists.load("company-nouns");

  /** Public bodies, which speak through statements: "The city says it will review the request". */
  static final Set<String> PUBLIC_BODIES = WordLists.load("public-bodies");

  /**
   * Last words of a firm's national arm ("Shell Canada", "Airbus Americas"); no person's surname.
   */
  static final Set<String> MARKET_NAMES = WordLists.load("market-names");

  /** Pronouns and determiners: never a name, whatever the tagger says. */
  static final Set<String> CLOSED_CLASS = WordLists.load("closed-class");

  static final Set<String> PERSONAL_PRONOUNS = WordLists.load("personal-pronouns");

  /** "his", "her", "their" …: a pronoun that can stand before a noun as its determiner. */
  static final Set<String> POSSESSIVE_PRONOUNS = WordLists.load("possessive-pronouns");

  private static final Set<String> FIRST_AND_SECOND_PERSON_POSSESSIVES =
      WordLists.load("first-and-second-person-possessives");

  static final Set<String> ARTICLES = WordLists.load("articles");

  /** "they", "we", "you": a pronoun that speaks for someone the story need not name. */
  static final Set<String> UNNAMED_SPEAKER_PRONOUNS = WordLists.load("unnamed-speaker-pronouns");

  static final Set<String> RELATIVE_PRONOUNS = WordLists.load("relative-pronouns");

  /** "who", "which": after a comma, the start of an aside about the noun before it. */
  static final Set<String> ASIDE_RELATIVES = WordLists.load("aside-relatives");

  /** "the", "this", "that": a determiner of a description that refers back. */
  static final Set<String> REFERRING_DETERMINERS = WordLists.load("referring-determiners");

  /** "he", "she": one person as a clause's subject. */
  static final Set<String> PERSON_SUBJECT_PRONOUNS = WordLists.load("person-subject-pronouns");

  /** "his", "her": a possessive whose gender tells whose it is. */
  static final Set<String> GENDERED_POSSESSIVES = WordLists.load("gendered-possessives");

  /** "it", "they": a pronoun that may speak for an organisation or a group named before. */
  static final Set<String> GROUP_PRONOUNS = WordLists.load("group-pronouns");

  /** "he", "they": a pronoun that says someone spoke even when it cannot be resolved. */
  static final Set<String> SPEAKER_PRONOUNS = WordLists.load("speaker-pronouns");

  /** "as", "what": after these a verb of saying is an aside ("as we've said"). */
  static final Set<String> ASIDE_OPENERS = WordLists.load("aside-openers");

  /** "by", "from": the word before who is behind a document ("a report from the ministry"). */
  static final Set<String> SOURCE_LINKS = WordLists.load("source-links");

  /** "whether", "if": the opening of a question a verb of asking reports. */
  static final Set<String> QUESTION_CLAUSE_OPENERS = WordLists.load("question-clause-openers");

  /** "a spokesman for the ministry": a word after which the head before it still speaks. */
  static final Set<String> PHRASE_LINKS = WordLists.load("phrase-links");

  static final Set<String> NEGATIONS = WordLists.load("negations");

  /** "of Springfield", "from Halifax": the word that opens a hometown aside. */
  static final Set<String> HOMETOWN_LINKS = WordLists.load("hometown-links");

  /** Common English first names by gender, enough to choose between "he" and "she". */
  private static final Set<String> FEMALE_NAMES = WordLists.load("female-names");

  private static final Set<String> MALE_NAMES = WordLists.load("male-names");

  /** First names given to boys and girls alike: they tell nothing. */
  private static final Set<String> UNISEX_NAMES = WordLists.load("unisex-names");

  /** The role noun each short title stands for ("sen." → "senator"). */
  private static final Map<String, Set<String>> TITLE_ABBREVIATIONS =
      WordLists.mapping("title-abbreviations");

  /** Other nouns a story uses for a role: "Justice Marguerite Sélincourt" … "the judge said". */
  private static final Map<String, Set<String>> ROLE_SYNONYMS = WordLists.mapping("role-synonyms");

  private static final Map<String, Gender> PRONOUN_GENDERS = new HashMap<>();

  static {
    WordLists.mapping("pronoun-genders")
        .forEach(
            (pronoun, gender) ->
                PRONOUN_GENDERS.put(
                    pronoun, Gender.valueOf(gender.iterator().next().toUpperCase(Locale.ROOT))));
  }

  /**
   * Words a body's name uses to say what kind of body it is, by family: "agency office bureau …",
   * "coalition alliance …".
   */
  private static final Map<String, String> BODY_KIND_FAMILIES = bodyKindFamilies();

  private static Map<String, String> bodyKindFamilies() {
    Map<String, String> families = new HashMap<>();
    for (String family : WordLists.phrases("body-kinds")) {
      for (String kind : family.split("\\s+")) {
        families.put(kind, family);
      }
    }
    return Map.copyOf(families);
  }

  static boolean isReportingVerb(String lower) {
    return SPEECH_VERBS.contains(lower) || BELIEF_VERBS.contains(lower);
  }

  /**
   * A word that names a person's role by itself: a personal title or a role noun, not an adjective
   * like "Democratic".
   */
  static boolean isRoleHead(String w) {
    return PERSONAL_TITLES.contains(w)
        || ROLE_NOUNS.contains(w) && !ORGANISATION_WORDS.contains(w)
        || !TITLES.contains(w) && isRoleNoun(w) && !ORGANISATION_WORDS.contains(w);
  }

  /**
   * Whether a lower-case noun names a role a person has ("chairwoman", "pollster", "spokesman"):
   * the title list, or a typical ending of nouns for people.
   */
  static boolean isRoleNoun(String lower) {
    if (TITLES.contains(lower) || ROLE_NOUNS.contains(lower)) {
      return true;
    }
    return lower.length() > 4
        && (lower.endsWith("man")
            || lower.endsWith("woman")
            || lower.endsWith("person")
            || lower.endsWith("ist")
            || lower.endsWith("ian")
            || lower.endsWith("ant")
            || lower.endsWith("or")
            || lower.endsWith("er")
            || lower.endsWith("eur"));
  }

  /** "his", "her", "their", "its": whose the thing is, someone the story may name. */
  static boolean isThirdPersonPossessive(String lower) {
    return POSSESSIVE_PRONOUNS.contains(lower)
        && !FIRST_AND_SECOND_PERSON_POSSESSIVES.contains(lower);
  }

  static boolean isBodyKind(String lower) {
    return BODY_KIND_FAMILIES.containsKey(lower);
  }

  /**
   * Whether {@code word} in a body's name makes it a body of the kind {@code kind} names ("Office"
   * for "agency").
   */
  static boolean isSameBodyKind(String word, String kind) {
    String family = BODY_KIND_FAMILIES.get(word);
    return family != null && family.equals(BODY_KIND_FAMILIES.get(kind));
  }

  /**
   * Whether {@code word} in a body's name makes it a kind of body {@code kind} does not name
   * ("Coalition" for "agency").
   */
  static boolean isOtherBodyKind(String word, String kind) {
    String family = BODY_KIND_FAMILIES.get(word);
    return family != null && !family.equals(BODY_KIND_FAMILIES.get(kind));
  }

  /** Expands a short title to the role noun it stands for ("sen." → "senator"). */
  static String expandTitle(String lower) {
    Set<String> role = TITLE_ABBREVIATIONS.get(lower);
    return role == null ? lower : role.iterator().next();
  }

  /** Other nouns a story uses for a role: "Justice Marguerite Sélincourt" … "the judge said". */
  static Set<String> roleSynonyms(String role) {
    return ROLE_SYNONYMS.getOrDefault(role, Set.of());
  }

  /** Gender a third-person pronoun carries ("he", "him", "his"; "she", "her", "hers"), or null. */
  static Gender genderOfPronoun(String lower) {
    return PRONOUN_GENDERS.get(lower);
  }

  /** Gender a title or role noun implies, or null. */
  static Gender genderOfTitle(String lower) {
    if (FEMALE_TITLES.contains(lower) || lower.endsWith("woman")) {
      return Gender.FEMALE;
    }
    if (MALE_TITLES.contains(lower)
        || (lower.endsWith("man") && !lower.endsWith("woman") && lower.length() > 5)) {
      return Gender.MALE;
    }
    return null;
  }

  /** Whether a lower-case word is a common first name, of either gender or both. */
  static boolean isFirstName(String lower) {
    String name = NewsText.withoutAccents(lower);
    return UNISEX_NAMES.contains(name) || FEMALE_NAMES.contains(name) || MALE_NAMES.contains(name);
  }

  static Gender genderOfFirstName(String lower) {
    String name = NewsText.withoutAccents(lower);
    if (UNISEX_NAMES.contains(name)) {
      return null;
    }
    boolean female = FEMALE_NAMES.contains(name);
    boolean male = MALE_NAMES.contains(name);
    if (female == male) {
      return null;
    }
    return female ? Gender.FEMALE : Gender.MALE;
  }

  enum Gender {
    MALE,
    FEMALE
  }
}
