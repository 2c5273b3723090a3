package org.briefbot.core.summary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.nlp.StopWords;

/**
 * Tells which sentences cannot stand alone in a summary: leftovers of a page's layout (bylines,
 * photo captions, "scroll down" prompts), fragments, and sentences that begin inside a quotation
 * whose speaker is named elsewhere. Works on the folded text, so curly quotes are plain ones.
 */
final class SentenceFlaws {

  /** Why a sentence is left out (or only used when nothing better is left). */
  enum Flaw {
    /** Not a sentence: too short, all capitals, or a line without an ending. */
    FRAGMENT(true),
    /** "By Jane Doe", "PUBLISHED: 10:02 EST, 3 April 2015", "Daily Mail Reporter". */
    BYLINE(true),
    /** "Scroll down for video", "Pictured: …", "Photo: …", a caption label. */
    CAPTION(true),
    /**
     * Starts inside a quotation, or opens one that runs on past its end: the words of a speaker the
     * sentence does not name.
     */
    PART_OF_QUOTE(false),
    /** The story's headline again, or the headline and a few words: the card shows it already. */
    HEADLINE(true);

    private final boolean disqualifying;

    Flaw(boolean disqualifying) {
      this.disqualifying = disqualifying;
    }

    /** Whether the sentence is never used while any other will do. */
    boolean disqualifying() {
      return disqualifying;
    }
  }

  static final int MIN_WORDS = 6;

  /** A sentence holding every word of the headline and at most this many more repeats it. */
  private static final int HEADLINE_EXTRA_WORDS = 5;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Shorter lines without an ending are headlines, list items or labels, not sentences. */
  private static final int MIN_WORDS_WITHOUT_ENDING = 15;

  /** Prompts a page puts among the sentences, in lower case. */
  private static final List<String> PROMPTS =
      List.of(
          "scroll down for video",
          "scroll down for more",
          "scroll down for pictures",
          "click here for",
          "click here to",
          "watch the video",
          "read more:",
          "see more:");

  /** Bylines that name no one, or a desk, in lower case. */
  private static final List<String> DESK_LINES =
      List.of(
          "daily mail reporter",
          "for mailonline",
          "for dailymail.com",
          "associated press writer",
          "staff writer",
          "follow @");

  private static final List<String> TIMESTAMP_WORDS =
      List.of("published", "updated", "posted", "created");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "\\b(?:published|updated|last updated|posted|created)\\s*:?\\s*(?:\\||\\d|on \\d|at \\d)");
  private static final Pattern CAPTION_LEAD =
      Pattern.compile(
          "^\\W*(?i:pictured|photo|photos|photograph|picture|pictures|image|images|video|watch|credit|caption|graphic"
              + "|gallery|file photo|above|below|left|right|top|bottom|inset)\\s*(?:\\([^)]*\\)\\s*)?:");
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "(?i)\\((?:photo|image|picture|credit|file photo|pictured)\\b[^)]*\\)|\\b(?:photo|image|picture) credit\\b"
              + "|\\((?:AP|AFP|Reuters|Getty Images?|EPA|PA)(?: Photo)?\\)\\s*$");

  /**
   * "Strictly business: Jane Doe covers …": a label of up to four words and a colon opens a
   * caption. A label does not start with a function word ("With the new Avengers: Age of Ultron").
   */
  private static final Pattern CAPTION_LABEL =
      Pattern.compile("^(\\p{Lu}[\\p{L}'\\-]*)(?: [\\p{L}'\\-]+){0,3}: \\p{Lu}");

  private static final Pattern SPEECH_VERB =
      Pattern.compile(
          "\\b(?:said|says|told|tells|added|adds|explained|explains|wrote|writes|tweeted|posted|stated|declared"
              + "|warned|insisted|claimed|asked|replied|continued|admitted|revealed|announced)\\s*:");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^\\W*(?:By|BY) \\p{Lu}[\\p{L}.'\\-]*(?: (?:\\p{Lu}[\\p{L}.'\\-]*|and|for|of|in))*\\s*(?:[,.|:]|$)");

  private SentenceFlaws() {}

  // Literal look-ups go first: most sentences have none of these words, and a search for a phrase
  // is far cheaper than a case-blind pattern run over every sentence of every story.
  static Flaw flawOf(String sentence, int words, boolean partOfQuote) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (words <= 12 && BYLINE.matcher(sentence).find()
        || containsAny(lower, DESK_LINES)
        || containsAny(lower, TIMESTAMP_WORDS) && TIMESTAMP.matcher(lower).find()) {
      return Flaw.BYLINE;
    }
    if (containsAny(lower, PROMPTS)
        || CAPTION_LEAD.matcher(sentence).find()
        || (lower.indexOf('(') >= 0 || lower.contains("credit"))
            && PHOTO_CREDIT.matcher(sentence).find()
        || isCaptionLabel(sentence, lower)) {
      return Flaw.CAPTION;
    }
    if (words < MIN_WORDS
        || !hasLowerCaseLetter(sentence)
        || words < MIN_WORDS_WITHOUT_ENDING && !hasEnding(sentence)) {
      return Flaw.FRAGMENT;
    }
    if (partOfQuote) {
      return Flaw.PART_OF_QUOTE;
    }
    return null;
  }

  private static boolean containsAny(String lower, List<String> phrases) {
    for (String phrase : phrases) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCaptionLabel(String sentence, String lower) {
    Matcher label = CAPTION_LABEL.matcher(sentence);
    return label.find()
        && !StopWords.contains(label.group(1).toLowerCase(Locale.ROOT))
        && !SPEECH_VERB.matcher(lower).find();
  }

  private static boolean hasLowerCaseLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasEnding(String sentence) {
    for (int i = sentence.length() - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return true;
      }
      if (c != '"' && c != '\'' && c != ')' && c != ']' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a sentence is the headline repeated: the same words, or all of the headline's words
   * with no more than {@value #HEADLINE_EXTRA_WORDS} others ("Council shuts bridge", "The council
   * shuts the bridge, officials said."). Case, punctuation and word order do not count.
   */
  static boolean repeatsHeadline(String sentence, String headline) {
    List<String> headlineWords = words(headline);
    if (headlineWords.isEmpty()) {
      return false;
    }
    List<String> sentenceWords = words(sentence);
    if (headlineWords.size() < 3) {
      return sentenceWords.equals(headlineWords);
    }
    return sentenceWords.size() <= headlineWords.size() + HEADLINE_EXTRA_WORDS
        && new java.util.HashSet<>(sentenceWords).containsAll(headlineWords);
  }

  private static List<String> words(String text) {
    return NON_WORD
        .splitAsStream(text.toLowerCase(Locale.ROOT))
        .filter(word -> !word.isEmpty())
        .toList();
  }
}
