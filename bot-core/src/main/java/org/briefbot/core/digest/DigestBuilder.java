package org.briefbot.core.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StoryStore;

/**
 * Builds a digest from stored stories: keeps those that match the subscription's topics, makes
 * one item a story (newest first) with the opening of its summary and its strongest quote.
 */
public final class DigestBuilder {
  private final StoryStore store;

  public DigestBuilder(StoryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The digest of {@code stories} (already limited to the window the caller wants). */
  public Digest build(List<StoredStory> stories, DigestOptions options) {
    List<DigestItem> items = new ArrayList<>();
    stories.stream()
        .filter(story -> matches(story, options.topics()))
        .sorted(Comparator.comparing(DigestBuilder::when).reversed())
        .limit(options.maxItems())
        .forEach(story -> items.add(item(story)));
    return new Digest(items);
  }

  private DigestItem item(StoredStory story) {
    List<String> summary = story.summarySentences();
    List<String> sentences = summary.subList(0, Math.min(2, summary.size()));
    DigestItem.Source source = new DigestItem.Source(story.outlet(), story.title(), story.canonicalUrl(),
        story.publishedAt());
    return new DigestItem(story.title(), sentences, List.of(source), strongestQuote(store.quotes(story.id())),
        List.of(story.id()));
  }

  /** The first direct quote with a named speaker, else the first quote with one. */
  static Optional<StoryQuote> strongestQuote(List<StoryQuote> quotes) {
    return quotes.stream().filter(StoryQuote::hasSpeaker)
        .min(Comparator.comparingInt(q -> q.kind() == StoryQuote.Kind.DIRECT ? 0 : 1));
  }

  private static boolean matches(StoredStory story, List<String> topics) {
    if (topics.isEmpty()) {
      return true;
    }
    String haystack = (story.title() + "\n" + story.text()).toLowerCase(Locale.ROOT);
    return topics.stream().anyMatch(haystack::contains);
  }

  private static Instant when(StoredStory story) {
    return story.publishedAt().orElse(story.fetchedAt());
  }
}
