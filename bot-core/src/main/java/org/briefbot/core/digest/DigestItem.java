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
 * @param update for a story an earlier digest of the channel posted and whose page changed since:
 *     what changed, counted ("2 new sentences, new headline"); then {@code sentences} are its new
 *     ones
 */
public record DigestItem(
    String headline,
    List<String> sentences,
    List<Source> sources,
    Optional<StoryQuote> quote,
    List<Long> storyIds,
    Optional<String> update) {

  public DigestItem {
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
    sources = List.copyOf(sources);
    Objects.requireNonNull(quote, "quote");
    storyIds = List.copyOf(storyIds);
    Objects.requireNonNull(update, "update");
  }

  /** An item of news not posted before. */
  public DigestItem(
      String headline,
      List<String> sentences,
      List<Source> sources,
      Optional<StoryQuote> quote,
      List<Long> storyIds) {
    this(headline, sentences, sources, quote, storyIds, Optional.empty());
  }

  /** Whether this item tells an update of a story posted before, not news. */
  public boolean isUpdate() {
    return update.isPresent();
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
