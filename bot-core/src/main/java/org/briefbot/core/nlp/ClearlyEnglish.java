package org.briefbot.core.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap first look at a text's language, by its function words, before the language model: a text
 * where English's own function words are frequent and those of the other common news languages are
 * rare is English, and the model need not be asked. Anything else (a German story quoting English,
 * a Dutch one, a text of names) goes to the model as before.
 *
 * <p>The English list holds only words that are not also common words of those languages ("in",
 * "is", "was", "an", "so" are, in German or Dutch), so it is not {@link StopWords}; the other list
 * leaves out words English news uses too ("per", "do", "am", "a").
 */
final class ClearlyEnglish {
  /** Share of words that must be English function words (running English text has 25–40%). */
  private static final double MIN_ENGLISH_SHARE = 0.08;

  /** Share of words that may be function words of other languages (names: "de", "van", "la"). */
  private static final double MAX_OTHER_SHARE = 0.02;

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "that", "with", "for", "this", "from", "have", "has", "had",
          "are", "were", "been", "would", "will", "which", "their", "they", "it", "its", "by",
          "but", "not", "he", "she", "his", "who", "said");

  private static final Set<String> OTHER =
      Set.of(
          // German
          "der",
          "die",
          "das",
          "und",
          "ist",
          "nicht",
          "ein",
          "eine",
          "mit",
          "sich",
          "auf",
          "für",
          "den",
          "dem",
          "von",
          "zu",
          "auch",
          "im",
          "sie",
          "wird",
          "wurde",
          "sind",
          "werden",
          "nach",
          "bei",
          "über",
          "aus",
          "einem",
          "einer",
          "noch",
          "wie",
          "oder",
          "aber",
          // Dutch
          "de",
          "het",
          "een",
          "en",
          "van",
          "niet",
          "zijn",
          "met",
          "voor",
          "op",
          "dat",
          "te",
          "ook",
          "wordt",
          "naar",
          "werd",
          "bij",
          "aan",
          "maar",
          "heeft",
          "deze",
          "nog",
          "uit",
          // French
          "le",
          "la",
          "les",
          "et",
          "est",
          "des",
          "du",
          "une",
          "pas",
          "pour",
          "que",
          "qui",
          "dans",
          "sur",
          "avec",
          "il",
          "elle",
          "au",
          "aux",
          "cette",
          "sont",
          "ont",
          "été",
          "mais",
          "par",
          // Spanish, Italian, Portuguese
          "el",
          "los",
          "las",
          "y",
          "del",
          "por",
          "con",
          "una",
          "se",
          "para",
          "más",
          "su",
          "sus",
          "como",
          "pero",
          "fue",
          "está",
          "di",
          "è",
          "della",
          "gli",
          "sono",
          "nel",
          "anche",
          "alla",
          "os",
          "da",
          "em",
          "um",
          "não",
          "dos",
          "ao",
          "foi",
          // Swedish, Danish, Norwegian
          "och",
          "att",
          "det",
          "som",
          "är",
          "på",
          "med",
          "av",
          "og",
          "ikke",
          "til",
          "jeg");

  private ClearlyEnglish() {}

  /** True when the text is English by its function words; false means "ask the model". */
  static boolean test(String text) {
    int words = 0;
    int english = 0;
    int other = 0;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      words++;
      if (ENGLISH.contains(word)) {
        english++;
      } else if (OTHER.contains(word)) {
        other++;
      }
    }
    return words > 0 && english >= MIN_ENGLISH_SHARE * words && other <= MAX_OTHER_SHARE * words;
  }
}
