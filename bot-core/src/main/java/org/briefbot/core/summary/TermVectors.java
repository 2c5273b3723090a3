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
    int documents = Math.max(n, minDocuments);
    Map<String, Integer> ids = new HashMap<>();
    int[][] terms = new int[n][];
    int[][] counts = new int[n][];
    int[] documentFrequency = new int[16];
    for (int s = 0; s < n; s++) {
      List<Token> tokens = sentences.get(s).tokens();
      int[] ofSentence = new int[tokens.size()];
      int size = 0;
      for (Token token : tokens) {
        if (isContentWord(token)) {
          ofSentence[size++] = ids.computeIfAbsent(token.stem(), k -> ids.size());
        }
      }
      Arrays.sort(ofSentence, 0, size);
      int[] distinct = new int[size];
      int[] count = new int[size];
      int k = -1;
      for (int i = 0; i < size; i++) {
        if (k >= 0 && distinct[k] == ofSentence[i]) {
          count[k]++;
        } else {
          distinct[++k] = ofSentence[i];
          count[k] = 1;
        }
      }
      terms[s] = Arrays.copyOf(distinct, k + 1);
      counts[s] = Arrays.copyOf(count, k + 1);
      if (documentFrequency.length < ids.size()) {
        documentFrequency =
            Arrays.copyOf(documentFrequency, Math.max(ids.size(), documentFrequency.length * 2));
      }
      for (int term : terms[s]) {
        documentFrequency[term]++;
      }
    }
    double[][] weights = new double[n][];
    for (int s = 0; s < n; s++) {
      double[] w = new double[terms[s].length];
      double norm = 0;
      for (int i = 0; i < w.length; i++) {
        double idf = Math.log((documents + 1.0) / documentFrequency[terms[s][i]]);
        w[i] = (1 + Math.log(counts[s][i])) * Math.pow(idf, idfPower);
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

  static boolean isContentWord(Token token) {
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
   */
  public List<int[]> similarPairs(double min, int maxDocumentFrequency, int heaviest) {
    int n = terms.length;
    int[][] keys = new int[n][];
    int[] keyFrequency = new int[ids.size()];
    for (int s = 0; s < n; s++) {
      keys[s] = heaviestTerms(s, heaviest, maxDocumentFrequency);
      for (int term : keys[s]) {
        keyFrequency[term]++;
      }
    }
    int[][] postings = new int[ids.size()][];
    int[] filled = new int[ids.size()];
    int[] seenBy = new int[n];
    Arrays.fill(seenBy, -1);
    List<int[]> pairs = new java.util.ArrayList<>();
    for (int b = 0; b < n; b++) {
      for (int term : keys[b]) {
        if (postings[term] == null) {
          postings[term] = new int[keyFrequency[term]];
        }
        int[] earlier = postings[term];
        for (int p = 0; p < filled[term]; p++) {
          int a = earlier[p];
          if (seenBy[a] != b) {
            seenBy[a] = b;
            if (cosine(a, b) >= min) {
              pairs.add(new int[] {a, b});
            }
          }
        }
        earlier[filled[term]++] = b;
      }
    }
    return pairs;
  }

  /**
   * The ids of a text's {@code k} heaviest words among those in at most {@code
   * maxDocumentFrequency} texts.
   */
  private int[] heaviestTerms(int text, int k, int maxDocumentFrequency) {
    int[] own = terms[text];
    Integer[] order = new Integer[own.length];
    for (int i = 0; i < own.length; i++) {
      order[i] = i;
    }
    double[] w = weights[text];
    Arrays.sort(order, (x, y) -> Double.compare(w[y], w[x]));
    int[] heaviest = new int[Math.min(k, own.length)];
    int count = 0;
    for (int i = 0; i < order.length && count < heaviest.length; i++) {
      int term = own[order[i]];
      if (documentFrequency[term] <= maxDocumentFrequency) {
        heaviest[count++] = term;
      }
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
