package org.briefbot.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.nlp.Token;
import org.briefbot.core.summary.Candidates.Candidate;
import org.briefbot.core.summary.SentenceFlaws.Flaw;

/**
 * Extractive summaries of several stories about one event (a digest item, a cluster of outlets'
 * reports). A sentence ranks high when the other outlets say the same thing (for each other story,
 * its closest sentence's TF-IDF cosine, summed: what several outlets report is the news, what one
 * adds is colour), when it comes early in its story, and when it is central in the graph of all the
 * stories' sentences. The layout leftovers, quotations without their speaker and dangling pronouns
 * of the single-story {@link Summarizer} are held back the same way, and MMR keeps the summary from
 * saying one thing twice, which matters more here: outlets retell each other's sentences. Sentences
 * come out leads first (each story's first chosen sentence, then the second…), as a reader would
 * want the news before the detail. Thread-safe.
 */
public final class ClusterSummarizer {
  /**
   * Each story's sentences past this point are not ranked: the graph grows as the square of all
   * sentences.
   */
  static final int MAX_SENTENCES_A_STORY = 40;

  private static final int PAGERANK_ROUNDS = 30;

  /** Word overlap (cosine, no IDF) above which two sentences say the same thing in other words. */
  private static final double NEAR_DUPLICATE = 0.5;

  private final ClusterWeights weights;

  public ClusterSummarizer() {
    this(ClusterWeights.DEFAULT);
  }

  ClusterSummarizer(ClusterWeights weights) {
    this.weights = weights;
  }

  /** The summary of analysed stories, one sentence an element, within {@code budget}. */
  public List<String> summarize(List<AnalyzedText> stories, SummaryBudget budget) {
    List<Unit> units = new ArrayList<>();
    for (int s = 0; s < stories.size(); s++) {
      AnalyzedText story = stories.get(s);
      int position = 0;
      for (Candidate candidate : Candidates.of(story, MAX_SENTENCES_A_STORY)) {
        units.add(
            new Unit(s, position, candidate, candidate.sentence().text(story.document()).strip()));
        if (!candidate.disqualified()) {
          position++;
        }
      }
    }
    return rankAndSelect(units, budget);
  }

  /**
   * The summary of stories given as their sentences (a stored story's summary, say), without
   * analysing them again: only the sentences given are tokenized.
   */
  public List<String> summarizeSentences(List<List<String>> stories, SummaryBudget budget) {
    NlpPipeline pipeline = NlpPipeline.shared();
    List<Unit> units = new ArrayList<>();
    for (int s = 0; s < stories.size(); s++) {
      int position = 0;
      for (String raw : stories.get(s)) {
        String text = raw.strip();
        if (text.isEmpty()) {
          continue;
        }
        String folded = NewsText.fold(text);
        List<Token> tokens = pipeline.tokenize(folded, 0, folded.length());
        Sentence sentence =
            new Sentence(position, 0, position, new TextSpan(0, folded.length()), tokens);
        QuoteTracker quotes = new QuoteTracker(folded);
        quotes.startsInside(0, 0);
        double quoted = (double) quotes.readTo(folded.length()) / Math.max(1, folded.length());
        Flaw flaw = SentenceFlaws.flawOf(folded, sentence.wordCount(), false);
        units.add(new Unit(s, position, new Candidate(sentence, flaw, quoted), text));
        position++;
      }
    }
    return rankAndSelect(units, budget);
  }

  private record Unit(int story, int position, Candidate candidate, String text) {
    int words() {
      return NewsText.wordCount(text);
    }
  }

  private List<String> rankAndSelect(List<Unit> units, SummaryBudget budget) {
    if (units.isEmpty()) {
      return List.of();
    }
    TermVectors vectors =
        TermVectors.of(
            units.stream().map(u -> u.candidate().sentence()).toList(), weights.idfPower());
    double[] relevance = relevance(units, vectors);
    // Outlets retell one fact in the event's own words, which IDF over the event's sentences takes
    // for common ones: whether two sentences say the same thing is judged on plain word overlap.
    TermVectors overlap =
        TermVectors.of(units.stream().map(u -> u.candidate().sentence()).toList(), 0);
    List<Integer> chosen = select(units, overlap, relevance, budget);
    chosen.sort(
        Comparator.comparingInt((Integer u) -> rankInStory(chosen, units, u))
            .thenComparingInt(u -> units.get(u).story()));
    List<String> texts = new ArrayList<>(chosen.size());
    for (int u : chosen) {
      texts.add(units.get(u).text());
    }
    return texts;
  }

  /** How many chosen sentences of the same story come before this one. */
  private static int rankInStory(List<Integer> chosen, List<Unit> units, int unit) {
    int rank = 0;
    for (int other : chosen) {
      if (units.get(other).story() == units.get(unit).story()
          && units.get(other).position() < units.get(unit).position()) {
        rank++;
      }
    }
    return rank;
  }

  private double[] relevance(List<Unit> units, TermVectors vectors) {
    int n = units.size();
    int stories = units.get(n - 1).story() + 1;
    double[][] similarity = vectors.similarities();
    double[] prior = new double[n];
    double[] support = new double[n];
    for (int i = 0; i < n; i++) {
      prior[i] = 1 / (1 + units.get(i).position() / weights.positionHalfLife());
      // For each other story, how closely its nearest sentence says the same.
      double[] closest = new double[stories];
      for (int j = 0; j < n; j++) {
        int story = units.get(j).story();
        if (story != units.get(i).story() && similarity[i][j] > closest[story]) {
          closest[story] = similarity[i][j];
        }
      }
      for (double c : closest) {
        support[i] += c;
      }
    }
    double[] centrality =
        SentenceGraph.normalised(
            SentenceGraph.pageRank(similarity, prior, weights.damping(), PAGERANK_ROUNDS));
    support = SentenceGraph.normalised(support);
    double[] relevance = new double[n];
    for (int i = 0; i < n; i++) {
      Candidate candidate = units.get(i).candidate();
      double score =
          weights.position() * prior[i]
              + weights.centrality() * centrality[i]
              + weights.support() * support[i];
      relevance[i] =
          score
              * SentenceGraph.lengthFactor(
                  candidate.sentence().wordCount(),
                  weights.shortWords(),
                  weights.longWords(),
                  weights.longDecay())
              * (candidate.flaw() == Flaw.PART_OF_QUOTE ? weights.partOfQuote() : 1)
              * (1 - weights.quoted() * candidate.quoted());
    }
    return SentenceGraph.normalised(relevance);
  }

  /** Greedy MMR until the words are spent; a flawed sentence only when nothing else was found. */
  private List<Integer> select(
      List<Unit> units, TermVectors vectors, double[] relevance, SummaryBudget budget) {
    int n = units.size();
    List<Integer> chosen = new ArrayList<>();
    boolean[] used = new boolean[n];
    int words = 0;
    while (chosen.size() < budget.sentences()) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        Unit unit = units.get(i);
        if (used[i]
            || unit.candidate().disqualified()
            || vectors.isEmpty(i)
            || words + unit.words() > budget.words()) {
          continue;
        }
        double overlap = 0;
        for (int c : chosen) {
          overlap = Math.max(overlap, vectors.cosine(i, c));
        }
        if (overlap >= NEAR_DUPLICATE) {
          continue;
        }
        double score = relevance[i] - weights.redundancy() * overlap;
        if (unit.candidate().startsWithPronoun()
            && !(i > 0 && used[i - 1] && units.get(i - 1).story() == unit.story())) {
          score *= weights.danglingPronoun();
        }
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      chosen.add(best);
      words += units.get(best).words();
    }
    return chosen;
  }
}
