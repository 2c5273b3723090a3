package org.briefbot.core.news;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.briefbot.core.store.Database;

/**
 * News sites and feeds served from one MockWebServer on 127.0.0.1: any host name the tests use
 * ("ledger.example", "wire.example") resolves there through {@link #RESOLVER}. Counts the requests
 * of every path, so tests can tell what was fetched and what was not.
 */
final class TestNewsSite implements AutoCloseable {
  static final HostResolver RESOLVER =
      host -> {
        if (host.endsWith(".example") || host.equals("localhost")) {
          return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        }
        throw new java.net.UnknownHostException(host);
      };

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Function<RecordedRequest, MockResponse>> routes =
      new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  TestNewsSite() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String key =
                request.getHeader("Host").replaceFirst(":\\d+$", "")
                    + request.getRequestUrl().encodedPath();
            hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            Function<RecordedRequest, MockResponse> route = routes.get(key);
            return route == null ? new MockResponse().setResponseCode(404) : route.apply(request);
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The URL of a path on a test host, e.g. {@code url("ledger.example", "/rss.xml")}. */
  String url(String host, String path) {
    return "http://" + host + ":" + server.getPort() + path;
  }

  void route(String host, String path, Function<RecordedRequest, MockResponse> answer) {
    routes.put(host + path, answer);
  }

  void page(String host, String path, String html) {
    route(
        host,
        path,
        request ->
            new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(html));
  }

  void feed(String host, String path, String xml) {
    route(
        host,
        path,
        request ->
            new MockResponse().setHeader("Content-Type", "application/rss+xml").setBody(xml));
  }

  int hits(String host, String path) {
    AtomicInteger count = hits.get(host + path);
    return count == null ? 0 : count.get();
  }

  int port() {
    return server.getPort();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  /**
   * News in over a database, fetching from this site's hosts (loopback allowed), analysing stories
   * by their lead sentences.
   */
  static NewsIngestion news(Database database, java.time.Clock clock, int parallelism) {
    return new NewsIngestion(
        database,
        new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(true), RESOLVER),
        new LeadSentencesAnalyzer(org.briefbot.core.nlp.NlpPipeline.shared()),
        clock,
        parallelism);
  }

  /** A simple article page. */
  static String article(String title, String outlet, String canonicalUrl, List<String> paragraphs) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .append(title)
            .append(" | ")
            .append(outlet)
            .append("</title><meta property=\"og:site_name\" content=\"")
            .append(outlet)
            .append("\">");
    if (canonicalUrl != null) {
      html.append("<link rel=\"canonical\" href=\"").append(canonicalUrl).append("\">");
    }
    html.append(
            "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>")
        .append(title)
        .append("</h1>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article><footer>Copyright ")
        .append(outlet)
        .append("</footer></body></html>")
        .toString();
  }

  /** An RSS 2.0 feed of (title, link, guid) items. */
  static String rss(String title, List<String[]> items) {
    StringBuilder xml =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>")
            .append(title)
            .append("</title><link>https://example.org/</link><description>d</description>");
    for (String[] item : items) {
      xml.append("<item><title>")
          .append(item[0])
          .append("</title><link>")
          .append(item[1].replace("&", "&amp;"))
          .append("</link>");
      if (item.length > 2) {
        xml.append("<guid isPermaLink=\"false\">").append(item[2]).append("</guid>");
      }
      xml.append("</item>");
    }
    return xml.append("</channel></rss>").toString();
  }
}
