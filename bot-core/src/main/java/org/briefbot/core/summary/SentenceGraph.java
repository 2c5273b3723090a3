package org.briefbot.core.summary;

import java.util.Arrays;

/** The ranking arithmetic the single-story and the multi-story summarizers share. */
final class SentenceGraph {
  private SentenceGraph() {}

  /**
   * PageRank over a weighted similarity graph; the random walk restarts at sentences in proportion
   * to {@code restart}.
   */
  static double[] pageRank(double[][] similarity, double[] restart, double damping, int rounds) {
    int n = similarity.length;
    double restartTotal = 0;
    for (double r : restart) {
      restartTotal += r;
    }
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        outWeight[i] += similarity[i][j];
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    double[] next = new double[n];
    for (int round = 0; round < rounds; round++) {
      double dangling = 0;
      for (int i = 0; i < n; i++) {
        if (outWeight[i] == 0) {
          dangling += rank[i];
        }
      }
      for (int j = 0; j < n; j++) {
        double in = 0;
        for (int i = 0; i < n; i++) {
          if (similarity[i][j] > 0) {
            in += rank[i] * similarity[i][j] / outWeight[i];
          }
        }
        next[j] = (1 - damping + damping * dangling) * restart[j] / restartTotal + damping * in;
      }
      double[] swap = rank;
      rank = next;
      next = swap;
    }
    return rank;
  }

  /**
   * 1 for a sentence of ordinary length; shorter ones in proportion to {@code shortWords}, longer
   * ones than {@code longWords} decaying by e^(-(words - longWords) / longDecay).
   */
  static double lengthFactor(int words, int shortWords, int longWords, double longDecay) {
    if (words < shortWords) {
      return (double) words / shortWords;
    }
    if (words > longWords) {
      return Math.exp(-(words - longWords) / longDecay);
    }
    return 1;
  }

  /** Scales the values in place so that the largest is 1 (all zero stays all zero). */
  static double[] normalised(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max > 0) {
      for (int i = 0; i < values.length; i++) {
        values[i] /= max;
      }
    }
    return values;
  }
}
