package org.briefbot.core.summary;

/**
 * The settings of the multi-story ranking (see {@link ClusterSummarizer} and docs/BENCHMARKS.md).
 *
 * @param positionHalfLife the position in its story at which a sentence's lead prior has fallen to
 *     half
 * @param position weight of the lead prior
 * @param centrality weight of PageRank over the similarity of all the stories' sentences
 * @param support weight of how closely the other stories say the same thing
 * @param idfPower 0: every content word counts alike; 1: classic TF-IDF
 * @param damping PageRank damping; the rest of the walk restarts in proportion to the lead prior
 * @param shortWords below this many words a sentence is scaled down in proportion
 * @param longWords above this many words a sentence is scaled down ...
 * @param longDecay ... by e^(-(words - longWords) / longDecay)
 * @param partOfQuote factor for a sentence that is part of a quotation whose speaker it does not
 *     name
 * @param quoted how much a sentence loses for the share of it that is quoted
 * @param danglingPronoun factor for a sentence opening with "It", "They" … without the sentence
 *     before it
 * @param redundancy MMR: how much similarity to a sentence already chosen costs
 */
record ClusterWeights(
    double positionHalfLife,
    double position,
    double centrality,
    double support,
    double idfPower,
    double damping,
    int shortWords,
    int longWords,
    double longDecay,
    double partOfQuote,
    double quoted,
    double danglingPronoun,
    double redundancy) {

  static final ClusterWeights DEFAULT =
      new ClusterWeights(3, 1.0, 0.5, 1.0, 1.0, 0.85, 10, 40, 30, 0.4, 0.3, 0.7, 0.5);
}
