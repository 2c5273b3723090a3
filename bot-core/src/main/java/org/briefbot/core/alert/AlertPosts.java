package org.briefbot.core.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.LiveProcesses;
import org.briefbot.core.store.PostLedger;
import org.briefbot.core.store.StoryStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The posts of alerts and the stories each channel's alerts have taken, on the {@link PostLedger}
 * digests use: a post is recorded — with its stories, and the process that makes it — in one
 * transaction before it is posted, so that a story goes to a channel once whichever process gets
 * there first, and a post whose process died is taken over by a live one.
 */
public final class AlertPosts {
  static final PostLedger LEDGER = PostLedger.ALERTS;
  private static final String COLUMNS =
      "id, alert_id, platform, channel_id, kind, freshness, topics, items, started_at, state";
  private static final String SHOWN = "('POSTING', 'POSTED', 'UNCONFIRMED')";

  private final Database database;
  private final Jdbi jdbi;

  AlertPosts(Database database) {
    this.database = database;
    this.jdbi = database.jdbi();
  }

  /** This process among those on the database. */
  public LiveProcesses processes() {
    return database.liveProcesses();
  }

  /**
   * The stories that reached {@code feedIds} since {@code since} and that none of the channel's
   * alerts took, each with when it reached them, newest first.
   */
  public Map<Long, Instant> untaken(Place place, List<Long> feedIds, Instant since, int limit) {
    return seen(place, feedIds, since, limit, true);
  }

  /** The latest stories of {@code feedIds}, taken or not, each with when it reached them. */
  public Map<Long, Instant> latest(Place place, List<Long> feedIds, int limit) {
    return seen(place, feedIds, Instant.EPOCH, limit, false);
  }

  private Map<Long, Instant> seen(
      Place place, List<Long> feedIds, Instant since, int limit, boolean untaken) {
    if (feedIds.isEmpty()) {
      return Map.of();
    }
    String sql =
        "SELECT sf.story_id, MAX(sf.seen_at) AS seen FROM story_feeds sf"
            + " WHERE sf.feed_id IN (<feeds>) AND sf.seen_at >= :since"
            + (untaken ? " AND " + LEDGER.notTaken("sf.story_id") : "")
            + " GROUP BY sf.story_id ORDER BY seen DESC, sf.story_id DESC";
    return jdbi.withHandle(
        h -> {
          var query =
              h.createQuery(sql).bindList("feeds", feedIds).bind("since", since).setMaxRows(limit);
          if (untaken) {
            query.bindMap(PostLedger.bindPlace(place));
          }
          Map<Long, Instant> seen = new LinkedHashMap<>();
          query
              .map((rs, ctx) -> Map.entry(rs.getLong(1), StoryStore.instant(rs, "seen")))
              .forEach(e -> seen.put(e.getKey(), e.getValue()));
          return seen;
        });
  }

  /** The stories the channel's story posts since {@code since} took, each with its post. */
  public Map<Long, Long> postedSince(Place place, Instant since) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT c.story_id, c.run_id FROM alert_covered c JOIN alert_posts p ON p.id = c.run_id"
                        + " WHERE c.platform = :platform AND c.channel_id = :channel AND p.kind = 'STORY'"
                        + " AND p.started_at >= :since AND p.state IN "
                        + SHOWN)
                .bindMap(PostLedger.bindPlace(place))
                .bind("since", since)
                .reduceRows(
                    new HashMap<Long, Long>(),
                    (map, row) -> {
                      map.put(
                          row.getColumn("story_id", Long.class),
                          row.getColumn("run_id", Long.class));
                      return map;
                    }));
  }

  /** How many posts of each kind the channel's alerts made since {@code since}. */
  public Map<AlertPost.Kind, Integer> madeSince(Place place, Instant since) {
    return jdbi.withHandle(h -> madeSince(h, place, since));
  }

  private static Map<AlertPost.Kind, Integer> madeSince(Handle h, Place place, Instant since) {
    Map<AlertPost.Kind, Integer> made = new java.util.EnumMap<>(AlertPost.Kind.class);
    for (AlertPost.Kind kind : AlertPost.Kind.values()) {
      made.put(kind, 0);
    }
    h.createQuery(
            "SELECT kind, COUNT(*) AS made FROM alert_posts WHERE platform = :platform AND channel_id = :channel"
                + " AND started_at >= :since AND state IN "
                + SHOWN
                + " GROUP BY kind")
        .bindMap(PostLedger.bindPlace(place))
        .bind("since", since)
        .map((rs, ctx) -> Map.entry(AlertPost.Kind.valueOf(rs.getString(1)), rs.getInt(2)))
        .forEach(e -> made.put(e.getKey(), e.getValue()));
    return made;
  }

  /** A post to record: what it is, its stories, and how many posts the hour allows. */
  record Claim(
      Alert alert,
      AlertPost.Kind kind,
      AlertPost.Freshness freshness,
      List<String> topics,
      int items,
      List<Long> storyIds) {}

  /**
   * Records the post and the stories it takes, in one transaction that holds the channel's alerts
   * (so that processes count the channel's posts of the hour one after the other), and only when
   * the hour still allows it — a story post below {@code perHour} story posts since {@code
   * hourAgo}, a "more" post at the limit and none yet — and no story was taken meanwhile. A
   * recorded post is this process's to post, and under way here until {@link #released}.
   *
   * @return the post's id, when recorded
   */
  Optional<Long> claim(Claim claim, int perHour, Instant hourAgo, Instant now) {
    LiveProcesses processes = processes();
    long[] noted = {-1};
    try {
      return jdbi.inTransaction(
          h -> {
            Place place = claim.alert().place();
            h.createQuery(
                    "SELECT id FROM alerts WHERE platform = :platform AND channel_id = :channel"
                        + " ORDER BY id FOR UPDATE")
                .bindMap(PostLedger.bindPlace(place))
                .mapTo(Long.class)
                .list();
            Map<AlertPost.Kind, Integer> made = madeSince(h, place, hourAgo);
            int stories = made.get(AlertPost.Kind.STORY);
            boolean allowed =
                claim.kind() == AlertPost.Kind.STORY
                    ? stories < perHour
                    : stories >= perHour && made.get(AlertPost.Kind.MORE) == 0;
            if (!allowed) {
              return Optional.<Long>empty();
            }
            long id =
                h.createUpdate(
                        "INSERT INTO alert_posts (alert_id, platform, channel_id, kind, freshness, topics,"
                            + " items, started_at, state, claimed_by) VALUES (:alert, :platform, :channel,"
                            + " :kind, :freshness, :topics, :items, :now, 'POSTING', :claimer)")
                    .bind("alert", claim.alert().id())
                    .bindMap(PostLedger.bindPlace(place))
                    .bind("kind", claim.kind().name())
                    .bind("freshness", claim.freshness().name())
                    .bind("topics", StoryStore.clip(String.join("\n", claim.topics()), 1000))
                    .bind("items", claim.items())
                    .bind("now", now)
                    .bind("claimer", processes.self())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            LEDGER.take(h, place, claim.storyIds(), id);
            // Noted before the commit: no check of this process takes it for one whose thread died.
            noted[0] = id;
            processes.started(LEDGER.underWayName(id));
            return Optional.of(id);
          });
    } catch (RuntimeException notCommitted) {
      if (noted[0] >= 0) {
        processes.finished(LEDGER.underWayName(noted[0]));
      }
      if (isTaken(notCommitted)) {
        return Optional.empty(); // another process took one of the stories first
      }
      throw notCommitted;
    }
  }

  /**
   * Records that later copies of an event the channel was alerted to belong to that post: they are
   * not posted again.
   *
   * @return false when another process took one of them first
   */
  boolean merge(Place place, long postId, List<Long> storyIds) {
    try {
      jdbi.useTransaction(h -> LEDGER.take(h, place, storyIds, postId));
      return true;
    } catch (RuntimeException notCommitted) {
      if (isTaken(notCommitted)) {
        return false;
      }
      throw notCommitted;
    }
  }

  private static boolean isTaken(RuntimeException failure) {
    return failure instanceof UnableToExecuteStatementException
        && failure.getCause() instanceof SQLException sql
        && "23505".equals(sql.getSQLState());
  }

  /** Records that the platform took the post. */
  void recordPosted(long postId, String messageId, Instant now) {
    jdbi.useHandle(h -> LEDGER.markPosted(h, postId, messageId, now));
  }

  /** Records a failed post; its stories go back to the channel. */
  boolean recordFailed(long postId, String reason, Instant now) {
    long self = processes().self();
    return jdbi.inTransaction(h -> LEDGER.markFailed(h, postId, self, reason, now));
  }

  /** The post, posted or not, is no longer under way in this process. */
  void released(long postId) {
    processes().finished(LEDGER.underWayName(postId));
  }

  /** A post under way whose process is gone, and that process's key. */
  record Orphan(AlertPost post, Optional<Long> claimer) {}

  /** The posts under way whose process is gone, or whose thread in this process died. */
  List<Orphan> orphaned() {
    LiveProcesses processes = processes();
    Map<Long, Boolean> gone = new HashMap<>();
    List<Orphan> orphans = new java.util.ArrayList<>();
    for (PostLedger.Posting<AlertPost> posting : LEDGER.posting(jdbi, COLUMNS, AlertPosts::post)) {
      boolean orphaned;
      if (posting.claimer().isEmpty()) {
        orphaned = true; // every alert post is recorded with its process
      } else if (posting.claimer().get() == processes.self()) {
        orphaned = !processes.isUnderWay(LEDGER.underWayName(posting.id()));
      } else {
        orphaned = gone.computeIfAbsent(posting.claimer().get(), processes::isGone);
      }
      if (orphaned) {
        orphans.add(new Orphan(posting.post(), posting.claimer()));
      }
    }
    return orphans;
  }

  /** Takes over an orphaned post for this process; of several live processes, one gets it. */
  boolean takeOver(Orphan orphan) {
    return LEDGER.takeOver(jdbi, processes(), orphan.post().id(), orphan.claimer());
  }

  /** Marks a post this process took over, too late to make now: its stories are let go. */
  boolean markMissed(long postId, String reason, Instant now) {
    long self = processes().self();
    return jdbi.inTransaction(h -> LEDGER.markMissed(h, postId, self, reason, now));
  }

  /** Marks a post this process took over that the platform cannot tell about. */
  boolean markUnconfirmed(long postId, String reason, Instant now) {
    return LEDGER.markUnconfirmed(jdbi, postId, processes().self(), reason, now);
  }

  /** The stories a post took. */
  public List<Long> coveredBy(long postId) {
    return LEDGER.coveredBy(jdbi, postId);
  }

  /** The post a story of the channel went to, when the post is still on record. */
  public record Taken(Optional<AlertPost> post) {}

  /** Which of the stories the channel's alerts took, and in which post. */
  public Map<Long, Taken> takenBy(Place place, List<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Long> postOf =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT story_id, run_id FROM alert_covered WHERE platform = :platform"
                            + " AND channel_id = :channel AND story_id IN (<ids>)")
                    .bindMap(PostLedger.bindPlace(place))
                    .bindList("ids", storyIds)
                    .reduceRows(
                        new HashMap<Long, Long>(),
                        (map, row) -> {
                          map.put(
                              row.getColumn("story_id", Long.class),
                              row.getColumn("run_id", Long.class));
                          return map;
                        }));
    Map<Long, AlertPost> posts = new HashMap<>();
    List<Long> postIds = postOf.values().stream().filter(java.util.Objects::nonNull).toList();
    if (!postIds.isEmpty()) {
      jdbi.useHandle(
          h ->
              h.createQuery("SELECT " + COLUMNS + " FROM alert_posts WHERE id IN (<ids>)")
                  .bindList("ids", postIds)
                  .map(AlertPosts::post)
                  .forEach(p -> posts.put(p.id(), p)));
    }
    Map<Long, Taken> taken = new HashMap<>();
    postOf.forEach(
        (story, post) -> taken.put(story, new Taken(Optional.ofNullable(posts.get(post)))));
    return taken;
  }

  /** The posts of the alert, the latest first. */
  public List<AlertPost> latest(long alertId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM alert_posts WHERE alert_id = :id ORDER BY started_at DESC, id DESC")
                .bind("id", alertId)
                .setMaxRows(limit)
                .map(AlertPosts::post)
                .list());
  }

  private static AlertPost post(ResultSet rs, StatementContext ctx) throws SQLException {
    Platform platform = Platform.valueOf(rs.getString("platform").toUpperCase(Locale.ROOT));
    String topics = rs.getString("topics");
    return new AlertPost(
        rs.getLong("id"),
        rs.getLong("alert_id"),
        // The workspace is not needed to post into a channel; the alert's place has it.
        new Place(platform, Optional.empty(), rs.getString("channel_id")),
        AlertPost.Kind.valueOf(rs.getString("kind")),
        AlertPost.Freshness.valueOf(rs.getString("freshness")),
        topics.isEmpty() ? List.of() : Arrays.asList(topics.split("\n")),
        rs.getInt("items"),
        StoryStore.instant(rs, "started_at"),
        AlertPost.State.valueOf(rs.getString("state")));
  }
}
