package org.briefbot.app.conformance;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A news site on loopback with one story of the suite's own (a named speaker and a quote the story
 * names no one for) and a page that does not exist.
 */
final class StorySite implements AutoCloseable {
  static final String HEADLINE = "Ferry crews walk out over new rosters";
  static final String UNNAMED_QUOTE = "Nobody told us anything about the timetable";

  private static final List<String> PARAGRAPHS =
      List.of(
          "Ferry crews on the Skarra crossing walked out on Tuesday over new rosters that they say"
              + " leave too little rest between shifts.",
          "\u201CWe are tired, and tired crews make mistakes,\u201D said union organiser Lena Brandt,"
              + " who has worked the crossing for twelve years.",
          "The operator, Skarra Lines, runs six crossings a day between the island and the mainland.",
          "By noon the quay was crowded with travellers.",
          "\u201C" + UNNAMED_QUOTE + ". We found out from the radio.\u201D",
          "The walkout is the first on the crossing since the spring of 2019.");

  private final MockWebServer server = new MockWebServer();

  StorySite() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if ("/news/feed.xml".equals(request.getPath())) {
              return new MockResponse()
                  .setHeader("Content-Type", "application/rss+xml")
                  .setBody(feed());
            }
            if ("/files/feeds.opml".equals(request.getPath())) {
              return new MockResponse().setHeader("Content-Type", "text/x-opml").setBody(opml());
            }
            if ("/news/ferry-walkout".equals(request.getPath())) {
              return new MockResponse()
                  .setHeader("Content-Type", "text/html; charset=utf-8")
                  .setBody(page());
            }
            return new MockResponse().setResponseCode(404).setBody("not here");
          }
        });
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  String storyUrl() {
    return server.url("/news/ferry-walkout").toString();
  }

  String missingUrl() {
    return server.url("/news/gone").toString();
  }

  String feedUrl() {
    return server.url("/news/feed.xml").toString();
  }

  /** Where the feed list {@link #opml} is served, as a chat platform serves an attachment. */
  String opmlUrl() {
    return server.url("/files/feeds.opml").toString();
  }

  /** A feed list of the site's feed, in a folder, and of an address that does not exist. */
  String opml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><opml version=\"2.0\"><head><title>Island"
        + " news</title></head><body><outline text=\"Ferries\"><outline type=\"rss\""
        + " text=\"Skarra Gazette\" xmlUrl=\""
        + feedUrl()
        + "\"/></outline><outline type=\"rss\" text=\"Gone\" xmlUrl=\""
        + missingUrl()
        + "\"/></body></opml>";
  }

  private String feed() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Skarra Gazette</title>"
        + "<link>"
        + server.url("/")
        + "</link><description>Island news</description><item><title>"
        + HEADLINE
        + "</title><link>"
        + storyUrl()
        + "</link></item></channel></rss>";
  }

  private static String page() {
    StringBuilder html =
        new StringBuilder(
            "<html><head><title>"
                + HEADLINE
                + "</title><meta property=\"og:site_name\" content=\"Skarra Gazette\"></head>"
                + "<body><article><h1>"
                + HEADLINE
                + "</h1>");
    PARAGRAPHS.forEach(p -> html.append("<p>").append(p).append("</p>"));
    return html.append("</article></body></html>").toString();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
