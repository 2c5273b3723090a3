package org.briefbot.core.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.store.StoredStory;

/**
 * Why each recent story of a channel's feeds would or would not be in its next digest, decided the
 * way the digest decides it: taken by an earlier digest of the channel, outside the window the next
 * one takes, left out by a feed's filter ({@code /feeds filter}) or the digest's excluded topics,
 * about none of its topics, merged into another story's item, or not among the best items.
 */
public final class DigestPreview {
  /** The recent stories explained: a chat message's worth. */
  public static final int STORIES = 10;

  private static final int HEADLINE_CHARACTERS = 90;

  private DigestPreview() {}

  /** One story and what the next digest does with it. */
  public record Verdict(StoredStory story, boolean posted, String why) {
    /** One line for a person: the headline, then in or out and why. */
    public String line() {
      return "\u201C"
          + ReplyText.shorten(
              story.title().isBlank() ? story.canonicalUrl() : story.title(), HEADLINE_CHARACTERS)
          + "\u201D \u2014 "
          + why;
    }
  }

  /**
   * The verdicts on {@code recent}, newest first.
   *
   * @param candidates the stories the next digest takes
   * @param leftOutByFeeds the candidates the place's feed filters leave out, each with why
   * @param taken the recent stories earlier digests of the channel took
   * @param toldAsUpdated those of them the next digest tells again as updated
   * @param firstDigest whether the channel has had no digest yet (its window is its latest stories)
   * @param since the start of the window of a later digest
   */
  static List<Verdict> of(
      List<StoredStory> recent,
      List<StoredStory> candidates,
      Map<Long, String> leftOutByFeeds,
      Map<Long, DigestRuns.Taken> taken,
      Set<Long> toldAsUpdated,
      DigestOptions options,
      boolean firstDigest,
      Optional<Instant> since) {
    Set<Long> inWindow = new HashSet<>();
    candidates.forEach(story -> inWindow.add(story.id()));
    List<StoredStory> kept =
        candidates.stream().filter(story -> !leftOutByFeeds.containsKey(story.id())).toList();
    List<List<StoredStory>> events = DigestBuilder.ranked(kept, options);
    List<Verdict> verdicts = new ArrayList<>(recent.size());
    for (StoredStory story : recent) {
      verdicts.add(
          verdict(
              story,
              inWindow,
              leftOutByFeeds,
              taken,
              toldAsUpdated,
              events,
              options,
              firstDigest,
              since));
    }
    return verdicts;
  }

  private static Verdict verdict(
      StoredStory story,
      Set<Long> inWindow,
      Map<Long, String> leftOutByFeeds,
      Map<Long, DigestRuns.Taken> taken,
      Set<Long> toldAsUpdated,
      List<List<StoredStory>> events,
      DigestOptions options,
      boolean firstDigest,
      Optional<Instant> since) {
    DigestRuns.Taken earlier = taken.get(story.id());
    if (earlier != null && toldAsUpdated.contains(story.id())) {
      return new Verdict(
          story, true, "posted as updated: it changed after it was in " + digestName(earlier));
    }
    if (earlier != null) {
      return new Verdict(story, false, takenBy(earlier));
    }
    if (!inWindow.contains(story.id())) {
      return new Verdict(
          story,
          false,
          firstDigest
              ? "not posted: too old, past the "
                  + DigestDelivery.FIRST_DIGEST_STORIES
                  + " latest stories a channel's first digest takes"
              : "not posted: too old, it reached the feeds before "
                  + since.map(DigestPreview::day).orElse("the window")
                  + ", a day before the last digest");
    }
    String byFeed = leftOutByFeeds.get(story.id());
    if (byFeed != null) {
      return new Verdict(story, false, "not posted: filtered out, " + byFeed);
    }
    Optional<String> excluded = DigestBuilder.excludedBy(story, options.excluded());
    if (excluded.isPresent()) {
      return new Verdict(
          story, false, "not posted: filtered out by the digest's exclude: " + excluded.get());
    }
    for (int rank = 0; rank < events.size(); rank++) {
      List<StoredStory> event = events.get(rank);
      if (event.stream().noneMatch(s -> s.id() == story.id())) {
        continue;
      }
      if (rank >= options.maxItems()) {
        return new Verdict(
            story,
            false,
            "not posted: not among the best "
                + options.maxItems()
                + (options.maxItems() == 1 ? " item" : " items")
                + " the digest holds (it ranks "
                + (rank + 1)
                + ")");
      }
      StoredStory first = event.get(0);
      if (event.size() > 1 && first.id() != story.id()) {
        return new Verdict(
            story,
            true,
            "posted, merged into item "
                + (rank + 1)
                + " with "
                + (event.size() - 1)
                + (event.size() == 2 ? " other story" : " other stories")
                + " of the same event (\u201C"
                + ReplyText.shorten(first.title(), 60)
                + "\u201D)");
      }
      return new Verdict(story, true, "posted as item " + (rank + 1));
    }
    return new Verdict(
        story,
        false,
        "not posted: filtered out, it mentions none of the digest's topics ("
            + String.join(", ", options.topics())
            + ")");
  }

  private static String digestName(DigestRuns.Taken earlier) {
    return earlier
        .localDate()
        .map(d -> "\u201C" + DigestDelivery.title(d) + "\u201D")
        .orElse("an earlier digest");
  }

  private static String takenBy(DigestRuns.Taken earlier) {
    String digest = digestName(earlier);
    return switch (earlier.state().orElse(DigestRun.State.POSTED)) {
      case EMPTY ->
          "not posted again: taken by " + digest + ", which had nothing to post (left out then)";
      case POSTING, UNCONFIRMED ->
          "not posted again: taken by " + digest + ", whose post was not confirmed";
      default -> "not posted again: already in " + digest;
    };
  }

  private static String day(Instant instant) {
    return DigestDelivery.title(instant.atZone(java.time.ZoneOffset.UTC).toLocalDate())
            .replace("Digest \u2014 ", "")
        + " (UTC)";
  }
}
