package org.briefbot.core.quotes;

/**
 * Reads the shape of a sentence around a point: the verb after a name (past its asides), the
 * introductory phrase a sentence opens with, whether it opens with a subordinate clause, whether it
 * is page furniture ("Read more:", a photo credit).
 */
final class SentenceShapes {
  private final StoryTokens tokens;

  SentenceShapes(StoryTokens tokens) {
    this.tokens = tokens;
  }

  /** The verb following a mention that ends here, or -1: the mention is then not a subject. */
  int verbAfter(int first, int end) {
    int sentence = end > 0 ? tokens.sentenceOf(end - 1) : 0;
    int last = tokens.sentenceLast(sentence);
    int i = pastParenthesis(end, last);
    // "the town's mayor, Gordon Pike, said", "A spokesperson, Lalith Perera, rejected": the verb
    // right after an appositive subject
    if (i + 1 < last
        && tokens.word(i).equals(",")
        && first > 0
        && tokens.word(first - 1).equals(",")
        && tokens.pos(i + 1).startsWith("VERB")
        && !tokens.lower(i + 1).endsWith("ing")) {
      return i + 1;
    }
    i = pastDashAside(pastCommaAsides(i, last), last);
    i = pastAffiliation(i, last);
    int auxiliary = -1;
    while (i < last
        && (tokens.pos(i).equals("ADV")
            || tokens.pos(i).startsWith("AUX")
            || tokens.lower(i).equals("not"))) {
      if (tokens.pos(i).startsWith("AUX") && auxiliary < 0) {
        auxiliary = i;
      }
      i++;
    }
    if (i < last && tokens.pos(i).startsWith("VERB")) {
      return i;
    }
    return auxiliary; // "Hrubý … was less sure": the subject of a copula
  }

  /** Past a parenthesis right after a name: "Rep. Jim Jordan (R-Ohio) said". */
  private int pastParenthesis(int i, int last) {
    if (i < last && tokens.word(i).equals("(")) {
      int close = i + 1;
      while (close < last && !tokens.word(close).equals(")") && close - i <= 8) {
        close++;
      }
      if (close < last) {
        i = close + 1;
      }
    }
    return i;
  }

  /**
   * Past an appositive or aside between commas (", the interim chairwoman," / ", on a visit to
   * Israel,"), and the short ones that may follow it (", 52, of Cedar Cove, Ont.,").
   */
  private int pastCommaAsides(int i, int last) {
    int comma = i;
    for (int aside = 0; aside < 3 && comma + 1 < last && tokens.word(comma).equals(","); aside++) {
      if (aside > 0 && !isShortAsideStart(comma + 1)) {
        break;
      }
      int close = comma + 1;
      int reach =
          aside > 0
              ? 10
              : tokens.pos(comma + 1).startsWith("PRON")
                  ? 40
                  : 16; // ", who has campaigned … since February,"
      while (close < last && !tokens.word(close).equals(",") && close - comma <= reach) {
        close++;
      }
      if (close >= last || !tokens.word(close).equals(",")) {
        break;
      }
      comma = close;
      i = close + 1;
    }
    return i;
  }

  /**
   * "Hillary Clinton — who's called for big tax hikes — lambasting …": past an aside between
   * dashes.
   */
  private int pastDashAside(int i, int last) {
    if (i < last && tokens.isDash(i)) {
      int close = i + 1;
      while (close < last && !tokens.isDash(close) && close - i <= 24) {
        close++;
      }
      if (close < last && tokens.isDash(close)) {
        i = close + 1;
      }
    }
    return i;
  }

  /**
   * "Dan McLaughlin at the National Review agreed", "John Hale of Reuters said": past the
   * affiliation.
   */
  private int pastAffiliation(int i, int last) {
    if (i + 1 < last && People.isAffiliationLink(tokens.lower(i))) {
      int k = i + 1;
      if (tokens.pos(k).equals("DET")) {
        k++;
      }
      int nameStart = k;
      while (k < last
          && k - nameStart < 6
          && tokens.isCapitalized(k)
          && !tokens.pos(k).startsWith("VERB")) {
        k++;
      }
      if (k > nameStart
          && k < last
          && (tokens.pos(k).startsWith("VERB") || tokens.pos(k).equals("ADV"))) {
        i = k;
      }
    }
    return i;
  }

  /**
   * The start of an aside like "of Cedar Cove", "Ont.", "52" or "a junior doctor" after a person's
   * name.
   */
  boolean isShortAsideStart(int t) {
    String lower = tokens.lower(t);
    return Lexicon.HOMETOWN_LINKS.contains(lower)
        || Lexicon.ARTICLES.contains(lower)
        || tokens.pos(t).equals("NUM")
        || tokens.isCapitalized(t) && !tokens.pos(t).startsWith("VERB");
  }

  private static final java.util.List<String> PAGE_FURNITURE = WordLists.phrases("page-furniture");

  /**
   * Whether sentence {@code s} is a line of page furniture ("Story continues below advertisement",
   * "RELATED: …", "Photo credit: …"): a paragraph of its own that opens with one of the listed
   * phrases. Such a line is no statement, speaker or antecedent.
   */
  boolean isPageFurniture(int s) {
    boolean ownParagraph =
        (s == 0 || tokens.sentenceParagraph(s - 1) != tokens.sentenceParagraph(s))
            && (s + 1 >= tokens.sentenceCount()
                || tokens.sentenceParagraph(s + 1) != tokens.sentenceParagraph(s));
    if (!ownParagraph) {
      return false;
    }
    String line =
        tokens.sentenceSpan(s).of(tokens.text()).strip().toLowerCase(java.util.Locale.ROOT);
    for (String opener : PAGE_FURNITURE) {
      boolean wholeLine =
          opener.indexOf(' ') < 0
              && !opener.endsWith(":"); // ("Advertisement" alone, not "Advertisements for …")
      if (wholeLine ? line.equals(opener) : line.startsWith(opener)) {
        return true;
      }
    }
    return false;
  }

  /** How long an introductory phrase before the sentence's subject may run, in tokens. */
  private static final int MAX_INTRODUCTORY_TOKENS = 30;

  /**
   * The comma that ends the introductory phrase opening sentence {@code s}, or -1: a participle or
   * prepositional phrase ("Talking about how he felt after the vote,", "In a wide-ranging
   * interview,") or a subordinate clause ("After she said the count was final,"), with no quote
   * mark in it. What follows the comma is the sentence's own subject and verb, or a quote.
   */
  int introductoryPhraseEnd(int s) {
    int first = tokens.sentenceFirst(s);
    if (first + 1 >= tokens.sentenceLast(s)
        || tokens.lower(first).equals("according")
        || !tokens.isCapitalized(first)) {
      return -1; // ("According to …,": a source, read by the rules of its own)
    }
    boolean participle =
        tokens.pos(first).startsWith("VERB")
            && (tokens.lower(first).endsWith("ing") || tokens.lower(first).endsWith("ed"));
    if (!participle && !tokens.pos(first).equals("ADP") && !tokens.pos(first).equals("SCONJ")) {
      return -1;
    }
    for (int t = first + 1;
        t < Math.min(tokens.sentenceLast(s), first + MAX_INTRODUCTORY_TOKENS);
        t++) {
      if (tokens.quoted(t) || tokens.isQuoteMark(t)) {
        return -1;
      }
      if (tokens.word(t).equals(",")) {
        return t;
      }
    }
    return -1;
  }

  private static final java.util.Set<String> SUBORDINATORS = WordLists.load("subordinators");

  /**
   * Whether the introductory phrase opening sentence {@code s} is a subordinate clause ("After she
   * said …,"), not a phrase.
   */
  boolean opensWithSubordinateClause(int s) {
    int first = tokens.sentenceFirst(s);
    return tokens.pos(first).equals("SCONJ") || SUBORDINATORS.contains(tokens.lower(first));
  }

  /**
   * A wire story's dateline ("MILLBROOK, Sask. —", "OTTAWA (AP) --") filling {@code [first, end)}.
   */
  boolean isDateline(int first, int end) {
    if (end - first < 2
        || end - first > 8
        || !tokens.isDash(end - 1)
        || !People.isAllCaps(tokens.word(first))
        || tokens.word(first).length() < 2) {
      return false;
    }
    for (int t = first + 1; t < end - 1; t++) {
      String w = tokens.word(t);
      if (!w.equals(",")
          && !w.equals("(")
          && !w.equals(")")
          && !w.equals(".")
          && !tokens.isCapitalized(t)) {
        return false;
      }
    }
    return true;
  }
}
