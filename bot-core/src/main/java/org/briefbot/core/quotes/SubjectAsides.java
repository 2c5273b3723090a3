package org.briefbot.core.quotes;

import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;
import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * Reads the asides between a subject and its verb: a parenthesis ("(D-Md.)"), a relative clause (",
 * who grew up in Antigonish, N.S.,"), an age and a hometown (", 45, of Springfield, Va.,"), a role
 * after a name (", the chief executive of Ora Media,").
 */
final class SubjectAsides {
  private final StoryTokens tokens;
  private final People people;

  SubjectAsides(StoryTokens tokens, People people) {
    this.tokens = tokens;
    this.people = people;
  }

  /**
   * The "who" or "that" opening a relative clause that ends at {@code end}, right after a noun and
   * with a verb of its own ("Residents who spoke to reporters"); -1 when there is none.
   */
  int relativeClauseStart(int end, int from) {
    boolean verb = false;
    for (int k = end; k > from && end - k <= 15; k--) {
      String word = tokens.word(k);
      if (word.equals(",")
          || word.equals("(")
          || word.equals(")")
          || word.equals(";")
          || word.equals(":")
          || tokens.isQuoteMark(k)
          || tokens.isDash(k)) {
        return -1;
      }
      String lower = tokens.lower(k);
      // a reduced relative too: "The union representing 3,400 teachers says", "Protesters marching
      // … chanted"
      boolean participle = tokens.pos(k).startsWith("VERB") && lower.endsWith("ing") && k < end;
      if (lower.equals("who")
          || lower.equals("that") && tokens.pos(k).startsWith("PRON")
          || participle) {
        return (verb || participle)
                && (tokens.pos(k - 1).startsWith("NOUN") || tokens.pos(k - 1).startsWith("PROPN"))
            ? k
            : -1;
      }
      verb |= tokens.pos(k).startsWith("VERB") && k < end;
    }
    return -1;
  }

  /**
   * The comma that opens a relative clause ", who …" (or ", which …") running up to the comma at
   * {@code close}, commas inside it and all; -1 when there is none within reach.
   */
  int relativeAsideStart(int close, int from) {
    for (int k = close - 2; k > from && close - k <= 40; k--) {
      if (tokens.isQuoteMark(k) || tokens.quoted(k)) {
        return -1;
      }
      if (tokens.word(k).equals(",")
          && (Lexicon.ASIDE_RELATIVES.contains(tokens.lower(k + 1))
              || tokens.pos(k + 1).startsWith("VERB")
                  && (tokens.lower(k + 1).endsWith("ed") || tokens.lower(k + 1).endsWith("ing")))) {
        return k; // (", based in Palo Alto, California,", ", speaking in Ottawa,")
      }
    }
    return -1;
  }

  /**
   * "Johnnie Wilson, 45, of Springfield, Va., said": the comma that opens the age and hometown
   * asides between a person and the verb, given the aside between {@code open} and {@code close};
   * {@code open} itself when that aside is none of them.
   */
  int beforeHometownAsides(int open, int close, int from) {
    int result = open;
    for (int step = 0; step < 4 && open >= from; step++) {
      int length = close - open - 1;
      int previous = open - 1;
      while (previous >= from && !tokens.word(previous).equals(",") && open - previous <= 8) {
        previous--;
      }
      boolean hasPrevious = previous >= from && tokens.word(previous).equals(",");
      boolean age = length >= 1 && length <= 2 && tokens.pos(open + 1).equals("NUM");
      boolean hometown =
          length >= 2
              && length <= 6
              && Lexicon.HOMETOWN_LINKS.contains(tokens.lower(open + 1))
              && capitalizedRun(open + 2, close);
      boolean state =
          hasPrevious
              && length >= 1
              && length <= 3
              && Lexicon.HOMETOWN_LINKS.contains(tokens.lower(previous + 1))
              && capitalizedRun(open + 1, close);
      if (!age && !hometown && !state) {
        break;
      }
      result = open;
      if (!hasPrevious) {
        break;
      }
      close = open;
      open = previous;
    }
    return result;
  }

  private boolean capitalizedRun(int first, int end) {
    for (int k = first; k < end; k++) {
      if (!tokens.isCapitalized(k) && !tokens.word(k).equals(".")) {
        return false;
      }
    }
    return first < end;
  }

  /**
   * "John Dickey, the chief executive of Ora Media": the person named before an appositive that
   * ends at {@code end} and names a role; null when there is none.
   */
  Speaker personBeforeAppositive(int end, int from, int verb) {
    boolean role = false;
    for (int k = end; k > from && end - k <= 20; k--) {
      if (tokens.word(k).equals(",")) {
        Mention named = people.mentionAt(k - 1);
        if (role
            && named != null
            && named.type() == MentionType.NAME
            && !named.entity().organisation) {
          return new Speaker(
              named.entity(),
              "",
              tokens.textOf(named.first(), named.end()),
              verb,
              Resolution.NAME_BEFORE_APPOSITIVE);
        }
        return null;
      }
      if (tokens.isQuoteMark(k)) {
        return null;
      }
      role |=
          (tokens.pos(k).startsWith("NOUN") || tokens.pos(k).equals("ADJ"))
              && Lexicon.isRoleNoun(tokens.lower(k));
    }
    return null;
  }

  /**
   * The token before a parenthesis that ends at {@code i} ("(D-Md.)"), or {@code i} when none does.
   */
  int beforeParenthesis(int i, int from) {
    if (i < from || !tokens.word(i).equals(")")) {
      return i;
    }
    int open = i - 1;
    while (open >= from && !tokens.word(open).equals("(") && i - open <= 8) {
      open--;
    }
    return open > from && tokens.word(open).equals("(") ? open - 1 : i;
  }
}
