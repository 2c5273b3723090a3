package org.briefbot.core.digest;

import java.util.List;
import java.util.Locale;

/**
 * What a subscription asks of its digest.
 *
 * @param maxItems at most this many items
 * @param topics keywords a story must match (headline or text), empty for every story
 */
public record DigestOptions(int maxItems, List<String> topics) {
  public static final int DEFAULT_ITEMS = 5;

  public DigestOptions {
    if (maxItems < 1) {
      throw new IllegalArgumentException("a digest has at least one item, not " + maxItems);
    }
    topics =
        topics.stream()
            .map(t -> t.strip().toLowerCase(Locale.ROOT))
            .filter(t -> !t.isEmpty())
            .toList();
  }

  public static DigestOptions defaults() {
    return new DigestOptions(DEFAULT_ITEMS, List.of());
  }
}
