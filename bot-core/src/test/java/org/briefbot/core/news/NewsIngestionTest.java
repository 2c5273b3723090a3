package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.briefbot.core.news.FeedItemWorker.ItemResult;
import org.briefbot.core.news.FeedPoller.PollResult;
import org.briefbot.core.news.FeedPoller.Status;
import org.briefbot.core.news.Ingested.Outcome;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedItem;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.StoredStory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds and pages served from loopback, stored in H2: what ends up stored, once, and what is
 * refused.
 */
class NewsIngestionTest {
  static final Instant START = Instant.parse("2024-06-01T08:00:00Z");

  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  MutableClock clock;
  NewsIngestion news;

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    clock = new MutableClock(START);
    news = ingestion(FetchSettings.defaults().withAllowPrivateAddresses(true));
  }

  private NewsIngestion ingestion(FetchSettings settings) {
    return new NewsIngestion(
        database,
        new HttpFetcher(settings, TestNewsSite.RESOLVER),
        new LeadSentencesAnalyzer(NlpPipeline.shared()),
        clock,
        2);
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  @Test
  void theSameWireStoryFromTwoFeedsIsStoredOnceWithTwoSourcesAndTwoFeeds() {
    String ledgerBridge = site.url("ledger.example", "/local/bridge-closed");
    String wireBridge = site.url("wire.example", "/2024/06/old-mill-bridge");
    String ledgerMarket = site.url("ledger.example", "/local/market-moves");
    site.page(
        "ledger.example",
        "/local/bridge-closed",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));
    // The wire's copy: another headline, another outlet, the same text.
    site.page(
        "wire.example",
        "/2024/06/old-mill-bridge",
        TestNewsSite.article(
            "Cracks shut river bridge for six weeks", "Wire Service", null, TestStories.BRIDGE));
    site.page(
        "ledger.example",
        "/local/market-moves",
        TestNewsSite.article(
            "Market moves to the square", "Harbor Ledger", null, TestStories.MARKET));
    site.feed(
        "ledger.example",
        "/rss.xml",
        TestNewsSite.rss(
            "Ledger",
            List.of(
                new String[] {"Old Mill bridge closed", ledgerBridge, "ledger-1"},
                new String[] {"Market moves to the square", ledgerMarket, "ledger-2"})));
    site.feed(
        "wire.example",
        "/feed",
        TestNewsSite.rss(
            "Wire",
            List.of(
                new String[] {
                  "Cracks shut river bridge",
                  wireBridge + "?utm_source=rss&utm_medium=feed",
                  "wire-77"
                },
                // The ledger's market story, linked with tracking parameters from the wire's feed.
                new String[] {
                  "Market moves", ledgerMarket + "?fbclid=abc123&gclid=xyz", "wire-78"
                })));

    Feed ledger = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");
    Feed wire =
        news.addFeed(site.url("wire.example", "/feed"), new FeedOwner("discord", "42"), "test");
    NewsIngestion.FeedRun first = news.pollAndIngest(ledger);
    NewsIngestion.FeedRun second = news.pollAndIngest(wire);

    assertThat(first.poll().newItems()).isEqualTo(2);
    assertThat(first.items())
        .extracting(r -> r.ingested().orElseThrow().outcome())
        .containsOnly(Outcome.STORED);
    assertThat(second.items())
        .extracting(r -> r.ingested().orElseThrow().outcome())
        .containsExactlyInAnyOrder(Outcome.MERGED, Outcome.ALREADY_STORED);
    assertThat(news.stories().count()).isEqualTo(2);

    StoredStory bridge =
        news.stories()
            .findByUrl(CanonicalUrls.canonicalize(wireBridge).orElseThrow())
            .orElseThrow();
    assertThat(bridge.title()).isEqualTo("Old Mill bridge closed");
    assertThat(news.stories().sourceUrls(bridge.id())).containsExactly(ledgerBridge, wireBridge);
    assertThat(news.stories().feedIds(bridge.id())).containsExactly(ledger.id(), wire.id());
    StoredStory market = news.stories().findByUrl(ledgerMarket).orElseThrow();
    assertThat(news.stories().feedIds(market.id())).containsExactly(ledger.id(), wire.id());
    // The market page was fetched once: its second link was recognised by its canonical address.
    assertThat(site.hits("ledger.example", "/local/market-moves")).isEqualTo(1);
    assertThat(news.queue().counts().get(FeedItem.State.DONE)).isEqualTo(4);
  }

  @Test
  void theSameStoryInOtherTypographyAndCaseIsStoredOnceAndAnotherStoryIsNot() {
    // The ledger prints straight quotes and hyphens; the wire curly quotes, dashes, no-break spaces
    // and a shouted lead.
    List<String> wire =
        List.of(
            TestStories.BRIDGE.get(0).toUpperCase(java.util.Locale.ROOT),
            TestStories.BRIDGE.get(1),
            TestStories.BRIDGE
                .get(2)
                .replaceFirst("\"", "\u201C")
                .replaceFirst("\"", "\u201D")
                .replace(" a day", "\u00A0a\u00A0day"),
            TestStories.BRIDGE.get(3).replace(", which adds", " \u2014 which adds"),
            TestStories.BRIDGE.get(4).replace("east side", "east-side"));
    List<String> ledgerText =
        List.of(
            TestStories.BRIDGE.get(0),
            TestStories.BRIDGE.get(1),
            TestStories.BRIDGE.get(2),
            TestStories.BRIDGE.get(3).replace(", which adds", " - which adds"),
            TestStories.BRIDGE.get(4));
    List<String> update =
        List.of(
            TestStories.BRIDGE.get(0),
            TestStories.BRIDGE.get(1),
            TestStories.BRIDGE.get(2),
            TestStories.BRIDGE.get(3),
            TestStories.BRIDGE.get(4).replace("busiest weeks", "quietest weeks"));
    site.page(
        "ledger.example",
        "/bridge",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, ledgerText));
    site.page(
        "wire.example",
        "/bridge",
        TestNewsSite.article("Cracks shut river bridge", "Wire Service", null, wire));
    site.page(
        "post.example",
        "/bridge",
        TestNewsSite.article("Bridge shut for weeks", "Valley Post", null, update));

    Ingested ledger = news.ingester().ingestUrl(site.url("ledger.example", "/bridge"));
    Ingested copy = news.ingester().ingestUrl(site.url("wire.example", "/bridge"));
    Ingested other = news.ingester().ingestUrl(site.url("post.example", "/bridge"));

    assertThat(ledger.outcome()).isEqualTo(Outcome.STORED);
    assertThat(copy.outcome()).isEqualTo(Outcome.MERGED);
    assertThat(copy.story().id()).isEqualTo(ledger.story().id());
    assertThat(news.stories().sourceUrls(ledger.story().id()))
        .containsExactly(
            site.url("ledger.example", "/bridge"), site.url("wire.example", "/bridge"));
    // One word changed is another story.
    assertThat(other.outcome()).isEqualTo(Outcome.STORED);
    assertThat(news.stories().count()).isEqualTo(2);
  }

  @Test
  void aStoredStoryHasItsTextSentencesAndInterimLeadSummary() {
    String url = site.url("ledger.example", "/culture/orchestra-tour?utm_campaign=share");
    site.page(
        "ledger.example",
        "/culture/orchestra-tour",
        TestNewsSite.article(
            "Youth orchestra to tour abroad", "Harbor Ledger", null, TestStories.ORCHESTRA));

    Ingested ingested = news.ingester().ingestUrl(url);

    StoredStory story = ingested.story();
    assertThat(ingested.outcome()).isEqualTo(Outcome.STORED);
    assertThat(story.canonicalUrl())
        .isEqualTo(site.url("ledger.example", "/culture/orchestra-tour"));
    assertThat(story.title()).isEqualTo("Youth orchestra to tour abroad");
    assertThat(story.outlet()).isEqualTo("Harbor Ledger");
    assertThat(story.text())
        .startsWith("Youth orchestra to tour abroad\n\nThe city youth orchestra will tour");
    assertThat(story.summarySentences())
        .containsExactly(
            TestStories.ORCHESTRA.get(0),
            TestStories.ORCHESTRA.get(1),
            TestStories.ORCHESTRA.get(2));
    assertThat(news.stories().sentences(story.id())).hasSize(5);
    assertThat(story.fetchedAt()).isEqualTo(START);

    assertThat(news.ingester().ingestUrl(url).outcome()).isEqualTo(Outcome.ALREADY_STORED);
    assertThat(site.hits("ledger.example", "/culture/orchestra-tour")).isEqualTo(1);
  }

  @Test
  void aFeedThatBringsSeveralNewItemsAReadIsReadMoreOftenAndItsFirstReadTeachesNothing() {
    List<String[]> items = new java.util.ArrayList<>();
    items.add(new String[] {"One", site.url("ledger.example", "/one"), "g1"});
    site.route(
        "ledger.example",
        "/rss.xml",
        request ->
            new MockResponse()
                .setHeader("Content-Type", "application/rss+xml")
                .setBody(TestNewsSite.rss("Ledger", List.copyOf(items))));
    Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");

    PollResult first = news.poller().poll(feed);
    assertThat(first.status()).isEqualTo(Status.NEW_ITEMS);
    assertThat(first.feed().pollInterval()).isEqualTo(Duration.ofMinutes(15));

    items.add(new String[] {"Two", site.url("ledger.example", "/two"), "g2"});
    items.add(new String[] {"Three", site.url("ledger.example", "/three"), "g3"});
    clock.advance(Duration.ofMinutes(15));
    PollResult second = news.poller().pollDue(10).get(0);

    assertThat(second.status()).isEqualTo(Status.NEW_ITEMS);
    assertThat(second.feed().pollInterval()).isEqualTo(Duration.ofSeconds(450));
    assertThat(second.feed().nextPollAt()).isEqualTo(clock.instant().plus(Duration.ofSeconds(450)));
  }

  @Test
  void aSecondPollSendsTheValidatorsAndAnUnchangedFeedCostsNothing() {
    String feedXml = TestNewsSite.rss("Ledger", List.of());
    site.route(
        "ledger.example",
        "/rss.xml",
        request ->
            "\"v7\"".equals(request.getHeader("If-None-Match"))
                ? new MockResponse().setResponseCode(304)
                : new MockResponse()
                    .setHeader("Content-Type", "application/rss+xml")
                    .setHeader("ETag", "\"v7\"")
                    .setHeader("Last-Modified", "Sat, 01 Jun 2024 07:00:00 GMT")
                    .setBody(feedXml));
    Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");

    assertThat(news.poller().poll(feed).status()).isEqualTo(Status.NOTHING_NEW);
    clock.advance(Duration.ofMinutes(15));
    List<PollResult> second = news.poller().pollDue(10);

    assertThat(second)
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.status()).isEqualTo(Status.NOT_MODIFIED);
              assertThat(result.feed().etag()).contains("\"v7\"");
              // Unchanged since the last read: read half as long again later (PollRhythm).
              assertThat(result.feed().pollInterval()).isEqualTo(Duration.ofSeconds(1350));
              assertThat(result.feed().nextPollAt())
                  .isEqualTo(START.plus(Duration.ofMinutes(15)).plus(Duration.ofSeconds(1350)));
            });
  }

  private Instant nextReadAfterOnePoll(
      java.util.function.Function<okhttp3.mockwebserver.RecordedRequest, MockResponse> answer) {
    site.route("ledger.example", "/rss.xml", answer);
    Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");
    return news.poller().poll(feed).feed().nextPollAt();
  }

  private static MockResponse rssWithTtl(String ttlMinutes) {
    String xml =
        TestNewsSite.rss("Ledger", List.of())
            .replace(
                "<description>d</description>",
                "<description>d</description>"
                    + (ttlMinutes == null ? "" : "<ttl>" + ttlMinutes + "</ttl>"));
    return new MockResponse().setHeader("Content-Type", "application/rss+xml").setBody(xml);
  }

  @Test
  void aFeedsTtlPutsOffItsNextReadButNeverPastADay() {
    assertThat(nextReadAfterOnePoll(request -> rssWithTtl("120")))
        .isEqualTo(START.plus(Duration.ofMinutes(120)));
  }

  @Test
  void aTtlOfWeeksIsHeldToADay() {
    assertThat(nextReadAfterOnePoll(request -> rssWithTtl("40000")))
        .isEqualTo(START.plus(FeedPoller.MAX_HINTED_WAIT));
  }

  @Test
  void aMaxAgeLongerThanTheIntervalPutsOffTheNextReadAndAShorterOneDoesNotHurry() {
    assertThat(
            nextReadAfterOnePoll(
                request -> rssWithTtl(null).setHeader("Cache-Control", "public, max-age=3600")))
        .isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(
            FeedPoller.nextWait(
                NewsIngestion.DEFAULT_POLL_INTERVAL, Optional.of(Duration.ofSeconds(60))))
        .isEqualTo(NewsIngestion.DEFAULT_POLL_INTERVAL);
    assertThat(FeedPoller.nextWait(Duration.ofMinutes(1), Optional.empty()))
        .isEqualTo(FeedPoller.MIN_WAIT);
  }

  @Test
  void aFeedAnswering429WithRetryAfterIsReadAgainWhenTheServerAsked() {
    Instant next =
        nextReadAfterOnePoll(
            request -> new MockResponse().setResponseCode(429).setHeader("Retry-After", "7200"));
    // The back-off alone would be 30 minutes.
    assertThat(next).isEqualTo(START.plus(Duration.ofHours(2)));
    Feed listed = news.feeds().list(FeedOwner.CONSOLE).get(0);
    assertThat(listed.lastError())
        .contains(
            "ledger.example asked Briefbot to slow down (HTTP 429); it asked to wait 2 hours.");
  }

  @Test
  void aPageWithoutADateTakesItsFeedItemsDateAndOneWithoutEitherIsStoredWithNone() {
    String dated = site.url("ledger.example", "/local/bridge");
    String undated = site.url("ledger.example", "/local/market");
    site.page(
        "ledger.example",
        "/local/bridge",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));
    site.page(
        "ledger.example",
        "/local/market",
        TestNewsSite.article(
            "Market moves to the square", "Harbor Ledger", null, TestStories.MARKET));
    site.feed(
        "ledger.example",
        "/rss.xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ledger</title>"
            + "<link>https://ledger.example/</link><description>d</description>"
            + "<item><title>Old Mill bridge closed</title><link>"
            + dated
            + "</link><pubDate>Tue, 30 Apr 2019 08:00:00 GMT</pubDate></item>"
            + "<item><title>Market moves</title><link>"
            + undated
            + "</link></item></channel></rss>");

    news.pollAndIngest(
        news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test"));

    StoredStory bridge = news.stories().findByUrl(dated).orElseThrow();
    StoredStory market = news.stories().findByUrl(undated).orElseThrow();
    assertThat(bridge.publishedAt()).contains(Instant.parse("2019-04-30T08:00:00Z"));
    assertThat(market.publishedAt()).isEmpty();
    java.time.format.DateTimeFormatter day =
        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
            .withZone(java.time.ZoneOffset.UTC);
    assertThat(bridge.shownDate(day)).isEqualTo("30 Apr 2019");
    assertThat(market.shownDate(day)).isEqualTo("first seen 1 Jun 2024");
  }

  @Test
  void aFailingFeedIsBackedOffThenDisabledWithItsReason() {
    site.route("ledger.example", "/rss.xml", request -> new MockResponse().setResponseCode(503));
    Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");

    List<Duration> waits = new java.util.ArrayList<>();
    PollResult result = null;
    for (int poll = 1; poll <= FeedPoller.DISABLE_AFTER_FAILURES; poll++) {
      List<PollResult> due = news.poller().pollDue(10);
      assertThat(due).hasSize(1);
      result = due.get(0);
      waits.add(Duration.between(clock.instant(), result.feed().nextPollAt()));
      // Not due again before its back-off is over.
      clock.set(result.feed().nextPollAt().minusSeconds(1));
      assertThat(news.poller().pollDue(10)).isEmpty();
      clock.set(result.feed().nextPollAt());
    }

    assertThat(waits.subList(0, 4))
        .containsExactly(
            Duration.ofMinutes(30),
            Duration.ofMinutes(60),
            Duration.ofMinutes(120),
            Duration.ofMinutes(240));
    assertThat(result.status()).isEqualTo(Status.DISABLED);
    Feed listed = news.feeds().list(FeedOwner.CONSOLE).get(0);
    assertThat(listed.isDisabled()).isTrue();
    assertThat(listed.disabledReason())
        .contains("ledger.example had a server error (HTTP 503); try again later.");
    clock.advance(Duration.ofDays(2));
    assertThat(news.poller().pollDue(10)).isEmpty();
  }

  @Test
  void feedItemsThatAreNotArticlesAreGivenUpWithTheirReasonAndNothingIsStored() {
    site.route(
        "ledger.example",
        "/report.pdf",
        request ->
            new MockResponse()
                .setHeader("Content-Type", "application/pdf")
                .setBody("%PDF-1.7 ..."));
    site.page(
        "ledger.example",
        "/mill",
        new String(
            ArticleExtractorTest.page("paywall-stub.html"),
            java.nio.charset.StandardCharsets.UTF_8));
    site.page(
        "ledger.example",
        "/",
        new String(
            ArticleExtractorTest.page("no-article-index.html"),
            java.nio.charset.StandardCharsets.UTF_8));
    site.route("ledger.example", "/gone", request -> new MockResponse().setResponseCode(404));
    site.feed(
        "ledger.example",
        "/rss.xml",
        TestNewsSite.rss(
            "Ledger",
            List.of(
                new String[] {"Annual report", site.url("ledger.example", "/report.pdf")},
                new String[] {"Mill", site.url("ledger.example", "/mill")},
                new String[] {"Home", site.url("ledger.example", "/")},
                new String[] {"Gone", site.url("ledger.example", "/gone")})));
    Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");

    List<ItemResult> results = news.pollAndIngest(feed).items();

    assertThat(results)
        .extracting(r -> r.error().orElseThrow())
        .containsExactlyInAnyOrder(
            "That link is a PDF; Briefbot reads web pages and feeds, not PDFs.",
            "That article is behind a paywall; Briefbot can only see its first lines.",
            "That page has no article text Briefbot can read (it looks like an index, a video or an empty page).",
            "That page does not exist (HTTP 404 from ledger.example).");
    assertThat(results).noneMatch(ItemResult::willRetry);
    assertThat(news.queue().counts().get(FeedItem.State.FAILED)).isEqualTo(4);
    assertThat(news.stories().count()).isZero();
  }

  @Test
  void aStoryThatTimesOutIsRetriedLaterAndThenStored() {
    String url = site.url("ledger.example", "/library");
    site.route("ledger.example", "/library", request -> new MockResponse().setResponseCode(503));
    site.feed(
        "ledger.example",
        "/rss.xml",
        TestNewsSite.rss("Ledger", List.<String[]>of(new String[] {"Library", url})));
    Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");

    ItemResult failed = news.pollAndIngest(feed).items().get(0);
    assertThat(failed.willRetry()).isTrue();
    assertThat(news.drainQueue()).isEmpty(); // not due yet

    site.page(
        "ledger.example",
        "/library",
        TestNewsSite.article(
            "Library stays open late", "Harbor Ledger", null, TestStories.LIBRARY));
    clock.advance(Duration.ofMinutes(1));
    assertThat(news.drainQueue())
        .singleElement()
        .satisfies(r -> assertThat(r.ingested()).isPresent());
    assertThat(news.stories().findByUrl(url)).isPresent();
  }

  @Test
  void withTheGuardOnLocalAddressesAreRefusedAndNothingIsStoredOrFetched() {
    site.page(
        "ledger.example",
        "/local/bridge-closed",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));
    try (NewsIngestion guarded = ingestion(FetchSettings.defaults())) {
      assertThatThrownBy(
              () ->
                  guarded
                      .ingester()
                      .ingestUrl("http://127.0.0.1:" + site.port() + "/local/bridge-closed"))
          .hasMessage(
              "Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).");
      assertThatThrownBy(
              () ->
                  guarded.ingester().ingestUrl(site.url("ledger.example", "/local/bridge-closed")))
          .hasMessage(
              "Briefbot does not fetch private or local addresses (ledger.example is 127.0.0.1, a loopback address).");
      assertThatThrownBy(
              () ->
                  guarded.addFeed(
                      "http://169.254.169.254/latest/meta-data/", FeedOwner.CONSOLE, "test"))
          .hasMessage(
              "Briefbot does not fetch private or local addresses (169.254.169.254, a link-local address (where cloud metadata services live)).");
      assertThatThrownBy(() -> guarded.addFeed("file:///etc/passwd", FeedOwner.CONSOLE, "test"))
          .hasMessage("Briefbot only fetches http and https links, not file: links.");
    }
    assertThat(site.hits("ledger.example", "/local/bridge-closed")).isZero();
    assertThat(news.stories().count()).isZero();
    assertThat(news.feeds().list(FeedOwner.CONSOLE)).isEmpty();
  }

  @Test
  void aFeedWhoseItemsAreHostileLinksQueuesThemButNeverFetchesThem() {
    site.feed(
        "ledger.example",
        "/rss.xml",
        TestNewsSite.rss(
            "Ledger",
            List.of(
                new String[] {"Metadata", "http://169.254.169.254/latest/meta-data/iam/"},
                new String[] {"Intranet", "http://10.0.0.1/admin"})));
    // A guard that lets this test reach its own feed server on loopback, and nothing else private.
    UrlGuard guard =
        new UrlGuard(
            address ->
                address.isLoopbackAddress()
                    ? Optional.empty()
                    : AddressPolicy.whyForbidden(address),
            TestNewsSite.RESOLVER);
    try (NewsIngestion guarded =
        new NewsIngestion(
            database,
            new HttpFetcher(FetchSettings.defaults(), guard),
            new LeadSentencesAnalyzer(NlpPipeline.shared()),
            clock,
            2)) {
      Feed feed =
          guarded.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");
      List<ItemResult> results = guarded.pollAndIngest(feed).items();
      assertThat(results)
          .extracting(r -> r.error().orElseThrow())
          .containsExactlyInAnyOrder(
              "Briefbot does not fetch private or local addresses (169.254.169.254, a link-local address (where cloud metadata services live)).",
              "Briefbot does not fetch private or local addresses (10.0.0.1, a private network address).");
    }
    assertThat(news.stories().count()).isZero();
  }
}
