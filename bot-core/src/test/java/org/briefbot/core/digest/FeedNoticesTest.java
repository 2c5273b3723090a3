package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.briefbot.core.alert.Alert;
import org.briefbot.core.alert.AlertStore;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.digest.DigestFixtures.RecordingPoster;
import org.briefbot.core.news.FeedPoller;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A feed that fails, served from loopback, and what the channels whose digests use it are told: a
 * warning before it is stopped, its stop, its return; each notice once, by the process holding the
 * channel.
 */
class FeedNoticesTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Place NEWS_ROOM = DigestFixtures.CHANNEL;
  private static final Place SPORTS = Place.channel(Platform.DISCORD, "guild-1", "sports");
  private static final Place QUIET = Place.channel(Platform.DISCORD, "guild-1", "quiet");
  private static final Place ELSEWHERE = Place.channel(Platform.DISCORD, "guild-2", "news");
  private static final Place CYCLING = Place.channel(Platform.DISCORD, "guild-1", "cycling");
  private static final Place PAUSED_ALERT = Place.channel(Platform.DISCORD, "guild-1", "trains");

  MockWebServer server;
  volatile int status = 503;
  Database database;
  MutableClock clock;
  DigestStore store;
  FeedStore feeds;
  NewsIngestion news;
  RecordingPoster poster;
  DigestDelivery delivery;
  Feed failing;

  @BeforeEach
  void open() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return status == 200
                ? new MockResponse()
                    .setHeader("Content-Type", "application/rss+xml")
                    .setBody(
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor"
                            + " Ledger</title><link>http://ledger.example/</link><item><title>Ferry"
                            + " timetable approved</title><link>http://ledger.example/ferry</link>"
                            + "</item></channel></rss>")
                : new MockResponse().setResponseCode(status);
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    database =
        Database.open(
            "jdbc:h2:mem:notices" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
    clock = new MutableClock(Instant.parse("2026-03-28T12:00:00Z"));
    store = new DigestStore(database);
    feeds = new FeedStore(database);
    news = DigestFixtures.newsReadingNoStory(database, clock);
    poster = new RecordingPoster(Platform.DISCORD);
    delivery = delivery(poster);
    news.poller().onHealthChange(delivery.feedNotices()::record);
    AlertStore alerts = new AlertStore(database);
    delivery.feedNotices().alsoTellChannelsOf(alerts::activeChannels);
    alerts.add(CYCLING, "bike lanes", java.util.Optional.empty(), "tester");
    alerts.add(ELSEWHERE, "bike lanes", java.util.Optional.empty(), "tester");
    Alert trains =
        alerts.add(PAUSED_ALERT, "trains", java.util.Optional.empty(), "tester").orElseThrow();
    alerts.pause(trains.id(), clock.instant());

    failing =
        DigestFixtures.feed(feeds, NEWS_ROOM, server.url("/rss.xml").toString(), clock.instant());
    Feed other =
        DigestFixtures.feed(feeds, NEWS_ROOM, "http://127.0.0.1:9/other.xml", clock.instant());
    DigestFixtures.subscribe(
        store, NEWS_ROOM, DigestFixtures.daily("07:00", "Europe/Berlin"), clock.instant());
    DigestStore.Settings otherOnly = DigestFixtures.daily("08:00", "UTC");
    DigestFixtures.subscribe(
        store,
        SPORTS,
        new DigestStore.Settings(
            otherOnly.time(),
            false,
            List.of(other.id()),
            List.of(),
            5,
            java.util.Optional.empty(),
            false),
        clock.instant());
    Subscription quiet =
        DigestFixtures.subscribe(
            store, QUIET, DigestFixtures.daily("09:00", "UTC"), clock.instant());
    store.pause(quiet.id(), clock.instant(), java.util.Optional.empty());
    DigestFixtures.subscribe(
        store, ELSEWHERE, DigestFixtures.daily("07:00", "UTC"), clock.instant());
    // Only the failing feed is due: the other one is never read here.
    feeds.reschedule(other.id(), Duration.ofMinutes(15), clock.instant().plus(Duration.ofDays(30)));
  }

  private DigestDelivery delivery(RecordingPoster poster) {
    return new DigestDelivery(
        store,
        new StoryStore(database),
        feeds,
        List.of(poster),
        DigestDelivery.DigestSettings.defaults(),
        clock);
  }

  @AfterEach
  void close() throws IOException {
    news.close();
    database.close();
    server.shutdown();
  }

  /** Reads the failing feed when it is next due, then lets this process post what waits. */
  private FeedPoller.PollResult readWhenDue() {
    clock.set(feeds.find(failing.id()).orElseThrow().nextPollAt());
    List<FeedPoller.PollResult> read = news.poller().pollDue(10);
    assertThat(read).hasSize(1);
    delivery.feedNotices().postWaiting();
    return read.get(0);
  }

  private static Map<String, String> fields(Reply reply) {
    return reply.sections().stream()
        .flatMap(section -> section.fields().stream())
        .collect(
            Collectors.toMap(Reply.Field::name, field -> field.shown(Moment::plain, text -> text)));
  }

  @Test
  void theChannelsWhoseDigestsTakeAFailingFeedAreWarnedOnceBeforeItStopsThenToldOfTheStop() {
    readWhenDue();
    assertThat(poster.posts).as("one failure is not worth a word").isEmpty();

    FeedPoller.PollResult second = readWhenDue();

    // The server's digest of every feed and its channel with an alert hear of it; a digest of
    // other feeds, a paused digest or alert and another server's do not.
    assertThat(poster.places).containsExactly(NEWS_ROOM, CYCLING);
    Reply warning = poster.posts.get(0);
    assertThat(warning.title()).contains("A feed of this channel's news is failing");
    assertThat(warning.plainText())
        .contains("could not read " + server.url("/rss.xml"))
        .contains("the last 2 times it tried")
        .contains("if 3 more reads fail in a row, Briefbot stops reading it");
    assertThat(fields(warning))
        .containsEntry(
            "Why", server.getHostName() + " had a server error (HTTP 503); try again later.")
        .containsEntry(
            "Next try",
            Moment.dateTime(second.feed().nextPollAt(), java.time.ZoneId.of("Europe/Berlin"))
                .plain());
    assertThat(warning.footer().orElseThrow()).contains("/feeds remove " + server.url("/rss.xml"));

    readWhenDue();
    readWhenDue();
    assertThat(poster.posts).as("the warning is not repeated").hasSize(2);

    FeedPoller.PollResult fifth = readWhenDue();
    assertThat(fifth.status()).isEqualTo(FeedPoller.Status.DISABLED);
    assertThat(poster.places).containsExactly(NEWS_ROOM, CYCLING, NEWS_ROOM, CYCLING);
    Reply stop = poster.posts.get(2);
    assertThat(stop.title()).contains("A feed of this channel's news was stopped");
    assertThat(stop.plainText())
        .contains(
            "after 5 failed reads in a row. This channel's news goes on from the other feeds.");
    assertThat(fields(stop)).containsKey("Why");
    assertThat(stop.footer().orElseThrow()).contains("/feeds add " + server.url("/rss.xml"));

    clock.advance(Duration.ofDays(2));
    assertThat(news.poller().pollDue(10)).as("a stopped feed is not read").isEmpty();
    assertThat(delivery.feedNotices().postWaiting()).isZero();
  }

  @Test
  void aFeedReadAgainAfterAWarningSaysSoOnce() {
    readWhenDue();
    readWhenDue();
    assertThat(poster.posts).hasSize(2);

    status = 200;
    assertThat(readWhenDue().status()).isEqualTo(FeedPoller.Status.NEW_ITEMS);

    assertThat(poster.posts).hasSize(4);
    Reply back = poster.posts.get(2);
    assertThat(back.title()).contains("A feed of this channel's news is read again");
    assertThat(back.plainText())
        .contains("again after 2 failed reads; its stories come into this channel as before.");
    readWhenDue();
    assertThat(poster.posts).hasSize(4);
  }

  @Test
  void aFeedThatFailsOnceAndRecoversTellsNobody() {
    readWhenDue();
    status = 200;
    readWhenDue();
    status = 503;
    readWhenDue();
    assertThat(poster.posts).isEmpty();
  }

  @Test
  void twoProcessesPostEachNoticeOnceAndOneThatCannotPostLeavesItToTheNext() {
    RecordingPoster otherPoster = new RecordingPoster(Platform.DISCORD);
    DigestDelivery other = delivery(otherPoster);
    poster.answer = reply -> new Delivery.Failed("Discord did not answer in time.", false);
    readWhenDue();
    readWhenDue();
    assertThat(poster.posts).as("each tried once, and failed").hasSize(2);

    assertThat(other.feedNotices().postWaiting())
        .as("the first process holds it while its claim lasts")
        .isZero();
    clock.advance(FeedNotices.CLAIM.plusSeconds(1));
    assertThat(other.feedNotices().postWaiting()).isEqualTo(2);
    assertThat(delivery.feedNotices().postWaiting()).isZero();
    assertThat(other.feedNotices().postWaiting()).isZero();
    assertThat(otherPoster.places).containsExactly(NEWS_ROOM, CYCLING);
    assertThat(otherPoster.posts.get(0).title())
        .contains("A feed of this channel's news is failing");
  }

  @Test
  void aNoticeIsPostedByTheProcessThatHoldsTheChannelAndGivenUpWhenTheChannelIsGone() {
    poster.holds = place -> false;
    readWhenDue();
    readWhenDue();
    assertThat(poster.posts).as("this process does not hold the channel's shard").isEmpty();

    RecordingPoster holder = new RecordingPoster(Platform.DISCORD);
    holder.answer = reply -> new Delivery.Failed("The channel was deleted.", true);
    DigestDelivery holding = delivery(holder);
    assertThat(holding.feedNotices().postWaiting()).isZero();
    assertThat(holder.posts).hasSize(2);
    clock.advance(Duration.ofHours(1));
    assertThat(holding.feedNotices().postWaiting()).isZero();
    assertThat(holder.posts).as("a channel that is gone is not tried again").hasSize(2);
  }
}
