package org.briefbot.core.nlp;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link BeamSearch}, step for step and with the same results, minus work it repeats. The
 * English POS model caches its features by token position ({@code cache="true"} in its feature
 * descriptor), so every sequence in the beam gets the same context at a position, and {@link
 * BeamSearch} evaluates the model on that same context once for each of them: here each distinct
 * context of a position is evaluated once. And the beam's cut-off (the k-th best score) is found by
 * selection instead of sorting a copy of all scores; and a sequence of the beam links to the one it
 * extends rather than copying its outcomes at every step. The sequences, their order in the queues
 * and their scores are computed exactly as {@link BeamSearch} computes them (OpenNLP 2.5), so the
 * tags are the same, ties included. Thread-safe: a model holds one instance that every thread's
 * tagger uses.
 */
final class SharedContextBeamSearch implements SequenceClassificationModel {
  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  /** {@link BeamSearch}'s floor for a sequence's log score. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private final int size;
  private final MaxentModel model;

  SharedContextBeamSearch(int size, MaxentModel model) {
    this.size = size;
    this.model = model;
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences,
      T[] sequence,
      Object[] additionalContext,
      double minSequenceScore,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Queue<Path> prev = new PriorityQueue<>(size);
    Queue<Path> next = new PriorityQueue<>(size);
    prev.add(Path.EMPTY);
    Object[] context = additionalContext == null ? NO_ADDITIONAL_CONTEXT : additionalContext;
    // The distinct contexts evaluated at the current position, with their scores and cut-offs.
    String[][] evaluatedContexts = new String[size][];
    double[][] evaluatedScores = new double[size][];
    double[] evaluatedCutOffs = new double[size];
    double[] best = new double[size];
    for (int i = 0; i < sequence.length; i++) {
      int evaluated = 0;
      int sz = Math.min(size, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Path top = prev.remove();
        String[] outcomes = top.outcomes();
        String[] contexts = cg.getContext(i, sequence, outcomes, context);
        int known = 0;
        while (known < evaluated && !Arrays.equals(evaluatedContexts[known], contexts)) {
          known++;
        }
        if (known == evaluated) {
          evaluatedContexts[known] = contexts;
          double[] scores = model.eval(contexts, new double[model.getNumOutcomes()]);
          evaluatedScores[known] = scores;
          evaluatedCutOffs[known] = kthLargest(scores, Math.min(size, scores.length), best);
          evaluated++;
        }
        double[] scores = evaluatedScores[known];
        double min = evaluatedCutOffs[known];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            advance(top, i, sequence, outcomes, p, scores[p], minSequenceScore, validator, next);
          }
        }
        if (next.isEmpty()) { // no advanced sequences: advance all valid ones
          for (int p = 0; p < scores.length; p++) {
            advance(top, i, sequence, outcomes, p, scores[p], minSequenceScore, validator, next);
          }
        }
      }
      prev.clear();
      Queue<Path> swap = prev;
      prev = next;
      next = swap;
    }
    int count = Math.min(numSequences, prev.size());
    Sequence[] top = new Sequence[count];
    for (int s = 0; s < count; s++) {
      top[s] = prev.remove().toSequence();
    }
    return top;
  }

  private <T> void advance(
      Path top,
      int i,
      T[] sequence,
      String[] outcomes,
      int p,
      double probability,
      double minSequenceScore,
      SequenceValidator<T> validator,
      Queue<Path> next) {
    String out = model.getOutcome(p);
    if (validator.validSequence(i, sequence, outcomes, out)) {
      Path advanced = new Path(top, out, probability);
      if (advanced.score > minSequenceScore) {
        next.add(advanced);
      }
    }
  }

  /**
   * A sequence of the beam as a link to the one it extends: what {@link Sequence} holds, without
   * copying its outcomes and probabilities at every step. Scores add up exactly as in {@link
   * Sequence#Sequence(Sequence, String, double)} and order the same way ({@link
   * Sequence#compareTo}), so the queues hold the same sequences in the same order.
   */
  private static final class Path implements Comparable<Path> {
    static final Path EMPTY = new Path();

    private final Path previous;
    private final String outcome;
    private final double probability;
    private final double score;
    private final int length;

    private Path() {
      previous = null;
      outcome = null;
      probability = 1;
      score = 0d;
      length = 0;
    }

    Path(Path previous, String outcome, double probability) {
      this.previous = previous;
      this.outcome = outcome;
      this.probability = probability;
      this.score = previous.score + StrictMath.log(probability);
      this.length = previous.length + 1;
    }

    String[] outcomes() {
      String[] outcomes = new String[length];
      for (Path path = this; path.length > 0; path = path.previous) {
        outcomes[path.length - 1] = path.outcome;
      }
      return outcomes;
    }

    /** The same {@link Sequence}, built step by step as {@link BeamSearch} builds it. */
    Sequence toSequence() {
      Path[] steps = new Path[length];
      for (Path path = this; path.length > 0; path = path.previous) {
        steps[path.length - 1] = path;
      }
      Sequence sequence = new Sequence();
      for (Path step : steps) {
        sequence.add(
            step.outcome, step.probability); // score += log(p), as the copying constructor adds it
      }
      return sequence;
    }

    @Override
    public int compareTo(Path other) {
      return Double.compare(other.score, score);
    }

    @Override
    public boolean equals(Object other) {
      return other == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /**
   * The k-th largest score, counting equal scores apart: what {@link BeamSearch} reads from a
   * sorted copy ({@code sorted[length - k]}), in the same total order ({@link Double#compare}).
   */
  private static double kthLargest(double[] scores, int k, double[] best) {
    int held = 0; // best[0..held) in descending order
    for (double score : scores) {
      if (held == k && Double.compare(score, best[k - 1]) <= 0) {
        continue;
      }
      int at = held < k ? held++ : k - 1;
      while (at > 0 && Double.compare(score, best[at - 1]) > 0) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = score;
    }
    return best[k - 1];
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences,
      T[] sequence,
      Object[] additionalContext,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    return bestSequences(
        numSequences, sequence, additionalContext, MIN_SEQUENCE_SCORE, cg, validator);
  }

  @Override
  public <T> Sequence bestSequence(
      T[] sequence,
      Object[] additionalContext,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence[] sequences = bestSequences(1, sequence, additionalContext, cg, validator);
    return sequences.length > 0 ? sequences[0] : null;
  }

  @Override
  public String[] getOutcomes() {
    String[] outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    return outcomes;
  }
}
