package org.briefbot.core.quotes;

import java.util.Set;
import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;
import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * Finds the subject of a verb of saying, looking left from it: past adverbs and time words, past an
 * aside between commas or dashes (an age, a hometown, a role), from "who" to its antecedent, from a
 * participle to the subject of the clause's first verb.
 */
final class Subjects {
  private static final Set<String> SKIPPED_ADVERBS = WordLists.load("skipped-adverbs");

  static final Set<String> SUBJECT_VERB_GAP_WORDS = WordLists.load("subject-verb-gap-words");

  private final StoryTokens tokens;

  private final People people;

  private final SpeakerPhrases phrases;
  private final SubjectAsides asides;

  Subjects(StoryTokens tokens, People people, SpeakerPhrases phrases) {
    this.tokens = tokens;
    this.people = people;
    this.phrases = phrases;
    this.asides = new SubjectAsides(tokens, people);
  }

  /** The token before a parenthesis that ends at {@code i} ("(D-Md.)"), or {@code i}. */
  int beforeParenthesis(int i, int from) {
    return asides.beforeParenthesis(i, from);
  }

  /**
   * The subject of the verb at {@code v}, looking left no further than {@code from}: past adverbs
   * and auxiliaries, past an aside between commas, and from "who" to its antecedent.
   */
  Speaker subjectOf(int v, int from) {
    return subjectOf(v, from, 0);
  }

  private Speaker subjectOf(int v, int from, int depth) {
    int quoted = quotedAsSaying(v, from);
    if (quoted >= 0) {
      // the one quoted speaks, not the agency quoting them
      return phrases.nounPhraseAfter(quoted, v - 1);
    }
    int i = subjectEnd(v, from);
    if (i < from) {
      return null;
    }
    i = asides.beforeParenthesis(i, from); // "Rep. Elijah E. Cummings (D-Md.) said"
    if (tokens.word(i).equals(",") && tokens.isParticiple(v) || tokens.pos(i).equals("CCONJ")) {
      // "Trump attacked Clinton, saying …", "She urges her husband … and says …": the subject of
      // the clause's first verb
      return subjectOfFirstVerb(i, from, depth);
    }
    if (tokens.isDash(i) && depth == 0) {
      // "Kall -- co-editor of Debating The Donald -- said": the subject stands before the aside
      return subjectBeforeDashes(v, i, from);
    }
    if (tokens.word(i).equals(",")) {
      return subjectBeforeCommaAside(v, i, from);
    }
    if (tokens.pos(i).startsWith("PRON") && Lexicon.RELATIVE_PRONOUNS.contains(tokens.lower(i))) {
      return antecedentOfRelative(v, i, from);
    }
    int relative = asides.relativeClauseStart(i, from);
    if (relative >= 0) {
      // "Residents who spoke to The Canadian Press said": the head before the clause speaks
      Speaker head = phrases.nounPhraseEndingAt(relative - 1, from, v);
      if (head != null) {
        return head;
      }
    }
    return phrases.nounPhraseEndingAt(i, from, v);
  }

  /**
   * Where the subject of the verb at {@code v} ends: before the adverbs, auxiliaries and time words
   * between them ("Sanders on Tuesday said", "Trump last week said"); below {@code from} when
   * nothing is left.
   */
  private int subjectEnd(int v, int from) {
    int i = v - 1;
    while (i >= from
        && (tokens.pos(i).equals("ADV")
            || tokens.pos(i).startsWith("AUX")
            || tokens.pos(i).equals("PART")
            || SKIPPED_ADVERBS.contains(tokens.lower(i)))) {
      i--;
    }
    if (i < from) {
      return i;
    }
    if (i - 1 >= from
        && (SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i)) || tokens.pos(i).equals("NUM"))
        && tokens.pos(i - 1).equals("ADP")) {
      i -= 2; // "Sanders on Tuesday said", "who in 2010 said"
    } else if (i - 1 >= from
        && SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i))
        && SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i - 1))) {
      i -= 2; // "Wells Fargo this month announced", "Trump last week said"
      while (i >= from
          && (tokens.pos(i).equals("ADV") || SKIPPED_ADVERBS.contains(tokens.lower(i)))) {
        i--;
      }
    }
    return i;
  }

  /** The subject of the first finite verb of the clause before {@code i} (not too deep). */
  private Speaker subjectOfFirstVerb(int i, int from, int depth) {
    if (depth >= 2) {
      return null;
    }
    for (int k = Math.max(from, i - 40); k < i; k++) {
      boolean finite =
          tokens.pos(k).startsWith("VERB") && !tokens.isParticiple(k)
              || tokens.pos(k).startsWith("AUX");
      if (finite && !tokens.quoted(k)) {
        Speaker subject = subjectOf(k, from, depth + 1);
        if (subject != null) {
          return subject;
        }
      }
    }
    return null;
  }

  /** The subject before an aside between dashes that ends at {@code i}. */
  private Speaker subjectBeforeDashes(int v, int i, int from) {
    int j = i - 1;
    while (j >= from && !tokens.isDash(j) && !tokens.isQuoteMark(j) && i - j <= 30) {
      j--;
    }
    if (j > from && tokens.isDash(j)) {
      Speaker named = asides.personBeforeAppositive(j - 1, from, v);
      return named != null ? named : phrases.nounPhraseEndingAt(j - 1, from, v);
    }
    return null;
  }

  /** The subject before, or named in, an aside between commas that ends at {@code i}. */
  private Speaker subjectBeforeCommaAside(int v, int i, int from) {
    int relative = asides.relativeAsideStart(i, from);
    if (relative >= 0) {
      // "Lindqvist, who grew up in Antigonish, N.S., said": the person before the clause
      Speaker before =
          phrases.nounPhraseEndingAt(asides.beforeParenthesis(relative - 1, from), from, v);
      if (before != null) {
        return before;
      }
    }
    int j = i - 1;
    while (j >= from && !tokens.word(j).equals(",") && !tokens.isQuoteMark(j) && i - j <= 30) {
      j--;
    }
    if (j >= from && tokens.word(j).equals(",")) {
      j = asides.beforeHometownAsides(j, i, from);
      if (j - 2 >= from && tokens.pos(j - 1).equals("NUM") && tokens.word(j - 2).equals(",")) {
        j -= 2; // "Eleanor Whitby, 29, a junior doctor at St Aldric's, said": past the age too
      }
      Mention aside = people.mentionAt(j + 1);
      if (aside != null
          && aside.type() == MentionType.NAME
          && aside.first() == j + 1
          && (aside.end() == i || People.isAffiliationLink(tokens.lower(aside.end())))
          && !aside.entity().organisation) {
        // ("Another economist, Priyanka Rao of the Westmount Policy Centre, said")
        // "A ministry spokesman, Erik Vang, said": the name in the aside is the speaker
        return new Speaker(
            aside.entity(),
            "",
            tokens.textOf(aside.first(), aside.end()),
            v,
            Resolution.NAME_IN_ASIDE);
      }
      // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
      Speaker beforeAside =
          phrases.nounPhraseEndingAt(asides.beforeParenthesis(j - 1, from), from, v);
      if (beforeAside != null) {
        return beforeAside;
      }
    }
    return null;
  }

  /** The person "who" or "which" at {@code i} refers to. */
  private Speaker antecedentOfRelative(int v, int i, int from) {
    int k = i - 1;
    if (k >= from && tokens.word(k).equals(",")) {
      k--;
      // "Dana Whitlock, now the harbour commissioner, who said": the person, not the role
      Mention before = people.mentionAt(k);
      Speaker named =
          before == null || before.type() != MentionType.NAME
              ? asides.personBeforeAppositive(k, from, v)
              : null;
      if (named != null) {
        return named;
      }
    }
    return phrases.nounPhraseEndingAt(k, from, v);
  }

  /** "quoted President Idris Malekov as saying …": the token of "quoted" before the verb, or -1. */
  int quotedAsSaying(int v, int from) {
    if (v < 2 || !tokens.lower(v).equals("saying") || !tokens.lower(v - 1).equals("as")) {
      return -1;
    }
    for (int k = v - 3; k >= Math.max(from, v - 12); k--) {
      if (Lexicon.QUOTING_VERBS.contains(tokens.lower(k))) {
        return k;
      }
    }
    return -1;
  }
}
