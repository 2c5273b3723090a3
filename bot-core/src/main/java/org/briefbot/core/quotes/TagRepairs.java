package org.briefbot.core.quotes;

/**
 * Mends the tagger's errors that break attribution while the token table is built, by the word and
 * by the rest of the story. Writes only the table's tags.
 */
final class TagRepairs {
  /** Words that open a reported clause or its adverbial right after the verb. */
  private static final java.util.Set<String> CLAUSE_OPENERS = WordLists.load("clause-openers");

  private static final java.util.Set<String> PREPOSITIONS = WordLists.load("prepositions");

  private final StoryTokens tokens;

  /** The table's tags, which the repairs rewrite. */
  private final String[] pos;

  TagRepairs(StoryTokens tokens, String[] pos) {
    this.tokens = tokens;
    this.pos = pos;
  }

  /**
   * Mends the tagger's errors that break attribution, by the word and by the rest of the story: a
   * name it tagged a verb ("Trump/VERB claims", "one GOP/VERB source"), a speech verb it tagged a
   * noun between its subject and its clause ("McKinley notes/NOUN that …"), a noun it tagged a
   * preposition ("officers/ADP encountered").
   */
  void repair(int[] firsts, int[] lasts, int count) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (int s = 0; s < count; s++) {
      for (int k = firsts[s] + 1; k < lasts[s]; k++) {
        if (pos[k].equals("PROPN") && tokens.isCapitalized(k)) {
          names.add(tokens.word(k));
        }
      }
    }
    for (int s = 0; s < count; s++) {
      for (int k = firsts[s]; k < lasts[s]; k++) {
        repairWord(k, firsts[s], lasts[s], names);
      }
      repairMissingMainVerb(firsts[s], lasts[s]);
      for (int k = firsts[s] + 1; k < lasts[s] - 1; k++) {
        repairSpeechNoun(k);
      }
    }
  }

  /** Mends the tag of token {@code k} of the sentence {@code [first, last)} by the word. */
  private void repairWord(int k, int first, int last, java.util.Set<String> names) {
    String tag = pos[k];
    boolean opening = k == first || !Character.isLetterOrDigit(tokens.word(k - 1).charAt(0));
    if ((tag.equals("VERB") || tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("AUX"))
        && tokens.isCapitalized(k)
        && !Lexicon.CLOSED_CLASS.contains(tokens.lower(k))
        && !PREPOSITIONS.contains(tokens.lower(k))
        && (!opening
            || names.contains(tokens.word(k))
            || k + 1 < last && Lexicon.isReportingVerb(tokens.lower(k + 1)))) {
      pos[k] = "PROPN";
    } else if (tag.equals("ADP")
        && !PREPOSITIONS.contains(tokens.lower(k))
        && tokens.lower(k).length() > 3
        && Character.isLetter(tokens.lower(k).charAt(0))) {
      pos[k] = "NOUN";
    } else if (tag.equals("PRON")
        && k + 1 < last
        && pos[k + 1].startsWith("NOUN")
        && !Lexicon.CLOSED_CLASS.contains(tokens.lower(k))
        && tokens.lower(k).length() > 3
        && tokens.word(k).chars().allMatch(Character::isLowerCase)) {
      pos[k] = "NOUN"; // a word the tagger does not know, read as a pronoun before a noun
      // ("harbour/PRON master")
    } else if (tag.startsWith("NOUN")
        && k > first
        && tokens.word(k - 1).equals(",")
        && Lexicon.FOLLOW_ON_CUES.contains(tokens.lower(k))) {
      pos[k] = "VERB"; // "…, said Tom Reyes, warning/NOUN that …": a participle
    }
  }

  /**
   * A speech verb tagged a noun between its subject and its clause: "McKinley notes/NOUN that …",
   * "The authors caution/NOUN that …".
   */
  private void repairSpeechNoun(int k) {
    if (pos[k].startsWith("NOUN")
        && Lexicon.isReportingVerb(tokens.lower(k))
        && (tokens.lower(k).endsWith("s") || tokens.lower(k).endsWith("ed"))
        && (pos[k - 1].startsWith("PROPN")
            || Lexicon.PERSONAL_PRONOUNS.contains(tokens.lower(k - 1))
                && !tokens.lower(k - 1).equals("her"))
        && !tokens.isPossessive(k - 1)
        && CLAUSE_OPENERS.contains(tokens.lower(k + 1))) {
      pos[k] = "VERB";
    } else if (pos[k].startsWith("NOUN")
        && (Lexicon.SPEECH_VERBS.contains(tokens.lower(k))
            || tokens.lower(k).startsWith("estimate"))
        && pos[k - 1].startsWith("NOUN")
        && !tokens.isPossessive(k - 1)
        && tokens.lower(k + 1).equals("that")) {
      pos[k] = "VERB"; // "The society estimates/NOUN that …"
    }
  }

  /**
   * A clause the tagger left without a verb, opening with a name and a word in -s ("Scott
   * bristles/NOUN at the suggestion he …"): that word is the verb.
   */
  private void repairMissingMainVerb(int first, int last) {
    int k = first;
    while (k < last && pos[k].startsWith("PROPN")) {
      k++;
    }
    if (k == first
        || k + 1 >= last
        || !pos[k].startsWith("NOUN")
        || !tokens.lower(k).endsWith("s")
        || tokens.lower(k).endsWith("ss")
        || tokens.isPossessive(k - 1)) {
      return;
    }
    String next = pos[k + 1];
    if (!next.equals("ADP") && !next.equals("DET") && !tokens.lower(k + 1).equals("that")) {
      return;
    }
    // ("Clinton supporters at the rally cheered": the clause has its verb further on)
    for (int t = k + 1;
        t < last
            && !pos[t].startsWith("PRON")
            && !pos[t].equals("SCONJ")
            && !tokens.word(t).equals(",");
        t++) {
      if (pos[t].startsWith("VERB") || pos[t].startsWith("AUX")) {
        return;
      }
    }
    pos[k] = "VERB";
  }
}
