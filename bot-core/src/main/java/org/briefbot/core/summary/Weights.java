package org.briefbot.core.summary;

/**
 * The settings of the sentence ranking, tuned on news (see docs/BENCHMARKS.md). Kept together so
 * that an experiment changes one value without touching the algorithm.
 *
 * @param positionHalfLife the sentence index at which the lead prior has fallen to half
 * @param position weight of the lead prior
 * @param centrality weight of graph centrality (PageRank over sentence similarity)
 * @param headline weight of the share of headline words a sentence uses
 * @param idfPower 0: every content word counts alike; 1: classic TF-IDF
 * @param damping PageRank damping; the rest of the walk restarts at sentences in proportion to the
 *     lead prior
 * @param shortWords below this many words a sentence is scaled down in proportion
 * @param longWords above this many words a sentence is scaled down ...
 * @param longDecay ... by e^(-(words - longWords) / longDecay)
 * @param partOfQuote factor for a sentence that is part of a quotation whose speaker it does not
 *     name
 * @param quoted how much a sentence loses for the share of it that is quoted (all of it quoted: 1 -
 *     quoted)
 * @param danglingPronoun factor for a sentence opening with "It", "They" … whose previous sentence
 *     is not in the summary
 * @param redundancy MMR: how much similarity to a sentence already chosen costs
 */
record Weights(
    double positionHalfLife,
    double position,
    double centrality,
    double headline,
    double idfPower,
    double damping,
    int shortWords,
    int longWords,
    double longDecay,
    double partOfQuote,
    double quoted,
    double danglingPronoun,
    double redundancy) {

  static final Weights DEFAULT =
      new Weights(3, 1.0, 0.5, 0.15, 1.0, 0.85, 10, 40, 30, 0.4, 0.3, 0.7, 0.5);
}
