package org.briefbot.core.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.FeedStore.FeedFilterText;
import org.briefbot.core.store.StoredStory;

/**
 * What a server or workspace keeps of its feeds ({@code /feeds filter}): a story counts as the
 * owner's when one of the owner's feeds it came through keeps it — a feed without a filter keeps
 * every story, a filtered one those that mention an included word or phrase (if any are given) and
 * none of the excluded ones, on any form of the word ({@link TopicFilter}). A story that came
 * through none of the owner's feeds (the console's demo story) is kept.
 */
public final class FeedFilters {
  private final FeedStore feeds;

  public FeedFilters(FeedStore feeds) {
    this.feeds = feeds;
  }

  /** The stories the owner's feeds keep, in their order. */
  public List<StoredStory> keep(FeedOwner owner, List<StoredStory> stories) {
    Map<Long, FeedFilterText> typed = feeds.filters(owner);
    if (typed.isEmpty() || stories.isEmpty()) {
      return stories;
    }
    Map<Long, List<Long>> through = feeds.feedsOf(stories.stream().map(StoredStory::id).toList());
    List<Long> owned = feeds.list(owner).stream().map(f -> f.id()).toList();
    return stories.stream()
        .filter(
            story -> {
              List<Long> ours =
                  through.getOrDefault(story.id(), List.of()).stream()
                      .filter(owned::contains)
                      .toList();
              if (ours.isEmpty()) {
                return true;
              }
              TopicFilter.Text text = TopicFilter.Text.of(story);
              return ours.stream()
                  .anyMatch(feed -> filter(typed.get(feed)).map(f -> f.matches(text)).orElse(true));
            })
        .toList();
  }

  /** The filter a feed's words make; none for a feed without words, or words that match nothing. */
  private static Optional<TopicFilter> filter(FeedFilterText typed) {
    if (typed == null || typed.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TopicFilter.parse(typed.include(), typed.exclude()));
    } catch (UserFacingException nothingToMatch) {
      return Optional.empty(); // refused when set; a row of older rules may hold one
    }
  }
}
