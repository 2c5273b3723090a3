package org.briefbot.core.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefbot.core.nlp.NewsText;

/**
 * The word lists attribution relies on: speech verbs, titles and role nouns, organisation words,
 * pronouns, and common first names for a speaker's gender. All lower case.
 */
final class Lexicon {
  private Lexicon() {}

  /** Verbs that introduce what someone said, in every form a story uses. */
  private static final Set<String> SPEECH_VERBS = WordLists.load("speech-verbs");

  /** Verbs of belief and expectation: they report a view, never a quotation. */
  private static final Set<String> BELIEF_VERBS = WordLists.load("belief-verbs");

  /** Verbs whose subject is a poll, report or study; they report only with an explicit "that". */
  private static final Set<String> EVIDENCE_VERBS = WordLists.load("evidence-verbs");

  /**
   * Verbs that name how someone put something: enough for quoted words ("called it "a disgrace"").
   */
  private static final Set<String> NAMING_VERBS = WordLists.load("naming-verbs");

  /** Forms that take the addressee right after them: "told reporters that …". */
  private static final Set<String> ADDRESSEE_VERBS = WordLists.load("addressee-verbs");

  /** Speech verbs that introduce reported speech with no "that": "She said the talks failed." */
  private static final Set<String> BARE_CLAUSE_VERBS = WordLists.load("bare-clause-verbs");

  /** Verbs whose noun-phrase object is what was said: "cited the figures", "denied the report". */
  private static final Set<String> OBJECT_REPORT_VERBS = WordLists.load("object-report-verbs");

  static boolean reportsItsObject(String lower) {
    return OBJECT_REPORT_VERBS.contains(lower);
  }

  /** Speech verbs that can sit alone after a quote: {@code "…," he said.} Broad on purpose. */
  static boolean isSpeechVerb(String lower) {
    return SPEECH_VERBS.contains(lower);
  }

  /** Participles that start a second statement of the same speaker: ", adding that …". */
  private static final Set<String> FOLLOW_ON_CUES = WordLists.load("follow-on-cues");

  static boolean isFollowOnCue(String lower) {
    return FOLLOW_ON_CUES.contains(lower);
  }

  static boolean isReportingVerb(String lower) {
    return SPEECH_VERBS.contains(lower) || BELIEF_VERBS.contains(lower);
  }

  static boolean isEvidenceVerb(String lower) {
    return EVIDENCE_VERBS.contains(lower);
  }

  static boolean isNamingVerb(String lower) {
    return NAMING_VERBS.contains(lower);
  }

  static boolean takesAddressee(String lower) {
    return ADDRESSEE_VERBS.contains(lower);
  }

  static boolean takesBareClause(String lower) {
    return BARE_CLAUSE_VERBS.contains(lower);
  }

  /** Words of a person's title or role, before or after a name ("Secretary of State", "Sen."). */
  private static final Set<String> TITLES = WordLists.load("titles");

  /** Personal titles that mark the next word as a person's name ("Mr. Obama", "Sen. Paul"). */
  private static final Set<String> PERSONAL_TITLES = WordLists.load("personal-titles");

  private static final Set<String> FEMALE_TITLES = WordLists.load("female-titles");
  private static final Set<String> MALE_TITLES = WordLists.load("male-titles");

  /** Words that make a capitalised name an organisation's. */
  private static final Set<String> ORGANISATION_WORDS = WordLists.load("organisation-words");

  /**
   * Words that are never part of a person's name: places, days, months, common capitalised words.
   */
  private static final Set<String> NOT_NAMES = WordLists.load("not-names");

  private static final Set<String> PERSONAL_PRONOUNS = WordLists.load("personal-pronouns");

  /** Common English first names by gender, enough to choose between "he" and "she". */
  private static final Set<String> FEMALE_NAMES = WordLists.load("female-names");

  private static final Set<String> MALE_NAMES = WordLists.load("male-names");

  /** Things with capitalised names that never speak: events, laws, places, works. */
  private static final Set<String> THING_WORDS = WordLists.load("thing-words");

  private static final Set<String> NAME_PARTICLES = WordLists.load("name-particles");

  /** Writings that "say" things in news: "the report said", "the letter reads". */
  private static final Set<String> DOCUMENT_WORDS = WordLists.load("document-words");

  static boolean isDocumentWord(String lower) {
    return DOCUMENT_WORDS.contains(lower);
  }

  static boolean isThingWord(String lower) {
    return THING_WORDS.contains(lower);
  }

  static boolean isNameParticle(String lower) {
    return NAME_PARTICLES.contains(lower);
  }

  /**
   * A word that names a person's role by itself: a personal title or a role noun, not an adjective
   * like "Democratic".
   */
  static boolean isRoleHead(String lower) {
    String w = lower;
    return PERSONAL_TITLES.contains(w)
        || ROLE_NOUNS.contains(w) && !ORGANISATION_WORDS.contains(w)
        || !TITLES.contains(w) && isRoleNoun(w) && !ORGANISATION_WORDS.contains(w);
  }

  /**
   * Nouns for a person the story has just named, by what they are rather than a role they hold:
   * "the woman said", "the 41-year-old doctor said", "the mother of three says".
   */
  private static final Set<String> PEOPLE_NOUNS = WordLists.load("people-nouns");

  static boolean isPeopleNoun(String lower) {
    return PEOPLE_NOUNS.contains(lower);
  }

  /**
   * Nouns that describe a person as an adjective would: "the veteran engineer", "the rookie
   * goalie".
   */
  private static final Set<String> DESCRIBING_NOUNS = WordLists.load("describing-nouns");

  static boolean isDescribingNoun(String lower) {
    return DESCRIBING_NOUNS.contains(lower);
  }

  /** Nouns a story uses for a firm it has named: "the company said", "the airline said". */
  private static final Set<String> COMPANY_NOUNS = WordLists.load("company-nouns");

  static boolean isCompanyNoun(String lower) {
    return COMPANY_NOUNS.contains(lower);
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

  /**
   * Last words of a firm's national arm ("Shell Canada", "Airbus Americas"); no person's surname.
   */
  private static final Set<String> MARKET_NAMES = WordLists.load("market-names");

  static boolean isMarketName(String lower) {
    return MARKET_NAMES.contains(lower);
  }

  static boolean isTitle(String lower) {
    return TITLES.contains(lower);
  }

  static boolean isPersonalTitle(String lower) {
    return PERSONAL_TITLES.contains(lower);
  }

  static boolean isOrganisationWord(String lower) {
    return ORGANISATION_WORDS.contains(lower);
  }

  static boolean isNeverName(String lower) {
    return NOT_NAMES.contains(lower);
  }

  private static final Set<String> CLOSED_CLASS = WordLists.load("closed-class");

  /** Pronouns and determiners: never a name, whatever the tagger says. */
  static boolean isClosedClassWord(String lower) {
    return CLOSED_CLASS.contains(lower);
  }

  static boolean isPersonalPronoun(String lower) {
    return PERSONAL_PRONOUNS.contains(lower);
  }

  /** Gender a title or role noun implies, or null. */
  private static final Set<String> POSSESSIVE_PRONOUNS = WordLists.load("possessive-pronouns");

  /** "his", "her", "their" …: a pronoun that can stand before a noun as its determiner. */
  static boolean isPossessivePronoun(String lower) {
    return POSSESSIVE_PRONOUNS.contains(lower);
  }

  /** "his", "her", "their", "its": whose the thing is, someone the story may name. */
  static boolean isThirdPersonPossessive(String lower) {
    return isPossessivePronoun(lower) && !FIRST_AND_SECOND_PERSON_POSSESSIVES.contains(lower);
  }

  private static final Set<String> FIRST_AND_SECOND_PERSON_POSSESSIVES =
      WordLists.load("first-and-second-person-possessives");
  private static final Set<String> ARTICLES = WordLists.load("articles");
  private static final Set<String> UNNAMED_SPEAKER_PRONOUNS =
      WordLists.load("unnamed-speaker-pronouns");
  private static final Set<String> RELATIVE_PRONOUNS = WordLists.load("relative-pronouns");
  private static final Set<String> ASIDE_RELATIVES = WordLists.load("aside-relatives");
  private static final Set<String> REFERRING_DETERMINERS = WordLists.load("referring-determiners");

  private static final Set<String> PERSON_SUBJECT_PRONOUNS =
      WordLists.load("person-subject-pronouns");
  private static final Set<String> GENDERED_POSSESSIVES = WordLists.load("gendered-possessives");
  private static final Set<String> GROUP_PRONOUNS = WordLists.load("group-pronouns");
  private static final Set<String> ASIDE_OPENERS = WordLists.load("aside-openers");
  private static final Set<String> SOURCE_LINKS = WordLists.load("source-links");
  private static final Set<String> QUESTION_CLAUSE_OPENERS =
      WordLists.load("question-clause-openers");

  /** "he", "she": one person as a clause's subject. */
  static boolean isPersonSubjectPronoun(String lower) {
    return PERSON_SUBJECT_PRONOUNS.contains(lower);
  }

  /** "his", "her": a possessive whose gender tells whose it is. */
  static boolean isGenderedPossessive(String lower) {
    return GENDERED_POSSESSIVES.contains(lower);
  }

  /** "it", "they": a pronoun that may speak for an organisation or a group named before. */
  static boolean isGroupPronoun(String lower) {
    return GROUP_PRONOUNS.contains(lower);
  }

  /** "as", "what": after these a verb of saying is an aside ("as we've said"). */
  static boolean opensAside(String lower) {
    return ASIDE_OPENERS.contains(lower);
  }

  /** "by", "from": the word before who is behind a document ("a report from the ministry"). */
  static boolean isSourceLink(String lower) {
    return SOURCE_LINKS.contains(lower);
  }

  /** "whether", "if": the opening of a question a verb of asking reports. */
  static boolean opensQuestionClause(String lower) {
    return QUESTION_CLAUSE_OPENERS.contains(lower);
  }

  static boolean isArticle(String lower) {
    return ARTICLES.contains(lower);
  }

  /** "they", "we", "you": a pronoun that speaks for someone the story need not name. */
  static boolean isUnnamedSpeakerPronoun(String lower) {
    return UNNAMED_SPEAKER_PRONOUNS.contains(lower);
  }

  static boolean isRelativePronoun(String lower) {
    return RELATIVE_PRONOUNS.contains(lower);
  }

  /** "who", "which": after a comma, the start of an aside about the noun before it. */
  static boolean opensRelativeAside(String lower) {
    return ASIDE_RELATIVES.contains(lower);
  }

  /** "the", "this", "that": a determiner of a description that refers back. */
  static boolean isReferringDeterminer(String lower) {
    return REFERRING_DETERMINERS.contains(lower);
  }

  /** Gender a third-person pronoun carries ("he", "him", "his"; "she", "her", "hers"), or null. */
  static Gender genderOfPronoun(String lower) {
    return PRONOUN_GENDERS.get(lower);
  }

  private static final Map<String, Gender> PRONOUN_GENDERS = new HashMap<>();

  static {
    WordLists.mapping("pronoun-genders")
        .forEach(
            (pronoun, gender) ->
                PRONOUN_GENDERS.put(
                    pronoun, Gender.valueOf(gender.iterator().next().toUpperCase(Locale.ROOT))));
  }

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

  /** First names given to boys and girls alike: they tell nothing. */
  private static final Set<String> UNISEX_NAMES = WordLists.load("unisex-names");

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

  private static final Set<String> ROLE_NOUNS = WordLists.load("role-nouns");

  /** Public bodies, which speak through statements: "The city says it will review the request". */
  private static final Set<String> PUBLIC_BODIES = WordLists.load("public-bodies");

  static boolean isPublicBody(String lower) {
    return PUBLIC_BODIES.contains(lower);
  }

  /**
   * A role noun from the list (not guessed from its ending: "Baker" and "Fisher" are names too).
   */
  static boolean isListedRoleNoun(String lower) {
    return ROLE_NOUNS.contains(lower);
  }

  /** The role noun each short title stands for ("sen." → "senator"). */
  private static final Map<String, Set<String>> TITLE_ABBREVIATIONS =
      WordLists.mapping("title-abbreviations");

  /** Other nouns a story uses for a role: "Justice Marguerite Sélincourt" … "the judge said". */
  private static final Map<String, Set<String>> ROLE_SYNONYMS = WordLists.mapping("role-synonyms");

  /** Expands a short title to the role noun it stands for ("sen." → "senator"). */
  static String expandTitle(String lower) {
    Set<String> role = TITLE_ABBREVIATIONS.get(lower);
    return role == null ? lower : role.iterator().next();
  }

  /** Other nouns a story uses for a role: "Justice Marguerite Sélincourt" … "the judge said". */
  static Set<String> roleSynonyms(String role) {
    return ROLE_SYNONYMS.getOrDefault(role, Set.of());
  }

  private static final Set<String> PHRASE_LINKS = WordLists.load("phrase-links");
  private static final Set<String> QUOTING_VERBS = WordLists.load("quoting-verbs");
  private static final Set<String> NEGATIONS = WordLists.load("negations");
  private static final Set<String> SPEAKER_PRONOUNS = WordLists.load("speaker-pronouns");
  private static final Set<String> SPEECH_FORMS_WHATEVER_THE_TAG =
      WordLists.load("speech-forms-whatever-the-tag");
  private static final Set<String> HOMETOWN_LINKS = WordLists.load("hometown-links");

  /** "a spokesman for the ministry": a word after which the head before it still speaks. */
  static boolean isPhraseLink(String lower) {
    return PHRASE_LINKS.contains(lower);
  }

  /** "quoted … as saying": a verb whose object, not its subject, speaks. */
  static boolean isQuotingVerb(String lower) {
    return QUOTING_VERBS.contains(lower);
  }

  static boolean isNegation(String lower) {
    return NEGATIONS.contains(lower);
  }

  /** "he", "they": a pronoun that says someone spoke even when it cannot be resolved. */
  static boolean isSpeakerPronoun(String lower) {
    return SPEAKER_PRONOUNS.contains(lower);
  }

  /** "said", "told": a speech verb whatever the tagger made of it. */
  static boolean isSpeechVerbWhateverItsTag(String lower) {
    return SPEECH_FORMS_WHATEVER_THE_TAG.contains(lower);
  }

  /** "of Springfield", "from Halifax": the word that opens a hometown aside. */
  static boolean isHometownLink(String lower) {
    return HOMETOWN_LINKS.contains(lower);
  }

  enum Gender {
    MALE,
    FEMALE
  }
}
