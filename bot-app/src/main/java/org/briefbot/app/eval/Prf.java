package org.briefbot.app.eval;

/** Precision, recall and F1, each from 0 to 1. */
public record Prf(double precision, double recall, double f1) {

  static Prf of(int hits, int predicted, int reference) {
    double precision = predicted == 0 ? 0 : (double) hits / predicted;
    double recall = reference == 0 ? 0 : (double) hits / reference;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new Prf(precision, recall, f1);
  }
}
