package org.briefbot.core.command;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.search.TopicFilter;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;

/**
 * A feed in one line, as {@code /feeds list} and the overview show it: its name, how its last read
 * went (or why it stopped), when it is read next, and how many stories it brings a day.
 */
final class FeedLines {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  /** The days a feed's stories a day are counted over. */
  static final int DAYS = 7;

  private final FeedStore feeds;
  private final Clock clock;

  FeedLines(FeedStore feeds, Clock clock) {
    this.feeds = feeds;
    this.clock = clock;
  }

  /** The owner's feeds, one line each, with what the owner keeps of each. */
  List<String> of(FeedOwner owner, List<Feed> listed) {
    Map<Long, Integer> stories =
        feeds.storiesSince(
            listed.stream().map(Feed::id).toList(), clock.instant().minus(Duration.ofDays(DAYS)));
    Map<Long, FeedStore.FeedFilterText> filters = feeds.filters(owner);
    List<String> lines = new ArrayList<>();
    for (Feed feed : listed) {
      FeedStore.FeedFilterText filter = filters.get(feed.id());
      lines.add(
          line(feed, stories.getOrDefault(feed.id(), 0))
              + (filter == null ? "" : " Keeps " + kept(filter) + "."));
    }
    return lines;
  }

  private static String kept(FeedStore.FeedFilterText filter) {
    try {
      return TopicFilter.parse(filter.include(), filter.exclude()).describe();
    } catch (UserFacingException nothingToMatch) {
      return "every story";
    }
  }

  private static String line(Feed feed, int storiesThisWeek) {
    String name = feed.title().map(t -> t + " — " + feed.url()).orElse(feed.url());
    if (feed.isDisabled()) {
      return name
          + ": stopped after "
          + feed.consecutiveFailures()
          + " failures in a row. "
          + feed.disabledReason().orElse("")
          + " Add it again to retry.";
    }
    if (feed.consecutiveFailures() > 0) {
      return name
          + ": failing ("
          + feed.lastError().orElse("")
          + "); next try "
          + WHEN.format(feed.nextPollAt())
          + ". "
          + perDay(storiesThisWeek);
    }
    return name
        + feed.lastSuccessAt()
            .map(
                t ->
                    ": read "
                        + WHEN.format(t)
                        + ", next read "
                        + WHEN.format(feed.nextPollAt())
                        + ". "
                        + perDay(storiesThisWeek))
            .orElse(": not read yet.");
  }

  /** "About 4 stories a day", over the last {@value #DAYS} days. */
  static String perDay(int storiesThisWeek) {
    if (storiesThisWeek == 0) {
      return "No stories in the last " + DAYS + " days.";
    }
    if (storiesThisWeek < DAYS) {
      return storiesThisWeek
          + (storiesThisWeek == 1 ? " story" : " stories")
          + " in the last "
          + DAYS
          + " days.";
    }
    long perDay = Math.round(storiesThisWeek / (double) DAYS);
    return "About " + perDay + (perDay == 1 ? " story" : " stories") + " a day.";
  }
}
