package org.briefbot.core.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.StoryStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Digest subscriptions, their runs, and the stories each channel's digests have taken. A run is
 * recorded — with the stories it takes — in the transaction that moves the subscription to its next
 * occurrence, and only if no run of that local date exists: whichever process commits first posts,
 * the others see the moved occurrence or the run and post nothing.
 */
public final class DigestStore {
  private static final String COLUMNS =
      "id, platform, workspace_id, channel_id, local_time, zone, days, all_feeds, topics,"
          + " max_items, mention_role, post_when_empty, next_run_at, next_run_date, consecutive_failures, paused_at, paused_reason";
  private static final String RUN_COLUMNS =
      "id, subscription_id, local_date, scheduled_at, started_at, finished_at, state, items,"
          + " message_id, reason";

  /** Long before any story: the lower bound of a window that has none. */
  private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");

  private final Jdbi jdbi;

  public DigestStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /**
   * What a person asked for with {@code /digest subscribe}.
   *
   * @param feedIds the chosen feeds when {@code allFeeds} is false
   */
  public record Settings(
      DigestTime time,
      boolean allFeeds,
      List<Long> feedIds,
      List<String> topics,
      int maxItems,
      Optional<String> mentionRole,
      boolean postWhenEmpty) {
    public Settings {
      feedIds = List.copyOf(feedIds);
      topics = List.copyOf(topics);
    }
  }

  /**
   * Creates the channel's subscription, or replaces its settings (a channel has one): it starts
   * afresh, unpaused, at {@code next}. Its runs and the stories it took stay.
   */
  public Subscription subscribe(
      Place place, Settings settings, DigestTime.Occurrence next, String createdBy, Instant now) {
    return jdbi.inTransaction(
        h -> {
          Optional<Long> existing =
              h.createQuery(
                      "SELECT id FROM digest_subscriptions WHERE platform = :platform AND channel_id = :channel")
                  .bind("platform", platform(place))
                  .bind("channel", place.channelId())
                  .mapTo(Long.class)
                  .findOne();
          long id;
          if (existing.isPresent()) {
            id = existing.get();
            h.createUpdate(
                    "UPDATE digest_subscriptions SET workspace_id = :workspace, local_time = :time, zone = :zone, days = :days,"
                        + " all_feeds = :allFeeds, topics = :topics, max_items = :items, mention_role = :role, post_when_empty = :empty,"
                        + " next_run_at = :nextAt, next_run_date = :nextDate, consecutive_failures = 0, paused_at = NULL,"
                        + " paused_reason = NULL WHERE id = :id")
                .bindMap(values(place, settings, next))
                .bind("id", id)
                .execute();
            h.createUpdate("DELETE FROM digest_subscription_feeds WHERE subscription_id = :id")
                .bind("id", id)
                .execute();
          } else {
            id =
                h.createUpdate(
                        "INSERT INTO digest_subscriptions (platform, workspace_id, channel_id, local_time, zone, days, all_feeds,"
                            + " topics, max_items, mention_role, post_when_empty, next_run_at, next_run_date, created_by, created_at)"
                            + " VALUES (:platform, :workspace, :channel, :time, :zone, :days, :allFeeds, :topics, :items, :role, :empty,"
                            + " :nextAt, :nextDate, :by, :now)")
                    .bindMap(values(place, settings, next))
                    .bind("by", StoryStore.clip(createdBy, 100))
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
          }
          if (!settings.allFeeds() && !settings.feedIds().isEmpty()) {
            PreparedBatch batch =
                h.prepareBatch(
                    "INSERT INTO digest_subscription_feeds (subscription_id, feed_id) VALUES (:id, :feed)");
            settings.feedIds().stream()
                .distinct()
                .forEach(feed -> batch.bind("id", id).bind("feed", feed).add());
            batch.execute();
          }
          return find(h, id).orElseThrow();
        });
  }

  private static java.util.Map<String, Object> values(
      Place place, Settings settings, DigestTime.Occurrence next) {
    java.util.Map<String, Object> values = new java.util.HashMap<>();
    values.put("platform", platform(place));
    values.put("workspace", place.workspaceId().orElse(""));
    values.put("channel", place.channelId());
    values.put("time", settings.time().timeText());
    values.put("zone", settings.time().zone().getId());
    values.put("days", settings.time().days().label());
    values.put("allFeeds", settings.allFeeds());
    values.put("topics", StoryStore.clip(String.join("\n", settings.topics()), 1000));
    values.put("items", settings.maxItems());
    values.put("role", settings.mentionRole().map(r -> StoryStore.clip(r, 100)).orElse(null));
    values.put("empty", settings.postWhenEmpty());
    values.put("nextAt", next.at());
    values.put("nextDate", next.date().toString());
    return values;
  }

  public Optional<Subscription> find(long id) {
    return jdbi.withHandle(h -> find(h, id));
  }

  /** The subscription of a channel, if it has one. */
  public Optional<Subscription> find(Place place) {
    return jdbi.withHandle(
        h ->
            withFeeds(
                    h,
                    h.createQuery(
                            "SELECT "
                                + COLUMNS
                                + " FROM digest_subscriptions WHERE platform = :platform"
                                + " AND channel_id = :channel")
                        .bind("platform", platform(place))
                        .bind("channel", place.channelId())
                        .map(this::subscription)
                        .list())
                .stream()
                .findFirst());
  }

  /** The subscriptions of a server or workspace, by channel. */
  public List<Subscription> list(Platform platform, String workspaceId) {
    return jdbi.withHandle(
        h ->
            withFeeds(
                h,
                h.createQuery(
                        "SELECT "
                            + COLUMNS
                            + " FROM digest_subscriptions WHERE platform = :platform"
                            + " AND workspace_id = :workspace ORDER BY channel_id")
                    .bind("platform", platform(platform))
                    .bind("workspace", workspaceId)
                    .map(this::subscription)
                    .list()));
  }

  /**
   * @return whether the channel had one
   */
  public boolean remove(Place place) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "DELETE FROM digest_subscriptions WHERE platform = :platform AND channel_id = :channel")
                    .bind("platform", platform(place))
                    .bind("channel", place.channelId())
                    .execute()
                > 0);
  }

  /** Pauses a subscription; {@code reason} is kept when it paused itself. */
  public void pause(long id, Instant now, Optional<String> reason) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE digest_subscriptions SET paused_at = :now, paused_reason = :reason WHERE id = :id")
                .bind("now", now)
                .bind("reason", reason.map(r -> StoryStore.clip(r, 1000)).orElse(null))
                .bind("id", id)
                .execute());
  }

  /** Resumes at the next occurrence; past ones are not made up for. */
  public void resume(long id, DigestTime.Occurrence next) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE digest_subscriptions SET paused_at = NULL, paused_reason = NULL,"
                        + " consecutive_failures = 0, next_run_at = :nextAt, next_run_date = :nextDate WHERE id = :id")
                .bind("nextAt", next.at())
                .bind("nextDate", next.date().toString())
                .bind("id", id)
                .execute());
  }

  /** The time zone set for a server or workspace with {@code /digest zone}. */
  public Optional<ZoneId> workspaceZone(Platform platform, String workspaceId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT zone FROM digest_workspace_zones WHERE platform = :platform"
                        + " AND workspace_id = :workspace")
                .bind("platform", platform(platform))
                .bind("workspace", workspaceId)
                .mapTo(String.class)
                .findOne()
                .map(ZoneId::of));
  }

  public void setWorkspaceZone(Platform platform, String workspaceId, ZoneId zone) {
    jdbi.useTransaction(
        h -> {
          int updated =
              h.createUpdate(
                      "UPDATE digest_workspace_zones SET zone = :zone WHERE platform = :platform AND workspace_id = :workspace")
                  .bind("zone", zone.getId())
                  .bind("platform", platform(platform))
                  .bind("workspace", workspaceId)
                  .execute();
          if (updated == 0) {
            h.createUpdate(
                    "INSERT INTO digest_workspace_zones (platform, workspace_id, zone) VALUES (:platform, :workspace, :zone)")
                .bind("zone", zone.getId())
                .bind("platform", platform(platform))
                .bind("workspace", workspaceId)
                .execute();
          }
        });
  }

  /**
   * Unpaused subscriptions of these platforms whose occurrence has come, the longest waiting first.
   */
  public List<Subscription> due(Instant now, java.util.Collection<Platform> platforms, int limit) {
    if (platforms.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            withFeeds(
                h,
                h.createQuery(
                        "SELECT "
                            + COLUMNS
                            + " FROM digest_subscriptions WHERE paused_at IS NULL"
                            + " AND next_run_at <= :now AND platform IN (<platforms>) ORDER BY next_run_at, id")
                    .bind("now", now)
                    .bindList("platforms", platforms.stream().map(DigestStore::platform).toList())
                    .setMaxRows(limit)
                    .map(this::subscription)
                    .list()));
  }

  /**
   * The stories a channel's next digest may take: those that came through {@code feedIds} (and,
   * when {@code feedless}, those that came through no feed) since {@code since}, which no digest of
   * the channel has taken, newest first.
   */
  public List<Long> candidateStories(
      Place place, List<Long> feedIds, boolean feedless, Optional<Instant> since, int limit) {
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
            + " WHERE NOT EXISTS (SELECT 1 FROM digest_covered d WHERE d.platform = :platform AND d.channel_id = :channel"
            + " AND d.story_id = c.story_id) GROUP BY c.story_id ORDER BY seen DESC, c.story_id DESC";
    return jdbi.withHandle(
        h -> {
          var query =
              h.createQuery(sql)
                  .bind("since", since.orElse(BEGINNING))
                  .bind("platform", platform(place))
                  .bind("channel", place.channelId())
                  .setMaxRows(limit);
          if (!feedIds.isEmpty()) {
            query.bindList("feeds", feedIds);
          }
          return query.map((rs, ctx) -> rs.getLong(1)).list();
        });
  }

  /** When the channel's last digest that took stories was recorded, if it had one. */
  public Optional<Instant> lastCoveringRun(Place place) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT MAX(r.started_at) AS last_started FROM digest_runs r JOIN digest_subscriptions s"
                        + " ON s.id = r.subscription_id WHERE s.platform = :platform AND s.channel_id = :channel"
                        + " AND r.state IN ('POSTING', 'POSTED', 'EMPTY', 'UNCONFIRMED')")
                .bind("platform", platform(place))
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
   * still at the occurrence that was read and that local date has no run yet.
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
                          + " items, reason) VALUES (:id, :date, :scheduled, :now, :finished, :state, :items, :reason)")
                  .bind("id", subscription.id())
                  .bind("date", subscription.nextRunDate().toString())
                  .bind("scheduled", subscription.nextRunAt())
                  .bind("now", now)
                  .bind("finished", finished ? now : null)
                  .bind("state", state.name())
                  .bind("items", items)
                  .bind("reason", reason.map(r -> StoryStore.clip(r, 1000)).orElse(null))
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          if (!storyIds.isEmpty()) {
            PreparedBatch batch =
                h.prepareBatch(
                    "INSERT INTO digest_covered (platform, channel_id, story_id, run_id)"
                        + " VALUES (:platform, :channel, :story, :run)");
            for (long story : storyIds) {
              batch
                  .bind("platform", platform(subscription.place()))
                  .bind("channel", subscription.place().channelId())
                  .bind("story", story)
                  .bind("run", runId)
                  .add();
            }
            batch.execute();
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
          h.createUpdate(
                  "UPDATE digest_runs SET state = 'POSTED', finished_at = :now, message_id = :message WHERE id = :id")
              .bind("now", now)
              .bind("message", StoryStore.clip(messageId, 200))
              .bind("id", runId)
              .execute();
          h.createUpdate("UPDATE digest_subscriptions SET consecutive_failures = 0 WHERE id = :id")
              .bind("id", subscriptionId)
              .execute();
        });
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
    return jdbi.inTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE digest_runs SET state = 'FAILED', finished_at = :now, reason = :reason WHERE id = :id")
              .bind("now", now)
              .bind("reason", StoryStore.clip(reason, 1000))
              .bind("id", runId)
              .execute();
          h.createUpdate("DELETE FROM digest_covered WHERE run_id = :id")
              .bind("id", runId)
              .execute();
          h.createUpdate(
                  "UPDATE digest_subscriptions SET consecutive_failures = consecutive_failures + 1 WHERE id = :id")
              .bind("id", subscriptionId)
              .execute();
          Subscription after = find(h, subscriptionId).orElseThrow();
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
            after = find(h, subscriptionId).orElseThrow();
          }
          return after;
        });
  }

  /** Runs recorded before {@code before} whose post was never confirmed either way. */
  public List<DigestRun> unconfirmed(Instant before) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + RUN_COLUMNS
                        + " FROM digest_runs WHERE state = 'POSTING'"
                        + " AND started_at < :before ORDER BY id")
                .bind("before", before)
                .map(DigestStore::run)
                .list());
  }

  /** Marks a run whose process stopped while posting; only if it is still unconfirmed. */
  public boolean markUnconfirmed(long runId, String reason, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE digest_runs SET state = 'UNCONFIRMED', finished_at = :now, reason = :reason"
                            + " WHERE id = :id AND state = 'POSTING'")
                    .bind("now", now)
                    .bind("reason", StoryStore.clip(reason, 1000))
                    .bind("id", runId)
                    .execute()
                == 1);
  }

  /** A subscription's runs, the latest first. */
  public List<DigestRun> runs(long subscriptionId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + RUN_COLUMNS
                        + " FROM digest_runs WHERE subscription_id = :id"
                        + " ORDER BY started_at DESC, id DESC")
                .bind("id", subscriptionId)
                .setMaxRows(limit)
                .map(DigestStore::run)
                .list());
  }

  /** The stories a run took. */
  public List<Long> coveredBy(long runId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT story_id FROM digest_covered WHERE run_id = :id ORDER BY story_id")
                .bind("id", runId)
                .mapTo(Long.class)
                .list());
  }

  private Optional<Subscription> find(Handle h, long id) {
    return withFeeds(
            h,
            h.createQuery("SELECT " + COLUMNS + " FROM digest_subscriptions WHERE id = :id")
                .bind("id", id)
                .map(this::subscription)
                .list())
        .stream()
        .findFirst();
  }

  /** The subscriptions with their chosen feeds read. */
  private static List<Subscription> withFeeds(Handle h, List<Subscription> subscriptions) {
    List<Subscription> complete = new ArrayList<>(subscriptions.size());
    for (Subscription s : subscriptions) {
      if (s.allFeeds()) {
        complete.add(s);
        continue;
      }
      List<Long> feeds =
          h.createQuery(
                  "SELECT feed_id FROM digest_subscription_feeds WHERE subscription_id = :id ORDER BY feed_id")
              .bind("id", s.id())
              .mapTo(Long.class)
              .list();
      complete.add(
          new Subscription(
              s.id(),
              s.place(),
              s.time(),
              false,
              feeds,
              s.topics(),
              s.maxItems(),
              s.mentionRole(),
              s.postWhenEmpty(),
              s.nextRunAt(),
              s.nextRunDate(),
              s.consecutiveFailures(),
              s.pausedAt(),
              s.pausedReason()));
    }
    return complete;
  }

  private Subscription subscription(ResultSet rs, StatementContext ctx) throws SQLException {
    long id = rs.getLong("id");
    Platform platform = Platform.valueOf(rs.getString("platform").toUpperCase(Locale.ROOT));
    String workspace = rs.getString("workspace_id");
    Place place = new Place(platform, Optional.of(workspace), rs.getString("channel_id"));
    DigestTime time =
        new DigestTime(
            DigestTime.parseTime(rs.getString("local_time")),
            ZoneId.of(rs.getString("zone")),
            DigestTime.Days.parse(rs.getString("days")));
    boolean allFeeds = rs.getBoolean("all_feeds");
    List<Long> feeds = List.of(); // filled in by withFeeds
    String topics = rs.getString("topics");
    return new Subscription(
        id,
        place,
        time,
        allFeeds,
        feeds,
        topics == null || topics.isEmpty() ? List.of() : Arrays.asList(topics.split("\n")),
        rs.getInt("max_items"),
        Optional.ofNullable(rs.getString("mention_role")),
        rs.getBoolean("post_when_empty"),
        StoryStore.instant(rs, "next_run_at"),
        LocalDate.parse(rs.getString("next_run_date")),
        rs.getInt("consecutive_failures"),
        Optional.ofNullable(StoryStore.instant(rs, "paused_at")),
        Optional.ofNullable(rs.getString("paused_reason")));
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

  private static String platform(Place place) {
    return platform(place.platform());
  }

  private static String platform(Platform platform) {
    return platform.name().toLowerCase(Locale.ROOT);
  }
}
