package org.briefbot.core.digest;

import java.util.List;

/**
 * A channel's digest: the day's events, most important first, each merged from the outlets that
 * reported it.
 */
public record Digest(List<DigestItem> items) {
  public Digest {
    items = List.copyOf(items);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** Every story the digest covers, so that a later digest of the same channel skips them. */
  public List<Long> storyIds() {
    return items.stream().flatMap(item -> item.storyIds().stream()).toList();
  }
}
