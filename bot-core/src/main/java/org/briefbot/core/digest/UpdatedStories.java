package org.briefbot.core.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.briefbot.core.chat.Place;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryStore;
import org.briefbot.core.store.StoryUpdates;

/**
 * What a channel's next digest tells of the stories its digests posted and that changed since: each
 * once, after the news, as an item marked "updated" that says what changed — never as a new story.
 */
final class UpdatedStories {
  /** Items of updated stories a digest holds at most, after its news. */
  static final int ITEMS = 3;

  /** Stories looked at, at most, for the updates a digest tells. */
  static final int LOOKED_AT = 200;

  private final DigestRuns runs;
  private final StoryStore stories;

  UpdatedStories(DigestRuns runs, StoryStore stories) {
    this.runs = runs;
    this.stories = stories;
  }

  /**
   * The items a digest tells and which updates they are.
   *
   * @param told update id → story id, what the run records as told
   */
  record Told(List<DigestItem> items, Map<Long, Long> told) {
    static final Told NOTHING = new Told(List.of(), Map.of());
  }

  /**
   * What the place's next digest tells: of the updates stored since a day before its last digest
   * (as for new stories, for a transaction committed late), those of stories an earlier digest took
   * and that no digest told yet, that {@code kept} (the place's feed filters) and the digest's
   * topics keep.
   */
  Told next(Place place, DigestOptions options, UnaryOperator<List<StoredStory>> kept) {
    Optional<Instant> last = runs.lastCoveringRun(place);
    if (last.isEmpty()) {
      return Told.NOTHING; // no digest took a story yet
    }
    List<Long> ids =
        runs.updatedSinceTaken(
            place, last.get().minus(DigestDelivery.LATE_COMMIT_MARGIN), LOOKED_AT);
    if (ids.isEmpty()) {
      return Told.NOTHING;
    }
    Map<Long, StoryUpdates.StoryUpdate> latest = stories.updates().latestOf(ids);
    List<DigestItem> items = items(kept.apply(stories.findAll(ids)), latest, options);
    Map<Long, Long> told = new LinkedHashMap<>();
    for (DigestItem item : items) {
      long story = item.storyIds().get(0);
      told.put(latest.get(story).id(), story);
    }
    return new Told(items, told);
  }

  /** The items a run that told these updates (update id → story id) holds, made again. */
  List<DigestItem> toldBy(
      long runId, DigestOptions options, UnaryOperator<List<StoredStory>> kept) {
    List<Long> ids =
        List.copyOf(new java.util.LinkedHashSet<>(runs.updatesCoveredBy(runId).values()));
    return items(kept.apply(stories.findAll(ids)), stories.updates().latestOf(ids), options);
  }

  /**
   * The items of {@code updated} (each story with its latest update) the digest's topics keep,
   * newest update first, at most {@link #ITEMS}: each the story's headline, up to two of its new
   * sentences (its summary's first when it gained none), its link and what changed.
   */
  static List<DigestItem> items(
      List<StoredStory> updated,
      Map<Long, StoryUpdates.StoryUpdate> updates,
      DigestOptions options) {
    List<DigestItem> items = new ArrayList<>();
    DigestBuilder.withoutExcluded(updated, options.excluded()).stream()
        .filter(story -> updates.containsKey(story.id()))
        .filter(
            story ->
                options.topics().isEmpty()
                    || DigestBuilder.topicsMatched(List.of(story), options.topics()) > 0)
        .sorted(
            Comparator.comparingLong((StoredStory story) -> updates.get(story.id()).id())
                .reversed())
        .limit(ITEMS)
        .forEach(story -> items.add(item(story, updates.get(story.id()).change())));
    return items;
  }

  private static DigestItem item(StoredStory story, StoryUpdates.Change change) {
    List<String> sentences =
        change.added().isEmpty()
            ? story.summarySentences().stream().limit(1).toList()
            : change.added().subList(0, Math.min(2, change.added().size()));
    return new DigestItem(
        story.title().isBlank() ? story.canonicalUrl() : story.title().strip(),
        sentences,
        List.of(
            new DigestItem.Source(
                story.outlet(),
                story.title(),
                story.url().startsWith("http") ? story.canonicalUrl() : "",
                story.publishedAt())),
        Optional.empty(),
        List.of(story.id()),
        Optional.of(change.counted()));
  }
}
