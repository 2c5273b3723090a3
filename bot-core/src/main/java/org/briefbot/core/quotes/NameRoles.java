package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefbot.core.quotes.Lexicon.Gender;
import org.briefbot.core.quotes.People.Entity;

/**
 * The role the words around a name give it: a title before it ("Ohio Democratic Party Chairman"), a
 * role noun before it ("defence minister Viktor Sulyma"), an appositive after it ("Donna Brazile,
 * the interim chairwoman") or a phrase before it with a comma ("Corvania's defence minister, Viktor
 * Sulyma,"), and the gender a title gives.
 */
final class NameRoles {
  private static final Pattern COURTESY_TITLE = Pattern.compile("(mr|mrs|ms|miss|dr|sir|dame)\\.?");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s]+");
  private static final Pattern OUTER_NON_WORD = Pattern.compile("^[^a-z0-9.]+|[^a-z0-9.]+$");

  private final StoryTokens tokens;

  NameRoles(StoryTokens tokens) {
    this.tokens = tokens;
  }

  /** The title words before the name, as written, periods aside. */
  List<String> titleWords(int first, int nameStart) {
    List<String> titleWords = new ArrayList<>();
    for (int i = first; i < nameStart; i++) {
      if (!tokens.word(i).equals(".")) {
        titleWords.add(tokens.word(i));
      }
    }
    return titleWords;
  }

  static boolean anyRoleHead(List<String> words) {
    for (String w : words) {
      if (Lexicon.isRoleHead(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The gender the first gendered title gives, the title words before the role prefix. */
  static Gender genderOfTitles(List<String> titleWords, List<String> rolePrefix) {
    Gender titleGender = null;
    for (List<String> words : List.of(titleWords, rolePrefix)) {
      for (String w : words) {
        titleGender =
            titleGender != null ? titleGender : Lexicon.genderOfTitle(w.toLowerCase(Locale.ROOT));
      }
    }
    return titleGender;
  }

  /** The role prefix and the title words, titles spelled out: "defence minister Sen." */
  static String roleText(List<String> rolePrefix, List<String> titleWords) {
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
  String introducingRole(int first, int end, int sentence) {
    String appositive = appositiveRole(end, tokens.sentenceLast(sentence));
    return appositive.isEmpty() ? roleBeforeName(first, sentence) : appositive;
  }

  /** Keeps the fullest role the story gives the entity, and its words for later references. */
  void recordRole(Entity entity, String roleText) {
    if (!isOnlyCourtesyTitle(roleText)) {
      if (entity.role.isEmpty()
          || entity.role.length() < roleText.length() && entity.role.split(" ").length < 2) {
        entity.role = roleText;
      }
    }
    addRoleWords(entity, roleText);
  }

  /** A title or role says more than a first name ("9/11 widow Terry Strada", "Mrs. Kim Lee"). */
  static void recordTitleGender(Entity entity, List<String> titleWords, List<String> rolePrefix) {
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
        if (!Lexicon.isRoleNoun(lower) || pos.equals("PROPN") && !Lexicon.TITLES.contains(lower)) {
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
        || !Lexicon.isRoleNoun(tokens.lower(head))
            && !Lexicon.PEOPLE_NOUNS.contains(tokens.lower(head))) {
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
    if (i < sentenceLast && Lexicon.ARTICLES.contains(tokens.lower(i))) {
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
}
