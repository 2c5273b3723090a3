package org.briefbot.core.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.PostLedger;
import org.briefbot.core.store.StoryStore;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The alerts set up in channels ({@code /alerts add|list|pause|resume|remove}). */
public final class AlertStore {
  private static final String COLUMNS =
      "id, platform, workspace_id, channel_id, topic, mention_role, paused_at, created_by,"
          + " created_at";

  private final Jdbi jdbi;
  private final AlertPosts posts;

  public AlertStore(Database database) {
    this.jdbi = database.jdbi();
    this.posts = new AlertPosts(database);
  }

  /** The posts of the alerts and the stories they took. */
  public AlertPosts posts() {
    return posts;
  }

  /**
   * Sets up an alert on the topic in the place's channel.
   *
   * @return the new alert, or empty when the channel already has one on that topic
   */
  public Optional<Alert> add(
      Place place, String topic, Optional<String> mentionRole, String createdBy) {
    // The store's clock, as the time a story reached a feed is written: what came before is old.
    Instant now = Instant.now();
    try {
      long id =
          jdbi.withHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO alerts (platform, workspace_id, channel_id, topic, mention_role,"
                              + " created_by, created_at) VALUES (:platform, :workspace, :channel,"
                              + " :topic, :role, :by, :now)")
                      .bind("platform", PostLedger.platform(place.platform()))
                      .bind("workspace", place.workspaceId().orElseThrow())
                      .bind("channel", place.channelId())
                      .bind("topic", normalised(topic))
                      .bind("role", mentionRole.map(r -> StoryStore.clip(r, 100)).orElse(null))
                      .bind("by", StoryStore.clip(createdBy, 100))
                      .bind("now", now)
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one());
      return find(id);
    } catch (UnableToExecuteStatementException taken) {
      if (find(place, topic).isPresent()) {
        return Optional.empty();
      }
      throw taken;
    }
  }

  /** A topic as alerts keep it: stripped, in lower case. */
  public static String normalised(String topic) {
    return topic.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public Optional<Alert> find(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM alerts WHERE id = :id")
                .bind("id", id)
                .map(AlertStore::alert)
                .findOne());
  }

  /** The channel's alert on that topic. */
  public Optional<Alert> find(Place place, String topic) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM alerts WHERE platform = :platform AND channel_id = :channel AND topic = :topic")
                .bind("platform", PostLedger.platform(place.platform()))
                .bind("channel", place.channelId())
                .bind("topic", normalised(topic))
                .map(AlertStore::alert)
                .findOne());
  }

  /** The channel's alerts, in the order they were set up. */
  public List<Alert> inChannel(Place place) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM alerts WHERE platform = :platform AND channel_id = :channel ORDER BY id")
                .bind("platform", PostLedger.platform(place.platform()))
                .bind("channel", place.channelId())
                .map(AlertStore::alert)
                .list());
  }

  /** The alerts that are not paused, of these platforms, by channel and the order set up. */
  public List<Alert> active(Collection<Platform> platforms) {
    if (platforms.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM alerts WHERE paused_at IS NULL AND platform IN (<platforms>)"
                        + " ORDER BY platform, channel_id, id")
                .bindList("platforms", platforms.stream().map(PostLedger::platform).toList())
                .map(AlertStore::alert)
                .list());
  }

  /** The channels of a server or workspace with an alert that is not paused. */
  public List<Place> activeChannels(Platform platform, String workspaceId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT DISTINCT channel_id FROM alerts WHERE paused_at IS NULL"
                        + " AND platform = :platform AND workspace_id = :workspace ORDER BY channel_id")
                .bind("platform", PostLedger.platform(platform))
                .bind("workspace", workspaceId)
                .mapTo(String.class)
                .map(channel -> Place.channel(platform, workspaceId, channel))
                .list());
  }

  /** Pauses the alert; false when it was paused already. */
  public boolean pause(long id, Instant now) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE alerts SET paused_at = :now WHERE id = :id AND paused_at IS NULL")
                    .bind("now", now)
                    .bind("id", id)
                    .execute()
                == 1);
  }

  /**
   * Resumes the alert; false when it was not paused. What reached the feeds meanwhile is not
   * posted: an alert is news as it breaks.
   */
  public boolean resume(long id) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "UPDATE alerts SET paused_at = NULL, created_at = :now WHERE id = :id AND paused_at IS NOT NULL")
                    .bind("now", Instant.now())
                    .bind("id", id)
                    .execute()
                == 1);
  }

  /** Removes the channel's alert on that topic; false when there was none. */
  public boolean remove(Place place, String topic) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                        "DELETE FROM alerts WHERE platform = :platform AND channel_id = :channel AND topic = :topic")
                    .bind("platform", PostLedger.platform(place.platform()))
                    .bind("channel", place.channelId())
                    .bind("topic", normalised(topic))
                    .execute()
                == 1);
  }

  static Alert alert(ResultSet rs, StatementContext ctx) throws SQLException {
    Platform platform = Platform.valueOf(rs.getString("platform").toUpperCase(Locale.ROOT));
    return new Alert(
        rs.getLong("id"),
        Place.channel(platform, rs.getString("workspace_id"), rs.getString("channel_id")),
        rs.getString("topic"),
        Optional.ofNullable(rs.getString("mention_role")),
        Optional.ofNullable(StoryStore.instant(rs, "paused_at")),
        Optional.ofNullable(rs.getString("created_by")),
        StoryStore.instant(rs, "created_at"));
  }
}
