package org.briefbot.core.digest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Token;
import org.briefbot.core.summary.TermVectors;

/**
 * The content words of the texts digests cluster (a story's headline and summary), as word ids,
 * remembered by text: the digests of one day, of every channel, cluster mostly the same stories, so
 * each text is tokenized once while it is among the {@value #TEXTS} last used. Thread-safe.
 */
final class StoryTerms {
  /** About a day of stories from a busy set of feeds, with room for the day before. */
  private static final int TEXTS = 40_000;

  /** Past this many distinct words the ids start again, with the texts: memory stays bounded. */
  private static final int MAX_WORDS = 2_000_000;

  private static volatile StoryTerms current = new StoryTerms();

  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger();
  private final Cache<String, TermVectors.Counted> texts =
      Caffeine.newBuilder().maximumSize(TEXTS).build();

  private StoryTerms() {}

  /** TF-IDF vectors of the texts, inverse document frequency over them (at least {@code min}). */
  static TermVectors vectors(List<String> foldedTexts, int minDocuments) {
    StoryTerms terms = current;
    if (terms.nextId.get() > MAX_WORDS) {
      terms = new StoryTerms();
      current = terms;
    }
    List<TermVectors.Counted> counted = new ArrayList<>(foldedTexts.size());
    for (String text : foldedTexts) {
      counted.add(terms.texts.get(text, terms::count));
    }
    return TermVectors.ofCounted(counted, terms.nextId.get(), 1.0, minDocuments);
  }

  private TermVectors.Counted count(String text) {
    List<Token> tokens = NlpPipeline.shared().tokenize(text, 0, text.length());
    int[] words = new int[tokens.size()];
    int size = 0;
    for (Token token : tokens) {
      if (TermVectors.isContentWord(token)) {
        words[size++] = ids.computeIfAbsent(token.stem(), k -> nextId.getAndIncrement());
      }
    }
    return TermVectors.Counted.of(words, size);
  }
}
