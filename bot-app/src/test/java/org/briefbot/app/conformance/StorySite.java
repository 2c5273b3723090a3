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

  /** A story whose page changes after it was first read: a new paragraph, a new headline. */
  static final String TALKS_HEADLINE = "Ferry talks to resume on Monday";

  static final String TALKS_NEW_HEADLINE = "Ferry crews and Skarra Lines agree new rosters";
  static final String TALKS_NEW_SENTENCE =
      "On Sunday evening both sides agreed rosters that give every crew eleven hours of rest"
          + " between shifts.";

  private static final List<String> TALKS =
      List.of(
          "Ferry crews and Skarra Lines will meet again on Monday to talk about the rosters that"
              + " led to the walkout.",
          "The mediator, Ruth Okafor, said both sides had asked for the meeting, which will be held"
              + " in the harbour office on the island from nine in the morning.",
          "Skarra Lines has run a reduced timetable since the walkout began, with two crossings a"
              + " day instead of six, and has told travellers to expect long queues at the quay.",
          "The union said its members would keep working the reduced timetable while the talks go"
              + " on, so that freight for the island's shops and the hospital can still cross.");

  private final java.util.concurrent.atomic.AtomicInteger talksReads =
      new java.util.concurrent.atomic.AtomicInteger();

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
            if ("/news/ferry-talks".equals(request.getPath())) {
              boolean changed = talksReads.getAndIncrement() > 0;
              return new MockResponse()
                  .setHeader("Content-Type", "text/html; charset=utf-8")
                  .setBody(talksPage(changed));
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

  /** A story that changed once it was first read. */
  String talksUrl() {
    return server.url("/news/ferry-talks").toString();
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

  private static String talksPage(boolean changed) {
    String headline = changed ? TALKS_NEW_HEADLINE : TALKS_HEADLINE;
    StringBuilder html =
        new StringBuilder(
            "<html><head><title>"
                + headline
                + "</title><meta property=\"og:site_name\" content=\"Skarra Gazette\"></head>"
                + "<body><article><h1>"
                + headline
                + "</h1>");
    TALKS.forEach(p -> html.append("<p>").append(p).append("</p>"));
    if (changed) {
      html.append("<p>").append(TALKS_NEW_SENTENCE).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
