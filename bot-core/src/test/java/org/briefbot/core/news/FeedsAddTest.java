package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Requester;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.FeedOwner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /feeds add}: a feed is read when it is added, and refused with the reason when it can't
 * be.
 */
class FeedsAddTest {
  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  NewsIngestion news;
  CommandRouter router;
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Place guild = Place.channel(Platform.DISCORD, "G1", "C1");
  final FeedOwner owner = guild.feedOwner();

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    news = TestNewsSite.news(database, new MutableClock(Instant.parse("2024-06-01T08:00:00Z")), 2);
    router = new CommandRouter(List.of(new FeedsCommand(news)), List.of());
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  @Test
  void aFeedIsReadWhenItIsAddedAndTheAnswerSaysWhatWasStored() {
    List<String[]> items = new ArrayList<>();
    items.add(story("/bridge", "Old Mill bridge closed", TestStories.BRIDGE));
    items.add(story("/orchestra", "Orchestra finds a new hall", TestStories.ORCHESTRA));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", items));

    String answer = text(add(site.url("ledger.example", "/rss.xml")));

    assertThat(answer)
        .isEqualTo(
            "Added Harbor Ledger ("
                + site.url("ledger.example", "/rss.xml")
                + "): 2 stories listed; of the newest 2, 2 stored now"
                + " (newest: \u201COld Mill bridge closed\u201D). Briefbot reads it every 15 minutes to begin with,"
                + " then as often as it changes (every 5 minutes to every 60 minutes).");
    assertThat(news.stories().count()).isEqualTo(2);
    assertThat(news.feeds().list(owner))
        .singleElement()
        .satisfies(f -> assertThat(f.lastSuccessAt()).isPresent());
  }

  @Test
  void onlyTheNewestAreBroughtInAtOnceAndTheAnswerSaysWhatFollowsAndWhatFailed() {
    List<String[]> items = new ArrayList<>();
    items.add(story("/bridge", "Old Mill bridge closed", TestStories.BRIDGE));
    items.add(story("/orchestra", "Orchestra finds a new hall", TestStories.ORCHESTRA));
    items.add(story("/market", "Market moves to the square", TestStories.MARKET));
    items.add(story("/library", "Library opens on Sundays", TestStories.LIBRARY));
    for (int i = 1; i <= 3; i++) {
      items.add(new String[] {"Gone " + i, site.url("ledger.example", "/gone-" + i)});
    }
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", items));

    String answer = text(add(site.url("ledger.example", "/rss.xml")));

    assertThat(answer)
        .contains("7 stories listed; of the newest 5, 4 stored now, 1 could not be read yet")
        .contains("the other 2 are brought in over the next few minutes");
    assertThat(news.stories().count()).isEqualTo(4);
  }

  @Test
  void aWebPageThatNamesItsFeedAddsThatFeedAndSaysSo() {
    site.page(
        "ledger.example",
        "/news",
        "<!DOCTYPE html><html><head><title>News</title><link rel=\"alternate\""
            + " type=\"application/atom+xml\" href=\"/rss.xml\"></head><body>News</body></html>");
    site.feed(
        "ledger.example",
        "/rss.xml",
        TestNewsSite.rss(
            "Harbor Ledger",
            List.<String[]>of(story("/bridge", "Old Mill bridge closed", TestStories.BRIDGE))));

    String answer = text(add(site.url("ledger.example", "/news")));

    assertThat(answer)
        .startsWith(
            site.url("ledger.example", "/news")
                + " is a web page; its feed is "
                + site.url("ledger.example", "/rss.xml")
                + ". Added Harbor Ledger");
    assertThat(news.feeds().list(owner))
        .extracting(f -> f.url())
        .containsExactly(site.url("ledger.example", "/rss.xml"));
  }

  @Test
  void whatCannotBeReadAsAFeedIsRefusedWithTheReasonAndNothingIsAdded() {
    site.route(
        "ledger.example", "/missing.xml", request -> new MockResponse().setResponseCode(404));
    site.page("ledger.example", "/about", "<!DOCTYPE html><html><body>About us</body></html>");
    site.feed("ledger.example", "/broken.xml", "<?xml version=\"1.0\"?><rss><channel><item>");
    site.route(
        "ledger.example",
        "/down.xml",
        request -> new MockResponse().setResponseCode(503).setHeader("Retry-After", "120"));

    assertRefused("/missing.xml", "That page does not exist (HTTP 404 from ledger.example).");
    assertRefused(
        "/about",
        "That address is a web page, not an RSS or Atom feed, and the page names no feed.");
    assertRefused(
        "/broken.xml", "That feed's XML is broken or cut off, so Briefbot cannot read it.");
    assertRefused(
        "/down.xml", "ledger.example had a server error (HTTP 503); it asked to wait 2 minutes.");
    assertThat(news.feeds().list(owner)).isEmpty();
  }

  private void assertRefused(String path, String reason) {
    Reply refused = add(site.url("ledger.example", path));
    assertThat(refused.isError()).as(path).isTrue();
    assertThat(text(refused)).as(path).isEqualTo(reason);
  }

  private String[] story(String path, String title, List<String> paragraphs) {
    site.page(
        "ledger.example", path, TestNewsSite.article(title, "Harbor Ledger", null, paragraphs));
    return new String[] {title, site.url("ledger.example", path)};
  }

  private Reply add(String url) {
    return router.dispatchText("/feeds add " + url, admin, guild);
  }

  private static String text(Reply reply) {
    return reply.plainText();
  }
}
