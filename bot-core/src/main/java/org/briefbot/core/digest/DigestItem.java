package org.briefbot.core.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefbot.core.store.StoryQuote;

/**
 * One event of a digest.
 *
 * @param headline the headline that stands for the event
 * @param sentences one or two sentences about it, drawn from its stories
 * @param sources the stories that reported it, one per outlet, with links
 * @param quote its strongest quote with the speaker, if one has a speaker
 * @param storyIds every stored story merged into this item
 */
public record DigestItem(
    String headline,
    List<String> sentences,
    List<Source> sources,
    Optional<StoryQuote> quote,
    List<Long> storyIds) {

  public DigestItem {
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
    sources = List.copyOf(sources);
    Objects.requireNonNull(quote, "quote");
    storyIds = List.copyOf(storyIds);
  }

  /**
   * A story that reported the event.
   *
   * @param outlet the site's name
   * @param title the story's own headline
   * @param url its link
   * @param publishedAt when it was published, if the page said
   */
  public record Source(String outlet, String title, String url, Optional<Instant> publishedAt) {}
}
