package org.briefbot.core.news;

/**
 * Told how each feed read and each queued feed item went, for the operator's metrics. Plain Java,
 * so that the core needs no metrics library; an observer must be quick and must not throw. The
 * reasons are fixed words, never a feed's address or a page's text.
 */
public interface NewsObserver {
  /** An observer that notes nothing. */
  NewsObserver NONE = new NewsObserver() {};

  /** A feed was read (or its read failed), with what came of it. */
  default void feedRead(FeedPoller.Status status) {}

  /** A queued feed item's story was brought in: stored anew, or found already stored. */
  default void itemBroughtIn(Ingested.Outcome outcome) {}

  /**
   * A queued feed item's story was not brought in.
   *
   * @param reason a {@link FetchException.Reason} in lower case, {@code unreadable} for text
   *     Briefbot cannot read, or {@code internal} for a failure on Briefbot's side
   * @param mayPass whether trying again later can help (the item is retried, up to its limit)
   */
  default void itemNotBroughtIn(String reason, boolean mayPass) {}
}
