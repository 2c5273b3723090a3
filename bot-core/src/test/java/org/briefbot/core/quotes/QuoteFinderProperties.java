package org.briefbot.core.quotes;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.briefbot.core.nlp.UnsupportedTextException;

/**
 * Whatever the text, the finder never throws (but for text it cannot read at all) and its offsets
 * hold.
 */
class QuoteFinderProperties {
  private static final QuoteFinder FINDER = new QuoteFinder();

  private static final List<String> PIECES =
      List.of(
          "the",
          "council",
          "said",
          "told",
          "added",
          "she",
          "he",
          "they",
          "mayor",
          "that",
          "would",
          "not",
          "open",
          "bridge",
          "in",
          "spring",
          "after",
          "repairs",
          "were",
          "finished",
          "by",
          "workers",
          "and",
          "we",
          "will",
          "build",
          "it",
          "Anna",
          "Kovac",
          "Rivers",
          "Minister",
          "Sen.",
          "Dr.",
          "of",
          "State",
          "according",
          "to",
          "ministry",
          "statement",
          "\"",
          "\"",
          "\"",
          "\u201C",
          "\u201D",
          "\u2018",
          "\u2019",
          "'",
          "''",
          "``",
          ",",
          ",",
          ".",
          ".",
          ":",
          ";",
          "!",
          "?",
          "-",
          "\u2014",
          "(",
          ")",
          "\n",
          "\n\n",
          "don't",
          "Anna's",
          "workers'");

  @Property(tries = 150)
  void neverThrowsAndKeepsOffsetsInsideTheText(@ForAll("stories") String story) {
    QuoteAnalysis analysis;
    try {
      analysis = FINDER.find(story);
    } catch (UnsupportedTextException unreadable) {
      return; // empty or not English: the user gets a sentence, not a crash
    }
    QuoteRobustnessTest.assertValid(story, analysis);
  }

  @Provide
  Arbitrary<String> stories() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    return piece
        .list()
        .ofMinSize(1)
        .ofMaxSize(300)
        .map(
            pieces -> {
              StringBuilder text = new StringBuilder();
              for (String p : pieces) {
                boolean glue =
                    p.length() == 1
                        && !Character.isLetter(p.charAt(0))
                        && Math.floorMod(text.length() * 31 + p.hashCode(), 3) == 0;
                if (text.length() > 0 && !glue) {
                  text.append(' ');
                }
                text.append(p);
              }
              return text.toString();
            });
  }
}
