package org.briefbot.core.digest;

import java.util.List;
import java.util.Locale;
import org.briefbot.core.search.TopicFilter;

/**
 * What a subscription asks of its digest.
 *
 * @param maxItems at most this many items
 * @param topics topics of which a story must match one (headline, summary or text), empty for every
 *     story
 * @param excluded topics no story of the digest may match
 */
public record DigestOptions(int maxItems, List<String> topics, List<String> excluded) {
  public static final int DEFAULT_ITEMS = 5;

  public DigestOptions {
    if (maxItems < 1) {
      throw new IllegalArgumentException("a digest has at least one item, not " + maxItems);
    }
    topics = normalised(topics);
    excluded = normalised(excluded);
  }

  /** Options about some topics, none left out. */
  public DigestOptions(int maxItems, List<String> topics) {
    this(maxItems, topics, List.of());
  }

  private static List<String> normalised(List<String> topics) {
    return topics.stream()
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /**
   * The filter of one topic: its words as a phrase, on any form of each word ({@link TopicFilter}).
   *
   * @throws org.briefbot.core.chat.UserFacingException when the topic is only stop words or signs
   */
  public static TopicFilter topicFilter(String topic) {
    return TopicFilter.parse("\"" + topic.replace("\"", " ") + "\"", "");
  }

  public static DigestOptions defaults() {
    return new DigestOptions(DEFAULT_ITEMS, List.of());
  }
}
