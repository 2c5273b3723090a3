package org.briefbot.core.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.summary.TermVectors;

/**
 * Groups stories that report the same event: TF-IDF cosine over each story's headline and stored
 * summary (its lead, as the summarizer chose it), inverse document frequency over the stories
 * grouped (as if there were at least {@link #BACKGROUND_STORIES}); two stories at or above {@link
 * #SAME_EVENT} are one event, and so, transitively, are their neighbours. The threshold is measured
 * (docs/BENCHMARKS.md, "Digest clustering"). Only the headline and summary are tokenized; nothing
 * is analysed again.
 */
public final class StoryClusters {
  /** Cosine at or above which two stories are one event; measured, see docs/BENCHMARKS.md. */
  public static final double SAME_EVENT = 0.20;

  /**
   * Two stories are compared when they share one of their this many heaviest words: stories of one
   * event share their names and places, and the day's thousands of stories are not all compared
   * with each other.
   */
  private static final int HEAVIEST_WORDS = 15;

  /**
   * Words in more than this share of the stories (and more than {@link #MIN_COMMON} of them) do not
   * make two stories worth comparing on their own.
   */
  private static final double COMMON_SHARE = 0.05;

  private static final int MIN_COMMON = 20;

  /**
   * Two stories that share only one of their heaviest words are compared when that word is in at
   * most this many stories (a name of the few outlets' stories of one event); sharing a word in
   * more, they must share a second.
   */
  private static final int SOLE_WORD_STORIES = MIN_COMMON;

  /**
   * Word rarity is judged as if there were at least this many stories: a day of news has hundreds,
   * and among a handful about one event, IDF over the handful alone would take the event's own
   * words ("Caldwick", "bridge") for common ones.
   */
  static final int BACKGROUND_STORIES = 200;

  private StoryClusters() {}

  /**
   * The events among {@code stories} at the measured threshold, each its stories in input order.
   */
  public static List<List<StoredStory>> of(List<StoredStory> stories) {
    return of(stories, SAME_EVENT);
  }

  /**
   * The events among {@code stories} at {@code threshold}, each its stories in input order, in
   * order of first story.
   */
  public static List<List<StoredStory>> of(List<StoredStory> stories, double threshold) {
    int n = stories.size();
    if (n == 0) {
      return List.of();
    }
    TermVectors vectors = vectors(stories);
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int maxFrequency = Math.max(MIN_COMMON, (int) (COMMON_SHARE * n));
    for (int[] pair :
        vectors.similarPairs(threshold, maxFrequency, HEAVIEST_WORDS, SOLE_WORD_STORIES)) {
      int a = root(parent, pair[0]);
      int b = root(parent, pair[1]);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    Map<Integer, List<StoredStory>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(stories.get(i));
    }
    return List.copyOf(clusters.values());
  }

  /** Each story's headline and summary as one text. */
  static TermVectors vectors(List<StoredStory> stories) {
    List<String> texts = new ArrayList<>(stories.size());
    for (StoredStory story : stories) {
      texts.add(NewsText.fold(story.title() + "\n" + story.summary()));
    }
    return StoryTerms.vectors(texts, BACKGROUND_STORIES);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
