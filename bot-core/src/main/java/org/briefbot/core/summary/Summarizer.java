package org.briefbot.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.Token;
import org.briefbot.core.summary.Candidates.Candidate;
import org.briefbot.core.summary.SentenceFlaws.Flaw;

/**
 * Extractive summaries of one story: ranks the story's own sentences and returns the best in the
 * story's order. A sentence ranks high when it comes early (news puts the news first, but not
 * always), when it is central (it shares words with many other sentences: PageRank over TF-IDF
 * cosine similarity, restarting at the lead), and when it uses the headline's words. Layout
 * leftovers (bylines, captions, "scroll down" prompts) and fragments are skipped, captions glued to
 * a sentence are cut away from it, long run-ons, quotations without their speaker and sentences
 * opening with a stray "It" are held back, and MMR keeps a second sentence from repeating the
 * first. Thread-safe; ranking a 600-word story takes a fraction of a millisecond once the text is
 * analysed.
 */
public final class Summarizer {
  /**
   * Sentences past this point are not ranked: news puts what matters before it, and the graph grows
   * as n².
   */
  static final int MAX_CANDIDATES = 250;

  private static final int PAGERANK_ROUNDS = 40;

  /** Cosine similarity above which two sentences say the same thing in nearly the same words. */
  private static final double NEAR_DUPLICATE = 0.9;

  private static final String ELLIPSIS = " \u2026";

  private final Weights weights;

  public Summarizer() {
    this(Weights.DEFAULT);
  }

  Summarizer(Weights weights) {
    this.weights = weights;
  }

  public Summary summarize(AnalyzedText text, SummaryLength length) {
    return summarize(text, length.budget(), Optional.empty());
  }

  /** A summary of at most {@code sentences} sentences of ordinary length. */
  public Summary summarize(AnalyzedText text, int sentences) {
    return summarize(text, SummaryBudget.ofSentences(sentences), Optional.empty());
  }

  /**
   * @param headline the story's headline when the caller knows it better than the text's own layout
   *     does; empty to use the headline found in the text, if any
   */
  public Summary summarize(AnalyzedText text, SummaryBudget budget, Optional<String> headline) {
    String headlineText = headline.or(() -> text.document().title()).orElse("");
    List<Candidate> candidates =
        withoutHeadline(Candidates.of(text, MAX_CANDIDATES), text, headlineText);
    if (candidates.isEmpty()) {
      return new Summary(List.of(), List.of());
    }
    List<Sentence> sentences = candidates.stream().map(Candidate::sentence).toList();
    TermVectors vectors = TermVectors.of(sentences, weights.idfPower());
    double[] relevance = relevance(candidates, vectors, headlineStems(headlineText));
    List<Integer> chosen = select(candidates, vectors, relevance, budget);
    chosen.sort(Comparator.naturalOrder());
    List<Sentence> summary = new ArrayList<>(chosen.size());
    List<String> texts = new ArrayList<>(chosen.size());
    for (int index : chosen) {
      Sentence sentence = sentences.get(index);
      summary.add(sentence);
      texts.add(
          sentence.wordCount() > budget.words()
              ? cut(text, sentence, budget.words())
              : sentence.text(text.document()));
    }
    return new Summary(summary, texts);
  }

  /**
   * Marks the sentences that repeat the headline, which the card shows above the summary already.
   */
  private static List<Candidate> withoutHeadline(
      List<Candidate> candidates, AnalyzedText text, String headline) {
    if (headline.isBlank()) {
      return candidates;
    }
    List<Candidate> marked = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      boolean repeats =
          candidate.flaw() != Flaw.HEADLINE
              && SentenceFlaws.repeatsHeadline(
                  candidate.sentence().span().of(text.document().folded()), headline);
      marked.add(
          repeats
              ? new Candidate(candidate.sentence(), Flaw.HEADLINE, candidate.quoted())
              : candidate);
    }
    return marked;
  }

  private double[] relevance(
      List<Candidate> candidates, TermVectors vectors, Set<String> headline) {
    int n = candidates.size();
    // The lead prior counts the story's real sentences: captions and prompts in front do not push
    // the lead down.
    double[] prior = new double[n];
    int position = 0;
    for (int i = 0; i < n; i++) {
      prior[i] = 1 / (1 + position / weights.positionHalfLife());
      if (!candidates.get(i).disqualified()) {
        position++;
      }
    }
    double[] centrality =
        SentenceGraph.normalised(
            SentenceGraph.pageRank(
                vectors.similarities(), prior, weights.damping(), PAGERANK_ROUNDS));
    double[] coverage = new double[n];
    for (int i = 0; i < n; i++) {
      coverage[i] = vectors.headlineCoverage(i, headline);
    }
    coverage = SentenceGraph.normalised(coverage);
    double[] relevance = new double[n];
    for (int i = 0; i < n; i++) {
      Candidate candidate = candidates.get(i);
      double score =
          weights.position() * prior[i]
              + weights.centrality() * centrality[i]
              + weights.headline() * coverage[i];
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

  /**
   * Greedy MMR within the budget: sentences without a disqualifying flaw first; a flawed one only
   * when the summary would otherwise be empty.
   */
  private List<Integer> select(
      List<Candidate> candidates, TermVectors vectors, double[] relevance, SummaryBudget budget) {
    int n = candidates.size();
    List<Integer> chosen = new ArrayList<>();
    boolean[] used = new boolean[n];
    int words = 0;
    while (chosen.size() < budget.sentences()) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (used[i]
            || candidates.get(i).disqualified()
            || vectors.isEmpty(i)
            || words + candidates.get(i).sentence().wordCount() > budget.words()) {
          continue;
        }
        double overlap = 0;
        for (int c : chosen) {
          overlap = Math.max(overlap, vectors.cosine(i, c));
        }
        if (overlap >= NEAR_DUPLICATE) {
          continue; // a page that prints a paragraph twice must not get it twice in its summary
        }
        double score = relevance[i] - weights.redundancy() * overlap;
        if (candidates.get(i).startsWithPronoun() && !(i > 0 && used[i - 1])) {
          // "It has become …" needs the sentence before it to say what "it" is.
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
      words += candidates.get(best).sentence().wordCount();
    }
    if (chosen.isEmpty()) {
      // Nothing fits or everything is flawed: the best sentence there is, cut to the budget if need
      // be.
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (relevance[i] > relevance[best]) {
          best = i;
        }
      }
      chosen.add(best);
    }
    return chosen;
  }

  /** The sentence's first {@code words} words and an ellipsis. */
  private static String cut(AnalyzedText text, Sentence sentence, int words) {
    int seen = 0;
    int end = sentence.span().start();
    for (Token token : sentence.tokens()) {
      if (token.isWord()) {
        if (seen == words) {
          break;
        }
        seen++;
      }
      end = token.span().end();
    }
    return text.text().substring(sentence.span().start(), end).stripTrailing() + ELLIPSIS;
  }

  /** Content-word stems of the headline, found the way the story's own words are. */
  private static Set<String> headlineStems(String headline) {
    Set<String> stems = new LinkedHashSet<>();
    if (headline.isBlank()) {
      return stems;
    }
    for (Token token : NlpPipeline.shared().tokenize(headline, 0, headline.length())) {
      if (TermVectors.isContentWord(token)) {
        stems.add(token.stem());
      }
    }
    return stems;
  }
}
