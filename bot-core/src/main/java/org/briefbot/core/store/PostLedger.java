package org.briefbot.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The exactly-once machinery that posts Briefbot makes on its own share (digests, alerts): each
 * post is recorded as {@code POSTING} — with the stories it takes for its channel and the process
 * that makes it — in one transaction before it is posted, and the platform's answer is recorded
 * right after. A post whose process is gone before that answer was recorded is taken over by a live
 * process (one, in a transaction: {@link #takeOver}), which asks the platform about it by the
 * post's key and records it posted, posts it again with the same key, or — when the platform cannot
 * say — marks it {@code UNCONFIRMED}. A failed post gives its stories back to the channel.
 *
 * <p>Each kind of post has a posts table (columns {@code id, state, started_at, finished_at,
 * message_id, reason, claimed_by}) and a covered table ({@code platform, channel_id, story_id,
 * run_id}, the first three its primary key, so that a story is taken once a channel whichever
 * process gets there first). A kind of post that also tells of stories updated after it posted them
 * has a covered-updates table ({@code platform, channel_id, update_id, story_id, run_id}, the first
 * three its primary key): each update is told once a channel, as the story is.
 */
public final class PostLedger {
  /** The digests' tables. */
  public static final PostLedger DIGESTS =
      new PostLedger("digest_runs", "digest_covered", "digest_covered_updates");

  /** The alerts' tables. */
  public static final PostLedger ALERTS = new PostLedger("alert_posts", "alert_covered");

  private final String posts;
  private final String covered;

  /** The covered-updates table, null for a kind of post that tells no updates. */
  private final String coveredUpdates;

  private PostLedger(String posts, String covered) {
    this(posts, covered, null);
  }

  private PostLedger(String posts, String covered, String coveredUpdates) {
    this.posts = posts;
    this.covered = covered;
    this.coveredUpdates = coveredUpdates;
  }

  /**
   * Records in {@code h}'s transaction that post {@code postId} tells these updates (update id →
   * story id) in the place.
   *
   * @throws org.jdbi.v3.core.statement.UnableToExecuteStatementException with SQLState 23505 when
   *     one was already told there
   */
  public void takeUpdates(Handle h, Place place, java.util.Map<Long, Long> updates, long postId) {
    if (updates.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO "
                + updatesTable()
                + " (platform, channel_id, update_id, story_id, run_id)"
                + " VALUES (:platform, :channel, :update, :story, :run)");
    updates.forEach(
        (update, story) ->
            batch
                .bind("platform", platform(place.platform()))
                .bind("channel", place.channelId())
                .bind("update", update)
                .bind("story", story)
                .bind("run", postId)
                .add());
    batch.execute();
  }

  /**
   * A condition that holds when the place (bound as {@code :platform} and {@code :channel}) has not
   * told the update in {@code updateColumn}.
   */
  public String updateNotTold(String updateColumn) {
    return "NOT EXISTS (SELECT 1 FROM "
        + updatesTable()
        + " t WHERE t.platform = :platform AND t.channel_id = :channel AND t.update_id = "
        + updateColumn
        + ")";
  }

  /** The updates a post told, update id → story id, in update order. */
  public java.util.Map<Long, Long> updatesCoveredBy(Jdbi jdbi, long postId) {
    if (coveredUpdates == null) {
      return java.util.Map.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT update_id, story_id FROM "
                        + coveredUpdates
                        + " WHERE run_id = :id ORDER BY update_id")
                .bind("id", postId)
                .reduceRows(
                    new java.util.LinkedHashMap<Long, Long>(),
                    (map, row) -> {
                      map.put(
                          row.getColumn("update_id", Long.class),
                          row.getColumn("story_id", Long.class));
                      return map;
                    }));
  }

  private String updatesTable() {
    if (coveredUpdates == null) {
      throw new IllegalStateException(posts + " tell no updates");
    }
    return coveredUpdates;
  }

  /**
   * Records in {@code h}'s transaction that post {@code postId} takes these stories for the place.
   *
   * @throws org.jdbi.v3.core.statement.UnableToExecuteStatementException with SQLState 23505 when
   *     one was already taken there
   */
  public void take(Handle h, Place place, Collection<Long> storyIds, long postId) {
    if (storyIds.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO "
                + covered
                + " (platform, channel_id, story_id, run_id) VALUES (:platform, :channel, :story, :run)");
    for (long story : storyIds) {
      batch
          .bind("platform", platform(place.platform()))
          .bind("channel", place.channelId())
          .bind("story", story)
          .bind("run", postId)
          .add();
    }
    batch.execute();
  }

  /**
   * A condition that holds when the place (bound as {@code :platform} and {@code :channel}, see
   * {@link #bindPlace}) has not taken the story in {@code storyColumn}.
   */
  public String notTaken(String storyColumn) {
    return "NOT EXISTS (SELECT 1 FROM "
        + covered
        + " d WHERE d.platform = :platform AND d.channel_id = :channel AND d.story_id = "
        + storyColumn
        + ")";
  }

  /** The values {@link #notTaken} names. */
  public static java.util.Map<String, Object> bindPlace(Place place) {
    return java.util.Map.of("platform", platform(place.platform()), "channel", place.channelId());
  }

  /**
   * Records that the platform took the post — also when another process had meanwhile taken it over
   * and could not tell (it went out all the same).
   *
   * @return false when the post was already recorded otherwise (posted, or failed)
   */
  public boolean markPosted(Handle h, long postId, String messageId, Instant now) {
    return h.createUpdate(
                "UPDATE "
                    + posts
                    + " SET state = 'POSTED', finished_at = :now, message_id = :message, reason = NULL"
                    + " WHERE id = :id AND state IN ('POSTING', 'UNCONFIRMED')")
            .bind("now", now)
            .bind("message", StoryStore.clip(messageId, 200))
            .bind("id", postId)
            .execute()
        == 1;
  }

  /**
   * Records a failed post and gives its stories back to the channel; only while the post is still
   * {@code claimer}'s (no other process took it over).
   *
   * @return false when it was not
   */
  public boolean markFailed(Handle h, long postId, long claimer, String reason, Instant now) {
    return endGivingBack(h, postId, claimer, "FAILED", reason, now);
  }

  /**
   * Records a post whose process was gone and which comes too late to be made now: its stories go
   * back to the channel, as for a failure, but no failure is counted.
   */
  public boolean markMissed(Handle h, long postId, long claimer, String reason, Instant now) {
    return endGivingBack(h, postId, claimer, "MISSED", reason, now);
  }

  /** Ends a post still {@code claimer}'s in {@code state} and gives its stories back. */
  private boolean endGivingBack(
      Handle h, long postId, long claimer, String state, String reason, Instant now) {
    int marked =
        h.createUpdate(
                "UPDATE "
                    + posts
                    + " SET state = :state, finished_at = :now, reason = :reason"
                    + " WHERE id = :id AND state = 'POSTING' AND claimed_by = :claimer")
            .bind("state", state)
            .bind("now", now)
            .bind("reason", StoryStore.clip(reason, 1000))
            .bind("id", postId)
            .bind("claimer", claimer)
            .execute();
    if (marked == 0) {
      return false;
    }
    h.createUpdate("DELETE FROM " + covered + " WHERE run_id = :id").bind("id", postId).execute();
    if (coveredUpdates != null) {
      h.createUpdate("DELETE FROM " + coveredUpdates + " WHERE run_id = :id")
          .bind("id", postId)
          .execute();
    }
    return true;
  }

  /**
   * A post under way, and the process that makes it (empty when recorded before there were keys).
   */
  public record Posting<T>(T post, long id, java.util.Optional<Long> claimer) {}

  /** Every post under way (recorded, its platform's answer not yet), the oldest first. */
  public <T> List<Posting<T>> posting(Jdbi jdbi, String columns, RowMapper<T> mapper) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + columns
                        + ", claimed_by FROM "
                        + posts
                        + " WHERE state = 'POSTING' ORDER BY id")
                .map(
                    (rs, ctx) -> {
                      long claimer = rs.getLong("claimed_by");
                      return new Posting<>(
                          mapper.map(rs, ctx),
                          rs.getLong("id"),
                          rs.wasNull()
                              ? java.util.Optional.<Long>empty()
                              : java.util.Optional.of(claimer));
                    })
                .list());
  }

  /**
   * Takes over a post under way whose process is gone, for {@code processes}' own process — in one
   * transaction, so that of several live processes one takes it: only while the post is still
   * {@code POSTING} and {@code claimer}'s, and (on PostgreSQL) while {@code claimer}'s lock can be
   * taken. The post is noted as under way here before the transaction commits.
   *
   * @param claimer the process that was making it, empty for one recorded before there were keys
   * @return whether this process now makes it
   */
  public boolean takeOver(
      Jdbi jdbi, LiveProcesses processes, long postId, java.util.Optional<Long> claimer) {
    String underWay = underWayName(postId);
    try {
      return jdbi.inTransaction(
          h -> {
            if (claimer.isPresent()
                && claimer.get() != processes.self()
                && !processes.isGone(h, claimer.get())) {
              return false;
            }
            boolean moved =
                h.createUpdate(
                            "UPDATE "
                                + posts
                                + " SET claimed_by = :self WHERE id = :id AND state = 'POSTING' AND "
                                + (claimer.isPresent()
                                    ? "claimed_by = :claimer"
                                    : "claimed_by IS NULL"))
                        .bind("self", processes.self())
                        .bind("id", postId)
                        .bind("claimer", claimer.orElse(-1L))
                        .execute()
                    == 1;
            if (moved) {
              // Noted before the commit, as a claim is: no check of this process takes it again.
              processes.started(underWay);
            }
            return moved;
          });
    } catch (RuntimeException notCommitted) {
      processes.finished(underWay);
      throw notCommitted;
    }
  }

  /** How {@link LiveProcesses} names a post of this ledger under way. */
  public String underWayName(long postId) {
    return posts + ":" + postId;
  }

  /**
   * Marks a post this process took over and the platform cannot tell about; only while it is still
   * this process's.
   */
  public boolean markUnconfirmed(Jdbi jdbi, long postId, long claimer, String reason, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE "
                            + posts
                            + " SET state = 'UNCONFIRMED', finished_at = :now, reason = :reason"
                            + " WHERE id = :id AND state = 'POSTING' AND claimed_by = :claimer")
                    .bind("now", now)
                    .bind("reason", StoryStore.clip(reason, 1000))
                    .bind("id", postId)
                    .bind("claimer", claimer)
                    .execute()
                == 1);
  }

  /** The stories a post took. */
  public List<Long> coveredBy(Jdbi jdbi, long postId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT story_id FROM " + covered + " WHERE run_id = :id ORDER BY story_id")
                .bind("id", postId)
                .mapTo(Long.class)
                .list());
  }

  /** How platforms are named in the database. */
  public static String platform(Platform platform) {
    return platform.name().toLowerCase(Locale.ROOT);
  }
}
