package org.briefbot.app;

import java.time.Instant;
import java.util.Objects;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;

/**
 * A platform's poster before the platform is connected: the core's digests need their posters when
 * they are built, the platform's client needs the core's router when it connects. Until {@link
 * #connect} a post is refused as a passing failure.
 */
final class ConnectingPoster implements ChannelPoster {
  private final Platform platform;
  private volatile ChannelPoster connected;

  ConnectingPoster(Platform platform) {
    this.platform = Objects.requireNonNull(platform, "platform");
  }

  void connect(ChannelPoster poster) {
    if (poster.platform() != platform) {
      throw new IllegalArgumentException("a " + poster.platform() + " poster for " + platform);
    }
    connected = poster;
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public Delivery post(Place place, Reply reply) {
    ChannelPoster poster = connected;
    if (poster == null) {
      return new Delivery.Failed(
          "Briefbot is not connected to " + platform.displayName() + " yet.", false);
    }
    return poster.post(place, reply);
  }

  @Override
  public Delivery post(Place place, Reply reply, PostKey key) {
    ChannelPoster poster = connected;
    return poster == null ? post(place, reply) : poster.post(place, reply, key);
  }

  @Override
  public Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
    ChannelPoster poster = connected;
    return poster == null
        ? new Earlier.Unknown(Earlier.Cause.LOOKUP_FAILED, "not connected yet")
        : poster.earlier(place, key, sentAfter, now);
  }

  /** Before the platform is connected nothing is held: its digests wait rather than fail. */
  @Override
  public boolean holds(Place place) {
    ChannelPoster poster = connected;
    return poster != null && poster.holds(place);
  }
}
