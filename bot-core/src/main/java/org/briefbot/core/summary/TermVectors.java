package org.briefbot.core.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefbot.core.nlp.Sentence;
import org.briefbot.core.nlp.Token;

/**
 * Sentences (or whole stories, each as one token sequence) as TF-IDF vectors of their content-word
 * stems (stop words and punctuation left out), unit length, for cosine similarity. Inverse document
 * frequency is taken over the sentences given: a word in every sentence tells them apart less than
 * a word in two.
 */
public final class TermVectors {
  private final int[][] terms;
  private final double[][] weights;
  private final Map<String, Integer> ids;
  private final int[] documentFrequency;

  private TermVectors(
      int[][] terms, double[][] weights, Map<String, Integer> ids, int[] documentFrequency) {
    this.terms = terms;
    this.weights = weights;
    this.ids = ids;
    this.documentFrequency = documentFrequency;
  }

  /**
   * @param idfPower how much rarity counts: 0 weighs every content word alike, 1 is classic TF-IDF
   */
  public static TermVectors of(List<Sentence> sentences, double idfPower) {
    return of(sentences, idfPower, 0);
  }

  /**
   * @param idfPower how much rarity counts: 0 weighs every content word alike, 1 is classic TF-IDF
   * @param minDocuments rarity is judged as if there were at least this many sentences, the missing
   *     ones sharing no word with these: in a handful of stories about one event, the event's own
   *     words are in most of them, and plain IDF would take them for common words
   */
  public static TermVectors of(List<Sentence> sentences, double idfPower, int minDocuments) {
    int n = sentences.size();
    Map<String, Integer> ids = new HashMap<>();
    int[][] terms = new int[n][];
    int[][] counts = new int[n][];
    for (int s = 0; s < n; s++) {
      List<Token> tokens = sentences.get(s).tokens();
      int[] ofSentence = new int[tokens.size()];
      int size = 0;
      for (Token token : tokens) {
        if (isContentWord(token)) {
          ofSentence[size++] = ids.computeIfAbsent(token.stem(), k -> ids.size());
        }
      }
      Counted counted = Counted.of(ofSentence, size);
      terms[s] = counted.terms();
      counts[s] = counted.counts();
    }
    return weighed(terms, counts, ids, ids.size(), idfPower, minDocuments);
  }

  /**
   * Texts already reduced to their content words: for each, the distinct word ids ascending and how
   * often each occurs (see {@link Counted}), ids below {@code vocabulary}.
   *
   * @param idfPower as for {@link #of(List, double, int)}
   * @param minDocuments as for {@link #of(List, double, int)}
   */
  public static TermVectors ofCounted(
      List<Counted> texts, int vocabulary, double idfPower, int minDocuments) {
    int n = texts.size();
    int[][] terms = new int[n][];
    int[][] counts = new int[n][];
    for (int s = 0; s < n; s++) {
      terms[s] = texts.get(s).terms();
      counts[s] = texts.get(s).counts();
    }
    return weighed(terms, counts, Map.of(), vocabulary, idfPower, minDocuments);
  }

  /**
   * A text's content words as ids: each distinct id once, ascending, beside how often it occurs.
   */
  public record Counted(int[] terms, int[] counts) {
    /** The first {@code size} ids of {@code ids} (reordered in place), counted. */
    public static Counted of(int[] ids, int size) {
      Arrays.sort(ids, 0, size);
      int[] distinct = new int[size];
      int[] count = new int[size];
      int k = -1;
      for (int i = 0; i < size; i++) {
        if (k >= 0 && distinct[k] == ids[i]) {
          count[k]++;
        } else {
          distinct[++k] = ids[i];
          count[k] = 1;
        }
      }
      return new Counted(Arrays.copyOf(distinct, k + 1), Arrays.copyOf(count, k + 1));
    }
  }

  private static TermVectors weighed(
      int[][] terms,
      int[][] counts,
      Map<String, Integer> ids,
      int vocabulary,
      double idfPower,
      int minDocuments) {
    int n = terms.length;
    int documents = Math.max(n, minDocuments);
    int[] documentFrequency = new int[vocabulary];
    for (int s = 0; s < n; s++) {
      for (int term : terms[s]) {
        documentFrequency[term]++;
      }
    }
    double[] rarity = new double[vocabulary];
    for (int term = 0; term < vocabulary; term++) {
      if (documentFrequency[term] > 0) {
        rarity[term] = Math.pow(Math.log((documents + 1.0) / documentFrequency[term]), idfPower);
      }
    }
    double[][] weights = new double[n][];
    for (int s = 0; s < n; s++) {
      double[] w = new double[terms[s].length];
      double norm = 0;
      for (int i = 0; i < w.length; i++) {
        int count = counts[s][i];
        w[i] = (count == 1 ? 1 : 1 + Math.log(count)) * rarity[terms[s][i]];
        norm += w[i] * w[i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < w.length && norm > 0; i++) {
        w[i] /= norm;
      }
      weights[s] = w;
    }
    return new TermVectors(terms, weights, ids, documentFrequency);
  }

  /** Whether a token counts for similarity: a word of two letters or more, not a stop word. */
  public static boolean isContentWord(Token token) {
    return token.isWord() && token.lower().length() > 1 && !token.isStopWord();
  }

  public int size() {
    return terms.length;
  }

  boolean isEmpty(int sentence) {
    return terms[sentence].length == 0;
  }

  public double cosine(int a, int b) {
    int[] ta = terms[a];
    int[] tb = terms[b];
    double[] wa = weights[a];
    double[] wb = weights[b];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ta.length && j < tb.length) {
      if (ta[i] == tb[j]) {
        dot += wa[i++] * wb[j++];
      } else if (ta[i] < tb[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * Pairs {a, b} (a < b) whose cosine is at least {@code min}, among those that share one of their
   * {@code heaviest} heaviest words (by TF-IDF weight) and that word is in at most {@code
   * maxDocumentFrequency} of them. Two texts about one event share a heavy word (a name, a place);
   * comparing only such pairs keeps thousands of texts from costing millions of comparisons. A pair
   * similar through many light words alone can be missed.
   *
   * <p>A pair that shares only one such word is compared only when that word is in at most {@code
   * soleWordFrequency} texts: among many texts, two that have one fairly common heavy word in
   * common and no other are nearly always about different things, and there are millions of such
   * pairs.
   */
  public List<int[]> similarPairs(
      double min, int maxDocumentFrequency, int heaviest, int soleWordFrequency) {
    int n = terms.length;
    int[][] keys = new int[n][];
    int vocabulary = documentFrequency.length;
    int[] keyFrequency = new int[vocabulary];
    for (int s = 0; s < n; s++) {
      keys[s] = heaviestTerms(s, heaviest, maxDocumentFrequency);
      for (int term : keys[s]) {
        keyFrequency[term]++;
      }
    }
    int[][] postings = new int[vocabulary][];
    int[] filled = new int[vocabulary];
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    int[] shared = new int[n];
    double[] spread = new double[vocabulary];
    int[] candidates = new int[n];
    List<int[]> pairs = new java.util.ArrayList<>();
    for (int b = 0; b < n; b++) {
      int count = 0;
      for (int term : keys[b]) {
        if (postings[term] == null) {
          postings[term] = new int[keyFrequency[term]];
        }
        int[] earlier = postings[term];
        // A word rare enough to be shared alone counts as two.
        int weight = documentFrequency[term] <= soleWordFrequency ? 2 : 1;
        for (int p = 0; p < filled[term]; p++) {
          int a = earlier[p];
          if (seenBy[a] != b) {
            seenBy[a] = b;
            shared[a] = 0;
            candidates[count++] = a;
          }
          shared[a] += weight;
        }
        earlier[filled[term]++] = b;
      }
      spread(b, spread, true);
      for (int c = 0; c < count; c++) {
        int a = candidates[c];
        if (shared[a] >= 2 && dot(a, spread) >= min) {
          pairs.add(new int[] {a, b});
        }
      }
      spread(b, spread, false);
    }
    return pairs;
  }

  /** Writes text {@code b}'s weights into {@code dense} at its words' ids, or zeros them again. */
  private void spread(int b, double[] dense, boolean on) {
    int[] own = terms[b];
    double[] w = weights[b];
    for (int i = 0; i < own.length; i++) {
      dense[own[i]] = on ? w[i] : 0;
    }
  }

  /**
   * {@link #cosine} of text {@code a} and the text spread in {@code dense}: the same products
   * summed in the same order (the other words add zeros), without a merge's branches.
   */
  private double dot(int a, double[] dense) {
    int[] own = terms[a];
    double[] w = weights[a];
    double dot = 0;
    for (int i = 0; i < own.length; i++) {
      dot += w[i] * dense[own[i]];
    }
    return dot;
  }

  /**
   * The ids of a text's {@code k} heaviest words among those in at most {@code
   * maxDocumentFrequency} texts.
   */
  private int[] heaviestTerms(int text, int k, int maxDocumentFrequency) {
    int[] own = terms[text];
    double[] w = weights[text];
    // The k largest by weight, an earlier word first among equal weights, heaviest first.
    int[] heaviest = new int[Math.min(k, own.length)];
    double[] heaviestWeights = new double[heaviest.length];
    int count = 0;
    for (int i = 0; i < own.length && heaviest.length > 0; i++) {
      if (documentFrequency[own[i]] > maxDocumentFrequency) {
        continue;
      }
      double weight = w[i];
      if (count == heaviest.length && weight <= heaviestWeights[count - 1]) {
        continue;
      }
      int at = count == heaviest.length ? count - 1 : count++;
      while (at > 0 && heaviestWeights[at - 1] < weight) {
        heaviest[at] = heaviest[at - 1];
        heaviestWeights[at] = heaviestWeights[at - 1];
        at--;
      }
      heaviest[at] = own[i];
      heaviestWeights[at] = weight;
    }
    return count == heaviest.length ? heaviest : Arrays.copyOf(heaviest, count);
  }

  /** Symmetric matrix of cosine similarities, zero on the diagonal. */
  double[][] similarities() {
    int n = terms.length;
    double[][] sim = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        double s = cosine(a, b);
        sim[a][b] = s;
        sim[b][a] = s;
      }
    }
    return sim;
  }

  /** The share of the headline's content stems that a sentence uses, from 0 to 1. */
  double headlineCoverage(int sentence, Set<String> headlineStems) {
    if (headlineStems.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String stem : headlineStems) {
      Integer id = ids.get(stem);
      if (id != null && Arrays.binarySearch(terms[sentence], id) >= 0) {
        found++;
      }
    }
    return (double) found / headlineStems.size();
  }
}
