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
 * OpenNLP's {@link BeamSearch}, step for step and with the same results, minus work it repeats.
 * The English POS model caches its features by token position ({@code cache="true"} in its
 * feature descriptor), so every sequence in the beam gets the same context at a position, and
 * {@link BeamSearch} evaluates the model on that same context once for each of them: here each
 * distinct context of a position is evaluated once. And the beam's cut-off (the k-th best score)
 * is found by selection instead of sorting a copy of all scores. The sequences, their order in
 * the queues and their scores are computed exactly as {@link BeamSearch} computes them (OpenNLP
 * 2.5), so the tags are the same, ties included. Thread-safe: a model holds one instance that
 * every thread's tagger uses.
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
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
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
        Sequence top = prev.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
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
      Queue<Sequence> swap = prev;
      prev = next;
      next = swap;
    }
    int count = Math.min(numSequences, prev.size());
    Sequence[] top = new Sequence[count];
    for (int s = 0; s < count; s++) {
      top[s] = prev.remove();
    }
    return top;
  }

  private <T> void advance(Sequence top, int i, T[] sequence, String[] outcomes, int p, double score, double minSequenceScore,
      SequenceValidator<T> validator, Queue<Sequence> next) {
    String out = model.getOutcome(p);
    if (validator.validSequence(i, sequence, outcomes, out)) {
      Sequence advanced = new Sequence(top, out, score);
      if (advanced.getScore() > minSequenceScore) {
        next.add(advanced);
      }
    }
  }

  /**
   * The k-th largest score, counting equal scores apart: what {@link BeamSearch} reads from a sorted
   * copy ({@code sorted[length - k]}), in the same total order ({@link Double#compare}).
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
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, MIN_SEQUENCE_SCORE, cg, validator);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
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
