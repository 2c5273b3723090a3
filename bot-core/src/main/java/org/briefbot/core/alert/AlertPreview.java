package org.briefbot.core.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.digest.DigestPreview;
import org.briefbot.core.search.FeedFilters;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.StoredStory;

/**
 * Why each recent story of a place's feeds would or would not be posted by a channel's alert on a
 * topic, decided the way the alerts decide it ({@link AlertPlan}) and said in the words of {@code
 * /digest preview}: already posted (or counted in an "and more" post), too old, older than the
 * alert, left out by a feed's filter, not about the topic, merged into another outlet's post of the
 * same event, or held back by the channel's hourly limit.
 */
public final class AlertPreview {
  private AlertPreview() {}

  /**
   * The verdicts on the place's latest {@link DigestPreview#STORIES} stories, newest first: for the
   * channel's alert on {@code topic}, or for one set up before them when the channel has none.
   */
  public static List<DigestPreview.Verdict> of(AlertDelivery delivery, Place place, String topic) {
    AlertStore store = delivery.store();
    AlertPosts posts = store.posts();
    Instant now = delivery.clock().instant();
    List<Alert> channel = store.inChannel(place);
    Optional<Alert> alert = store.find(place, topic);
    Alert judged =
        alert.orElseGet(
            () ->
                new Alert(
                    Long.MAX_VALUE,
                    place,
                    AlertStore.normalised(topic),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Instant.EPOCH));
    Alert unpaused =
        new Alert(
            judged.id(),
            place,
            judged.topic(),
            judged.mentionRole(),
            Optional.empty(),
            judged.createdBy(),
            judged.createdAt());
    List<Alert> planned = new ArrayList<>();
    channel.stream().filter(a -> a.id() != judged.id()).forEach(planned::add);
    planned.add(unpaused);
    List<Long> feedIds = delivery.feeds().list(place.feedOwner()).stream().map(Feed::id).toList();
    Map<Long, Instant> recent = posts.latest(place, feedIds, DigestPreview.STORIES);
    List<StoredStory> stories = delivery.stories().findAll(List.copyOf(recent.keySet()));
    Map<Long, AlertPosts.Taken> taken = posts.takenBy(place, List.copyOf(recent.keySet()));
    Map<Long, String> leftOut =
        new FeedFilters(delivery.feeds()).leftOut(place.feedOwner(), stories);
    AlertPlan plan = delivery.plan(place, planned, now, false);
    int perHour = delivery.settings().postsPerHour();
    List<DigestPreview.Verdict> verdicts = new ArrayList<>();
    for (StoredStory story : stories) {
      verdicts.add(
          verdict(
              story,
              recent.get(story.id()),
              judged,
              alert.isPresent(),
              taken.get(story.id()),
              leftOut.get(story.id()),
              plan,
              perHour));
    }
    return verdicts;
  }

  private static DigestPreview.Verdict verdict(
      StoredStory story,
      Instant seen,
      Alert alert,
      boolean setUp,
      AlertPosts.Taken taken,
      String leftOutByFeed,
      AlertPlan plan,
      int perHour) {
    if (taken != null) {
      return new DigestPreview.Verdict(story, false, takenBy(taken));
    }
    if (seen.isBefore(Instant.now().minus(AlertDelivery.LOOKBACK))) {
      return new DigestPreview.Verdict(
          story, false, "not posted: too old, it reached the feeds more than a day ago");
    }
    if (setUp && seen.isBefore(alert.createdAt())) {
      return new DigestPreview.Verdict(
          story,
          false,
          "not posted: it reached the feeds before this alert was set up (or last resumed)");
    }
    if (leftOutByFeed != null) {
      return new DigestPreview.Verdict(story, false, "not posted: filtered out, " + leftOutByFeed);
    }
    if (!alert.filter().matches(story)) {
      return new DigestPreview.Verdict(
          story, false, "not posted: filtered out, it does not mention " + alert.topic());
    }
    if (alert.isPaused()) {
      return new DigestPreview.Verdict(
          story,
          false,
          "not posted: this alert is paused (/alerts resume " + alert.topic() + " starts it)");
    }
    Optional<AlertPlan.Step> step = plan.stepOf(story.id());
    if (step.isEmpty()) {
      return new DigestPreview.Verdict(story, true, "posted at the next check");
    }
    if (step.get() instanceof AlertPlan.Post post) {
      return new DigestPreview.Verdict(story, true, posted(story, post, alert));
    }
    if (step.get() instanceof AlertPlan.Merge merge) {
      return new DigestPreview.Verdict(
          story,
          false,
          "not posted: merged into the alert post of \u201C"
              + ReplyText.shorten(merge.posted().title(), 60)
              + "\u201D, another outlet's story of the same event");
    }
    if (step.get() instanceof AlertPlan.More) {
      return new DigestPreview.Verdict(
          story,
          false,
          "not posted on its own: this channel has had its "
              + perHour
              + " alert posts this hour, so it is counted in one \u201Cand more\u201D post");
    }
    return new DigestPreview.Verdict(
        story,
        false,
        "held back: this channel has had its "
            + perHour
            + " alert posts and its \u201Cand more\u201D post this hour; posted when the hour allows");
  }

  private static String posted(StoredStory story, AlertPlan.Post post, Alert alert) {
    String by =
        post.alert().id() == alert.id()
            ? ""
            : " by the alert on " + AlertReply.topics(post.topics());
    int others = post.stories().size() - 1;
    if (others == 0) {
      return "posted" + by;
    }
    StoredStory lead =
        post.stories().stream().min(java.util.Comparator.comparingLong(StoredStory::id)).get();
    String with =
        others
            + (others == 1 ? " other outlet's story" : " other outlets' stories")
            + " of the same event";
    return lead.id() == story.id()
        ? "posted" + by + ", in one post with " + with
        : "posted"
            + by
            + ", merged into the post of \u201C"
            + ReplyText.shorten(lead.title(), 60)
            + "\u201D with "
            + with;
  }

  private static String takenBy(AlertPosts.Taken taken) {
    if (taken.post().isEmpty()) {
      return "not posted again: already taken by an alert post no longer on record";
    }
    AlertPost post = taken.post().get();
    String topics = AlertReply.topics(post.topics());
    if (post.kind() == AlertPost.Kind.MORE) {
      return "not posted again: counted in the \u201Cand "
          + post.items()
          + " more\u201D post of the alert on "
          + topics;
    }
    return switch (post.state()) {
      case POSTING, UNCONFIRMED ->
          "not posted again: taken by a post of the alert on " + topics + " that was not confirmed";
      default -> "not posted again: already posted by the alert on " + topics;
    };
  }
}
