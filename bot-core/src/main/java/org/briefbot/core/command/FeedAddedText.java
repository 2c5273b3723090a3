package org.briefbot.core.command;

import java.util.List;
import java.util.Optional;
import org.briefbot.core.news.FeedItemWorker;
import org.briefbot.core.news.FeedItemWorker.ItemResult;
import org.briefbot.core.news.Ingested;
import org.briefbot.core.news.NewsIngestion.FeedAdded;
import org.briefbot.core.news.PollRhythm;
import org.briefbot.core.store.Feed;

/**
 * What a person is told of a feed just added — in chat by {@code /feeds add}, on the command line
 * by {@code briefbot ingest --feed}: where the feed was found, how many stories it lists, how many
 * are stored now (with the newest headline) and when the rest follow, in one consistent line.
 */
public final class FeedAddedText {
  private FeedAddedText() {}

  public static String of(FeedAdded added) {
    Feed feed = added.poll().feed();
    String name = feed.title().map(t -> t + " (" + feed.url() + ")").orElse(feed.url());
    StringBuilder text = new StringBuilder();
    added
        .page()
        .ifPresent(
            page ->
                text.append(page)
                    .append(" is a web page; its feed is ")
                    .append(feed.url())
                    .append(". "));
    text.append("Added ").append(name).append(": ");
    int listed = added.poll().listed();
    text.append(listed == 0 ? "it lists no stories yet" : count(listed, "story") + " listed");
    List<ItemResult> items = added.items();
    long stored =
        items.stream()
            .filter(i -> outcome(i).filter(o -> o == Ingested.Outcome.STORED).isPresent())
            .count();
    long updated =
        items.stream()
            .filter(i -> outcome(i).filter(o -> o == Ingested.Outcome.UPDATED).isPresent())
            .count();
    long known =
        items.stream()
            .filter(
                i ->
                    outcome(i)
                        .filter(o -> o != Ingested.Outcome.STORED && o != Ingested.Outcome.UPDATED)
                        .isPresent())
            .count();
    long failed = items.size() - stored - updated - known;
    int held = added.newest().heldElsewhere();
    if (!items.isEmpty() || held > 0) {
      text.append("; of the newest ").append(items.size() + held).append(", ");
      text.append(stored).append(" stored now");
      if (updated > 0) {
        text.append(", ").append(updated).append(" updated (stored before; their pages changed)");
      }
      if (known > 0) {
        text.append(", ").append(known).append(" already stored");
      }
      if (failed > 0) {
        text.append(", ").append(failed).append(" could not be read yet");
      }
      if (held > 0) {
        text.append(", ")
            .append(held)
            .append(" being read by another Briefbot process (or by one that stopped, until its")
            .append(" lease of ")
            .append(FeedItemWorker.LEASE.toMinutes())
            .append(" minutes runs out)");
      }
      newest(items)
          .ifPresent(
              headline -> text.append(" (newest: \u201C").append(headline).append("\u201D)"));
    }
    int later = added.poll().newItems() - items.size() - held;
    if (later > 0) {
      text.append("; the other ").append(later).append(" are brought in over the next few minutes");
    }
    return text.append(". Briefbot reads it every ")
        .append(feed.pollInterval().toMinutes())
        .append(" minutes to begin with, then as often as it changes (every ")
        .append(PollRhythm.FLOOR.toMinutes())
        .append(" minutes to every ")
        .append(PollRhythm.CEILING.toMinutes())
        .append(" minutes).")
        .toString();
  }

  private static Optional<Ingested.Outcome> outcome(ItemResult item) {
    return item.ingested().map(Ingested::outcome);
  }

  /** The headline of the newest story brought in (items come newest first). */
  private static Optional<String> newest(List<ItemResult> items) {
    return items.stream()
        .flatMap(i -> i.ingested().stream())
        .map(i -> i.story().title())
        .findFirst();
  }

  private static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun.replaceFirst("y$", "ie") + "s");
  }
}
