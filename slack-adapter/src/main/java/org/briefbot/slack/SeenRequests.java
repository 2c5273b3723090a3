package org.briefbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;

/**
 * The Slack requests already taken, by a key that names one request (its signature, its event's id,
 * its trigger's id): a request seen before is a replay or a retry of one answered, and must not run
 * again. Kept longer than Slack's five-minute signature window, after which a replay is refused by
 * its timestamp anyway.
 */
interface SeenRequests {
  /** How long a key is kept. */
  Duration KEPT = Duration.ofMinutes(10);

  /**
   * Records the keys of one request; true when none of them was seen before (a request is a replay
   * when it shares any key with one taken).
   */
  boolean firstTime(List<String> keys);

  /** Keys held in this process alone: for a single instance without a shared database. */
  static SeenRequests inMemory() {
    Cache<String, Boolean> seen =
        Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(500_000).build();
    return keys -> {
      boolean first = true;
      for (String key : keys) {
        first &= seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
      }
      return first;
    };
  }
}
