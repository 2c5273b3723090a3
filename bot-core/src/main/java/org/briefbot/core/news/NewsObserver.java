package org.briefbot.core.news;

/**
 * Told how each feed read, each queued feed item and each story fetched for a link went, for the
 * operator's metrics. Plain Java, so that the core needs no metrics library; an observer must be
 * quick and must not throw. The reasons are fixed words, never a feed's address or a page's text.
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

  /** A story someone linked to was brought in: stored anew, merged, or found already stored. */
  default void linkBroughtIn(Ingested.Outcome outcome) {}

  /**
   * A story someone linked to was not brought in; the reasons are those of {@link
   * #itemNotBroughtIn}.
   */
  default void linkNotBroughtIn(String reason, boolean mayPass) {}
}
