package org.briefbot.core.chat;

/**
 * How the core posts unprompted — digests, feed alerts — into a channel of any platform. Every
 * adapter implements it (the console's prints). A post blocks until the platform has taken the
 * message or refused it, and never throws for the platform's refusal: the caller records it.
 */
public interface ChannelPoster {

  /** The platform this poster reaches; a place of another platform is refused. */
  Platform platform();

  Delivery post(Place place, Reply reply);

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
}
