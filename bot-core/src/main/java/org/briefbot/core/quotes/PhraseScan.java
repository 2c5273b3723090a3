package org.briefbot.core.quotes;

import java.util.Set;

/**
 * Reads the phrases around a verb of saying: where a noun chunk or a run of adverbials ends, where
 * the subject before a verb starts, whether a stretch has a verb. Reads the story, changes nothing.
 */
final class PhraseScan {
  /** "most", "many": words that may open a subject ("said most customers would …"). */
  static final Set<String> QUANTIFIERS = WordLists.load("quantifiers");

  /** Time words and the like right after a verb: "said Tuesday", "announced Monday morning". */
  static final Set<String> ADJUNCT_OPENERS = WordLists.load("verb-adjunct-openers");

  private final StoryTokens tokens;
  private final Attribution attribution;

  PhraseScan(StoryTokens tokens, Attribution attribution) {
    this.tokens = tokens;
    this.attribution = attribution;
  }

  boolean hasVerb(int from, int to) {
    from = Math.max(from, to - ClauseScan.MAX_CLAUSE_TOKENS);
    for (int t = from; t < to; t++) {
      if (tokens.pos(t).startsWith("VERB")
          || tokens.pos(t).startsWith("AUX")
          || tokens.pos(t).contains("+AUX")) {
        return true;
      }
    }
    return false;
  }

  /** Skips "on Friday", "in a statement", "in an interview with CNN", "earlier", "however,". */
  int skipAdverbials(int i, int last) {
    for (int round = 0; round < 6 && i < last; round++) {
      String lower = tokens.lower(i);
      String pos = tokens.pos(i);
      if (lower.equals("that")) {
        return i;
      }
      if (lower.equals("about") && i + 1 < last && tokens.pos(i + 1).equals("NUM")) {
        return i; // "said about 20 traders have …": a number, not a topic
      }
      if (lower.equals("there")
          && i + 1 < last
          && (tokens.pos(i + 1).startsWith("AUX") || tokens.pos(i + 1).startsWith("VERB"))) {
        return i; // "say there are concerns": the clause's subject, not an adverb
      }
      if (pos.equals("ADP")) {
        int after = skipNominal(i + 1, last);
        i = Math.max(after, i + 1);
        continue;
      }
      if (ADJUNCT_OPENERS.contains(lower) && !pos.startsWith("VERB")) {
        // "said last week", "said Tuesday | the clinics would …": only the time words, not the
        // subject after them
        i++;
        while (i < last
            && ADJUNCT_OPENERS.contains(tokens.lower(i))
            && !tokens.pos(i).equals("ADP")) {
          i++;
        }
        continue;
      }
      if (pos.equals("ADV")
          && !(QUANTIFIERS.contains(lower)
              && i + 1 < last
              && (tokens.pos(i + 1).startsWith("NOUN") || tokens.pos(i + 1).equals("ADJ")))) {
        i++; // (but "said most customers would …": "most" opens the clause's subject)
        continue;
      }
      if (tokens.word(i).equals(",")
          && i + 1 < last
          && (tokens.pos(i + 1).equals("ADV") || tokens.lower(i + 1).equals("that"))) {
        i++;
        continue;
      }
      if (tokens.word(i).equals(",") && round > 0) {
        // "at a campaign stop in Toledo, Ohio, that …"
        int after = skipNominal(i + 1, last);
        if (after > i + 1 && after - i <= 4 && after < last && tokens.word(after).equals(",")) {
          i = after + 1;
          continue;
        }
      }
      break;
    }
    return i;
  }

  /**
   * Skips a noun chunk: determiners, adjectives, nouns, names, numbers, possessives, "of" + chunk.
   */
  int skipNominal(int i, int last) {
    int start = i;
    while (i < last) {
      String pos = tokens.pos(i);
      if (tokens.quoted(i) || tokens.isQuoteMark(i)) {
        break;
      }
      if (pos.equals("DET")
          || pos.equals("ADJ")
          || pos.startsWith("NOUN")
          || pos.startsWith("PROPN")
          || pos.equals("NUM")
          || tokens.word(i).equals("-")
          || pos.startsWith("PRON") && i == start && tokens.isPossessive(i)
          || tokens.lower(i).equals("of")
              && i > start
              && i + 1 < last
              && (tokens.pos(i + 1).equals("DET")
                  || tokens.pos(i + 1).startsWith("PROPN")
                  || tokens.pos(i + 1).startsWith("NOUN"))) {
        if (pos.equals("DET") && i > start && !tokens.lower(i - 1).equals("of")) {
          break; // "on Friday | the talks had failed": a determiner starts the next phrase
        }
        i++;
        continue;
      }
      if (i == start
          && (pos.startsWith("PRON") && opensSubject(tokens.lower(i))
              || QUANTIFIERS.contains(tokens.lower(i)))) {
        i++;
        continue;
      }
      if (tokens.lower(i).equals("and")
          && i > start
          && i + 1 < last
          && tokens.pos(i - 1).startsWith("PROPN")
          && tokens.pos(i + 1).startsWith("PROPN")) {
        i++; // "told The Globe and Mail that …"
        continue;
      }
      if (pos.startsWith("VERB")
          && tokens.lower(i).endsWith("ed")
          && i > start
          && i + 1 < last
          && (tokens.pos(i - 1).equals("DET") || tokens.pos(i - 1).equals("ADJ"))
          && tokens.pos(i + 1).startsWith("NOUN")) {
        i++; // "in an emailed statement", "a prepared statement"
        continue;
      }
      break;
    }
    return i;
  }

  /** The comma right before the subject of the verb at {@code v} ("…, officials said"), or -1. */
  int commaBeforeSubject(int v, int first) {
    int i = v - 1;
    while (i >= first && (tokens.pos(i).equals("ADV") || tokens.pos(i).startsWith("AUX"))) {
      i--;
    }
    i = attribution.beforeParenthesis(i, first); // "…, Sen. Lindsey Graham (R-S.C.) told …"
    if (i >= first && tokens.pos(i).startsWith("PRON")) {
      i--;
    } else {
      int nounEnd = i;
      while (i >= first
          && nounEnd - i < 12
          && (tokens.pos(i).equals("DET")
              || tokens.pos(i).equals("ADJ")
              || i < nounEnd
                  && tokens.pos(i).startsWith("PRON")
                  && opensSubject(tokens.lower(i)) // "her daughter Ana"
              || tokens.pos(i).startsWith("NOUN")
              || tokens.pos(i).startsWith("PROPN")
              || tokens.pos(i).equals("NUM")
              || tokens.word(i).equals("-")
              || tokens.lower(i).equals("of")
              || tokens.lower(i).equals("for")
              || tokens.word(i).equals(".")
                  && i > first
                  && Lexicon.TITLES.contains(tokens.lower(i - 1)))) {
        i--; // ("Sen . Dana Whitlock": the tokenizer may part a title from its period)
      }
      if (i == nounEnd) {
        return -1;
      }
    }
    return i >= first && isClauseComma(i, first) ? i : -1;
  }

  /** A comma before an attribution, or a closing mark after one: {@code …,'' Kamin said}. */
  boolean isClauseComma(int i, int first) {
    return tokens.word(i).equals(",")
        || tokens.isQuoteMark(i) && i - 1 >= first && tokens.word(i - 1).equals(",");
  }

  /** Pronouns that may open a subject before its noun ("his aides", "one official"). */
  static boolean opensSubject(String lower) {
    return Lexicon.POSSESSIVE_PRONOUNS.contains(lower) || lower.equals("one");
  }

  /** The sentence end without its closing punctuation. */
  int trimEnd(int from, int last) {
    int end = last;
    while (end > from && (tokens.isPunct(end - 1) || tokens.isQuoteMark(end - 1))) {
      end--;
    }
    return end;
  }
}
