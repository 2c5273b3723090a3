package org.briefbot.core.chat;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The posters of one process, one a platform it is connected to: what digests, alerts and feed
 * notices post through, and which places this process holds.
 */
public final class Posters {
  private final Map<Platform, ChannelPoster> byPlatform = new EnumMap<>(Platform.class);

  /**
   * @throws IllegalArgumentException for two posters of one platform
   */
  public Posters(List<? extends ChannelPoster> posters) {
    for (ChannelPoster poster : posters) {
      if (byPlatform.putIfAbsent(poster.platform(), poster) != null) {
        throw new IllegalArgumentException("two posters for " + poster.platform());
      }
    }
  }

  /** The platforms this process posts to. */
  public Set<Platform> platforms() {
    return Collections.unmodifiableSet(byPlatform.keySet());
  }

  /** The poster of the place's platform, which holds it (a platform of {@link #platforms}). */
  public ChannelPoster of(Place place) {
    return byPlatform.get(place.platform());
  }

  /** The poster of the place's platform, if this process holds the place. */
  public Optional<ChannelPoster> holding(Place place) {
    ChannelPoster poster = byPlatform.get(place.platform());
    return poster != null && poster.holds(place) ? Optional.of(poster) : Optional.empty();
  }
}
