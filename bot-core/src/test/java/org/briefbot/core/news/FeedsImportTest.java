package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.Attachment;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Requester;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /feeds import} and {@code /feeds export}: an OPML feed list in, each feed checked as
 * {@code /feeds add} checks it, one summary out; the server's feeds out as OPML. On a news site on
 * loopback.
 */
class FeedsImportTest {
  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  NewsIngestion news;
  CommandRouter router;
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Place channel = Place.channel(Platform.DISCORD, "G1", "C1");
  final FeedOwner owner = new FeedOwner("discord", "G1");

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    news = TestNewsSite.news(database, new MutableClock(Instant.parse("2024-06-01T08:00:00Z")), 2);
    router = new CommandRouter(List.of(new FeedsCommand(news)), List.of());
    for (String host : List.of("ledger.example", "wire.example", "gazette.example")) {
      site.page(
          host,
          "/story",
          TestNewsSite.article(
              "News of " + host,
              host,
              null,
              List.of(
                  "The harbour ferry will run every twenty minutes from the first of July, the operator said on Monday.",
                  "Two boats kept in reserve return to service after repairs, and six new crew members are being hired.")));
      site.feed(
          host,
          "/rss.xml",
          TestNewsSite.rss(
              "Feed of " + host,
              List.<String[]>of(new String[] {"News of " + host, site.url(host, "/story")})));
    }
    site.page(
        "blog.example",
        "/",
        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\""
            + site.url("wire.example", "/rss.xml")
            + "\"></head><body>A blog</body></html>");
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  /** A list with a folder, a duplicate, an outline without an address, a 404 and a known feed. */
  private String opml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>Mine</title></head><body>"
        + outline("Ledger", site.url("ledger.example", "/rss.xml"))
        + "<outline text=\"Harbour news\">"
        + outline("Wire", site.url("wire.example", "/rss.xml"))
        + outline("Ledger again", site.url("ledger.example", "/rss.xml"))
        + "<outline text=\"A note with no feed\"/>"
        + outline("Gone", site.url("gone.example", "/rss.xml"))
        + "</outline>"
        + outline("Gazette", site.url("gazette.example", "/rss.xml"))
        + "</body></opml>";
  }

  private static String outline(String text, String xmlUrl) {
    return "<outline type=\"rss\" text=\"" + text + "\" xmlUrl=\"" + xmlUrl + "\"/>";
  }

  @Test
  void aListIsImportedFeedByFeedWithOneSummary() {
    typed("/feeds add " + site.url("gazette.example", "/rss.xml"));

    Reply reply = typed("/feeds import " + opml());

    assertThat(reply.isError()).isFalse();
    assertThat(text(reply))
        .startsWith("Imported the pasted list: added 2, already there 1, refused 1.")
        .contains(
            "Refused " + site.url("gone.example", "/rss.xml") + ": That page does not exist",
            "1 outline names no feed (no xmlUrl)",
            "1 feed is listed twice and read once",
            "the feeds of 1 folder are imported without their folders");
    assertThat(news.feeds().list(owner).stream().map(Feed::url))
        .containsExactlyInAnyOrder(
            site.url("gazette.example", "/rss.xml"),
            site.url("ledger.example", "/rss.xml"),
            site.url("wire.example", "/rss.xml"));
    // Checked as /feeds add checks it: read now, and the newest story stored.
    assertThat(site.hits("ledger.example", "/rss.xml")).isEqualTo(1);
    assertThat(site.hits("ledger.example", "/story")).isEqualTo(1);
    assertThat(site.hits("gone.example", "/rss.xml")).isEqualTo(1);
  }

  @Test
  void anAttachedFileIsFetchedAndAPageNamingItsFeedStandsForThatFeed() {
    String list =
        "<opml version=\"1.0\"><body>"
            + outline("Blog", site.url("blog.example", "/"))
            + outline("Wire", site.url("wire.example", "/rss.xml"))
            + "</body></opml>";
    site.route(
        "cdn.example",
        "/attachments/feeds.opml",
        request -> new MockResponse().setHeader("Content-Type", "text/x-opml").setBody(list));

    Reply reply =
        attached(
            new Attachment(
                "feeds.opml", list.length(), site.url("cdn.example", "/attachments/feeds.opml")));

    assertThat(text(reply)).startsWith("Imported feeds.opml: added 1, already there 1, refused 0.");
    assertThat(news.feeds().list(owner))
        .extracting(Feed::url)
        .containsExactly(site.url("wire.example", "/rss.xml"));
  }

  @Test
  void aFileThatIsNoFeedListGetsOneSentence() {
    assertThat(error(typed("/feeds import <rss version=\"2.0\"><channel></channel></rss>")))
        .isEqualTo(
            "That file is not an OPML feed list: its root element is <rss>, not <opml> (it is a feed itself: /feeds add its address).");
    assertThat(error(typed("/feeds import <opml><body><outline")))
        .startsWith("That file is not an OPML feed list: it is not well-formed XML");
    assertThat(
            error(
                typed(
                    "/feeds import <opml version=\"2.0\"><body><outline text=\"a\"/><outline text=\"b\"/></body></opml>")))
        .isEqualTo("That OPML file lists no feed: none of its 2 outlines has an xmlUrl attribute.");
    assertThat(error(typed("/feeds import feeds.opml")))
        .isEqualTo(
            "Attach the OPML file to /feeds import's file option, or run briefbot feeds import"
                + " FILE.opml --place discord:G1 where Briefbot runs.");
    assertThat(
            error(
                router.dispatchText(
                    "/feeds import feeds.opml", admin, Place.channel(Platform.SLACK, "T1", "C1"))))
        .startsWith("Slack's slash commands carry no file: paste the OPML file's text");
    // An entity the file declares is never read: a document type is refused outright.
    assertThat(
            error(
                typed(
                    "/feeds import <?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body><outline xmlUrl=\"&x;\"/></body></opml>")))
        .startsWith("That file is not an OPML feed list: it is not well-formed XML");
    assertThat(news.feeds().list(owner)).isEmpty();
  }

  @Test
  void anOversizeFileIsRefusedBeforeItIsFetched() {
    site.route(
        "cdn.example", "/attachments/huge.opml", request -> new MockResponse().setBody("<opml/>"));

    Reply reply =
        attached(
            new Attachment(
                "huge.opml", 3L * 1024 * 1024, site.url("cdn.example", "/attachments/huge.opml")));

    assertThat(error(reply))
        .isEqualTo("That file is 3072 KB; an OPML feed list Briefbot reads is at most 1024 KB.");
    assertThat(site.hits("cdn.example", "/attachments/huge.opml")).isZero();
  }

  @Test
  void exportListsTheFeedsAsOpmlThatImportsAgain() {
    typed("/feeds add " + site.url("ledger.example", "/rss.xml"));
    typed("/feeds add " + site.url("wire.example", "/rss.xml"));

    String exported = text(typed("/feeds export"));

    assertThat(exported)
        .contains("<opml version=\"2.0\">", "xmlUrl=\"" + site.url("ledger.example", "/rss.xml"));
    String opml = exported.substring(exported.indexOf("<?xml"));
    FeedList read = FeedList.read(opml.getBytes(StandardCharsets.UTF_8));
    assertThat(read.feeds())
        .extracting(FeedList.Entry::url)
        .containsExactlyInAnyOrder(
            site.url("ledger.example", "/rss.xml"), site.url("wire.example", "/rss.xml"));
    assertThat(read.feeds())
        .extracting(FeedList.Entry::title)
        .contains(Optional.of("Feed of wire.example"));
  }

  private Reply attached(Attachment file) {
    return router.dispatch(
        new CommandRequest(
            "feeds",
            Optional.of("import"),
            Map.of("file", file.fileName()),
            admin,
            channel,
            Map.of("file", file)));
  }

  private Reply typed(String line) {
    return router.dispatchText(line, admin, channel);
  }

  private static String error(Reply reply) {
    assertThat(reply.isError()).as(text(reply)).isTrue();
    return text(reply);
  }

  private static String text(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title().orElse(""));
    for (Reply.Section section : reply.sections()) {
      section.text().ifPresent(t -> out.append('\n').append(t));
    }
    return out.toString().strip();
  }
}
