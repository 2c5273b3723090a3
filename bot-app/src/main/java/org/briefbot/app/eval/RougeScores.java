package org.briefbot.app.eval;

/** ROUGE-1, -2, -L (whole-text LCS) and -Lsum (summary-level LCS over sentences) of one summary. */
public record RougeScores(Prf rouge1, Prf rouge2, Prf rougeL, Prf rougeLsum) {

  /** Metric by metric, the higher F1 of the two (how several references are scored). */
  RougeScores bestOf(RougeScores other) {
    return new RougeScores(
        better(rouge1, other.rouge1), better(rouge2, other.rouge2),
        better(rougeL, other.rougeL), better(rougeLsum, other.rougeLsum));
  }

  private static Prf better(Prf a, Prf b) {
    return b.f1() > a.f1() ? b : a;
  }
}
