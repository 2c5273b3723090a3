package org.briefbot.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The durable queue of feed items waiting to be fetched and stored. An item is taken with a lease
 * ({@link #claim}); if the process dies before the item is stored, the lease runs out and the item
 * is taken again — nothing a feed delivered is lost. It leaves the queue in the transaction that
 * stores its story ({@link StoryStore#save}).
 */
public final class FeedItemQueue {
  private static final String ITEM_COLUMNS =
      "id, feed_id, guid, url, title, published_at, state, attempts, last_error, story_id";

  private final Jdbi jdbi;

  public FeedItemQueue(Database database) {
    this.jdbi = database.jdbi();
  }

  /**
   * Queues the items whose GUID this feed has not delivered before (nor earlier in the same list);
   * returns how many were new. An item delivered before whose fingerprint changed (the feed
   * retitled it, rewrote its description or dated it again) is queued again, so that its story's
   * page is read again ({@link org.briefbot.core.news.StoryIngester#ingestItem}); it is not a new
   * item, and a page that did not change makes no new story and no update. One query finds the
   * known GUIDs and one batch inserts the rest, in the feed's order.
   */
  static int enqueue(Handle h, long feedId, List<NewFeedItem> items, Instant now) {
    if (items.isEmpty()) {
      return 0;
    }
    List<String> hashes = items.stream().map(item -> Sha256.hex(item.guid())).toList();
    Map<String, Known> known = new HashMap<>();
    h.createQuery(
            "SELECT id, guid_hash, revision, state, story_id FROM feed_items WHERE feed_id = :feed"
                + " AND guid_hash IN (<hashes>)")
        .bind("feed", feedId)
        .bindList("hashes", new ArrayList<>(new LinkedHashSet<>(hashes)))
        .map(
            (rs, ctx) -> {
              long story = rs.getLong("story_id");
              return new Known(
                  rs.getLong("id"),
                  rs.getString("guid_hash").strip(),
                  Optional.ofNullable(rs.getString("revision")).map(String::strip),
                  FeedItem.State.valueOf(rs.getString("state")),
                  !rs.wasNull() && story > 0);
            })
        .forEach(item -> known.put(item.guidHash(), item));
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO feed_items (feed_id, guid, guid_hash, url, title, published_at, state, discovered_at, next_attempt_at, revision)"
                + " VALUES (:feed, :guid, :hash, :url, :title, :published, 'PENDING', :now, :now, :revision)");
    Set<String> seen = new HashSet<>();
    int added = 0;
    for (int i = 0; i < items.size(); i++) {
      NewFeedItem item = items.get(i);
      String guidHash = hashes.get(i);
      if (!seen.add(guidHash)) {
        continue;
      }
      Known before = known.get(guidHash);
      if (before != null) {
        revised(h, before, item, now);
        continue;
      }
      batch
          .bind("feed", feedId)
          .bind("guid", StoryStore.clip(item.guid(), 2048))
          .bind("hash", guidHash)
          .bind("url", item.url())
          .bind("title", item.title().map(t -> StoryStore.clip(t, 1000)).orElse(null))
          .bind("published", item.publishedAt().orElse(null))
          .bind("now", now)
          .bind("revision", item.revision().orElse(null))
          .add();
      added++;
    }
    if (added > 0) {
      batch.execute();
    }
    return added;
  }

  /** A queued item as {@link #enqueue} compares it with the feed's listing. */
  private record Known(
      long id, String guidHash, Optional<String> revision, FeedItem.State state, boolean stored) {}

  /**
   * An item listed again: when the feed changed what it says of it, its new fingerprint, headline
   * and date are kept, and an item whose story was stored is queued again to have its page read. An
   * item queued before fingerprints were kept only gets one.
   */
  private static void revised(Handle h, Known before, NewFeedItem item, Instant now) {
    if (item.revision().isEmpty() || item.revision().equals(before.revision())) {
      return;
    }
    boolean readAgain =
        before.revision().isPresent() && before.state() == FeedItem.State.DONE && before.stored();
    var update =
        h.createUpdate(
            "UPDATE feed_items SET revision = :revision, title = COALESCE(:title, title),"
                + " published_at = COALESCE(:published, published_at)"
                + (readAgain
                    ? ", state = 'PENDING', attempts = 0, last_error = NULL, next_attempt_at = :now"
                    : "")
                + " WHERE id = :id");
    if (readAgain) {
      update.bind("now", now);
    }
    update
        .bind("revision", item.revision().get())
        .bind("title", item.title().map(t -> StoryStore.clip(t, 1000)).orElse(null))
        .bind("published", item.publishedAt().orElse(null))
        .bind("id", before.id())
        .execute();
  }

  /** Pending items whose time has come, oldest first. */
  public List<FeedItem> due(Instant now, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ITEM_COLUMNS
                        + " FROM feed_items WHERE state = 'PENDING'"
                        + " AND next_attempt_at <= :now ORDER BY id")
                .bind("now", now)
                .setMaxRows(limit)
                .map(FeedItemQueue::item)
                .list());
  }

  /**
   * Takes up to {@code limit} due items in one transaction: counts the attempt and hides each from
   * other workers (in this or another process) until {@code leaseUntil}.
   *
   * @return the items this caller got, oldest first, with their attempts counted
   */
  public List<FeedItem> claimDue(Instant now, Instant leaseUntil, int limit) {
    return jdbi.inTransaction(
        h -> {
          List<Long> ids =
              h.createQuery(
                      "SELECT id FROM feed_items WHERE state = 'PENDING' AND next_attempt_at <= :now ORDER BY id")
                  .bind("now", now)
                  .setMaxRows(limit)
                  .mapTo(Long.class)
                  .list();
          if (ids.isEmpty()) {
            return List.of();
          }
          String token = UUID.randomUUID().toString();
          h.createUpdate(
                  "UPDATE feed_items SET attempts = attempts + 1, next_attempt_at = :lease, claim_token = :token"
                      + " WHERE id IN (<ids>) AND state = 'PENDING' AND next_attempt_at <= :now")
              .bind("lease", leaseUntil)
              .bind("token", token)
              .bind("now", now)
              .bindList("ids", ids)
              .execute();
          // By id first: claim_token has no index of its own.
          return h.createQuery(
                  "SELECT "
                      + ITEM_COLUMNS
                      + " FROM feed_items WHERE id IN (<ids>) AND claim_token = :token ORDER BY id")
              .bindList("ids", ids)
              .bind("token", token)
              .map(FeedItemQueue::item)
              .list();
        });
  }

  /**
   * Takes one item: counts the attempt and hides the item from others until {@code leaseUntil}.
   *
   * @return false when another worker took it first
   */
  public boolean claim(long itemId, Instant now, Instant leaseUntil) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE feed_items SET attempts = attempts + 1, next_attempt_at = :lease"
                            + " WHERE id = :id AND state = 'PENDING' AND next_attempt_at <= :now")
                    .bind("lease", leaseUntil)
                    .bind("id", itemId)
                    .bind("now", now)
                    .execute()
                == 1);
  }

  static void markDone(Handle h, long itemId, long storyId, Instant now) {
    h.createUpdate(
            "UPDATE feed_items SET state = 'DONE', story_id = :story, processed_at = :now, last_error = NULL WHERE id = :id")
        .bind("story", storyId)
        .bind("now", now)
        .bind("id", itemId)
        .execute();
  }

  /**
   * Records a failure: the item waits until {@code retryAt}, or is given up when {@code retryAt} is
   * empty (a failure that cannot pass) or it has been tried {@code maxAttempts} times.
   */
  public void markFailed(
      long itemId, String error, Instant now, Optional<Instant> retryAt, int maxAttempts) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE feed_items SET last_error = :error, processed_at = :now,"
                        + " state = CASE WHEN :giveUp OR attempts >= :max THEN 'FAILED' ELSE 'PENDING' END,"
                        + " next_attempt_at = :retry WHERE id = :id AND state = 'PENDING'")
                .bind("error", StoryStore.clip(error, 1000))
                .bind("now", now)
                .bind("giveUp", retryAt.isEmpty())
                .bind("max", maxAttempts)
                .bind("retry", retryAt.orElse(now))
                .bind("id", itemId)
                .execute());
  }

  public Optional<FeedItem> find(long itemId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + ITEM_COLUMNS + " FROM feed_items WHERE id = :id")
                .bind("id", itemId)
                .map(FeedItemQueue::item)
                .findOne());
  }

  public List<FeedItem> items(long feedId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT " + ITEM_COLUMNS + " FROM feed_items WHERE feed_id = :feed ORDER BY id")
                .bind("feed", feedId)
                .map(FeedItemQueue::item)
                .list());
  }

  /**
   * When each of a feed's items that waits is next taken: those still pending whose next attempt is
   * after {@code now} — leased by a worker (of this process, another, or one that died with the
   * item), or waiting out the pause after a failure that may pass — earliest first.
   */
  public List<Instant> waiting(long feedId, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT next_attempt_at FROM feed_items WHERE feed_id = :feed AND state ="
                        + " 'PENDING' AND next_attempt_at > :now ORDER BY next_attempt_at")
                .bind("feed", feedId)
                .bind("now", now)
                .mapTo(Instant.class)
                .list());
  }

  /** How many items are in each state. */
  public Map<FeedItem.State, Integer> counts() {
    Map<FeedItem.State, Integer> counts = new EnumMap<>(FeedItem.State.class);
    for (FeedItem.State state : FeedItem.State.values()) {
      counts.put(state, 0);
    }
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT state, COUNT(*) FROM feed_items GROUP BY state")
                .map((rs, ctx) -> Map.entry(FeedItem.State.valueOf(rs.getString(1)), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
    return counts;
  }

  private static FeedItem item(ResultSet rs, StatementContext ctx) throws SQLException {
    long story = rs.getLong("story_id");
    boolean hasStory = !rs.wasNull();
    return new FeedItem(
        rs.getLong("id"),
        rs.getLong("feed_id"),
        rs.getString("guid"),
        rs.getString("url"),
        Optional.ofNullable(rs.getString("title")),
        Optional.ofNullable(StoryStore.instant(rs, "published_at")),
        FeedItem.State.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        Optional.ofNullable(rs.getString("last_error")),
        hasStory ? OptionalLong.of(story) : OptionalLong.empty());
  }
}
