package org.briefbot.bench;

import java.util.Random;

/**
 * Made-up words with a Zipf-like spread (a few frequent, most rare), as in real text: the who-said
 * index is measured on text with the statistics of language, not on the news it is built for.
 */
final class SyntheticText {
  private static final String[] ONSETS = {
    "b", "br", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
  private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "nd", "st"};

  private final Random random;
  private final String[] vocabulary;
  private final double[] cumulative;

  SyntheticText(Random random, int vocabularySize) {
    this.random = random;
    this.vocabulary = new String[vocabularySize];
    this.cumulative = new double[vocabularySize];
    double total = 0;
    for (int i = 0; i < vocabularySize; i++) {
      vocabulary[i] = word(1 + random.nextInt(3));
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    for (int i = 0; i < vocabularySize; i++) {
      cumulative[i] /= total;
    }
  }

  private String word(int syllables) {
    StringBuilder word = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)])
          .append(VOWELS[random.nextInt(VOWELS.length)])
          .append(CODAS[random.nextInt(CODAS.length)]);
    }
    return word.toString();
  }

  String name() {
    String word = word(2);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  String sentence(int words) {
    return sentenceFrom(random, words);
  }

  /**
   * Words of this vocabulary drawn with another source of randomness (one vocabulary, many
   * stories).
   */
  String sentenceFrom(Random random, int words) {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sentence.append(' ');
      }
      int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      sentence.append(vocabulary[index < 0 ? Math.min(-index - 1, vocabulary.length - 1) : index]);
    }
    return sentence.toString();
  }
}
