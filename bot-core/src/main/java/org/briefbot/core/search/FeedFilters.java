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
    Map<Long, String> out = leftOut(owner, stories);
    return out.isEmpty()
        ? stories
        : stories.stream().filter(story -> !out.containsKey(story.id())).toList();
  }

  /**
   * The stories the owner's feeds leave out, each with why, for a person: the first of its feeds
   * that leaves it out and the word that did ({@code /feeds filter}).
   */
  public Map<Long, String> leftOut(FeedOwner owner, List<StoredStory> stories) {
    Map<Long, FeedFilterText> typed = feeds.filters(owner);
    if (typed.isEmpty() || stories.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<Long>> through = feeds.feedsOf(stories.stream().map(StoredStory::id).toList());
    Map<Long, String> urls = new java.util.HashMap<>();
    feeds.list(owner).forEach(feed -> urls.put(feed.id(), feed.url()));
    Map<Long, String> out = new java.util.LinkedHashMap<>();
    for (StoredStory story : stories) {
      List<Long> ours =
          through.getOrDefault(story.id(), List.of()).stream().filter(urls::containsKey).toList();
      if (ours.isEmpty()) {
        continue;
      }
      TopicFilter.Text text = TopicFilter.Text.of(story);
      Optional<String> why = Optional.empty();
      for (long feed : ours) {
        Optional<TopicFilter> filter = filter(typed.get(feed));
        if (filter.isEmpty() || filter.get().matches(text)) {
          why = Optional.empty();
          break;
        }
        if (why.isEmpty()) {
          why = Optional.of(reason(urls.get(feed), filter.get(), text));
        }
      }
      why.ifPresent(reason -> out.put(story.id(), reason));
    }
    return out;
  }

  /** "/feeds filter of … leaves out parking", or "… keeps only stories about bike". */
  private static String reason(String url, TopicFilter filter, TopicFilter.Text text) {
    Optional<String> excluded = filter.excludedBy(text);
    return excluded
        .map(word -> "the filter of " + url + " leaves out " + word)
        .orElseGet(
            () ->
                "the filter of "
                    + url
                    + " keeps only stories about "
                    + String.join(" or ", filter.included()));
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
