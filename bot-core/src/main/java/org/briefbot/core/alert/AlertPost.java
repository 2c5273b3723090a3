package org.briefbot.core.alert;

import java.time.Instant;
import java.util.List;
import org.briefbot.core.chat.Place;

/**
 * One post an alert made, or is making.
 *
 * @param topics the topics of the channel's alerts the post's stories matched, first its alert's
 * @param items for a {@link Kind#MORE} post, how many events it stands for
 */
public record AlertPost(
    long id,
    long alertId,
    Place place,
    Kind kind,
    Freshness freshness,
    List<String> topics,
    int items,
    Instant startedAt,
    State state) {

  /** What a post is. */
  public enum Kind {
    /** One event: its stories' summary, outlets and links. */
    STORY,
    /** The one "and K more" post past the channel's hourly limit. */
    MORE
  }

  /**
   * Whether the post's story is news, or a story already stored that changed. Every post is {@link
   * #NEW} until stories are kept as updates; the post's words are chosen from it.
   */
  public enum Freshness {
    NEW,
    UPDATED
  }

  /** As a digest run's: being posted, posted, failed, too late, or not confirmed. */
  public enum State {
    POSTING,
    POSTED,
    FAILED,
    MISSED,
    UNCONFIRMED
  }
}
