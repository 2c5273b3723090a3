package org.briefbot.app.eval;

/** Macro average of ROUGE over documents (every document counts the same), as percentages. */
public final class RougeAverage {
  private final double[] sums = new double[12];
  private int documents;

  public void add(RougeScores scores) {
    Prf[] metrics = {scores.rouge1(), scores.rouge2(), scores.rougeL(), scores.rougeLsum()};
    for (int m = 0; m < metrics.length; m++) {
      sums[3 * m] += metrics[m].precision();
      sums[3 * m + 1] += metrics[m].recall();
      sums[3 * m + 2] += metrics[m].f1();
    }
    documents++;
  }

  public int documents() {
    return documents;
  }

  /** The averages in percent; all zero when nothing was added. */
  public RougeScores mean() {
    double[] mean = new double[sums.length];
    for (int i = 0; i < sums.length; i++) {
      mean[i] = documents == 0 ? 0 : 100 * sums[i] / documents;
    }
    return new RougeScores(
        new Prf(mean[0], mean[1], mean[2]),
        new Prf(mean[3], mean[4], mean[5]),
        new Prf(mean[6], mean[7], mean[8]),
        new Prf(mean[9], mean[10], mean[11]));
  }
}
