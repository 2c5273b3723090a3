package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observer hears each feed read and each queued item's fate in fixed words: stored, already
 * stored, refused for a reason that will not pass, failed for one that may; and each story fetched
 * for a link the same way, whether it was brought in or not.
 */
class NewsObserverTest {
  @TempDir Path dataDir;
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private TestNewsSite site;
  private Database database;
  private NewsIngestion news;

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    news = TestNewsSite.news(database, new MutableClock(Instant.parse("2024-06-01T08:00:00Z")), 1);
    news.observeWith(
        new NewsObserver() {
          @Override
          public void feedRead(FeedPoller.Status status) {
            heard.add("read " + status);
          }

          @Override
          public void itemBroughtIn(Ingested.Outcome outcome) {
            heard.add("item " + outcome);
          }

          @Override
          public void itemNotBroughtIn(String reason, boolean mayPass) {
            heard.add("item not brought in: " + reason + (mayPass ? ", may pass" : ", for good"));
          }

          @Override
          public void linkBroughtIn(Ingested.Outcome outcome) {
            heard.add("link " + outcome);
          }

          @Override
          public void linkNotBroughtIn(String reason, boolean mayPass) {
            heard.add("link not brought in: " + reason + (mayPass ? ", may pass" : ", for good"));
          }
        });
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  @Test
  void feedReadsAndItemsAreToldInFixedWords() {
    String story = site.url("ledger.example", "/local/bridge-closed");
    String gone = site.url("ledger.example", "/local/removed");
    String broken = site.url("ledger.example", "/local/broken");
    site.page(
        "ledger.example",
        "/local/bridge-closed",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));
    site.route(
        "ledger.example",
        "/local/broken",
        request -> new okhttp3.mockwebserver.MockResponse().setResponseCode(503));
    site.feed(
        "ledger.example",
        "/rss.xml",
        TestNewsSite.rss(
            "Ledger",
            List.of(
                new String[] {"Bridge", story, "l-1"},
                new String[] {"Removed", gone, "l-2"},
                new String[] {"Broken", broken, "l-3"})));
    Feed feed = news.addFeed(site.url("ledger.example", "/rss.xml"), FeedOwner.CONSOLE, "test");

    news.pollAndIngest(feed);
    Feed missing = news.addFeed(site.url("ledger.example", "/nofeed"), FeedOwner.CONSOLE, "test");
    news.pollAndIngest(missing);

    assertThat(heard)
        .containsExactlyInAnyOrder(
            "read NEW_ITEMS",
            "item STORED",
            "item not brought in: http_status, for good",
            "item not brought in: http_status, may pass",
            "read FAILED");
  }

  @Test
  void eachStoryFetchedForALinkIsToldWithItsOutcomeOrReason() {
    site.page(
        "ledger.example",
        "/local/bridge-closed",
        TestNewsSite.article("Old Mill bridge closed", "Harbor Ledger", null, TestStories.BRIDGE));
    site.route(
        "ledger.example",
        "/local/broken",
        request -> new okhttp3.mockwebserver.MockResponse().setResponseCode(503));
    String story = site.url("ledger.example", "/local/bridge-closed");

    news.ingester().ingestUrl(story);
    news.ingester().ingestUrl(story);
    List<String> failures = new java.util.ArrayList<>();
    for (String url :
        List.of(
            site.url("ledger.example", "/local/broken"),
            site.url("ledger.example", "/local/removed"),
            "ftp://ledger.example/local/file")) {
      try {
        news.ingester().ingestUrl(url);
      } catch (FetchException expected) {
        failures.add(expected.reason().name());
      }
    }

    assertThat(failures).containsExactly("HTTP_STATUS", "HTTP_STATUS", "REFUSED_ADDRESS");
    assertThat(heard)
        .containsExactly(
            "link STORED",
            "link ALREADY_STORED",
            "link not brought in: http_status, may pass",
            "link not brought in: http_status, for good",
            "link not brought in: refused_address, for good");
  }
}
