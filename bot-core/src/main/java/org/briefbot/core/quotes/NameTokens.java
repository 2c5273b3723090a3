package org.briefbot.core.quotes;

import static org.briefbot.core.quotes.People.bare;
import static org.briefbot.core.quotes.People.isAllCaps;
import static org.briefbot.core.quotes.People.stripPossessive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which tokens belong to a name: a capitalised word that goes on a name or opens one (not a
 * sentence's first word that only happens to be capitalised, not a headline's verb), and the name's
 * words as written.
 */
final class NameTokens {
  /** Verbs that headlines put between two names ("Hillary Clinton Goes After Donald Trump"). */
  private static final Set<String> HEADLINE_VERBS = WordLists.load("headline-verbs");

  private final StoryTokens tokens;
  private final NameEntities entities;

  NameTokens(StoryTokens tokens, NameEntities entities) {
    this.tokens = tokens;
    this.entities = entities;
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
        && (Lexicon.ROLE_NOUNS.contains(tokens.lower(t))
            || Lexicon.PEOPLE_NOUNS.contains(tokens.lower(t)))
        && !Lexicon.TITLES.contains(tokens.lower(t))
        && t + 1 < tokens.sentenceLast(sentence)
        && Lexicon.isFirstName(tokens.lower(t + 1))) {
      return false; // "Farmer/PROPN John Lund said": the role, capitalised as a sentence opens
    }
    if (pos.equals("PROPN") || pos.startsWith("PROPN+")) {
      return true;
    }
    if (pos.startsWith("PRON") && !Lexicon.CLOSED_CLASS.contains(tokens.pronounOf(t))) {
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
        || Lexicon.TITLES.contains(tokens.lower(t))
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
        && Lexicon.MARKET_NAMES.contains(bare(tokens.lower(t + 1)))
        && (t + 2 >= last || !tokens.pos(t + 2).startsWith("PROPN"))
        && pos.startsWith("NOUN")
        && !Lexicon.CLOSED_CLASS.contains(tokens.lower(t))
        && !Lexicon.NOT_NAMES.contains(tokens.lower(t))) {
      return true; // "Elections Canada", "Statistics Canada": a public body named for its field and
      // its country
    }
    if (t + 1 < last
        && tokens.isCapitalized(t + 1)
        && entities.organisationNamedFirstAs(
                List.of(tokens.word(t), stripPossessive(tokens.word(t + 1))))
            != null) {
      return true; // "Northern Skies said" after "Northern Skies Airlines"
    }
    if (t + 1 >= last
        || !tokens.pos(t + 1).startsWith("PROPN")
        || Lexicon.NOT_NAMES.contains(bare(tokens.lower(t + 1)))
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
    if (Lexicon.TITLES.contains(lower)
        || Lexicon.ROLE_NOUNS.contains(lower)
        || Lexicon.ORGANISATION_WORDS.contains(lower)
        || Lexicon.NOT_NAMES.contains(lower)
        || Lexicon.CLOSED_CLASS.contains(lower)
        || Lexicon.THING_WORDS.contains(lower)
        || lower.endsWith("s")) {
      return false;
    }
    int end = t + 1;
    boolean firm = false;
    while (end < last && end - t <= 4 && isNameToken(end, sentence)) {
      firm |= Lexicon.ORGANISATION_WORDS.contains(bare(tokens.lower(end)));
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
   * "Says", "Said", "Warns", "Goes": a verb capitalised in a title-case line, never part of a name.
   */
  static boolean isHeadlineVerb(String lower) {
    return Lexicon.SPEECH_VERBS.contains(lower) && lower.endsWith("s") && !lower.endsWith("ss")
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
        && Lexicon.ORGANISATION_WORDS.contains(bare(tokens.lower(next)));
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
   * Whether {@code [first, end)} holds an organisation word followed by "of": "Department of
   * Health".
   */
  boolean isOrganisationOf(int first, int end) {
    for (int k = first + 1; k < end; k++) {
      if (tokens.lower(k).equals("of")
          && Lexicon.ORGANISATION_WORDS.contains(bare(tokens.lower(k - 1)))) {
        return true;
      }
    }
    return false;
  }
}
