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

  /** The same digest with these items of updated stories after its news. */
  public Digest withUpdates(List<DigestItem> updates) {
    if (updates.isEmpty()) {
      return this;
    }
    List<DigestItem> all = new java.util.ArrayList<>(items);
    all.addAll(updates);
    return new Digest(all);
  }

  /** Every story the digest covers, so that a later digest of the same channel skips them. */
  public List<Long> storyIds() {
    return items.stream().flatMap(item -> item.storyIds().stream()).toList();
  }
}
