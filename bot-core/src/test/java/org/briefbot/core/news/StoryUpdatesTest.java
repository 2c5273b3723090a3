package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BriefCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.DigestCommand;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.QuotesByCommand;
import org.briefbot.core.command.Requester;
import org.briefbot.core.command.WhoSaidCommand;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.StoryUpdates;
import org.briefbot.core.summary.Summarizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updates, not duplicates: a stored story whose page changes — a new headline, new or removed
 * paragraphs — is stored again in place, {@code /brief <url>} says when it was updated and what
 * changed, the indexes find its new words and no longer its removed ones, and a digest that posted
 * it tells it once as "updated"; a feed that dates its old items again makes no new story and no
 * second post. On a news site on loopback that answers with ETags and 304s.
 */
class StoryUpdatesTest {
  private static final String OLD_HEADLINE = "Ferry timetable cut for the winter";
  private static final String NEW_HEADLINE = "Ferry timetable cut for the winter, then restored";

  private static final List<String> FIRST =
      List.of(
          "The island ferry will run four crossings a day instead of six from November, the operator said on Monday after a review of its winter traffic.",
          "\u201CWe cannot sail empty boats through the winter and keep our fares where they are,\u201D said Marta Kellin, the operator's director of services.",
          "Residents of the island said the cut would make it harder to reach the hospital on the mainland for early appointments.",
          "A petition against the change has gathered about nine hundred signatures since Friday, the parish council said.");

  /** The same story a day later: one paragraph rewritten, one added, one quote added. */
  private static final List<String> SECOND =
      List.of(
          "The island ferry will run four crossings a day instead of six from November, the operator said on Monday after a review of its winter traffic.",
          "\u201CWe cannot sail empty boats through the winter and keep our fares where they are,\u201D said Marta Kellin, the operator's director of services.",
          "Residents of the island said the cut would make it harder to reach the hospital on the mainland for early appointments.",
          "On Wednesday the operator restored the first morning crossing after the health board agreed to pay for the hospital's staff to travel on it.",
          "\u201CThe early boat stays, and patients will not have to sleep on the mainland the night before,\u201D said Oskar Brenne, who chairs the parish council.");

  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  NewsIngestion news;
  SearchIndex search;
  DigestDelivery digests;
  CommandRouter router;
  final MutableClock clock = new MutableClock(Instant.parse("2024-06-03T08:00:00Z"));
  final List<Reply> posted = new CopyOnWriteArrayList<>();
  final List<String> conditionalAsks = new CopyOnWriteArrayList<>();
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Place channel = Place.channel(Platform.DISCORD, "G1", "C1");

  /** The page as the site serves it now, and its ETag. */
  final AtomicReference<String[]> ferryPage = new AtomicReference<>();

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    StoryAnalyzer analyzer = new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 2);
    news =
        new NewsIngestion(
            database,
            new HttpFetcher(
                FetchSettings.defaults().withAllowPrivateAddresses(true), TestNewsSite.RESOLVER),
            analyzer,
            clock,
            2);
    search = SearchIndex.inMemory();
    search.keepInStep(news.stories(), news.ingester(), Runnable::run);
    ChannelPoster poster =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            posted.add(reply);
            return new Delivery.Posted("m" + posted.size());
          }
        };
    digests =
        new DigestDelivery(
            new DigestStore(database),
            news.stories(),
            news.feeds(),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    router =
        new CommandRouter(
            List.of(
                new BriefCommand(news.ingester(), news.stories(), analyzer, search, clock),
                new WhoSaidCommand(search),
                new QuotesByCommand(search),
                new FeedsCommand(news),
                new DigestCommand(digests, news.feeds())),
            List.of());
    serve(OLD_HEADLINE, FIRST, "\"v1\"");
    site.route(
        "gazette.example",
        "/ferry",
        request -> {
          String[] page = ferryPage.get();
          String asked = request.getHeader("If-None-Match");
          if (asked != null) {
            conditionalAsks.add(asked);
          }
          if (page[1].equals(asked)) {
            return new MockResponse().setResponseCode(304).setHeader("ETag", page[1]);
          }
          return new MockResponse()
              .setHeader("Content-Type", "text/html; charset=utf-8")
              .setHeader("ETag", page[1])
              .setBody(page[0]);
        });
  }

  @AfterEach
  void tearDown() throws IOException {
    search.close();
    news.close();
    database.close();
    site.close();
  }

  @Test
  void aPageThatChangesIsBriefedAsUpdatedWithItsNewSentencesFirstAndStaysOneStory() {
    Reply first = typed("/brief " + ferryUrl());
    assertThat(first.title()).contains(OLD_HEADLINE);
    assertThat(text(first)).doesNotContain("What changed", "Updated");

    // Read a moment ago: taken as it is, not fetched again.
    clock.advance(Duration.ofMinutes(10));
    typed("/brief " + ferryUrl());
    assertThat(site.hits("gazette.example", "/ferry")).isEqualTo(1);

    // Past the re-read time and unchanged: asked politely, answered 304, nothing changed.
    clock.advance(Duration.ofMinutes(25));
    assertThat(text(typed("/brief " + ferryUrl()))).doesNotContain("What changed");
    assertThat(conditionalAsks).containsExactly("\"v1\"");

    serve(NEW_HEADLINE, SECOND, "\"v2\"");
    clock.advance(Duration.ofMinutes(31));
    Instant updatedAt = clock.instant();
    Reply updated = typed("/brief " + ferryUrl());

    assertThat(updated.isError()).isFalse();
    assertThat(updated.title()).contains(NEW_HEADLINE);
    Reply.Section change = updated.sections().get(0);
    assertThat(change.heading()).contains("What changed");
    assertThat(change.fields()).hasSize(1);
    assertThat(change.fields().get(0).name()).isEqualTo("Updated");
    assertThat(change.fields().get(0).time().orElseThrow().instant()).isEqualTo(updatedAt);
    assertThat(change.fields().get(0).text()).isEqualTo("2 new sentences, 1 removed, new headline");
    assertThat(change.bullets())
        .containsExactly(SECOND.get(3), SECOND.get(4))
        .as("the new sentences come first, before the summary");
    assertThat(text(updated))
        .contains(
            "Headline was \u201C" + OLD_HEADLINE + "\u201D.",
            "No longer in the story: \u201C" + FIRST.get(3) + "\u201D");
    assertThat(news.stories().count()).isEqualTo(1);
  }

  @Test
  void theIndexesFindTheNewWordsAndQuotesOfAnUpdatedStoryAndNoLongerTheRemovedOnes() {
    typed("/brief " + ferryUrl());
    assertThat(text(typed("/brief petition"))).contains(OLD_HEADLINE);
    assertThat(typed("/brief health board").isError()).isTrue();

    serve(NEW_HEADLINE, SECOND, "\"v2\"");
    clock.advance(Duration.ofHours(1));
    typed("/brief " + ferryUrl());

    assertThat(text(typed("/brief health board"))).contains(NEW_HEADLINE);
    assertThat(text(typed("/brief petition"))).contains("No stored story mentions");
    assertThat(text(typed("/whosaid patients will not have to sleep on the mainland")))
        .contains("Oskar Brenne");
    assertThat(text(typed("/quotes Oskar Brenne"))).contains("The early boat stays");
  }

  @Test
  void anUpdateAnotherProcessStoredIsIndexedAtTheNextCatchUp() {
    typed("/brief " + ferryUrl());
    serve(NEW_HEADLINE, SECOND, "\"v2\"");
    try (NewsIngestion other =
        new NewsIngestion(
            database,
            new HttpFetcher(
                FetchSettings.defaults().withAllowPrivateAddresses(true), TestNewsSite.RESOLVER),
            new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 2),
            clock,
            1)) {
      other.ingester().recheckLinksAfter(Duration.ZERO);
      assertThat(other.ingester().ingestUrl(ferryUrl()).outcome())
          .isEqualTo(Ingested.Outcome.UPDATED);
    }
    assertThat(text(typed("/brief petition"))).contains(OLD_HEADLINE);

    assertThat(search.catchUp()).isTrue();

    assertThat(text(typed("/brief health board"))).contains(NEW_HEADLINE);
    assertThat(text(typed("/brief petition"))).contains("No stored story mentions");
  }

  @Test
  void aPageThatChangesOnlyInSpacingAndWhatIsAroundTheStoryIsNoUpdate() {
    typed("/brief " + ferryUrl());
    String respaced =
        TestNewsSite.article(OLD_HEADLINE, "Island Gazette", null, FIRST)
            .replace("<p>", "<p>\n   ")
            .replace(". ", ".  ")
            .replace("<a href=\"/news\">News</a>", "<a href=\"/weather\">Weather</a>");
    ferryPage.set(new String[] {respaced, "\"v1b\""});
    clock.advance(Duration.ofHours(1));

    Reply again = typed("/brief " + ferryUrl());

    assertThat(site.hits("gazette.example", "/ferry")).isEqualTo(2);
    assertThat(text(again)).doesNotContain("What changed", "Updated");
    assertThat(news.stories().updates().since(Instant.EPOCH, 10)).isEmpty();
  }

  @Test
  void aFeedThatDatesItsItemsAgainMakesNoNewStoryAndNoSecondPost() {
    AtomicReference<String> date = new AtomicReference<>("Mon, 03 Jun 2024 07:00:00 GMT");
    site.route(
        "gazette.example",
        "/rss.xml",
        request ->
            new MockResponse()
                .setHeader("Content-Type", "application/rss+xml")
                .setBody(feed(OLD_HEADLINE, "The winter timetable.", date.get())));
    assertThat(text(typed("/feeds add " + feedUrl()))).contains("1 stored now");
    typed("/digest subscribe 18:00 UTC");
    clock.set(Instant.parse("2024-06-03T18:00:05Z"));
    assertThat(digests.runDue()).isEqualTo(1);
    assertThat(posted).hasSize(1);
    assertThat(text(posted.get(0))).contains(OLD_HEADLINE);

    // The next morning the feed lists the same item dated again; the page has not changed.
    date.set("Tue, 04 Jun 2024 06:00:00 GMT");
    clock.set(Instant.parse("2024-06-04T08:00:00Z"));
    NewsIngestion.FeedRun run = news.pollAndIngest(feed());

    assertThat(run.poll().newItems()).isZero();
    assertThat(run.items()).hasSize(1);
    assertThat(run.items().get(0).ingested().orElseThrow().outcome())
        .isEqualTo(Ingested.Outcome.ALREADY_STORED);
    assertThat(conditionalAsks).as("the page was asked for politely").containsExactly("\"v1\"");
    assertThat(news.stories().count()).isEqualTo(1);
    assertThat(news.stories().updates().since(Instant.EPOCH, 10)).isEmpty();

    clock.set(Instant.parse("2024-06-04T18:00:05Z"));
    digests.runDue();
    assertThat(posted).as("no second post of the story").hasSize(1);
  }

  @Test
  void aDigestAfterAnUpdateTellsTheStoryOnceAsUpdatedAndNeverAsNew() {
    AtomicReference<String[]> item =
        new AtomicReference<>(new String[] {OLD_HEADLINE, "The winter timetable."});
    site.route(
        "gazette.example",
        "/rss.xml",
        request ->
            new MockResponse()
                .setHeader("Content-Type", "application/rss+xml")
                .setBody(feed(item.get()[0], item.get()[1], "Mon, 03 Jun 2024 07:00:00 GMT")));
    typed("/feeds add " + feedUrl());
    typed("/digest subscribe 18:00 UTC");
    clock.set(Instant.parse("2024-06-03T18:00:05Z"));
    digests.runDue();
    assertThat(posted).hasSize(1);

    // The outlet rewrites the story and its feed item.
    serve(NEW_HEADLINE, SECOND, "\"v2\"");
    item.set(new String[] {NEW_HEADLINE, "The early boat stays."});
    clock.set(Instant.parse("2024-06-04T09:00:00Z"));
    NewsIngestion.FeedRun run = news.pollAndIngest(feed());
    assertThat(run.items().get(0).ingested().orElseThrow().outcome())
        .isEqualTo(Ingested.Outcome.UPDATED);
    assertThat(news.stories().count()).isEqualTo(1);

    assertThat(text(typed("/digest preview")))
        .contains(
            "\u201C"
                + NEW_HEADLINE
                + "\u201D \u2014 posted as updated: it changed after it was in \u201CDigest \u2014 Mon"
                + " 3 Jun\u201D");

    clock.set(Instant.parse("2024-06-04T18:00:05Z"));
    assertThat(digests.runDue()).isEqualTo(1);
    assertThat(posted).hasSize(2);
    Reply second = posted.get(1);
    List<String> headings = second.sections().stream().flatMap(s -> s.heading().stream()).toList();
    assertThat(headings).containsExactly("Updated: " + NEW_HEADLINE);
    assertThat(text(second))
        .contains(
            "Updated since it was posted: 2 new sentences, 1 removed, new headline.",
            SECOND.get(3));

    assertThat(text(typed("/digest preview")))
        .contains("\u201D \u2014 not posted again: already in \u201CDigest \u2014 Mon 3 Jun\u201D")
        .doesNotContain("posted as updated");
    clock.set(Instant.parse("2024-06-05T18:00:05Z"));
    digests.runDue();
    assertThat(posted).as("the update is told once").hasSize(2);
  }

  @Test
  void updatesStoredSinceATimeAreWhatAnAlertAsksFor() {
    typed("/brief " + ferryUrl());
    long storyId = news.stories().latest(1).get(0).id();
    Instant before = clock.instant();
    serve(NEW_HEADLINE, SECOND, "\"v2\"");
    clock.advance(Duration.ofHours(1));
    typed("/brief " + ferryUrl());

    List<StoryUpdates.StoryUpdate> since = news.stories().updates().since(before, 10);

    assertThat(since).hasSize(1);
    assertThat(since.get(0).storyId()).isEqualTo(storyId);
    assertThat(since.get(0).updatedAt()).isEqualTo(clock.instant());
    assertThat(since.get(0).change().oldTitle()).contains(OLD_HEADLINE);
    assertThat(since.get(0).change().added()).containsExactly(SECOND.get(3), SECOND.get(4));
    assertThat(news.stories().updates().since(clock.instant().plusSeconds(1), 10)).isEmpty();
  }

  @Test
  void theLineOfAFeedReadAgainCountsTheUpdatedStoriesApartFromTheNewOnes() {
    AtomicReference<String> title = new AtomicReference<>(OLD_HEADLINE);
    site.route(
        "gazette.example",
        "/rss.xml",
        request ->
            new MockResponse()
                .setHeader("Content-Type", "application/rss+xml")
                .setBody(feed(title.get(), "d", "Mon, 03 Jun 2024 07:00:00 GMT")));
    assertThat(text(typed("/feeds add " + feedUrl())))
        .contains("1 story listed; of the newest 1, 1 stored now");

    serve(NEW_HEADLINE, SECOND, "\"v2\"");
    title.set(NEW_HEADLINE);
    clock.advance(Duration.ofHours(2));
    NewsIngestion.FeedAdded again =
        news.addAndRead(feedUrl(), FeedOwner.CONSOLE, "console", Integer.MAX_VALUE);

    assertThat(org.briefbot.core.command.FeedAddedText.of(again))
        .contains("of the newest 1, 0 stored now, 1 updated (stored before; their pages changed)")
        .doesNotContain("already stored");
  }

  // ---------------------------------------------------------------------------------------------

  private void serve(String headline, List<String> paragraphs, String etag) {
    ferryPage.set(
        new String[] {TestNewsSite.article(headline, "Island Gazette", null, paragraphs), etag});
  }

  private String ferryUrl() {
    return site.url("gazette.example", "/ferry");
  }

  private String feedUrl() {
    return site.url("gazette.example", "/rss.xml");
  }

  private Feed feed() {
    return news.feeds().list(channel.feedOwner()).get(0);
  }

  private String feed(String title, String description, String date) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Island Gazette</title><link>https://gazette.example/</link>"
        + "<description>Island news</description><item><title>"
        + title
        + "</title><link>"
        + ferryUrl()
        + "</link><guid isPermaLink=\"false\">ferry-1</guid><description>"
        + description
        + "</description><pubDate>"
        + date
        + "</pubDate></item></channel></rss>";
  }

  private Reply typed(String line) {
    return router.dispatchText(line, admin, channel);
  }

  private static String text(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title().orElse(""));
    for (Reply.Section section : reply.sections()) {
      section.heading().ifPresent(h -> out.append('\n').append(h));
      for (Reply.Block block : section.blocks()) {
        if (block instanceof Reply.Paragraph paragraph) {
          out.append('\n').append(paragraph.text());
        } else if (block instanceof Reply.Bullets bullets) {
          bullets.items().forEach(b -> out.append('\n').append(b));
        } else if (block instanceof Reply.Fields fields) {
          fields
              .fields()
              .forEach(f -> out.append('\n').append(f.name()).append(' ').append(f.text()));
        } else if (block instanceof Reply.Quotes quotes) {
          quotes
              .quotes()
              .forEach(
                  q -> out.append('\n').append(q.quote()).append(" — ").append(q.attribution()));
        } else if (block instanceof Reply.Stories stories) {
          stories.stories().forEach(s -> out.append('\n').append(s.title()));
        }
      }
    }
    return out.toString().strip();
  }
}
