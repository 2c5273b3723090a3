package org.briefbot.core.alert;

import java.time.Duration;
import java.time.Instant;
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
 * The alert posts whose process is gone before the platform's answer was recorded — killed, or its
 * posting thread dead — taken over by a live process at its next check, as digests' are: one
 * process takes each, in a transaction, and asks the platform by the post's key what became of the
 * first attempt. Found: recorded as posted. None that posting again could repeat: made again from
 * its stories and posted with the same key. The platform cannot say: marked {@code UNCONFIRMED},
 * never posted again. A post older than {@link #TOO_LATE} is no news any more: recorded as missed.
 */
final class AlertRedelivery {
  /** A post taken over this long after it was recorded is not made any more. */
  static final Duration TOO_LATE = Duration.ofHours(2);

  private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);

  private final AlertDelivery delivery;
  private final AlertPosts posts;
  private final StoryStore stories;

  AlertRedelivery(AlertDelivery delivery, AlertPosts posts, StoryStore stories) {
    this.delivery = delivery;
    this.posts = posts;
    this.stories = stories;
  }

  /** Takes over and sees through every orphaned post whose place this process holds. */
  int run(Instant now) {
    int handled = 0;
    for (AlertPosts.Orphan orphan : posts.orphaned()) {
      Optional<Alert> alert = delivery.store().find(orphan.post().alertId());
      Optional<ChannelPoster> poster = alert.flatMap(a -> delivery.posterHolding(a.place()));
      if (poster.isEmpty() || !posts.takeOver(orphan)) {
        continue;
      }
      try {
        see(orphan.post(), alert.get(), poster.get(), now);
        handled++;
      } catch (RuntimeException failure) {
        log.error("taking over alert post {} failed", orphan.post().id(), failure);
      } finally {
        posts.released(orphan.post().id());
      }
    }
    return handled;
  }

  private void see(AlertPost post, Alert alert, ChannelPoster poster, Instant now) {
    Place place = alert.place();
    ChannelPoster.PostKey key = AlertDelivery.key(post.id());
    Earlier earlier;
    try {
      earlier = poster.earlier(place, key, post.startedAt(), now);
    } catch (RuntimeException failure) {
      log.warn("asking {} about alert post {} failed", place.platform(), post.id(), failure);
      earlier = new Earlier.Unknown(Earlier.Cause.LOOKUP_FAILED, "an internal error");
    }
    if (earlier instanceof Earlier.Found found) {
      posts.recordPosted(post.id(), found.messageId(), now);
      log.info(
          "alert post {} of alert {}: its process was gone, and {} shows the post; recorded as posted",
          post.id(),
          alert.id(),
          place.platform());
      return;
    }
    if (earlier instanceof Earlier.Unknown unknown) {
      unconfirmed(post, unknown.leftUnconfirmed(place.platform(), "alert"), now);
      return;
    }
    if (Duration.between(post.startedAt(), now).compareTo(TOO_LATE) > 0) {
      posts.markMissed(
          post.id(),
          "The process posting this alert stopped before it went out, and it is no news any more.",
          now);
      return;
    }
    List<StoredStory> taken = stories.findAll(posts.coveredBy(post.id()));
    if (post.topics().isEmpty() || (post.kind() == AlertPost.Kind.STORY && taken.isEmpty())) {
      unconfirmed(
          post,
          "The process posting this alert stopped before the platform's answer was recorded, and its"
              + " stories are no longer stored.",
          now);
      return;
    }
    Reply reply =
        post.kind() == AlertPost.Kind.STORY
            ? AlertReply.story(post.topics(), taken, post.freshness(), alert.mentionRole())
            : AlertReply.more(post.topics(), post.items(), delivery.settings().postsPerHour());
    log.info(
        "alert post {} of alert {}: its process was gone before {}'s answer; posting it again with"
            + " its key {}",
        post.id(),
        alert.id(),
        place.platform(),
        key);
    delivery.deliver(alert, post.id(), reply);
  }

  private void unconfirmed(AlertPost post, String reason, Instant now) {
    if (posts.markUnconfirmed(post.id(), reason, now)) {
      log.warn(
          "alert gap: post {} of alert {} was recorded at {} but never confirmed, and its process is"
              + " gone: {} Not posted again.",
          post.id(),
          post.alertId(),
          post.startedAt(),
          reason);
    }
  }
}
