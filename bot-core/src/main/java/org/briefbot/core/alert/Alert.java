package org.briefbot.core.alert;

import java.time.Instant;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.digest.DigestOptions;
import org.briefbot.core.search.TopicFilter;

/**
 * A channel's alert on a topic: each new story of the place's feeds that mentions it (any form of
 * the word, as {@code /brief <topic>} and the digests' topics match) is posted there as it is
 * stored.
 *
 * @param topic as typed, in lower case
 * @param mentionRole the role or group to notify with each post, as {@link
 *     org.briefbot.core.chat.Reply#mentionRole} holds it
 * @param createdAt when it was set up, by the store's clock: stories that reached the feeds before
 *     are not its news
 */
public record Alert(
    long id,
    Place place,
    String topic,
    Optional<String> mentionRole,
    Optional<Instant> pausedAt,
    Optional<String> createdBy,
    Instant createdAt) {

  public boolean isPaused() {
    return pausedAt.isPresent();
  }

  /** What a story must mention to be this alert's news. */
  public TopicFilter filter() {
    return DigestOptions.topicFilter(topic);
  }
}
