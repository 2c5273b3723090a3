package org.briefbot.core.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * How the core posts unprompted — digests, feed alerts — into a channel of any platform. Every
 * adapter implements it (the console's prints). A post blocks until the platform has taken the
 * message or refused it, and never throws for the platform's refusal: the caller records it.
 *
 * <p>A post the core may have to make again — its process died before the platform's answer was
 * recorded — carries a {@link PostKey}; before making it again the core asks {@link #earlier} what
 * the platform can tell of the first attempt, and decides from that.
 */
public interface ChannelPoster {

  /** The platform this poster reaches; a place of another platform is refused. */
  Platform platform();

  Delivery post(Place place, Reply reply);

  /**
   * Posts as {@link #post(Place, Reply)} does, marked with {@code key} the way the platform allows
   * (Discord: the message's nonce, enforced; Slack: the message's metadata), so that {@link
   * #earlier} can tell whether a post with that key was made. A poster that has no such mark posts
   * plainly.
   */
  default Delivery post(Place place, Reply reply, PostKey key) {
    return post(place, reply);
  }

  /**
   * What the platform can tell, now, of a post with {@code key} made to {@code place} at or after
   * {@code sentAfter}: found, none that posting again could repeat, or it cannot say.
   */
  default Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
    return new Earlier.Unknown(Earlier.Cause.UNSUPPORTED, "");
  }

  /**
   * Whether this process can post to that place at all: a Discord process that runs only some of
   * the bot's shards holds only the servers on them. A digest for a place no poster here holds is
   * left due, unclaimed, for the process that holds it — never judged gone.
   */
  default boolean holds(Place place) {
    return place.platform() == platform();
  }

  /** What became of a post. */
  sealed interface Delivery {
    /** The platform took it. */
    record Posted(String messageId) implements Delivery {}

    /**
     * The platform refused it or could not be reached.
     *
     * @param reason one plain sentence for the people who manage the subscription
     * @param permanent true when trying again will not help (channel gone, bot removed, no access)
     */
    record Failed(String reason, boolean permanent) implements Delivery {}

    default boolean posted() {
      return this instanceof Posted;
    }
  }

  /**
   * The mark of one post the core makes, the same each time it is made: up to 20 letters, digits,
   * dots and dashes (Discord allows a nonce of 25 characters; an adapter that posts in parts adds a
   * part's number).
   */
  record PostKey(String value) {
    public PostKey {
      Objects.requireNonNull(value, "value");
      if (!value.matches("[A-Za-z0-9.-]{1,20}")) {
        throw new IllegalArgumentException("not a post key: " + value);
      }
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** What the platform tells of an earlier post with a key. */
  sealed interface Earlier {
    /** The platform shows it: it went out, as that message. */
    record Found(String messageId) implements Earlier {}

    /**
     * Posting again with the key makes no second message: the platform shows none with it, or it
     * answers a post with a key it has seen with the message that key made.
     */
    record NoneRepeated() implements Earlier {}

    /**
     * The platform cannot say.
     *
     * @param detail what the platform answered, when it was asked (for the log and the reason)
     */
    record Unknown(Cause cause, String detail) implements Earlier {
      /**
       * Why a post taken over from a process that died is left unconfirmed, for the people who
       * manage it ({@code /digest list}, the alert's log): {@code what} names the post ("digest").
       */
      public String leftUnconfirmed(Platform platform, String what) {
        String name = platform.displayName();
        String why =
            switch (cause) {
              case KEY_FORGOTTEN ->
                  name
                      + " recognises a repeated post only for a few minutes, and those have passed";
              case LOOKUP_FAILED ->
                  name
                      + " could not be asked whether it went out"
                      + (detail.isBlank() ? "" : " (" + detail + ")");
              case UNSUPPORTED -> name + " cannot tell whether it went out";
            };
        return "The process posting this "
            + what
            + " stopped before "
            + name
            + "'s answer was recorded, and "
            + why
            + "; it may or may not have reached the channel, so it is not posted again.";
      }
    }

    /** Why the platform cannot say. */
    enum Cause {
      /** This poster marks no post. */
      UNSUPPORTED,
      /** The platform remembers a key only for a while, and that while is over. */
      KEY_FORGOTTEN,
      /** The platform could not be asked, or refused to answer. */
      LOOKUP_FAILED
    }
  }
}
