package org.briefbot.core.quotes;

import java.util.Map;
import java.util.Set;

/**
 * Verbs whose object is the report: "cited problems in the Middle East", "called for a moratorium",
 * "questioned whether …", "called the charges unsubstantiated"; where that object begins.
 */
final class ObjectReports {
  /**
   * Verbs whose particle makes them report their object: "called for a ban", "pointed to the
   * figures".
   */
  private static final Map<String, String> PHRASAL_REPORTS =
      Map.of(
          "call",
          "for on",
          "calls",
          "for on",
          "called",
          "for on",
          "calling",
          "for on",
          "point",
          "to",
          "points",
          "to",
          "pointed",
          "to",
          "pointing",
          "to");

  private static final Set<String> NAMING_REPORTS = WordLists.load("naming-reports");

  private static final Set<String> QUESTION_WORDS = WordLists.load("question-words");

  private final StoryTokens tokens;

  ObjectReports(StoryTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * "called the charges unsubstantiated", "called half of his supporters “deplorables”": a verdict
   * put in words.
   */
  boolean isNamingReport(int v, int last) {
    if (!NAMING_REPORTS.contains(tokens.lower(v))
        || !tokens.isVerb(v)
        || v + 2 >= last
        || v > 0 && tokens.word(v - 1).equals(",")
        || isPhrasalReport(v, last)) {
      return false;
    }
    boolean nounSeen = false;
    for (int t = v + 1; t < last && t < v + 25; t++) {
      String pos = tokens.pos(t);
      if (tokens.isQuoteMark(t) && nounSeen) {
        return true;
      }
      if (pos.startsWith("VERB")
          || pos.startsWith("AUX")
          || pos.equals("SCONJ")
          || tokens.word(t).equals(",")) {
        return false;
      }
      if (nounSeen && pos.equals("ADJ") && tokens.pos(t - 1).startsWith("NOUN")) {
        return true; // "the charges unsubstantiated"
      }
      if (nounSeen
          && pos.equals("DET")
          && (tokens.pos(t - 1).startsWith("NOUN") || tokens.pos(t - 1).startsWith("PROPN"))) {
        return true; // "called climate change a hoax", "called Oz a quack"
      }
      nounSeen |= pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.startsWith("PRON");
    }
    return false;
  }

  /**
   * "called for …", "called on … to …", "pointed to …": a verb and particle whose object is the
   * report.
   */
  boolean isPhrasalReport(int v, int last) {
    if (v + 1 >= last || !tokens.isVerb(v)) {
      return false;
    }
    String particle = PHRASAL_REPORTS.get(tokens.lower(v));
    return particle != null && particle.contains(tokens.lower(v + 1));
  }

  /**
   * Where a report that is the verb's object begins: "cited problems in the Middle East", "called
   * for a moratorium", "questioned whether …"; -1 when the object is no report.
   */
  int objectAfter(int v, int last) {
    String verb = tokens.lower(v);
    int i =
        isPhrasalReport(v, last)
            ? v + 2
            : Lexicon.OBJECT_REPORT_VERBS.contains(verb) || isNamingReport(v, last) ? v + 1 : -1;
    if (i < 0 || i >= last) {
      return -1;
    }
    String lower = tokens.lower(i);
    String pos = tokens.pos(i);
    if (QUESTION_WORDS.contains(lower)) {
      return i; // "questioned whether …", "asked how …"
    }
    if (PhraseScan.ADJUNCT_OPENERS.contains(lower)) {
      return -1; // "…, a spokesman announced Monday morning.": a time, and the report stands before
    }
    boolean nounPhrase =
        pos.equals("DET") && !lower.equals("that")
            || pos.equals("ADJ")
            || pos.startsWith("NOUN")
            || pos.startsWith("PROPN")
            || pos.equals("NUM")
            || pos.startsWith("PRON") && tokens.isPossessive(i)
            || pos.startsWith("VERB")
                && lower.endsWith("ing")
                && PHRASAL_REPORTS.containsKey(verb); // "called for reducing"
    return nounPhrase && !tokens.quoted(i) ? i : -1;
  }
}
