package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.DigestCommand;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Requester;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /feeds filter}: what a server keeps of a feed, said, listed and applied to its digests.
 */
class FeedsFilterTest {
  private static final List<String> BIKES =
      List.of(
          "The city will paint new bike lanes along the whole of Harbour Road this summer, from the ferry terminal to the old market hall.",
          "Cyclists asked for the lanes after two serious crashes on the road last year, when a delivery van and a bus hit riders at the same junction.",
          "Work starts in June and should take about six weeks, the transport office said, with one lane of traffic kept open at all times.",
          "Shop owners on the road said they welcomed the plan but asked the council to keep loading bays for their deliveries in the mornings.",
          "The lanes will be separated from cars by a low kerb, the first of its kind in the town, and will be swept every week by the council.");
  private static final List<String> PARKING =
      List.of(
          "Parking on Mill Street will cost two dollars an hour from May, the council decided on Tuesday evening after a long and heated debate.",
          "Councillors said the charge would pay for repairs to the street, whose surface has broken up after three hard winters in a row.",
          "Shop owners fear that fewer people will come to the street once they have to pay, and asked for the first half hour to stay free.",
          "The council said it would look at the numbers again after six months and could lower the charge if trade on the street suffered.",
          "Residents with a permit will still park for free in the side streets, which the council said would not change under the new plan.");

  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  NewsIngestion news;
  CommandRouter router;
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Place channel = Place.channel(Platform.DISCORD, "G1", "C1");
  String feedUrl;

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    MutableClock clock = new MutableClock(Instant.parse("2024-06-01T08:00:00Z"));
    news = TestNewsSite.news(database, clock, 2);
    DigestDelivery digests =
        new DigestDelivery(
            new DigestStore(database),
            news.stories(),
            news.feeds(),
            List.<ChannelPoster>of(),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    router =
        new CommandRouter(
            List.of(new FeedsCommand(news), new DigestCommand(digests, news.feeds())), List.of());
    List<String[]> items = new ArrayList<>();
    items.add(story("/bikes", "New bike lanes for Harbour Road", BIKES));
    items.add(story("/parking", "Mill Street parking to cost two dollars", PARKING));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", items));
    feedUrl = site.url("ledger.example", "/rss.xml");
    assertThat(text(typed("/feeds add " + feedUrl))).contains("of the newest 2, 2 stored now");
    typed("/digest subscribe 18:00 UTC");
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  @Test
  void aFeedKeepsEveryStoryUntilFilteredThenTheDigestHoldsOnlyWhatItKeeps() {
    assertThat(text(typed("/feeds filter " + feedUrl))).isEqualTo(feedUrl + " keeps every story.");
    assertThat(text(typed("/digest preview")))
        .contains("New bike lanes for Harbour Road", "Mill Street parking");

    Reply set = typed("/feeds filter " + feedUrl + " include:bike");

    assertThat(text(set)).startsWith(feedUrl + " now keeps about bike, in digests from now on");
    String preview = text(typed("/digest preview"));
    String digest = preview.substring(0, preview.indexOf("stories of the feeds, in or out"));
    assertThat(digest).contains("New bike lanes for Harbour Road").doesNotContain("Mill Street");
    assertThat(preview)
        .contains(
            "\u201CMill Street parking to cost two dollars\u201D \u2014 not posted: filtered out,"
                + " the filter of "
                + feedUrl
                + " keeps only stories about bike");
    assertThat(text(typed("/feeds list"))).contains("Keeps about bike.");
  }

  @Test
  void excludedWordsLeaveStoriesOutAndNoneClearsAFilter() {
    typed("/feeds filter " + feedUrl + " exclude:parking, \"bike lanes\"");

    assertThat(text(typed("/feeds filter " + feedUrl)))
        .isEqualTo(feedUrl + " keeps except \"bike lanes\" or parking.");
    String preview = text(typed("/digest preview"));
    assertThat(preview.substring(0, preview.indexOf("stories of the feeds, in or out")))
        .doesNotContain("Mill Street", "bike lanes");
    assertThat(preview)
        .contains(
            "\u201CMill Street parking to cost two dollars\u201D \u2014 not posted: filtered out,"
                + " the filter of "
                + feedUrl
                + " leaves out parking");

    typed("/feeds filter " + feedUrl + " exclude:none");
    assertThat(text(typed("/feeds filter " + feedUrl))).isEqualTo(feedUrl + " keeps every story.");
    assertThat(text(typed("/feeds list"))).doesNotContain("Keeps");
  }

  @Test
  void aFilterOfStopWordsOrOfAFeedNotHereIsRefusedWithTheReason() {
    Reply stopWords = typed("/feeds filter " + feedUrl + " include:the");
    assertThat(stopWords.isError()).isTrue();
    assertThat(text(stopWords)).contains("\"the\" has no word");
    assertThat(text(typed("/feeds filter " + feedUrl))).isEqualTo(feedUrl + " keeps every story.");

    Reply unknown = typed("/feeds filter https://elsewhere.example/rss include:bike");
    assertThat(unknown.isError()).isTrue();
    assertThat(text(unknown)).contains("has no feed https://elsewhere.example/rss");
  }

  private String[] story(String path, String title, List<String> paragraphs) {
    site.page(
        "ledger.example", path, TestNewsSite.article(title, "Harbor Ledger", null, paragraphs));
    return new String[] {title, site.url("ledger.example", path)};
  }

  private Reply typed(String line) {
    return router.dispatchText(line, admin, channel);
  }

  /** Everything the reply says: text, headings and bullets. */
  private static String text(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title().orElse(""));
    for (Reply.Section section : reply.sections()) {
      section.heading().ifPresent(h -> out.append('\n').append(h));
      section.text().ifPresent(t -> out.append('\n').append(t));
      out.append(section.bullets().stream().map(b -> "\n" + b).collect(Collectors.joining()));
    }
    return out.toString().strip();
  }
}
