package org.briefbot.core.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Posters;
import org.briefbot.core.news.FeedHealthChange;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.PostLedger;
import org.briefbot.core.store.StoryStore;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the channels whose digests or alerts use a feed when it starts failing, is stopped, or is
 * read again ({@link FeedHealthChange}). The process that read the feed records one notice a
 * channel ({@link #record}); each process's digest check posts the waiting notices of the channels
 * it holds ({@link #postWaiting}), claiming each first, so that two processes never post one notice
 * side by side and a notice whose process died while posting it is posted by another after the
 * claim ends.
 */
public final class FeedNotices {
  /** How long a process posting a notice holds it. */
  static final Duration CLAIM = Duration.ofMinutes(2);

  /** A notice still waiting after this long is left: the feed has moved on since. */
  static final Duration STALE_AFTER = Duration.ofDays(1);

  /** Notices one check posts at most; the rest wait for the next check. */
  static final int AT_ONCE = 50;

  private static final Logger log = LoggerFactory.getLogger(FeedNotices.class);

  private final Jdbi jdbi;
  private final DigestStore subscriptions;
  private final FeedStore feeds;
  private final Posters posters;
  private final Clock clock;
  private volatile BiFunction<Platform, String, List<Place>> alertChannels =
      (platform, workspace) -> List.of();

  FeedNotices(Jdbi jdbi, DigestStore subscriptions, FeedStore feeds, Posters posters, Clock clock) {
    this.jdbi = jdbi;
    this.subscriptions = subscriptions;
    this.feeds = feeds;
    this.posters = posters;
    this.clock = clock;
  }

  /**
   * Also tells the channels {@code channels} gives for a server or workspace (those with an alert
   * that is not paused: alerts take every feed of their server).
   */
  public void alsoTellChannelsOf(BiFunction<Platform, String, List<Place>> channels) {
    this.alertChannels = channels;
  }

  /**
   * Records the change as one notice for each channel whose digest takes the feed's stories (every
   * feed of its server, or this one chosen), unless the digest is paused, and for each channel with
   * an alert of a server that has the feed.
   *
   * @return the channels it will be posted to
   */
  public List<Place> record(FeedHealthChange change) {
    Feed feed = change.feed();
    Map<Place, ZoneId> channels = channelsUsing(feed.id());
    Instant now = clock.instant();
    jdbi.useTransaction(
        h -> {
          for (Map.Entry<Place, ZoneId> channel : channels.entrySet()) {
            Place place = channel.getKey();
            h.createUpdate(
                    "INSERT INTO feed_notices (feed_id, platform, workspace_id, channel_id, turn,"
                        + " reason, failures, next_read_at, zone, created_at) VALUES (:feed,"
                        + " :platform, :workspace, :channel, :turn, :reason, :failures, :next,"
                        + " :zone, :now)")
                .bind("feed", feed.id())
                .bind("platform", PostLedger.platform(place.platform()))
                .bind("workspace", place.workspaceId().orElseThrow())
                .bind("channel", place.channelId())
                .bind("turn", change.turn().name())
                .bind("reason", feed.lastError().orElse(null))
                .bind("failures", change.failures())
                .bind(
                    "next",
                    change.turn() == FeedHealthChange.Turn.STOPPED ? null : feed.nextPollAt())
                .bind("zone", channel.getValue().getId())
                .bind("now", now)
                .execute();
          }
        });
    return List.copyOf(channels.keySet());
  }

  private Map<Place, ZoneId> channelsUsing(long feedId) {
    Map<Place, ZoneId> channels = new LinkedHashMap<>();
    for (FeedOwner owner : feeds.owners(feedId)) {
      Platform platform = Platform.valueOf(owner.platform().toUpperCase(Locale.ROOT));
      for (Subscription digest : subscriptions.list(platform, owner.workspaceId())) {
        if (!digest.isPaused() && (digest.allFeeds() || digest.feedIds().contains(feedId))) {
          channels.putIfAbsent(digest.place(), digest.time().zone());
        }
      }
      ZoneId zone =
          subscriptions.workspaceZone(platform, owner.workspaceId()).orElse(ZoneOffset.UTC);
      for (Place alerted : alertChannels.apply(platform, owner.workspaceId())) {
        channels.putIfAbsent(alerted, zone);
      }
    }
    return channels;
  }

  /**
   * Posts the waiting notices of the channels this process holds, oldest first.
   *
   * @return how many were posted
   */
  public int postWaiting() {
    Instant now = clock.instant();
    int posted = 0;
    for (Waiting notice : waiting(now)) {
      Optional<ChannelPoster> poster = posters.holding(notice.place());
      if (poster.isPresent() && claim(notice.id(), now)) {
        posted += post(poster.get(), notice) ? 1 : 0;
      }
    }
    return posted;
  }

  private boolean post(ChannelPoster poster, Waiting notice) {
    Delivery delivery;
    try {
      delivery =
          poster.post(
              notice.place(),
              FeedNoticeText.reply(notice.text()),
              new ChannelPoster.PostKey("feed-" + Long.toString(notice.id(), 36)));
    } catch (RuntimeException failure) {
      log.error("posting feed notice {} failed unexpectedly", notice.id(), failure);
      delivery =
          new Delivery.Failed("Briefbot could not post because of an internal error.", false);
    }
    if (delivery instanceof Delivery.Failed failed) {
      log.warn("feed notice {} was not posted: {}", notice.id(), failed.reason());
      if (failed.permanent()) {
        ended(notice.id(), "given_up", StoryStore.clip(failed.reason(), 1000));
      }
      return false;
    }
    ended(notice.id(), "posted_at", clock.instant());
    return true;
  }

  private List<Waiting> waiting(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT n.id, n.platform, n.workspace_id, n.channel_id, n.turn, n.reason,"
                        + " n.failures, n.next_read_at, n.zone, f.url, f.title FROM feed_notices n"
                        + " JOIN feeds f ON f.id = n.feed_id WHERE n.posted_at IS NULL"
                        + " AND n.given_up IS NULL AND n.created_at > :stale"
                        + " AND (n.claimed_until IS NULL OR n.claimed_until < :now)"
                        + " AND n.platform IN (<platforms>) ORDER BY n.id")
                .bind("stale", now.minus(STALE_AFTER))
                .bind("now", now)
                .bindList(
                    "platforms", posters.platforms().stream().map(PostLedger::platform).toList())
                .setMaxRows(AT_ONCE)
                .map(FeedNotices::waiting)
                .list());
  }

  private boolean claim(long id, Instant now) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE feed_notices SET claimed_until = :until WHERE id = :id"
                            + " AND posted_at IS NULL AND given_up IS NULL"
                            + " AND (claimed_until IS NULL OR claimed_until < :now)")
                    .bind("until", now.plus(CLAIM))
                    .bind("id", id)
                    .bind("now", now)
                    .execute())
        == 1;
  }

  private void ended(long id, String column, Object value) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE feed_notices SET " + column + " = :value WHERE id = :id")
                .bind("value", value)
                .bind("id", id)
                .execute());
  }

  /** A notice waiting to be posted, with what it says. */
  private record Waiting(long id, Place place, FeedNoticeText.Notice text) {}

  private static Waiting waiting(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    Platform platform = Platform.valueOf(rs.getString("platform").toUpperCase(Locale.ROOT));
    String url = rs.getString("url");
    String title = rs.getString("title");
    int failures = rs.getInt("failures");
    FeedHealthChange.Turn turn = FeedHealthChange.Turn.valueOf(rs.getString("turn"));
    return new Waiting(
        rs.getLong("id"),
        Place.channel(platform, rs.getString("workspace_id"), rs.getString("channel_id")),
        new FeedNoticeText.Notice(
            turn,
            title == null ? url : title + " — " + url,
            url,
            Optional.ofNullable(rs.getString("reason")).orElse(""),
            failures,
            FeedHealthChange.failuresLeft(failures),
            Optional.ofNullable(StoryStore.instant(rs, "next_read_at")),
            ZoneId.of(rs.getString("zone"))));
  }
}
