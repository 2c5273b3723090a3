package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.briefbot.core.news.FeedReader.ParsedFeed;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private static final HttpUrl FEED_URL = HttpUrl.get("https://ledger.example/feeds/local.xml");
  private final FeedReader reader = new FeedReader();

  private ParsedFeed read(String xml) {
    return reader.read(
        xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), "application/rss+xml", FEED_URL);
  }

  static final String RSS_20 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Harbor Ledger: Local</title><link>https://ledger.example/</link>
      <item><title>Council votes to rebuild flood wall</title><link>https://ledger.example/local/flood-wall?utm_source=rss&amp;utm_medium=feed</link>
        <guid isPermaLink="false">ledger-4411</guid><pubDate>Thu, 14 Mar 2024 21:05:00 GMT</pubDate></item>
      <item><title>Ferry fares to rise &lt;b&gt;again&lt;/b&gt;</title><link>/business/ferry-fares</link>
        <guid>https://ledger.example/business/ferry-fares</guid></item>
      <item><title>An item without a link</title><description>Nothing to read.</description></item>
      </channel></rss>
      """;

  @Test
  void rss20ItemsComeWithGuidsCanonicalLinksTitlesAndDates() {
    ParsedFeed feed = read(RSS_20);

    assertThat(feed.type()).isEqualTo("rss_2.0");
    assertThat(feed.title()).contains("Harbor Ledger: Local");
    assertThat(feed.items()).hasSize(2);
    assertThat(feed.items().get(0).guid()).isEqualTo("ledger-4411");
    assertThat(feed.items().get(0).url()).isEqualTo("https://ledger.example/local/flood-wall");
    assertThat(feed.items().get(0).publishedAt()).contains(Instant.parse("2024-03-14T21:05:00Z"));
    assertThat(feed.items().get(1).url()).isEqualTo("https://ledger.example/business/ferry-fares");
    assertThat(feed.items().get(1).title()).contains("Ferry fares to rise again");
  }

  @Test
  void atomEntriesAreRead() {
    ParsedFeed feed =
        read(
            """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Skyward Science</title><id>urn:skyward</id><updated>2021-11-30T10:00:00Z</updated>
        <entry><title>Tenth moon found</title><id>tag:skyward.example,2021:moon</id>
          <link rel="alternate" href="https://skyward.example/space/tessaly-tenth-moon?fbclid=x"/>
          <published>2021-11-30T09:00:00Z</published><updated>2021-11-30T10:00:00Z</updated></entry>
        </feed>
        """);
    assertThat(feed.type()).isEqualTo("atom_1.0");
    assertThat(feed.items())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.guid()).isEqualTo("tag:skyward.example,2021:moon");
              assertThat(entry.url()).isEqualTo("https://skyward.example/space/tessaly-tenth-moon");
              assertThat(entry.publishedAt()).contains(Instant.parse("2021-11-30T09:00:00Z"));
            });
  }

  @Test
  void rss10RdfIsRead() {
    ParsedFeed feed =
        read(
            """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://courier.example/rss"><title>Northern Courier</title><link>https://courier.example/</link><description>News</description>
          <items><rdf:Seq><rdf:li resource="https://courier.example/news/rail-strike.html"/></rdf:Seq></items></channel>
        <item rdf:about="https://courier.example/news/rail-strike.html"><title>Rail strike called off</title>
          <link>https://courier.example/news/rail-strike.html</link><dc:date>2022-06-09T06:40:00+01:00</dc:date></item>
        </rdf:RDF>
        """);
    assertThat(feed.type()).isEqualTo("rss_1.0");
    assertThat(feed.items())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.url()).isEqualTo("https://courier.example/news/rail-strike.html");
              assertThat(entry.publishedAt()).contains(Instant.parse("2022-06-09T05:40:00Z"));
            });
  }

  @Test
  void rss091And092AreReadEvenWithNetscapesDoctype() {
    ParsedFeed netscape =
        read(
            """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old Gazette</title><link>https://gazette.example/</link><description>d</description><language>en</language>
        <item><title>Library lends tools</title><link>https://gazette.example/library-tools</link></item></channel></rss>
        """);
    ParsedFeed v092 =
        read(
            """
        <?xml version="1.0"?>
        <rss version="0.92"><channel><title>Bulletin</title><link>https://bulletin.example/</link><description>d</description>
        <item><title>Cafe fee</title><link>https://bulletin.example/cafe-fee</link></item></channel></rss>
        """);
    assertThat(netscape.type()).isEqualTo("rss_0.91U");
    assertThat(netscape.items())
        .extracting(FeedReader.Entry::url)
        .containsExactly("https://gazette.example/library-tools");
    assertThat(v092.type()).isEqualTo("rss_0.92");
    assertThat(v092.items()).hasSize(1);
  }

  static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [
        <!ENTITY lol "lol">
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <rss version="2.0"><channel><title>&lol9;</title><link>https://bomb.example/</link>
      <item><title>&lol9;</title><link>https://bomb.example/a</link></item></channel></rss>
      """;

  static String xxe(String systemId) {
    return """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY secret SYSTEM "%s"> ]>
        <rss version="2.0"><channel><title>&secret;</title><link>https://xxe.example/</link>
        <item><title>&secret;</title><link>https://xxe.example/a</link></item></channel></rss>
        """
        .formatted(systemId);
  }

  @Test
  void romeItselfRefusesDoctypesAndSoEntityBombsAndExternalEntities() {
    // Rome 2.x's own defaults, without this project's extra check in front of it.
    SyndFeedInput rome = new SyndFeedInput();
    assertThat(rome.isAllowDoctypes()).isFalse();
    assertThatThrownBy(() -> rome.build(new StringReader(BILLION_LAUGHS)))
        .isInstanceOf(ParsingFeedException.class)
        .hasMessageContaining("DOCTYPE is disallowed");
    assertThatThrownBy(() -> rome.build(new StringReader(xxe("file:///etc/passwd"))))
        .isInstanceOf(ParsingFeedException.class)
        .hasMessageContaining("DOCTYPE is disallowed");
  }

  @Test
  void anEntityBombIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> read(BILLION_LAUGHS))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "That feed declares its own XML entities, which Briefbot refuses to read (they are how XML bombs are built).");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    try (MockWebServer attacker = new MockWebServer()) {
      attacker.start(InetAddress.getByName("127.0.0.1"), 0);
      attacker.enqueue(
          new MockResponse().setBody("<!ENTITY leak SYSTEM \"file:///etc/hostname\">"));
      assertThatThrownBy(() -> read(xxe("file:///etc/passwd")))
          .hasMessage(
              "That feed declares its own XML entities, which Briefbot refuses to read (they are how XML bombs are built).");
      assertThatThrownBy(() -> read(xxe(attacker.url("/secret").toString())))
          .hasMessage(
              "That feed declares its own XML entities, which Briefbot refuses to read (they are how XML bombs are built).");
      // An external DTD alone: dropped unread, so the entity it would define is unknown and the
      // feed is broken.
      String externalDtd =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \""
              + attacker.url("/evil.dtd")
              + "\">\n"
              + "<rss version=\"2.0\"><channel><title>&leak;</title><link>https://x.example/</link></channel></rss>";
      assertThatThrownBy(() -> read(externalDtd))
          .hasMessage("That feed's XML is broken or cut off, so Briefbot cannot read it.");
      assertThat(attacker.getRequestCount()).isZero();
    }
  }

  @Test
  void aWebPageIsNotAFeedAndItsOwnFeedIsPointedAt() {
    String page =
        "<!DOCTYPE html><html><head><title>Ledger</title>"
            + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/all.xml\"></head><body><p>News</p></body></html>";
    assertThatThrownBy(
            () ->
                reader.read(
                    page.getBytes(StandardCharsets.UTF_8), Optional.empty(), "text/html", FEED_URL))
        .isInstanceOfSatisfying(
            FeedReader.WebPageWithFeed.class,
            named -> assertThat(named.feedUrl()).isEqualTo("https://ledger.example/feeds/all.xml"))
        .hasMessage(
            "That address is a web page, not an RSS or Atom feed; its feed seems to be https://ledger.example/feeds/all.xml.");
    assertThatThrownBy(
            () ->
                reader.read(
                    "<html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8),
                    Optional.empty(),
                    "",
                    FEED_URL))
        .hasMessage(
            "That address is a web page, not an RSS or Atom feed, and the page names no feed.");
  }

  @Test
  void aFeedLabelledAsHtmlIsStillReadWhenItIsRss() {
    ParsedFeed feed =
        reader.read(
            RSS_20.getBytes(StandardCharsets.UTF_8), Optional.empty(), "text/html", FEED_URL);
    assertThat(feed.items()).hasSize(2);
  }

  @Test
  void aTruncatedFeedIsRefused() {
    String truncated = RSS_20.substring(0, RSS_20.indexOf("<guid>https"));
    assertThatThrownBy(() -> read(truncated))
        .hasMessage("That feed's XML is broken or cut off, so Briefbot cannot read it.");
  }

  @Test
  void xmlThatIsNotAFeedIsRefused() {
    assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><catalog><book>One</book></catalog>"))
        .hasMessage("That address is XML but not an RSS or Atom feed.");
    assertThatThrownBy(() -> read("")).hasMessage("That feed is empty.");
  }

  @Test
  void aFeedOfFiftyThousandItemsIsRefusedBeforeItIsBuiltInMemory() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Archive</title><link>https://a.example/</link>");
    for (int i = 0; i < 50_000; i++) {
      xml.append("<item><link>https://a.example/s/").append(i).append("</link></item>");
    }
    xml.append("</channel></rss>");
    assertThatThrownBy(() -> read(xml.toString()))
        .hasMessage(
            "That feed lists more than 5,000 items; Briefbot reads feeds of up to 5,000 items.");
  }

  @Test
  void aLongFeedGivesItsFirstTwoHundredItems() {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Busy</title><link>https://a.example/</link>");
    for (int i = 0; i < 1_000; i++) {
      xml.append("<item><guid>g")
          .append(i)
          .append("</guid><link>https://a.example/s/")
          .append(i)
          .append("</link></item>");
    }
    xml.append("</channel></rss>");
    ParsedFeed feed = read(xml.toString());
    assertThat(feed.totalItems()).isEqualTo(1_000);
    assertThat(feed.items()).hasSize(200);
    assertThat(feed.items().get(0).guid()).isEqualTo("g0");
  }

  @Test
  void theCharsetComesFromTheHeaderOrTheProlog() {
    String latin =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9s</title>"
            + "<link>https://b.example/</link><item><title>Caf\u00e9 fee</title><link>https://b.example/a</link></item></channel></rss>";
    ParsedFeed feed =
        reader.read(
            latin.getBytes(StandardCharsets.ISO_8859_1),
            Optional.empty(),
            "application/xml",
            FEED_URL);
    assertThat(feed.items().get(0).title()).contains("Caf\u00e9 fee");
  }
}
