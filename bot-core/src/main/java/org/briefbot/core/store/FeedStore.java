package org.briefbot.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Feeds, who owns them, and their polling state. A poll's outcome is recorded in one transaction
 * with the items it found (see {@link #recordFetched}), so the feed's validators never move past
 * items that were not queued.
 */
public final class FeedStore {
  private static final String FEED_COLUMNS =
      "f.id, f.url, f.title, f.etag, f.last_modified, f.poll_interval_seconds, f.next_poll_at,"
          + " f.last_polled_at, f.last_success_at, f.consecutive_failures, f.last_error, f.disabled_at, f.disabled_reason";

  private final Jdbi jdbi;

  public FeedStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /**
   * Subscribes an owner to a feed, creating the feed on first subscription. Adding a disabled feed
   * again enables it, due at once.
   */
  public Feed add(String url, FeedOwner owner, String addedBy, Duration pollInterval, Instant now) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(
            h -> {
              Optional<Feed> existing = findByUrl(h, url);
              long id;
              if (existing.isPresent()) {
                id = existing.get().id();
                if (existing.get().isDisabled()) {
                  h.createUpdate(
                          "UPDATE feeds SET disabled_at = NULL, disabled_reason = NULL, consecutive_failures = 0,"
                              + " next_poll_at = :now WHERE id = :id")
                      .bind("now", now)
                      .bind("id", id)
                      .execute();
                }
              } else {
                id =
                    h.createUpdate(
                            "INSERT INTO feeds (url, poll_interval_seconds, next_poll_at, created_at)"
                                + " VALUES (:url, :interval, :now, :now)")
                        .bind("url", url)
                        .bind("interval", (int) pollInterval.toSeconds())
                        .bind("now", now)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
              }
              int owned =
                  h.createQuery(
                          "SELECT COUNT(*) FROM feed_owners WHERE feed_id = :id AND platform = :platform"
                              + " AND workspace_id = :workspace")
                      .bind("id", id)
                      .bind("platform", owner.platform())
                      .bind("workspace", owner.workspaceId())
                      .mapTo(Integer.class)
                      .one();
              if (owned == 0) {
                h.createUpdate(
                        "INSERT INTO feed_owners (feed_id, platform, workspace_id, added_by, added_at)"
                            + " VALUES (:id, :platform, :workspace, :by, :now)")
                    .bind("id", id)
                    .bind("platform", owner.platform())
                    .bind("workspace", owner.workspaceId())
                    .bind("by", addedBy)
                    .bind("now", now)
                    .execute();
              }
              return find(h, id).orElseThrow();
            });
      } catch (RuntimeException e) {
        if (attempt >= 3 || !StoryStore.isConcurrentConflict(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Unsubscribes an owner; a feed nobody owns any more is deleted (its stories stay).
   *
   * @return whether the owner had that feed
   */
  public boolean remove(String url, FeedOwner owner) {
    return jdbi.inTransaction(
        h -> {
          Optional<Feed> feed = findByUrl(h, url);
          if (feed.isEmpty()) {
            return false;
          }
          int removed =
              h.createUpdate(
                      "DELETE FROM feed_owners WHERE feed_id = :id AND platform = :platform AND workspace_id = :workspace")
                  .bind("id", feed.get().id())
                  .bind("platform", owner.platform())
                  .bind("workspace", owner.workspaceId())
                  .execute();
          int left =
              h.createQuery("SELECT COUNT(*) FROM feed_owners WHERE feed_id = :id")
                  .bind("id", feed.get().id())
                  .mapTo(Integer.class)
                  .one();
          if (left == 0) {
            h.createUpdate("DELETE FROM feeds WHERE id = :id")
                .bind("id", feed.get().id())
                .execute();
          }
          return removed > 0;
        });
  }

  /** The owner's feeds, for {@code /feeds list}: disabled ones with their reason. */
  public List<Feed> list(FeedOwner owner) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + FEED_COLUMNS
                        + " FROM feeds f JOIN feed_owners o ON o.feed_id = f.id"
                        + " WHERE o.platform = :platform AND o.workspace_id = :workspace ORDER BY f.id")
                .bind("platform", owner.platform())
                .bind("workspace", owner.workspaceId())
                .map(FeedStore::feed)
                .list());
  }

  /** Who subscribed the feed, in the order they did. */
  public List<FeedOwner> owners(long feedId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT platform, workspace_id FROM feed_owners WHERE feed_id = :id"
                        + " ORDER BY added_at, platform, workspace_id")
                .bind("id", feedId)
                .map(
                    (rs, ctx) ->
                        new FeedOwner(rs.getString("platform"), rs.getString("workspace_id")))
                .list());
  }

  /**
   * How many stories each of these feeds brought since a moment (a story two feeds carry counts for
   * both); a feed that brought none is absent.
   */
  public Map<Long, Integer> storiesSince(List<Long> feedIds, Instant since) {
    if (feedIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT sf.feed_id, COUNT(*) FROM story_feeds sf"
                        + " JOIN stories s ON s.id = sf.story_id"
                        + " WHERE sf.feed_id IN (<feeds>) AND s.fetched_at >= :since"
                        + " GROUP BY sf.feed_id")
                .bindList("feeds", feedIds)
                .bind("since", since)
                .reduceRows(
                    new LinkedHashMap<Long, Integer>(),
                    (counts, row) -> {
                      counts.put(row.getColumn(1, Long.class), row.getColumn(2, Integer.class));
                      return counts;
                    }));
  }

  /**
   * What an owner keeps of one of its feeds, as typed ({@code /feeds filter}): the words or phrases
   * a story must mention, and those it must not; both empty for every story.
   */
  public record FeedFilterText(String include, String exclude) {
    public boolean isEmpty() {
      return include.isBlank() && exclude.isBlank();
    }
  }

  /** Sets what the owner keeps of its feed; false when the owner has no such feed. */
  public boolean setFilter(String url, FeedOwner owner, FeedFilterText filter) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE feed_owners SET include_topics = :include, exclude_topics = :exclude"
                            + " WHERE platform = :platform AND workspace_id = :workspace"
                            + " AND feed_id = (SELECT id FROM feeds WHERE url = :url)")
                    .bind("include", StoryStore.clip(filter.include(), 1000))
                    .bind("exclude", StoryStore.clip(filter.exclude(), 1000))
                    .bind("platform", owner.platform())
                    .bind("workspace", owner.workspaceId())
                    .bind("url", url)
                    .execute())
        > 0;
  }

  /** The owner's feeds that keep only some stories, by feed id. */
  public Map<Long, FeedFilterText> filters(FeedOwner owner) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT feed_id, include_topics, exclude_topics FROM feed_owners"
                        + " WHERE platform = :platform AND workspace_id = :workspace"
                        + " AND (include_topics <> '' OR exclude_topics <> '') ORDER BY feed_id")
                .bind("platform", owner.platform())
                .bind("workspace", owner.workspaceId())
                .reduceRows(
                    new LinkedHashMap<Long, FeedFilterText>(),
                    (filters, row) -> {
                      filters.put(
                          row.getColumn("feed_id", Long.class),
                          new FeedFilterText(
                              row.getColumn("include_topics", String.class),
                              row.getColumn("exclude_topics", String.class)));
                      return filters;
                    }));
  }

  /** The feeds each of these stories came through, by story id. */
  public Map<Long, List<Long>> feedsOf(List<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT story_id, feed_id FROM story_feeds WHERE story_id IN (<stories>)"
                        + " ORDER BY story_id, feed_id")
                .bindList("stories", storyIds)
                .reduceRows(
                    new LinkedHashMap<Long, List<Long>>(),
                    (feeds, row) -> {
                      feeds
                          .computeIfAbsent(
                              row.getColumn("story_id", Long.class), id -> new ArrayList<>())
                          .add(row.getColumn("feed_id", Long.class));
                      return feeds;
                    }));
  }

  /**
   * Every feed's failed polls since its last success, by feed id (the operator's metrics; whoever
   * owns the feeds).
   */
  public Map<Long, Integer> consecutiveFailures() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id, consecutive_failures FROM feeds ORDER BY id")
                .reduceRows(
                    new LinkedHashMap<Long, Integer>(),
                    (failures, row) -> {
                      failures.put(
                          row.getColumn("id", Long.class),
                          row.getColumn("consecutive_failures", Integer.class));
                      return failures;
                    }));
  }

  public Optional<Feed> find(long id) {
    return jdbi.withHandle(h -> find(h, id));
  }

  public Optional<Feed> findByUrl(String url) {
    return jdbi.withHandle(h -> findByUrl(h, url));
  }

  /** Enabled feeds whose next poll is due, the longest waiting first. */
  public List<Feed> due(Instant now, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + FEED_COLUMNS
                        + " FROM feeds f WHERE f.disabled_at IS NULL"
                        + " AND f.next_poll_at <= :now ORDER BY f.next_poll_at, f.id")
                .bind("now", now)
                .setMaxRows(limit)
                .map(FeedStore::feed)
                .list());
  }

  /**
   * Takes a due feed for this poller: moves its next poll to {@code leaseUntil} unless another
   * poller (another process on the same database) has already done so.
   */
  public boolean claim(Feed feed, Instant leaseUntil) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE feeds SET next_poll_at = :lease WHERE id = :id AND next_poll_at = :expected"
                            + " AND disabled_at IS NULL")
                    .bind("lease", leaseUntil)
                    .bind("id", feed.id())
                    .bind("expected", feed.nextPollAt())
                    .execute()
                == 1);
  }

  /**
   * Records a successful poll: queues the items not seen before and moves the feed's validators, in
   * one transaction.
   *
   * @return how many items were new
   */
  public int recordFetched(
      long feedId,
      Optional<String> title,
      Optional<String> etag,
      Optional<String> lastModified,
      List<NewFeedItem> items,
      Instant now,
      Instant nextPoll) {
    return jdbi.inTransaction(
        h -> {
          int added = FeedItemQueue.enqueue(h, feedId, items, now);
          h.createUpdate(
                  "UPDATE feeds SET title = COALESCE(:title, title), etag = :etag, last_modified = :lastModified,"
                      + " last_polled_at = :now, last_success_at = :now, consecutive_failures = 0, last_error = NULL,"
                      + " next_poll_at = :next WHERE id = :id")
              .bind("title", title.map(t -> StoryStore.clip(t, 500)).orElse(null))
              .bind("etag", etag.map(e -> StoryStore.clip(e, 500)).orElse(null))
              .bind("lastModified", lastModified.map(m -> StoryStore.clip(m, 100)).orElse(null))
              .bind("now", now)
              .bind("next", nextPoll)
              .bind("id", feedId)
              .execute();
          return added;
        });
  }

  /** Sets how often the feed is read, and its next read by that interval. */
  public void reschedule(long feedId, Duration interval, Instant nextPoll) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE feeds SET poll_interval_seconds = :interval, next_poll_at = :next"
                        + " WHERE id = :id")
                .bind("interval", (int) interval.toSeconds())
                .bind("next", nextPoll)
                .bind("id", feedId)
                .execute());
  }

  /** Records a 304: nothing new, validators unchanged. */
  public void recordNotModified(long feedId, Instant now, Instant nextPoll) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE feeds SET last_polled_at = :now, last_success_at = :now, consecutive_failures = 0,"
                        + " last_error = NULL, next_poll_at = :next WHERE id = :id")
                .bind("now", now)
                .bind("next", nextPoll)
                .bind("id", feedId)
                .execute());
  }

  /**
   * Records a failed poll; the feed is disabled, with the reason kept, once it has failed {@code
   * disableAfter} times in a row.
   */
  public Feed recordFailure(
      long feedId, String error, Instant now, Instant nextPoll, int disableAfter) {
    return jdbi.inTransaction(
        h -> {
          String reason = StoryStore.clip(error, 1000);
          h.createUpdate(
                  "UPDATE feeds SET last_polled_at = :now, consecutive_failures = consecutive_failures + 1,"
                      + " last_error = :error, next_poll_at = :next WHERE id = :id")
              .bind("now", now)
              .bind("error", reason)
              .bind("next", nextPoll)
              .bind("id", feedId)
              .execute();
          h.createUpdate(
                  "UPDATE feeds SET disabled_at = :now, disabled_reason = :error WHERE id = :id"
                      + " AND consecutive_failures >= :limit AND disabled_at IS NULL")
              .bind("now", now)
              .bind("error", reason)
              .bind("id", feedId)
              .bind("limit", disableAfter)
              .execute();
          return find(h, feedId).orElseThrow();
        });
  }

  private static Optional<Feed> find(Handle h, long id) {
    return h.createQuery("SELECT " + FEED_COLUMNS + " FROM feeds f WHERE f.id = :id")
        .bind("id", id)
        .map(FeedStore::feed)
        .findOne();
  }

  private static Optional<Feed> findByUrl(Handle h, String url) {
    return h.createQuery("SELECT " + FEED_COLUMNS + " FROM feeds f WHERE f.url = :url")
        .bind("url", url)
        .map(FeedStore::feed)
        .findOne();
  }

  private static Feed feed(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Feed(
        rs.getLong("id"),
        rs.getString("url"),
        Optional.ofNullable(rs.getString("title")),
        Optional.ofNullable(rs.getString("etag")),
        Optional.ofNullable(rs.getString("last_modified")),
        Duration.ofSeconds(rs.getInt("poll_interval_seconds")),
        StoryStore.instant(rs, "next_poll_at"),
        Optional.ofNullable(StoryStore.instant(rs, "last_polled_at")),
        Optional.ofNullable(StoryStore.instant(rs, "last_success_at")),
        rs.getInt("consecutive_failures"),
        Optional.ofNullable(rs.getString("last_error")),
        Optional.ofNullable(StoryStore.instant(rs, "disabled_at")),
        Optional.ofNullable(rs.getString("disabled_reason")));
  }
}
