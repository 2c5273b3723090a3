package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.DigestCommand;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.OverviewCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Requester;
import org.briefbot.core.digest.DigestFixtures.RecordingPoster;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /overview} (and Slack's App Home): what a viewer sees, and what its buttons do. */
class OverviewCommandTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Requester ADMIN =
      new Requester("u1", "Ada", Set.of(Permission.MANAGE_FEEDS));
  private static final Requester MEMBER = new Requester("u2", "Bo", Set.of());
  private static final Place SPORTS = Place.channel(Platform.DISCORD, "guild-1", "sports-desk");
  private static final Place ELSEWHERE = Place.channel(Platform.DISCORD, "guild-2", "their-news");

  Database database;
  MutableClock clock;
  CommandRouter router;
  DigestStore digests;
  NewsIngestion news;

  @BeforeEach
  void open() {
    database =
        Database.open(
            "jdbc:h2:mem:overview" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
    clock = new MutableClock(Instant.parse("2026-06-01T05:00:00Z"));
    FeedStore feeds = new FeedStore(database);
    digests = new DigestStore(database);
    news = DigestFixtures.newsReadingNoStory(database, clock);
    DigestDelivery delivery =
        new DigestDelivery(
            digests,
            new StoryStore(database),
            feeds,
            List.of(new RecordingPoster(Platform.DISCORD)),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    DigestCommand digest = new DigestCommand(delivery, feeds);
    FeedsCommand feedsCommand = new FeedsCommand(news);
    router =
        new CommandRouter(
            List.of(digest, feedsCommand, new OverviewCommand(digest, feedsCommand)), List.of());
  }

  @AfterEach
  void close() {
    news.close();
    database.close();
  }

  @Test
  void aPlaceWithNothingSetUpSaysHowToStart() {
    String shown = text(overview(MEMBER));

    assertThat(shown).contains("Nothing is set up in this server yet", "/feeds add <url>");
  }

  @Test
  void itShowsThisPlacesDigestsAndFeedsWithButtonsForWhatTheViewerMayDo() {
    Feed feed =
        DigestFixtures.feed(
            news.feeds(), DigestFixtures.CHANNEL, "https://ledger.example/rss", clock.instant());
    for (int i = 0; i < 14; i++) {
      DigestFixtures.story(news.stories(), feed, "Ferry timetable " + i, clock.instant());
    }
    news.feeds()
        .recordNotModified(
            feed.id(), clock.instant(), clock.instant().plus(java.time.Duration.ofMinutes(15)));
    DigestFixtures.subscribe(
        digests, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    DigestFixtures.subscribe(
        digests, SPORTS, DigestFixtures.daily("18:30", "Europe/Berlin"), clock.instant());
    DigestFixtures.subscribe(
        digests, ELSEWHERE, DigestFixtures.daily("07:00", "UTC"), clock.instant());

    Reply forMember = overview(MEMBER);
    assertThat(text(forMember))
        .contains("This channel", "08:00 UTC, daily", "Channel sports-desk", "18:30 Europe/Berlin")
        .contains("Feeds", "https://ledger.example/rss: read 1 Jun 05:00 UTC")
        .contains("About 2 stories a day")
        .doesNotContain("their-news", "07:00");
    assertThat(labels(forMember))
        .containsExactly("Preview this channel's digest", "Preview digest of sports-desk");

    assertThat(labels(overview(ADMIN)))
        .containsExactly(
            "Pause this channel's digest",
            "Preview this channel's digest",
            "Pause digest of sports-desk",
            "Preview digest of sports-desk");
  }

  @Test
  void aManagersPauseButtonPausesThatDigestAndTheOverviewOffersResumeInItsPlace() {
    DigestFixtures.subscribe(
        digests, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    DigestFixtures.subscribe(
        digests, SPORTS, DigestFixtures.daily("18:30", "UTC"), clock.instant());

    Reply after = click(ADMIN, overview(ADMIN), "Pause digest of sports-desk");

    assertThat(text(after))
        .startsWith("Briefbot in this server")
        .contains("Paused the digest of channel sports-desk", "Paused; /digest resume");
    assertThat(labels(after))
        .contains("Resume digest of sports-desk", "Pause this channel's digest");
    assertThat(digests.find(SPORTS).orElseThrow().isPaused()).isTrue();
    assertThat(digests.find(DigestFixtures.CHANNEL).orElseThrow().isPaused()).isFalse();

    Reply resumed = click(ADMIN, after, "Resume digest of sports-desk");
    assertThat(text(resumed)).contains("Resumed the digest of channel sports-desk");
    assertThat(digests.find(SPORTS).orElseThrow().isPaused()).isFalse();
  }

  @Test
  void aPauseAMemberForgesIsRefusedAndOneForAnotherServersChannelFindsNoDigest() {
    DigestFixtures.subscribe(
        digests, DigestFixtures.CHANNEL, DigestFixtures.daily("08:00", "UTC"), clock.instant());
    DigestFixtures.subscribe(
        digests, ELSEWHERE, DigestFixtures.daily("07:00", "UTC"), clock.instant());
    String pauseHere = "bb1|r|overview|do=pause|channel=news-room";
    String pauseTheirs = "bb1|r|overview|do=pause|channel=their-news";

    assertThat(text(router.dispatchAction(pauseHere, MEMBER, DigestFixtures.CHANNEL)))
        .contains("Only people");
    assertThat(text(router.dispatchAction(pauseTheirs, ADMIN, DigestFixtures.CHANNEL)))
        .contains("That digest is no longer set up here");

    assertThat(digests.find(DigestFixtures.CHANNEL).orElseThrow().isPaused()).isFalse();
    assertThat(digests.find(ELSEWHERE).orElseThrow().isPaused()).isFalse();
  }

  @Test
  void aPreviewButtonShowsWhatTheDigestWouldHoldAboveTheOverview() {
    DigestFixtures.subscribe(
        digests, SPORTS, DigestFixtures.daily("18:30", "UTC"), clock.instant());

    Reply after = click(MEMBER, overview(MEMBER), "Preview digest of sports-desk");

    assertThat(text(after)).contains("Preview: Digest", "Channel sports-desk");
  }

  private Reply overview(Requester who) {
    return router.dispatchText("/overview", who, DigestFixtures.CHANNEL);
  }

  private Reply click(Requester who, Reply on, String label) {
    String id =
        on.actions().stream()
            .filter(action -> action.label().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button " + label + " in " + labels(on)))
            .call()
            .id();
    return router.dispatchAction(id, who, DigestFixtures.CHANNEL);
  }

  private static List<String> labels(Reply reply) {
    return reply.actions().stream().map(Action::label).toList();
  }

  /** Everything the reply says, in order: title, headings, text, bullets and fields. */
  private static String text(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title().orElse(""));
    for (Reply.Section section : reply.sections()) {
      section.heading().ifPresent(h -> out.append('\n').append(h));
      section.text().ifPresent(t -> out.append('\n').append(t));
      out.append(section.bullets().stream().map(b -> "\n" + b).collect(Collectors.joining()));
      section
          .fields()
          .forEach(
              f ->
                  out.append('\n')
                      .append(f.name())
                      .append(": ")
                      .append(f.shown(Moment::plain, t -> t)));
    }
    return out.toString();
  }
}
