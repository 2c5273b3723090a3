package org.briefbot.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Earlier;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs whose process is gone before the platform's answer was recorded — killed, or its posting
 * thread dead — taken over by a live process at its next digest check: one process takes each, in a
 * transaction, and asks the platform by the run's key what became of the first attempt. Found:
 * recorded as posted. None that posting again could repeat (Discord returns the message an enforced
 * nonce already made; Slack's history shows no message with the run's key): posted again with the
 * same key, and recorded. The platform cannot say (Discord's memory of a nonce is over, the lookup
 * failed): marked {@code UNCONFIRMED} with the reason, logged as a gap, never posted again.
 */
final class Redelivery {
  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

  private final DigestDelivery delivery;
  private final DigestRuns runs;
  private final StoryStore stories;

  Redelivery(DigestDelivery delivery, DigestRuns runs, StoryStore stories) {
    this.delivery = delivery;
    this.runs = runs;
    this.stories = stories;
  }

  /** An orphaned run with its subscription, whose place this process holds. */
  record Orphan(DigestRuns.Orphan orphan, Subscription subscription, ChannelPoster poster) {}

  /** The orphaned runs whose place a poster of this process holds. */
  List<Orphan> heldHere(Instant now) {
    List<Orphan> held = new ArrayList<>();
    for (DigestRuns.Orphan orphan : runs.orphaned(now.minus(DigestDelivery.POSTING_TIMEOUT))) {
      Optional<Subscription> subscription = delivery.store().find(orphan.run().subscriptionId());
      Optional<ChannelPoster> poster = subscription.flatMap(s -> delivery.posterHolding(s.place()));
      if (poster.isPresent()) {
        held.add(new Orphan(orphan, subscription.get(), poster.get()));
      }
    }
    return held;
  }

  /**
   * Takes the run over and sees it through; false when another process took it first.
   *
   * @param now when the check began
   */
  boolean redeliver(Orphan orphan, Instant now) {
    if (!runs.takeOver(orphan.orphan())) {
      return false;
    }
    DigestRun run = orphan.orphan().run();
    try {
      see(run, orphan.subscription(), orphan.poster(), now);
    } finally {
      runs.released(run.id());
    }
    return true;
  }

  private void see(DigestRun run, Subscription subscription, ChannelPoster poster, Instant now) {
    Place place = subscription.place();
    ChannelPoster.PostKey key = DigestDelivery.key(run.id());
    Earlier earlier;
    try {
      earlier = poster.earlier(place, key, run.startedAt(), now);
    } catch (RuntimeException failure) {
      log.warn("asking {} about digest run {} failed", place.platform(), run.id(), failure);
      earlier = new Earlier.Unknown(Earlier.Cause.LOOKUP_FAILED, "an internal error");
    }
    if (earlier instanceof Earlier.Found found) {
      runs.recordPosted(run.id(), subscription.id(), found.messageId(), now);
      log.info(
          "digest run {} of subscription {} for {}: its process was gone, and {} shows the post; recorded as posted",
          run.id(),
          subscription.id(),
          run.localDate(),
          place.platform());
      delivery.observe(
          DigestObserver.Outcome.DELIVERED, Duration.between(run.scheduledAt(), run.startedAt()));
      return;
    }
    if (earlier instanceof Earlier.Unknown unknown) {
      unconfirmed(run, subscription, unknown.leftUnconfirmed(place.platform(), "digest"), now);
      return;
    }
    Duration late = Duration.between(run.scheduledAt(), now);
    Duration grace = delivery.settings().grace();
    if (late.compareTo(grace) > 0) {
      String reason =
          "The process posting this digest stopped before it went out, and Briefbot came back "
              + DigestDelivery.hoursAndMinutes(late)
              + " after its time, past the grace period of "
              + DigestDelivery.hoursAndMinutes(grace)
              + "; its stories go to the next digest.";
      if (runs.markMissed(run.id(), reason, now)) {
        log.info(
            "digest run {} of subscription {} missed: {}", run.id(), subscription.id(), reason);
        delivery.observe(DigestObserver.Outcome.MISSED, late);
      }
      return;
    }
    Optional<Reply> reply = rebuilt(run, subscription);
    if (reply.isEmpty()) {
      unconfirmed(
          run,
          subscription,
          "The process posting this digest stopped before the platform's answer was recorded, and"
              + " the stories it held are no longer stored, so it could not be made again.",
          now);
      return;
    }
    log.info(
        "digest run {} of subscription {} for {}: its process was gone before {}'s answer; posting it"
            + " again with its key {}",
        run.id(),
        subscription.id(),
        run.localDate(),
        place.platform(),
        key);
    delivery.deliver(subscription, run.id(), reply.get(), run.scheduledAt());
  }

  /** The run's digest made again from the stories it took, as its subscription has it now. */
  private Optional<Reply> rebuilt(DigestRun run, Subscription subscription) {
    List<StoredStory> taken = stories.findAll(runs.coveredBy(run.id()));
    Digest digest =
        new DigestBuilder(stories)
            .build(delivery.kept(subscription.place(), taken), subscription.options())
            .withUpdates(
                new UpdatedStories(runs, stories)
                    .toldBy(
                        run.id(),
                        subscription.options(),
                        found -> delivery.kept(subscription.place(), found)));
    return DigestReply.of(
        digest,
        DigestDelivery.title(run.localDate()),
        subscription.mentionRole(),
        subscription.postWhenEmpty());
  }

  private void unconfirmed(DigestRun run, Subscription subscription, String reason, Instant now) {
    if (runs.markUnconfirmed(run.id(), reason, now)) {
      log.warn(
          "digest gap: run {} of subscription {} for {} was recorded at {} but its post was never"
              + " confirmed, and its process is gone: {} Not posted again.",
          run.id(),
          subscription.id(),
          run.localDate(),
          run.startedAt(),
          reason);
    }
  }
}
