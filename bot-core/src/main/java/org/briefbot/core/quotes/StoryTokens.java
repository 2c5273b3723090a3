package org.briefbot.core.quotes;

import java.util.Arrays;
import java.util.List;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.nlp.Token;

/** A story's tokens as flat arrays, for the quick back-and-forth scans attribution makes. */
final class StoryTokens {
  private final String text;

  private final String folded;

  private final int size;

  private final int[] start;

  private final int[] end;

  private final String[] word;

  private final String[] lower;

  private final String[] pos;

  private final int[] sentenceOf;

  /**
   * Per sentence (the pipeline's sentences, rejoined where it cut after an abbreviation): its first
   * token, one past its last token, its paragraph, its span.
   */
  private final int[] sentenceFirst;

  private final int[] sentenceLast;

  private final int[] sentenceParagraph;

  private final TextSpan[] sentenceSpan;

  /** Whether the token stands inside quote marks. */
  private final boolean[] quoted;

  /** Whether the token is a quote mark the scanner paired. */
  private final boolean[] mark;

  /** Whether {@link #markSpoken} ran: the one change after the table is built happens once. */
  private boolean spokenMarked;

  /** Tokens {@code [first, end)}. */
  record Range(int first, int end) {}

  /**
   * Builds the table of an analysed story: its sentences rejoined where the detector cut them, the
   * tagger's errors mended, then the tokens inside the quote marks the scanner paired marked.
   */
  StoryTokens(AnalyzedText analyzed, NlpPipeline pipeline, List<QuoteMarks.Run> quotes) {
    this.text = analyzed.text();
    this.folded = analyzed.document().folded();
    List<Sentence> sentences = analyzed.sentences();
    List<String[]> tags = analyzed.posTags();
    boolean[] gluedStop = new boolean[sentences.size()];
    int total = tokenCount(sentences, gluedStop);
    size = total;
    start = new int[total];
    end = new int[total];
    word = new String[total];
    lower = new String[total];
    pos = new String[total];
    sentenceOf = new int[total];
    quoted = new boolean[total];
    mark = new boolean[total];
    boolean[] rejoined = new boolean[sentences.size()];
    int[] firsts = new int[sentences.size()];
    int[] lasts = new int[sentences.size()];
    int[] paragraphs = new int[sentences.size()];
    TextSpan[] spans = new TextSpan[sentences.size()];
    int count = 0;
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      int first = t;
      t = copyTokens(sentence, tags.get(s), gluedStop[s], t);
      if (count > 0
          && paragraphs[count - 1] == sentence.paragraph()
          && continues(lasts[count - 1], first)) {
        lasts[count - 1] = t;
        spans[count - 1] = new TextSpan(spans[count - 1].start(), sentence.span().end());
        rejoined[count - 1] = true;
      } else {
        firsts[count] = first;
        lasts[count] = t;
        paragraphs[count] = sentence.paragraph();
        spans[count] = sentence.span();
        count++;
      }
    }
    retagRejoined(pipeline, rejoined, firsts, lasts, count);
    new TagRepairs(this, pos).repair(firsts, lasts, count); // reads the words copied so far
    sentenceFirst = Arrays.copyOf(firsts, count);
    sentenceLast = Arrays.copyOf(lasts, count);
    sentenceParagraph = Arrays.copyOf(paragraphs, count);
    sentenceSpan = Arrays.copyOf(spans, count);
    for (int s = 0; s < count; s++) {
      Arrays.fill(sentenceOf, sentenceFirst[s], sentenceLast[s], s);
    }
    // last: building the table reads marks (isQuoteMark) as the tokenizer left them
    markQuoted(quotes);
  }

  /** How many tokens the table holds, a glued full stop parted from its word ({@code glued}). */
  private static int tokenCount(List<Sentence> sentences, boolean[] glued) {
    int total = 0;
    for (int s = 0; s < sentences.size(); s++) {
      glued[s] = Abbreviations.endsWithGluedFullStop(sentences.get(s));
      total += sentences.get(s).tokens().size() + (glued[s] ? 1 : 0);
    }
    return total;
  }

  /**
   * Copies a sentence's tokens and tags into the table from token {@code t}, parting a full stop
   * glued to its last word; returns the token after them.
   */
  private int copyTokens(Sentence sentence, String[] sentenceTags, boolean gluedStop, int t) {
    for (int i = 0; i < sentence.tokens().size(); i++) {
      Token token = sentence.tokens().get(i);
      start[t] = token.span().start();
      end[t] = token.span().end();
      word[t] = token.text();
      lower[t] = token.lower();
      pos[t] = i < sentenceTags.length ? sentenceTags[i] : "X";
      t++;
    }
    if (gluedStop) {
      // "… said engineer Ivan Petrov." with "Petrov." as one token: the name, then the stop.
      int last = t - 1;
      end[last]--;
      word[last] = word[last].substring(0, word[last].length() - 1);
      lower[last] = lower[last].substring(0, lower[last].length() - 1);
      start[t] = end[last];
      end[t] = end[last] + 1;
      word[t] = ".";
      lower[t] = ".";
      pos[t] = "PUNCT";
      t++;
    }
    return t;
  }

  /** Tags of a cut sentence are guesses over half a sentence: a rejoined one is tagged whole. */
  private void retagRejoined(
      NlpPipeline pipeline, boolean[] rejoined, int[] firsts, int[] lasts, int count) {
    for (int s = 0; s < count; s++) {
      if (rejoined[s]) {
        // Tags of a cut sentence are guesses over half a sentence ("Democrats say Mrs." |
        // "Clinton's …"): tag it whole.
        String[] words = Arrays.copyOfRange(word, firsts[s], lasts[s]);
        String[] retagged = pipeline.posTags(words);
        System.arraycopy(retagged, 0, pos, firsts[s], Math.min(retagged.length, words.length));
      }
    }
  }

  /**
   * Whether the sentence detector cut a sentence where it goes on: after a title's abbreviation
   * ("Rep." / "Sen."), an initial, a comma ("…overridden,\" Senate Majority Leader …"), or before a
   * word in lower case ("(D-Md.) said …").
   */
  private boolean continues(int previousEnd, int next) {
    int last = previousEnd - 1;
    while (last > 0 && isQuoteMark(last)) {
      last--;
    }
    String w = word[last];
    if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("-") || w.equals("--")) {
      return true;
    }
    if (w.equals(".") && last > 0 && Abbreviations.isAbbreviation(word[last - 1])
        || w.endsWith(".") && Abbreviations.isAbbreviation(w.substring(0, w.length() - 1))) {
      return true;
    }
    String first = word[next];
    // ("MILLBROOK, Sask. — …": no sentence starts with a dash)
    return !first.isEmpty()
        && (Character.isLowerCase(first.charAt(0)) || first.equals("-") || first.equals("--"));
  }

  /** The story's text; token and statement offsets index it. */
  String text() {
    return text;
  }

  /** The text with its quote marks and dashes folded to plain ones, offsets unchanged. */
  String folded() {
    return folded;
  }

  /** How many tokens the story has. */
  int size() {
    return size;
  }

  int start(int t) {
    return start[t];
  }

  int end(int t) {
    return end[t];
  }

  String word(int t) {
    return word[t];
  }

  String lower(int t) {
    return lower[t];
  }

  /** The token's part-of-speech tag, repaired where the tagger errs. */
  String pos(int t) {
    return pos[t];
  }

  int sentenceOf(int t) {
    return sentenceOf[t];
  }

  int sentenceFirst(int s) {
    return sentenceFirst[s];
  }

  /** One past the sentence's last token. */
  int sentenceLast(int s) {
    return sentenceLast[s];
  }

  int sentenceParagraph(int s) {
    return sentenceParagraph[s];
  }

  TextSpan sentenceSpan(int s) {
    return sentenceSpan[s];
  }

  /** Whether the token stands inside quote marks, or in a transcript's turn once one is read. */
  boolean quoted(int t) {
    return quoted[t];
  }

  /**
   * Marks transcript turns as speech, as if quoted: no reported speech is read inside them. Only
   * the stage runner ({@link QuoteFinder}) calls it, once, after the transcript stage.
   */
  void markSpoken(List<Range> turns) {
    if (spokenMarked) {
      throw new IllegalStateException(
          "transcript turns are marked once, after the transcript stage");
    }
    spokenMarked = true;
    for (Range turn : turns) {
      for (int t = turn.first(); t < turn.end(); t++) {
        quoted[t] = true;
      }
    }
  }

  int sentenceCount() {
    return sentenceFirst.length;
  }

  /**
   * The first token that ends after the offset (the token at or after it); {@link #size} if none.
   */
  int tokenAtOrAfter(int offset) {
    int index = Arrays.binarySearch(end, offset + 1);
    if (index < 0) {
      index = -index - 1;
    }
    // ends are strictly increasing; step back over tokens ending exactly past the offset
    while (index > 0 && end[index - 1] > offset) {
      index--;
    }
    return index;
  }

  /**
   * The sentence holding the offset, or the nearest one before it; -1 before the first sentence.
   */
  int sentenceAt(int offset) {
    int low = 0;
    int high = sentenceSpan.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sentenceSpan[mid].start() <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /**
   * The last sentence of the paragraph right before the one the offset stands in, or -1 when the
   * paragraph before holds no sentence.
   */
  int lastSentenceBeforeParagraphOf(int offset) {
    int t = tokenAtOrAfter(offset);
    if (t >= size) {
      return -1;
    }
    int paragraph = sentenceParagraph[sentenceOf[t]];
    int previous = sentenceOf[t] - 1;
    while (previous >= 0 && sentenceParagraph[previous] == paragraph) {
      previous--;
    }
    return previous >= 0 && sentenceParagraph[previous] == paragraph - 1 ? previous : -1;
  }

  private void markQuoted(List<QuoteMarks.Run> runs) {
    for (QuoteMarks.Run run : runs) {
      markAt(run.openMark());
      if (run.closed()) {
        markAt(run.closeMark());
      }
      for (int p = 1; p < run.parts().size(); p++) {
        int before = tokenAtOrAfter(run.parts().get(p).start()) - 1;
        if (before >= 0) {
          mark[before] = true; // the mark that reopens the quote in its next paragraph
        }
      }
      for (TextSpan part : run.parts()) {
        for (int t = tokenAtOrAfter(part.start()); t < size && start[t] < part.end(); t++) {
          quoted[t] = true;
        }
      }
    }
  }

  /** A mark the scanner paired: single quotes count only then ("veterans'" is a possessive). */
  private void markAt(int offset) {
    int t = tokenAtOrAfter(offset);
    if (t < size && start[t] == offset) {
      mark[t] = true;
    }
  }

  boolean isPunct(int t) {
    return pos[t].equals("PUNCT");
  }

  /** Whether {@code [first, end)} holds an age compound: "the 58-year-old retired mechanic". */
  boolean holdsAge(int first, int end) {
    for (int t = first + 1; t < end; t++) {
      if (isAgeWord(t)) {
        return true;
      }
    }
    return false;
  }

  /** The "old" that ends an age compound ("34-year-old"). */
  boolean isAgeWord(int t) {
    return t > 0 && lower[t].equals("old") && word[t - 1].equals("-");
  }

  /**
   * Whether the token is glued by a hyphen to the word before or after it
   * ("stronger-than-expected").
   */
  boolean inHyphenatedCompound(int t) {
    boolean before =
        t > 0 && end[t - 1] == start[t] && (word[t - 1].endsWith("-") || word[t].startsWith("-"));
    boolean after =
        t + 1 < size
            && end[t] == start[t + 1]
            && (word[t + 1].startsWith("-") || word[t].endsWith("-"));
    return before || after;
  }

  boolean isCapitalized(int t) {
    return !word[t].isEmpty() && Character.isUpperCase(word[t].charAt(0));
  }

  /** Whether the token is a speech verb used as one (tagged a verb, not a noun like "claims"). */
  boolean isSpeechVerb(int t) {
    if (!Lexicon.SPEECH_VERBS.contains(lower[t]) || quoted[t]) {
      return false;
    }
    return pos[t].startsWith("VERB") || Lexicon.SPEECH_FORMS_WHATEVER_THE_TAG.contains(lower[t]);
  }

  boolean isVerb(int t) {
    return pos[t].startsWith("VERB");
  }

  /** A form in -ing: "saying", "adding". */
  boolean isParticiple(int t) {
    return lower[t].endsWith("ing");
  }

  /** Whether the token is a quote mark (the tokenizer keeps marks as tokens of their own). */
  boolean isQuoteMark(int t) {
    String w = word[t];
    return w.equals("\"") || w.equals("''") || w.equals("``") || mark[t];
  }

  /** "Israel's", "Clinton'" and the like: a possessive, never the subject itself. */
  /**
   * A dash between clauses or around an aside ("-", "--"; the folded text makes every dash one of
   * these).
   */
  boolean isDash(int t) {
    return word[t].equals("-") || word[t].equals("--");
  }

  /**
   * The pronoun a token holds, without a contracted auxiliary: "He's" → "he", "they're" → "they".
   */
  String pronounOf(int t) {
    String w = lower[t];
    int apostrophe = w.indexOf('\'');
    if (apostrophe < 0) {
      apostrophe = w.indexOf('\u2019');
    }
    return apostrophe > 0 && pos[t].startsWith("PRON+") ? w.substring(0, apostrophe) : w;
  }

  boolean isPossessive(int t) {
    String w = lower[t];
    // The tagger reads some plain names as possessives ("Dana Fields/PROPN+PART told"): its tag
    // counts only on a word with a mark in it ("Clintonʼs").
    return pos[t].endsWith("+PART") && !w.chars().allMatch(Character::isLetter)
        || w.endsWith("'s")
        || (w.endsWith("'") && w.length() > 1)
        || w.equals("'s");
  }

  String textOf(int fromToken, int toToken) {
    if (fromToken >= toToken) {
      return "";
    }
    return text.substring(start[fromToken], end[toToken - 1]);
  }
}
