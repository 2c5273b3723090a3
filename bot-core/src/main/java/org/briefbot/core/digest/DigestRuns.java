package org.briefbot.core.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.LiveProcesses;
import org.briefbot.core.store.PostLedger;
import org.briefbot.core.store.StoryStore;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The runs of digest subscriptions and the stories each channel's digests have taken. A run is
 * recorded — with the stories it takes — in the transaction that moves the subscription to its next
 * occurrence, and only if no run of that local date exists: whichever process commits first posts,
 * the others see the moved occurrence or the run and post nothing. The recording, confirming and
 * giving back of the stories is the {@link PostLedger}'s, which alerts share.
 */
public final class DigestRuns {
  private static final PostLedger LEDGER = PostLedger.DIGESTS;
  private static final String RUN_COLUMNS =
      "id, subscription_id, local_date, scheduled_at, started_at, finished_at, state, items,"
          + " message_id, reason";

  /** Long before any story: the lower bound of a window that has none. */
  private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

  private final Jdbi jdbi;
  private final Database database;

  DigestRuns(Database database) {
    this.database = database;
    this.jdbi = database.jdbi();
  }

  /** This process among those on the database. */
  public LiveProcesses processes() {
    return database.liveProcesses();
  }

  /**
   * The stories a channel's next digest may take: those that came through {@code feedIds} (and,
   * when {@code feedless}, those that came through no feed) since {@code since}, which no digest of
   * the channel has taken, newest first.
   */
  public List<Long> candidateStories(
      Place place, List<Long> feedIds, boolean feedless, Optional<Instant> since, int limit) {
    return storiesOf(place, feedIds, feedless, since, limit, true);
  }

  /**
   * The latest stories that came through {@code feedIds} (and, when {@code feedless}, through no
   * feed), taken by the channel's digests or not, newest first: what {@code /digest preview}
   * explains.
   */
  public List<Long> recentStories(Place place, List<Long> feedIds, boolean feedless, int limit) {
    return storiesOf(place, feedIds, feedless, Optional.empty(), limit, false);
  }

  private List<Long> storiesOf(
      Place place,
      List<Long> feedIds,
      boolean feedless,
      Optional<Instant> since,
      int limit,
      boolean notTaken) {
    if (feedIds.isEmpty() && !feedless) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    if (!feedIds.isEmpty()) {
      parts.add(
          "SELECT sf.story_id AS story_id, sf.seen_at AS seen FROM story_feeds sf WHERE sf.feed_id IN (<feeds>)"
              + " AND sf.seen_at >= :since");
    }
    if (feedless) {
      parts.add(
          "SELECT s.id AS story_id, s.fetched_at AS seen FROM stories s WHERE s.fetched_at >= :since"
              + " AND NOT EXISTS (SELECT 1 FROM story_feeds x WHERE x.story_id = s.id)");
    }
    String sql =
        "SELECT c.story_id, MAX(c.seen) AS seen FROM ("
            + String.join(" UNION ALL ", parts)
            + ") c"
            + (notTaken ? " WHERE " + LEDGER.notTaken("c.story_id") : "")
            + " GROUP BY c.story_id ORDER BY seen DESC, c.story_id DESC";
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql).bind("since", since.orElse(BEGINNING)).setMaxRows(limit);
          if (notTaken) {
            query.bindMap(PostLedger.bindPlace(place));
          }
          if (!feedIds.isEmpty()) {
            query.bindList("feeds", feedIds);
          }
          return query.map((rs, ctx) -> rs.getLong(1)).list();
        });
  }

  /**
   * The stories the channel's digests took whose page changed after the digest that took them was
   * recorded — of the updates stored since {@code since} — and whose latest update no digest of the
   * channel has told yet: what its next digest tells as "updated", newest update first.
   */
  public List<Long> updatedSinceTaken(Place place, Instant since, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT u.story_id FROM story_updates u"
                        + " JOIN digest_covered c ON c.platform = :platform AND c.channel_id = :channel"
                        + " AND c.story_id = u.story_id"
                        + " LEFT JOIN digest_runs r ON r.id = c.run_id"
                        + " WHERE u.updated_at >= :since"
                        + " AND u.id = (SELECT MAX(x.id) FROM story_updates x WHERE x.story_id = u.story_id)"
                        + " AND u.updated_at > COALESCE(r.started_at, :beginning)"
                        + " AND "
                        + LEDGER.updateNotTold("u.id")
                        + " ORDER BY u.id DESC")
                .bindMap(PostLedger.bindPlace(place))
                .bind("since", since)
                .bind("beginning", BEGINNING)
                .setMaxRows(limit)
                .map((rs, ctx) -> rs.getLong(1))
                .list());
  }

  /** The updates a run told, update id → story id. */
  public java.util.Map<Long, Long> updatesCoveredBy(long runId) {
    return LEDGER.updatesCoveredBy(jdbi, runId);
  }

  /**
   * A digest of the channel that took a story: its local date and how it went.
   *
   * @param localDate the digest's date, when the run is still on record
   * @param state the run's state, when the run is still on record
   */
  public record Taken(Optional<LocalDate> localDate, Optional<DigestRun.State> state) {}

  /** Which of the stories the channel's digests took, and in which digest. */
  public java.util.Map<Long, Taken> takenBy(Place place, List<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return java.util.Map.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT d.story_id, r.local_date, r.state FROM digest_covered d"
                        + " LEFT JOIN digest_runs r ON r.id = d.run_id"
                        + " WHERE d.platform = :platform AND d.channel_id = :channel AND d.story_id IN (<ids>)")
                .bindMap(PostLedger.bindPlace(place))
                .bindList("ids", storyIds)
                .reduceRows(
                    new java.util.HashMap<Long, Taken>(),
                    (map, row) -> {
                      String date = row.getColumn("local_date", String.class);
                      String state = row.getColumn("state", String.class);
                      map.put(
                          row.getColumn("story_id", Long.class),
                          new Taken(
                              Optional.ofNullable(date).map(LocalDate::parse),
                              Optional.ofNullable(state).map(DigestRun.State::valueOf)));
                      return map;
                    }));
  }

  /** When the channel's last digest that took stories was recorded, if it had one. */
  public Optional<Instant> lastCoveringRun(Place place) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT MAX(r.started_at) AS last_started FROM digest_runs r JOIN digest_subscriptions s"
                        + " ON s.id = r.subscription_id WHERE s.platform = :platform AND s.channel_id = :channel"
                        + " AND r.state IN ('POSTING', 'POSTED', 'EMPTY', 'UNCONFIRMED')")
                .bind("platform", PostLedger.platform(place.platform()))
                .bind("channel", place.channelId())
                .map((rs, ctx) -> Optional.ofNullable(StoryStore.instant(rs, "last_started")))
                .one());
  }

  /** How recording a run went. */
  public enum Claim {
    /** Recorded: this process posts. */
    RECORDED,
    /** Another process moved the subscription on (or it changed) since it was read. */
    TAKEN,
    /** That local date already has a run (the time was changed after today's digest). */
    ALREADY_RAN
  }

  /**
   * Records the run of {@code subscription}'s current occurrence and the stories it takes, and
   * moves the subscription to {@code next} — one transaction, taken only if the subscription is
   * still at the occurrence that was read and that local date has no run yet. A {@code POSTING} run
   * is this process's to post, and noted as under way here until {@link #released}.
   *
   * @return the new run's id when recorded
   */
  public RunClaim claimRun(
      Subscription subscription,
      DigestTime.Occurrence next,
      DigestRun.State state,
      int items,
      List<Long> storyIds,
      Optional<String> reason,
      Instant now) {
    return claimRun(subscription, next, state, items, storyIds, java.util.Map.of(), reason, now);
  }

  /**
   * As {@link #claimRun(Subscription, DigestTime.Occurrence, DigestRun.State, int, List, Optional,
   * Instant)}, the run also telling these updates (update id → story id) of stories the channel's
   * digests took before.
   */
  public RunClaim claimRun(
      Subscription subscription,
      DigestTime.Occurrence next,
      DigestRun.State state,
      int items,
      List<Long> storyIds,
      java.util.Map<Long, Long> updates,
      Optional<String> reason,
      Instant now) {
    LiveProcesses processes = processes();
    long[] noted = {-1};
    try {
      return claim(
          subscription, next, state, items, storyIds, updates, reason, now, processes, noted);
    } catch (RuntimeException notCommitted) {
      if (noted[0] >= 0) {
        processes.finished(LEDGER.underWayName(noted[0]));
      }
      throw notCommitted;
    }
  }

  private RunClaim claim(
      Subscription subscription,
      DigestTime.Occurrence next,
      DigestRun.State state,
      int items,
      List<Long> storyIds,
      java.util.Map<Long, Long> updates,
      Optional<String> reason,
      Instant now,
      LiveProcesses processes,
      long[] noted) {
    return jdbi.inTransaction(
        h -> {
          int moved =
              h.createUpdate(
                      "UPDATE digest_subscriptions SET next_run_at = :nextAt, next_run_date = :nextDate"
                          + " WHERE id = :id AND next_run_at = :expected AND next_run_date = :expectedDate AND paused_at IS NULL")
                  .bind("nextAt", next.at())
                  .bind("nextDate", next.date().toString())
                  .bind("id", subscription.id())
                  .bind("expected", subscription.nextRunAt())
                  .bind("expectedDate", subscription.nextRunDate().toString())
                  .execute();
          if (moved == 0) {
            return new RunClaim(Claim.TAKEN, Optional.empty());
          }
          int ran =
              h.createQuery(
                      "SELECT COUNT(*) FROM digest_runs WHERE subscription_id = :id AND local_date = :date")
                  .bind("id", subscription.id())
                  .bind("date", subscription.nextRunDate().toString())
                  .mapTo(Integer.class)
                  .one();
          if (ran > 0) {
            return new RunClaim(Claim.ALREADY_RAN, Optional.empty());
          }
          boolean finished = state != DigestRun.State.POSTING;
          long runId =
              h.createUpdate(
                      "INSERT INTO digest_runs (subscription_id, local_date, scheduled_at, started_at, finished_at, state,"
                          + " items, reason, claimed_by)"
                          + " VALUES (:id, :date, :scheduled, :now, :finished, :state, :items, :reason, :claimer)")
                  .bind("id", subscription.id())
                  .bind("date", subscription.nextRunDate().toString())
                  .bind("scheduled", subscription.nextRunAt())
                  .bind("now", now)
                  .bind("finished", finished ? now : null)
                  .bind("state", state.name())
                  .bind("items", items)
                  .bind("reason", reason.map(r -> StoryStore.clip(r, 1000)).orElse(null))
                  .bind("claimer", finished ? null : processes.self())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          LEDGER.take(h, subscription.place(), storyIds, runId);
          LEDGER.takeUpdates(h, subscription.place(), updates, runId);
          if (!finished) {
            // Noted before the commit: no check of this process takes it for one whose thread died.
            noted[0] = runId;
            processes.started(LEDGER.underWayName(runId));
          }
          return new RunClaim(Claim.RECORDED, Optional.of(runId));
        });
  }

  /** The outcome of {@link #claimRun}. */
  public record RunClaim(Claim claim, Optional<Long> runId) {}

  /** Records that the platform took the digest, and that the subscription's deliveries work. */
  public void recordPosted(long runId, long subscriptionId, String messageId, Instant now) {
    jdbi.useTransaction(
        h -> {
          if (LEDGER.markPosted(h, runId, messageId, now)) {
            h.createUpdate(
                    "UPDATE digest_subscriptions SET consecutive_failures = 0 WHERE id = :id")
                .bind("id", subscriptionId)
                .execute();
          }
        });
  }

  /** The run, posted or not, is no longer under way in this process. */
  public void released(long runId) {
    processes().finished(LEDGER.underWayName(runId));
  }

  /**
   * Records a failed delivery: its stories go back to the channel's next digest, the failure is
   * counted, and the subscription pauses itself — with the reason — when the failure is permanent
   * or the count reaches {@code pauseAfter}.
   *
   * @return the subscription afterwards
   */
  public Subscription recordFailed(
      long runId,
      long subscriptionId,
      String reason,
      boolean permanent,
      int pauseAfter,
      Instant now) {
    long self = processes().self();
    return jdbi.inTransaction(
        h -> {
          if (!LEDGER.markFailed(h, runId, self, reason, now)) {
            // Another process took it over (this one was taken for gone): that one records it.
            return DigestStore.find(h, subscriptionId).orElseThrow();
          }
          h.createUpdate(
                  "UPDATE digest_subscriptions SET consecutive_failures = consecutive_failures + 1 WHERE id = :id")
              .bind("id", subscriptionId)
              .execute();
          Subscription after = DigestStore.find(h, subscriptionId).orElseThrow();
          if (permanent || after.consecutiveFailures() >= pauseAfter) {
            String why =
                permanent
                    ? "Paused itself: the last digest could not be delivered, and trying again will not help. "
                        + reason
                    : "Paused itself after "
                        + after.consecutiveFailures()
                        + " failed deliveries in a row. The last: "
                        + reason;
            h.createUpdate(
                    "UPDATE digest_subscriptions SET paused_at = :now, paused_reason = :reason WHERE id = :id")
                .bind("now", now)
                .bind("reason", StoryStore.clip(why, 1000))
                .bind("id", subscriptionId)
                .execute();
            after = DigestStore.find(h, subscriptionId).orElseThrow();
          }
          return after;
        });
  }

  /**
   * The runs being posted whose process is gone — or, for runs recorded before processes had keys,
   * recorded before {@code keylessBefore} — and runs of this process whose posting thread died:
   * each is for a live process to {@link #takeOver}.
   */
  public List<Orphan> orphaned(Instant keylessBefore) {
    LiveProcesses processes = processes();
    java.util.Map<Long, Boolean> gone = new java.util.HashMap<>();
    List<Orphan> orphans = new ArrayList<>();
    for (PostLedger.Posting<DigestRun> posting :
        LEDGER.posting(jdbi, RUN_COLUMNS, DigestRuns::run)) {
      boolean orphaned;
      if (posting.claimer().isEmpty()) {
        orphaned = posting.post().startedAt().isBefore(keylessBefore);
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

  /** A run being posted whose process is gone, and that process's key (none for an old run). */
  public record Orphan(DigestRun run, Optional<Long> claimer) {}

  /**
   * Takes over an orphaned run for this process, in one transaction (of several live processes, one
   * gets it); the run is then under way here until {@link #released}.
   */
  public boolean takeOver(Orphan orphan) {
    return LEDGER.takeOver(jdbi, processes(), orphan.run().id(), orphan.claimer());
  }

  /** Marks a run this process took over that the platform cannot tell about. */
  public boolean markUnconfirmed(long runId, String reason, Instant now) {
    return LEDGER.markUnconfirmed(jdbi, runId, processes().self(), reason, now);
  }

  /** Marks a run this process took over, too late to post now: its stories go to the next one. */
  public boolean markMissed(long runId, String reason, Instant now) {
    long self = processes().self();
    return jdbi.inTransaction(h -> LEDGER.markMissed(h, runId, self, reason, now));
  }

  /** A subscription's runs, the latest first. */
  public List<DigestRun> latest(long subscriptionId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + RUN_COLUMNS
                        + " FROM digest_runs WHERE subscription_id = :id"
                        + " ORDER BY started_at DESC, id DESC")
                .bind("id", subscriptionId)
                .setMaxRows(limit)
                .map(DigestRuns::run)
                .list());
  }

  /** The stories a run took. */
  public List<Long> coveredBy(long runId) {
    return LEDGER.coveredBy(jdbi, runId);
  }

  private static DigestRun run(ResultSet rs, StatementContext ctx) throws SQLException {
    return new DigestRun(
        rs.getLong("id"),
        rs.getLong("subscription_id"),
        LocalDate.parse(rs.getString("local_date")),
        StoryStore.instant(rs, "scheduled_at"),
        StoryStore.instant(rs, "started_at"),
        Optional.ofNullable(StoryStore.instant(rs, "finished_at")),
        DigestRun.State.valueOf(rs.getString("state")),
        rs.getInt("items"),
        Optional.ofNullable(rs.getString("message_id")),
        Optional.ofNullable(rs.getString("reason")));
  }
}
