package org.briefbot.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefbot.core.chat.Place;

/**
 * A channel's digest subscription, as stored.
 *
 * @param place the channel it posts to (with its server or workspace)
 * @param time when it goes out
 * @param allFeeds true for every feed of the server, false for {@code feedIds} only
 * @param feedIds the chosen feeds, when not all
 * @param topics keywords a story must match, empty for every story
 * @param excluded keywords no story may match
 * @param maxItems at most this many items
 * @param mentionRole the role to mention above the digest (a platform id, or a name), if any
 * @param postWhenEmpty whether a day without news posts one line rather than nothing
 * @param nextRunAt the next occurrence
 * @param nextRunDate the local date that occurrence belongs to
 * @param consecutiveFailures failed deliveries since the last one that went out
 * @param pausedAt when it was paused (by someone, or by itself after failures)
 * @param pausedReason why, when it paused itself
 */
public record Subscription(
    long id,
    Place place,
    DigestTime time,
    boolean allFeeds,
    List<Long> feedIds,
    List<String> topics,
    List<String> excluded,
    int maxItems,
    Optional<String> mentionRole,
    boolean postWhenEmpty,
    Instant nextRunAt,
    LocalDate nextRunDate,
    int consecutiveFailures,
    Optional<Instant> pausedAt,
    Optional<String> pausedReason) {

  public Subscription {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(time, "time");
    feedIds = List.copyOf(feedIds);
    topics = List.copyOf(topics);
    excluded = List.copyOf(excluded);
    Objects.requireNonNull(mentionRole, "mentionRole");
    Objects.requireNonNull(pausedAt, "pausedAt");
    Objects.requireNonNull(pausedReason, "pausedReason");
  }

  public boolean isPaused() {
    return pausedAt.isPresent();
  }

  public DigestOptions options() {
    return new DigestOptions(maxItems, topics, excluded);
  }
}
