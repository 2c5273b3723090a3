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
 * post is recorded as {@code POSTING} — with the stories it takes for its channel — in one
 * transaction before it is posted, the platform's answer is recorded right after, and a post whose
 * process stopped in between is found later and marked {@code UNCONFIRMED}, never posted again. A
 * failed post gives its stories back to the channel.
 *
 * <p>Each kind of post has a posts table (columns {@code id, state, started_at, finished_at,
 * message_id, reason}) and a covered table ({@code platform, channel_id, story_id, run_id}, the
 * first three its primary key, so that a story is taken once a channel whichever process gets there
 * first).
 */
public final class PostLedger {
  /** The digests' tables. */
  public static final PostLedger DIGESTS = new PostLedger("digest_runs", "digest_covered");

  private final String posts;
  private final String covered;

  private PostLedger(String posts, String covered) {
    this.posts = posts;
    this.covered = covered;
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

  /** Records that the platform took the post. */
  public void markPosted(Handle h, long postId, String messageId, Instant now) {
    h.createUpdate(
            "UPDATE "
                + posts
                + " SET state = 'POSTED', finished_at = :now, message_id = :message WHERE id = :id")
        .bind("now", now)
        .bind("message", StoryStore.clip(messageId, 200))
        .bind("id", postId)
        .execute();
  }

  /** Records a failed post and gives its stories back to the channel. */
  public void markFailed(Handle h, long postId, String reason, Instant now) {
    h.createUpdate(
            "UPDATE "
                + posts
                + " SET state = 'FAILED', finished_at = :now, reason = :reason WHERE id = :id")
        .bind("now", now)
        .bind("reason", StoryStore.clip(reason, 1000))
        .bind("id", postId)
        .execute();
    h.createUpdate("DELETE FROM " + covered + " WHERE run_id = :id").bind("id", postId).execute();
  }

  /** Posts recorded before {@code before} whose post was never confirmed either way. */
  public <T> List<T> unconfirmed(Jdbi jdbi, String columns, Instant before, RowMapper<T> mapper) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + columns
                        + " FROM "
                        + posts
                        + " WHERE state = 'POSTING' AND started_at < :before ORDER BY id")
                .bind("before", before)
                .map(mapper)
                .list());
  }

  /** Marks a post whose process stopped while posting; only if it is still unconfirmed. */
  public boolean markUnconfirmed(Jdbi jdbi, long postId, String reason, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE "
                            + posts
                            + " SET state = 'UNCONFIRMED', finished_at = :now, reason = :reason"
                            + " WHERE id = :id AND state = 'POSTING'")
                    .bind("now", now)
                    .bind("reason", StoryStore.clip(reason, 1000))
                    .bind("id", postId)
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
