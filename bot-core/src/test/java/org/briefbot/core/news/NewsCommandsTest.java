package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BriefCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Requester;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /brief and /feeds through the command router, over stories fetched from loopback and stored in
 * H2.
 */
class NewsCommandsTest {
  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  NewsIngestion news;
  SearchIndex search;
  CommandRouter router;
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Requester member = new Requester("u2", "Bo", Set.of());
  final Place guild = Place.channel(Platform.DISCORD, "G1", "C1");

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    news = newsWith(FetchSettings.defaults().withAllowPrivateAddresses(true));
    search = SearchIndex.inMemory();
    router = routerOver(news, search);
  }

  private NewsIngestion newsWith(FetchSettings settings) {
    return new NewsIngestion(
        database,
        new HttpFetcher(settings, TestNewsSite.RESOLVER),
        new LeadSentencesAnalyzer(NlpPipeline.shared()),
        new MutableClock(Instant.parse("2024-06-01T08:00:00Z")),
        2);
  }

  private static CommandRouter routerOver(NewsIngestion news, SearchIndex search) {
    StoryAnalyzer analyzer = new LeadSentencesAnalyzer(NlpPipeline.shared());
    search.keepInStep(news.stories(), news.ingester(), Runnable::run);
    return new CommandRouter(
        List.of(
            new BriefCommand(
                news.ingester(),
                news.stories(),
                analyzer,
                search,
                Clock.fixed(Instant.parse("2024-06-02T08:00:00Z"), ZoneOffset.UTC)),
            new FeedsCommand(news)),
        List.of());
  }

  @AfterEach
  void tearDown() throws IOException {
    search.close();
    news.close();
    database.close();
    site.close();
  }

  private static List<String> lines(Reply reply) {
    return reply.sections().stream().flatMap(s -> s.text().stream()).toList();
  }

  @Test
  void briefOfALinkAnswersWithTheStoredSummaryAndSources() {
    site.page(
        "ledger.example",
        "/bridge",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));

    Reply reply =
        router.dispatchText(
            "/brief " + site.url("ledger.example", "/bridge?utm_source=chat"), member, guild);

    assertThat(reply.isError()).isFalse();
    assertThat(reply.title()).contains("Old Mill bridge closed");
    assertThat(reply.link()).contains(site.url("ledger.example", "/bridge"));
    assertThat(reply.sections().get(0).bullets())
        .containsExactly(
            TestStories.BRIDGE.get(0), TestStories.BRIDGE.get(1), TestStories.BRIDGE.get(2));
    // The page gives no date: the card says when Briefbot first saw it, not that it was published
    // then.
    assertThat(reply.footer()).contains("Harbor Ledger · first seen 1 Jun 2024");
    assertThat(reply.date()).isEmpty();
    assertThat(news.stories().count()).isEqualTo(1);
  }

  @Test
  void briefOfATopicListsStoredStoriesOnIt() {
    site.page(
        "ledger.example",
        "/bridge",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));
    site.page(
        "ledger.example",
        "/market",
        TestNewsSite.article(
            "Market moves to the square", "Harbor Ledger", null, TestStories.MARKET));
    news.ingester().ingestUrl(site.url("ledger.example", "/bridge"));
    news.ingester().ingestUrl(site.url("ledger.example", "/market"));

    Reply reply = router.dispatchText("/brief bridge", member, guild);

    assertThat(reply.title()).contains("On bridge");
    assertThat(reply.sections().get(0).text()).contains("1 stored story mentions it.");
    Reply.StoryLine line = reply.sections().get(1).stories().get(0);
    assertThat(reply.sections().get(1).stories()).hasSize(1);
    assertThat(line.title()).isEqualTo("Old Mill bridge closed");
    assertThat(line.outlet()).isEqualTo("Harbor Ledger");
    assertThat(line.url()).isEqualTo(site.url("ledger.example", "/bridge"));
    assertThat(line.date()).isEmpty();
    assertThat(line.lead()).startsWith("Engineers closed the Old Mill bridge");
    assertThat(lines(router.dispatchText("/brief volcano", member, guild)))
        .singleElement()
        .asString()
        .startsWith("No stored story mentions \u201Cvolcano\u201D yet.");
  }

  @Test
  void briefOfATopicShowsThePlacesOwnFeedsFirstThenTheRestOfTheStore() {
    site.page(
        "ledger.example",
        "/bridge",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));
    site.page(
        "wire.example",
        "/bridge",
        TestNewsSite.article(
            "Bridge closure: what it means for the market",
            "Wire",
            null,
            List.of(
                "The market will move while the Old Mill bridge is closed, traders said on Wednesday after a meeting.",
                TestStories.MARKET.get(1),
                TestStories.MARKET.get(2),
                TestStories.MARKET.get(3))));
    var wire = news.ingester().ingestUrl(site.url("wire.example", "/bridge")).story();
    var ledger = news.ingester().ingestUrl(site.url("ledger.example", "/bridge")).story();
    var feed =
        news.feeds()
            .add(
                site.url("wire.example", "/rss.xml"),
                new org.briefbot.core.store.FeedOwner("discord", "G1"),
                "u1",
                java.time.Duration.ofHours(1),
                Instant.parse("2024-06-01T08:00:00Z"));
    news.stories()
        .addSource(
            wire.id(),
            new org.briefbot.core.store.StorySource(
                site.url("wire.example", "/bridge"),
                "Wire",
                wire.title(),
                java.util.OptionalLong.of(feed.id())),
            java.util.OptionalLong.empty());

    Reply inGuild = router.dispatchText("/brief old mill bridge", member, guild);
    assertThat(inGuild.sections().get(0).text()).contains("2 stored stories mention it.");
    assertThat(inGuild.sections().get(1).heading()).contains("From this server's feeds");
    assertThat(inGuild.sections().get(1).stories())
        .extracting(Reply.StoryLine::title)
        .containsExactly(wire.title());
    assertThat(inGuild.sections().get(2).heading()).contains("From all stored stories");
    assertThat(inGuild.sections().get(2).stories())
        .extracting(Reply.StoryLine::title)
        .containsExactly(ledger.title());

    Reply elsewhere =
        router.dispatchText(
            "/brief old mill bridge", member, Place.channel(Platform.SLACK, "T9", "C9"));
    assertThat(elsewhere.sections().get(1).heading()).isEmpty();
    // The headline and the word in its body make the ledger's story the more relevant one.
    assertThat(elsewhere.sections().get(1).stories())
        .extracting(Reply.StoryLine::title)
        .containsExactly(ledger.title(), wire.title());
  }

  @Test
  void hostileLinksAndFeedsAreRefusedInOneSentence() {
    try (NewsIngestion guarded = newsWith(FetchSettings.defaults());
        SearchIndex guardedSearch = SearchIndex.inMemory()) {
      CommandRouter guardedRouter = routerOver(guarded, guardedSearch);
      assertThat(
              lines(
                  guardedRouter.dispatchText(
                      "/brief http://169.254.169.254/latest/meta-data/", member, guild)))
          .containsExactly(
              "Briefbot does not fetch private or local addresses (169.254.169.254, a link-local address (where cloud metadata services live)).");
      assertThat(lines(guardedRouter.dispatchText("/brief file:///etc/passwd", member, guild)))
          .containsExactly("Briefbot only fetches http and https links, not file: links.");
      assertThat(
              lines(
                  guardedRouter.dispatchText(
                      "/brief " + site.url("ledger.example", "/x"), member, guild)))
          .containsExactly(
              "Briefbot does not fetch private or local addresses (ledger.example is 127.0.0.1, a loopback address).");
      assertThat(lines(guardedRouter.dispatchText("/feeds add http://10.0.0.1/rss", admin, guild)))
          .containsExactly(
              "Briefbot does not fetch private or local addresses (10.0.0.1, a private network address).");
      assertThat(guarded.feeds().list(new org.briefbot.core.store.FeedOwner("discord", "G1")))
          .isEmpty();
    }
  }

  @Test
  void feedsListShowsAStoppedFeedWithItsReason() {
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("", List.of()));
    router.dispatchText("/feeds add " + site.url("ledger.example", "/rss.xml"), admin, guild);
    site.route("ledger.example", "/rss.xml", request -> new MockResponse().setResponseCode(503));
    var feed = news.feeds().findByUrl(site.url("ledger.example", "/rss.xml")).orElseThrow();
    for (int i = 0; i < FeedPoller.DISABLE_AFTER_FAILURES; i++) {
      news.poller().poll(news.feeds().find(feed.id()).orElseThrow());
    }

    Reply list = router.dispatchText("/feeds list", admin, guild);

    assertThat(list.sections().get(0).bullets())
        .singleElement()
        .asString()
        .isEqualTo(
            site.url("ledger.example", "/rss.xml")
                + ": stopped after 5 failures in a row. ledger.example had a server error (HTTP 503); try again later. Add it again to retry.");
    assertThat(
            lines(
                router.dispatchText(
                    "/feeds list", admin, Place.channel(Platform.SLACK, "T9", "C9"))))
        .containsExactly("This workspace has no feeds yet; add one with /feeds add <url>.");
    assertThat(router.dispatchText("/feeds list", member, guild).isError()).isTrue();
  }

  @Test
  void feedsListSaysWhyAFeedIsFailingAndWhenItWillBeReadAgain() {
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("", List.of()));
    site.route(
        "wire.example",
        "/rss.xml",
        request ->
            new MockResponse()
                .setHeader("Content-Type", "application/rss+xml")
                .setBody(TestNewsSite.rss("Wire", List.of())));
    router.dispatchText("/feeds add " + site.url("ledger.example", "/rss.xml"), admin, guild);
    router.dispatchText("/feeds add " + site.url("wire.example", "/rss.xml"), admin, guild);
    site.route(
        "ledger.example",
        "/rss.xml",
        request -> new MockResponse().setResponseCode(503).setHeader("Retry-After", "7200"));
    news.poller()
        .poll(news.feeds().findByUrl(site.url("ledger.example", "/rss.xml")).orElseThrow());

    assertThat(router.dispatchText("/feeds list", admin, guild).sections().get(0).bullets())
        .extracting(Object::toString)
        .containsExactlyInAnyOrder(
            site.url("ledger.example", "/rss.xml")
                + ": failing (ledger.example had a server error (HTTP 503); it asked to wait 2 hours.);"
                + " next try 1 Jun 10:00 UTC. No stories in the last 7 days.",
            "Wire — "
                + site.url("wire.example", "/rss.xml")
                + ": read 1 Jun 08:00 UTC, next read 1 Jun 08:15 UTC."
                + " No stories in the last 7 days.");
  }

  @Test
  void aStoryGivenAsTextIsStoredOnceThroughTheSamePath() {
    String text =
        "Old Mill bridge closed\n\nJun 4, 2024\n\n" + String.join("\n\n", TestStories.BRIDGE);
    Ingested first = news.ingester().ingestText("sample/bridge", text);
    Ingested again = news.ingester().ingestText("sample/bridge", text);

    assertThat(first.outcome()).isEqualTo(Ingested.Outcome.STORED);
    assertThat(again.outcome()).isEqualTo(Ingested.Outcome.ALREADY_STORED);
    assertThat(first.story().title()).isEqualTo("Old Mill bridge closed");
    assertThat(first.story().url()).isEqualTo("briefbot:sample/bridge");
    assertThat(first.story().publishedAt()).contains(Instant.parse("2024-06-04T00:00:00Z"));
    assertThat(
            router
                .dispatchText("/brief Old Mill bridge", member, guild)
                .sections()
                .get(1)
                .stories())
        .hasSize(1);
  }
}
