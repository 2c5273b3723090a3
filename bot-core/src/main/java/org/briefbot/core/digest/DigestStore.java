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
import org.briefbot.core.store.PostLedger;
import org.briefbot.core.store.StoryStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Digest subscriptions — one a channel: when, from which feeds, about what — and the time zones of
 * servers and workspaces; their runs are {@link DigestRuns}.
 */
public final class DigestStore {
  private static final String COLUMNS =
      "id, platform, workspace_id, channel_id, local_time, zone, days, all_feeds, topics, excluded_topics,"
          + " max_items, mention_role, post_when_empty, next_run_at, next_run_date, consecutive_failures, paused_at, paused_reason";

  private final Jdbi jdbi;
  private final DigestRuns runs;

  public DigestStore(Database database) {
    this.jdbi = database.jdbi();
    this.runs = new DigestRuns(database);
  }

  /** The subscriptions' runs and the stories they took. */
  /** The database the subscriptions are kept in, for what the digest package keeps beside them. */
  Jdbi jdbi() {
    return jdbi;
  }

  public DigestRuns runs() {
    return runs;
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
      List<String> excluded,
      int maxItems,
      Optional<String> mentionRole,
      boolean postWhenEmpty) {
    public Settings {
      feedIds = List.copyOf(feedIds);
      topics = List.copyOf(topics);
      excluded = List.copyOf(excluded);
    }

    /** Settings that leave no topic out. */
    public Settings(
        DigestTime time,
        boolean allFeeds,
        List<Long> feedIds,
        List<String> topics,
        int maxItems,
        Optional<String> mentionRole,
        boolean postWhenEmpty) {
      this(time, allFeeds, feedIds, topics, List.of(), maxItems, mentionRole, postWhenEmpty);
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
                        + " all_feeds = :allFeeds, topics = :topics, excluded_topics = :excluded, max_items = :items, mention_role = :role, post_when_empty = :empty,"
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
                            + " topics, excluded_topics, max_items, mention_role, post_when_empty, next_run_at, next_run_date, created_by,"
                            + " created_at) VALUES (:platform, :workspace, :channel, :time, :zone, :days, :allFeeds, :topics,"
                            + " :excluded, :items, :role, :empty,"
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
    values.put("excluded", StoryStore.clip(String.join("\n", settings.excluded()), 1000));
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
                        .map(DigestStore::subscription)
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
                    .map(DigestStore::subscription)
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
                    .map(DigestStore::subscription)
                    .list()));
  }

  static Optional<Subscription> find(Handle h, long id) {
    return withFeeds(
            h,
            h.createQuery("SELECT " + COLUMNS + " FROM digest_subscriptions WHERE id = :id")
                .bind("id", id)
                .map(DigestStore::subscription)
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
              s.excluded(),
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

  /** Topics as stored: one a line. */
  private static List<String> lines(String stored) {
    return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
  }

  private static Subscription subscription(ResultSet rs, StatementContext ctx) throws SQLException {
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
    return new Subscription(
        id,
        place,
        time,
        allFeeds,
        feeds,
        lines(rs.getString("topics")),
        lines(rs.getString("excluded_topics")),
        rs.getInt("max_items"),
        Optional.ofNullable(rs.getString("mention_role")),
        rs.getBoolean("post_when_empty"),
        StoryStore.instant(rs, "next_run_at"),
        LocalDate.parse(rs.getString("next_run_date")),
        rs.getInt("consecutive_failures"),
        Optional.ofNullable(StoryStore.instant(rs, "paused_at")),
        Optional.ofNullable(rs.getString("paused_reason")));
  }

  private static String platform(Place place) {
    return platform(place.platform());
  }

  private static String platform(Platform platform) {
    return PostLedger.platform(platform);
  }
}
