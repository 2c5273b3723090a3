package org.briefbot.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site on 127.0.0.1 with generated stories (invented, English, news-shaped: a headline, ten
 * paragraphs of 2–3 sentences, about 450 words) in pages with the usual furniture — a long
 * navigation, a 20 KB script, teasers in a sidebar, JSON-LD — about 40 KB of HTML each; and RSS
 * feeds of 200 items that list them.
 */
final class SyntheticNewsSite implements AutoCloseable {
  static final int ITEMS_PER_FEED = 200;

  private static final String[] PEOPLE = {
    "Mara Lindqvist",
    "Tobias Okoro",
    "Helen Marsh",
    "Ravi Sethi",
    "Claire Dubois",
    "Jonas Weber",
    "Amina Yusuf",
    "Peter Novak",
    "Lucia Ferreira",
    "Daniel Osei",
    "Grace Whitfield",
    "Omar Haddad"
  };
  private static final String[] ROLES = {
    "the mayor",
    "the finance minister",
    "a union spokeswoman",
    "the chief executive",
    "the police commissioner",
    "a regional judge",
    "the health secretary",
    "a local councillor"
  };
  private static final String[] PLACES = {
    "Harbor City",
    "Northgate",
    "Elm Falls",
    "Riverside",
    "Port Alder",
    "Westmoor",
    "Linden Valley",
    "Cedar Bay",
    "Stonebridge",
    "Kestrel Point"
  };
  private static final String[] TOPICS = {
    "the new tram line",
    "the hospital budget",
    "the teachers' strike",
    "the flood defences",
    "the housing plan",
    "the airport expansion",
    "the water tariff",
    "the bus depot",
    "the library closures",
    "the port deal"
  };
  private static final String[] TEMPLATES = {
    "Officials in %P said on %D that %T would cost about %N million dollars more than planned.",
    "%X, %R, told reporters that the council had no choice but to review %T before the summer.",
    "\"We have listened to residents and we will not rush this decision,\" %X said at a news conference in %P.",
    "Critics argued that %T had been poorly explained and that the public had been given too little time to respond.",
    "A report published on %D found that %N percent of households in %P would be affected by %T.",
    "Opposition members called for an independent inquiry, saying the figures presented so far did not add up.",
    "The plan will be debated again next month, when a final vote is expected after a series of public hearings.",
    "Business groups in %P welcomed the announcement but warned that delays could drive investment elsewhere.",
    "According to %X, %R, the first phase of %T could begin as early as the autumn if funding is approved.",
    "Residents who attended the meeting on %D described long queues and said many questions went unanswered.",
    "The government said it would publish the full details of %T online, together with an estimate of the costs.",
    "\"This is about the next twenty years, not the next election,\" %X, %R, said in a statement on %D.",
    "Several hundred people gathered outside the town hall in %P to protest against %T on %D evening.",
    "Analysts said the decision reflected growing pressure on local budgets after two years of rising prices.",
    "The council has already spent %N million dollars on studies and consultations linked to %T.",
    "%X said talks with the national government had been constructive but that no agreement had been reached yet.",
  };

  static {
    // The JDK server sends headers and body in separate writes; with Nagle's algorithm the body
    // waits for the client's delayed ACK (40 ms on Linux) on every fetch. Read once, when the
    // first server is created.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final String furniture;

  SyntheticNewsSite(int stories, long seed) throws IOException {
    Random random = new Random(seed);
    furniture = furniture(random);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 128);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = pages.get(exchange.getRequestURI().getPath());
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          boolean feed = exchange.getRequestURI().getPath().startsWith("/feeds/");
          exchange
              .getResponseHeaders()
              .set("Content-Type", feed ? "application/rss+xml" : "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    List<String> links = new ArrayList<>();
    for (int n = 0; n < stories; n++) {
      String path = "/news/" + n + "-" + Integer.toHexString(random.nextInt());
      pages.put(path, page(n, random).getBytes(StandardCharsets.UTF_8));
      links.add(url(path));
    }
    for (int feed = 0; feed * ITEMS_PER_FEED < stories; feed++) {
      StringBuilder xml =
          new StringBuilder(
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Section ")
              .append(feed)
              .append("</title><link>")
              .append(url("/"))
              .append("</link><description>News</description>");
      for (int n = feed * ITEMS_PER_FEED; n < Math.min(stories, (feed + 1) * ITEMS_PER_FEED); n++) {
        xml.append("<item><title>Story ")
            .append(n)
            .append("</title><link>")
            .append(links.get(n))
            .append("?utm_source=rss</link><guid isPermaLink=\"false\">story-")
            .append(n)
            .append("</guid></item>");
      }
      pages.put(
          "/feeds/" + feed + ".xml",
          xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<String> feedUrls() {
    return pages.keySet().stream()
        .filter(p -> p.startsWith("/feeds/"))
        .sorted()
        .map(this::url)
        .toList();
  }

  long pageBytes() {
    return pages.entrySet().stream()
        .filter(e -> e.getKey().startsWith("/news/"))
        .mapToLong(e -> e.getValue().length)
        .sum();
  }

  private String page(int n, Random random) {
    String place = pick(PLACES, random);
    String topic = pick(TOPICS, random);
    String title = cap(topic) + " divides " + place + " as costs rise (report " + n + ")";
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 10; p++) {
      body.append("<p>");
      int sentences = 2 + random.nextInt(2);
      for (int s = 0; s < sentences; s++) {
        body.append(sentence(random, place, topic)).append(' ');
      }
      body.append("</p>\n");
    }
    body.append("<p>This is report ")
        .append(n)
        .append(" of the series, filed from ")
        .append(place)
        .append(".</p>\n");
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + " | Bench Courier</title>"
        + "<meta property=\"og:title\" content=\""
        + title
        + "\"><meta property=\"og:site_name\" content=\"Bench Courier\">"
        + "<meta property=\"article:published_time\" content=\"2024-05-"
        + (10 + n % 18)
        + "T08:00:00Z\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\""
        + title
        + "\",\"author\":{\"@type\":\"Person\",\"name\":\""
        + pick(PEOPLE, random)
        + "\"}}</script>"
        + furniture.replace(
            "%BODY%",
            "<article><h1>"
                + title
                + "</h1><div class=\"byline\">By Staff Reporter</div>"
                + "<div class=\"story-body\">"
                + body
                + "</div></article>");
  }

  private static String sentence(Random random, String place, String topic) {
    return pick(TEMPLATES, random)
        .replace("%P", place)
        .replace("%T", topic)
        .replace("%X", pick(PEOPLE, random))
        .replace("%R", pick(ROLES, random))
        .replace("%D", pick(DAYS, random))
        .replace("%N", Integer.toString(2 + random.nextInt(97)));
  }

  /** The page around the story: head script, navigation, teasers, footer. */
  private static String furniture(Random random) {
    StringBuilder html = new StringBuilder("<script>var config = {");
    for (int i = 0; i < 600; i++) {
      html.append("\"k")
          .append(i)
          .append("\":\"")
          .append(Long.toHexString(random.nextLong()))
          .append("\",");
    }
    html.append("};</script></head><body><header><nav><ul>");
    for (int i = 0; i < 60; i++) {
      html.append("<li><a href=\"/section/")
          .append(i)
          .append("\">Section ")
          .append(i)
          .append("</a></li>");
    }
    html.append("</ul></nav></header><main>%BODY%<aside class=\"sidebar\"><h2>Most read</h2>");
    for (int i = 0; i < 10; i++) {
      html.append("<div class=\"teaser\"><h3><a href=\"/t/")
          .append(i)
          .append("\">")
          .append(cap(pick(TOPICS, random)))
          .append(" in ")
          .append(pick(PLACES, random))
          .append("</a></h3><p>")
          .append(sentence(random, pick(PLACES, random), pick(TOPICS, random)))
          .append("</p></div>");
    }
    return html.append(
            "</aside></main><footer><p>Copyright Bench Courier</p></footer></body></html>")
        .toString();
  }

  private static String pick(String[] options, Random random) {
    return options[random.nextInt(options.length)];
  }

  private static String cap(String text) {
    String stripped = text.startsWith("the ") ? text.substring(4) : text;
    return Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
