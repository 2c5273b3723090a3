package org.briefbot.core.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.digest.StoryClusters;
import org.briefbot.core.search.TopicFilter;
import org.briefbot.core.store.StoredStory;

/**
 * What a channel's alerts do with the stories no alert of the channel took yet, decided the same
 * way for posting and for {@code /alerts preview}: a story is an alert's news when it reached the
 * feeds after the alert was set up, the place's feed filters keep it and it mentions the topic (any
 * form of the word, {@link TopicFilter}). The news is grouped by event ({@link StoryClusters}, the
 * digests' similarity): a late copy of an event the channel was alerted to joins that post; every
 * other event is one post, oldest first, up to the channel's posts an hour; past them, one "and K
 * more" post takes the rest, and once that is made the rest waits for the hour to allow more.
 */
final class AlertPlan {
  /** One step, in order. */
  sealed interface Step {
    List<StoredStory> stories();
  }

  /** A post of one event: its first story leads, the others are other outlets' copies. */
  record Post(Alert alert, List<String> topics, List<StoredStory> stories) implements Step {}

  /** Later copies of an event already posted: they belong to that post, and are not posted. */
  record Merge(long postId, StoredStory posted, List<StoredStory> stories) implements Step {}

  /** The "and K more" post, taking the events past the hour's limit. */
  record More(Alert alert, List<String> topics, int events, List<StoredStory> stories)
      implements Step {}

  /** Events past the limit once the hour's "more" post was made: they wait. */
  record Held(List<StoredStory> stories) implements Step {}

  private final List<Step> steps;
  private final Map<Long, Step> stepOf;

  private AlertPlan(List<Step> steps) {
    this.steps = List.copyOf(steps);
    Map<Long, Step> byStory = new HashMap<>();
    for (Step step : steps) {
      step.stories().forEach(story -> byStory.put(story.id(), step));
    }
    this.stepOf = byStory;
  }

  List<Step> steps() {
    return steps;
  }

  /** The step that takes the story, if any alert of the channel takes it. */
  Optional<Step> stepOf(long storyId) {
    return Optional.ofNullable(stepOf.get(storyId));
  }

  /** The channel's news, and what has been posted in the hour. */
  record Channel(
      List<Alert> alerts,
      List<StoredStory> untaken,
      Map<Long, Instant> seen,
      Map<Long, String> leftOutByFeeds,
      Map<Long, Long> recentlyPosted,
      List<StoredStory> recentlyPostedStories,
      int storyPostsThisHour,
      int morePostsThisHour,
      int perHour) {}

  /**
   * The alerts of {@code story} among the channel's: those set up before it reached the feeds whose
   * topic it mentions, in the order set up.
   */
  static List<Alert> alertsOf(
      StoredStory story, Instant seen, List<Alert> alerts, Map<Long, TopicFilter> filters) {
    TopicFilter.Text text = TopicFilter.Text.of(story);
    List<Alert> matched = new ArrayList<>();
    for (Alert alert : alerts) {
      if (!alert.isPaused()
          && !seen.isBefore(alert.createdAt())
          && filters.computeIfAbsent(alert.id(), id -> alert.filter()).matches(text)) {
        matched.add(alert);
      }
    }
    return matched;
  }

  static AlertPlan of(Channel channel) {
    // Oldest first: the channel reads the news in the order it broke.
    List<StoredStory> news = new ArrayList<>();
    Map<Long, List<Alert>> matched = new HashMap<>();
    List<StoredStory> untaken = new ArrayList<>(channel.untaken());
    untaken.sort(
        java.util.Comparator.comparing(
                (StoredStory s) -> channel.seen().getOrDefault(s.id(), Instant.EPOCH))
            .thenComparingLong(StoredStory::id));
    Map<Long, TopicFilter> filters = new HashMap<>();
    for (StoredStory story : untaken) {
      if (channel.leftOutByFeeds().containsKey(story.id())) {
        continue;
      }
      List<Alert> alerts =
          alertsOf(
              story,
              channel.seen().getOrDefault(story.id(), Instant.EPOCH),
              channel.alerts(),
              filters);
      if (!alerts.isEmpty()) {
        news.add(story);
        matched.put(story.id(), alerts);
      }
    }
    if (news.isEmpty()) {
      return new AlertPlan(List.of());
    }
    List<StoredStory> grouped = new ArrayList<>(channel.recentlyPostedStories());
    grouped.addAll(news);
    List<Step> steps = new ArrayList<>();
    List<List<StoredStory>> fresh = new ArrayList<>();
    for (List<StoredStory> event : StoryClusters.of(grouped)) {
      List<StoredStory> unposted =
          event.stream().filter(s -> !channel.recentlyPosted().containsKey(s.id())).toList();
      if (unposted.isEmpty()) {
        continue;
      }
      Optional<StoredStory> posted =
          event.stream().filter(s -> channel.recentlyPosted().containsKey(s.id())).findFirst();
      if (posted.isPresent()) {
        steps.add(
            new Merge(channel.recentlyPosted().get(posted.get().id()), posted.get(), unposted));
      } else {
        fresh.add(unposted);
      }
    }
    int room = Math.max(0, channel.perHour() - channel.storyPostsThisHour());
    List<List<StoredStory>> past = new ArrayList<>();
    for (List<StoredStory> event : fresh) {
      if (room > 0) {
        steps.add(new Post(first(event, matched), topics(event, matched), event));
        room--;
      } else {
        past.add(event);
      }
    }
    if (!past.isEmpty()) {
      List<StoredStory> rest = past.stream().flatMap(List::stream).toList();
      steps.add(
          channel.morePostsThisHour() == 0
              ? new More(first(rest, matched), topics(rest, matched), past.size(), rest)
              : new Held(rest));
    }
    return new AlertPlan(steps);
  }

  /** The first alert, in the order set up, that any of the stories is news of. */
  private static Alert first(List<StoredStory> stories, Map<Long, List<Alert>> matched) {
    return stories.stream()
        .flatMap(s -> matched.get(s.id()).stream())
        .min(java.util.Comparator.comparingLong(Alert::id))
        .orElseThrow();
  }

  /** The topics the stories matched, in the order their alerts were set up. */
  private static List<String> topics(List<StoredStory> stories, Map<Long, List<Alert>> matched) {
    Set<Alert> alerts = new java.util.TreeSet<>(java.util.Comparator.comparingLong(Alert::id));
    stories.forEach(s -> alerts.addAll(matched.get(s.id())));
    Set<String> topics = new LinkedHashSet<>();
    alerts.forEach(a -> topics.add(a.topic()));
    return List.copyOf(topics);
  }
}
