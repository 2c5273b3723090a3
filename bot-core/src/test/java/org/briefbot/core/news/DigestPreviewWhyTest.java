package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code /digest preview}: for each recent story of the place's feeds, whether the next digest
 * posts it, and why not — the digest's own words, a feed's filter, an earlier digest, another
 * outlet's story of the same event. On a news site on loopback.
 */
class DigestPreviewWhyTest {
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
  DigestDelivery digests;
  CommandRouter router;
  MutableClock clock = new MutableClock(Instant.parse("2024-06-01T08:00:00Z"));
  final List<Reply> posted = new ArrayList<>();
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Place channel = Place.channel(Platform.DISCORD, "G1", "C1");
  String feedUrl;

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    news = TestNewsSite.news(database, clock, 2);
    ChannelPoster poster =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            posted.add(reply);
            return new Delivery.Posted("m" + posted.size());
          }
        };
    digests =
        new DigestDelivery(
            new DigestStore(database),
            news.stories(),
            news.feeds(),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    router =
        new CommandRouter(
            List.of(new FeedsCommand(news), new DigestCommand(digests, news.feeds())), List.of());
    List<String[]> items = new ArrayList<>();
    items.add(story("ledger.example", "/bikes", "New bike lanes for Harbour Road", BIKES));
    items.add(
        story("ledger.example", "/parking", "Mill Street parking to cost two dollars", PARKING));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", items));
    feedUrl = site.url("ledger.example", "/rss.xml");
    assertThat(text(typed("/feeds add " + feedUrl))).contains("2 stored now");
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  @Test
  void eachStorySaysWhetherItIsPostedOrWhichWordLeavesItOut() {
    typed("/digest subscribe 18:00 UTC exclude:parking");

    String preview = text(typed("/digest preview"));

    assertThat(preview)
        .contains(
            "The latest 2 stories of the feeds, in or out",
            "\u201CNew bike lanes for Harbour Road\u201D \u2014 posted as item 1",
            "\u201CMill Street parking to cost two dollars\u201D \u2014 not posted: filtered out"
                + " by the digest's exclude: parking");

    typed("/digest subscribe 18:00 UTC topics:trams");
    assertThat(text(typed("/digest preview")))
        .contains(
            "\u201CNew bike lanes for Harbour Road\u201D \u2014 not posted: filtered out, it"
                + " mentions none of the digest's topics (trams)");

    typed("/digest subscribe 18:00 UTC items:1");
    typed("/feeds filter " + feedUrl + " include:bike");
    assertThat(text(typed("/digest preview")))
        .contains(
            "\u201CNew bike lanes for Harbour Road\u201D \u2014 posted as item 1",
            "\u201CMill Street parking to cost two dollars\u201D \u2014 not posted: filtered out,"
                + " the filter of "
                + feedUrl
                + " keeps only stories about bike");
  }

  @Test
  void aStoryAnEarlierDigestPostedSaysWhichAndOnlyTheBestItemsArePosted() {
    typed("/digest subscribe 18:00 UTC items:1");
    String before = text(typed("/digest preview"));
    assertThat(before).contains("not among the best 1 item the digest holds (it ranks 2)");

    clock.set(Instant.parse("2024-06-01T18:00:05Z"));
    assertThat(digests.runDue()).isEqualTo(1);
    assertThat(posted).hasSize(1);

    String after = text(typed("/digest preview"));
    assertThat(after)
        .contains(
            "No new stories since the last digest",
            "\u201CNew bike lanes for Harbour Road\u201D \u2014 not posted again: already in"
                + " \u201CDigest \u2014 Sat 1 Jun\u201D",
            "\u201CMill Street parking to cost two dollars\u201D \u2014 not posted again: already"
                + " in \u201CDigest \u2014 Sat 1 Jun\u201D");
  }

  @Test
  void anotherOutletsStoryOfTheSameEventIsMergedIntoItsItem() {
    List<String[]> wire = new ArrayList<>();
    List<String> sameEvent = new ArrayList<>(BIKES);
    sameEvent.set(
        2,
        "Work begins in June and should last about six weeks, the transport office said, keeping one lane of traffic open.");
    wire.add(story("wire.example", "/lanes", "Harbour Road gets bike lanes", sameEvent));
    site.feed("wire.example", "/rss.xml", TestNewsSite.rss("City Wire", wire));
    clock.advance(Duration.ofMinutes(5));
    typed("/feeds add " + site.url("wire.example", "/rss.xml"));
    typed("/digest subscribe 18:00 UTC");

    String preview = text(typed("/digest preview"));

    assertThat(preview)
        .containsPattern("posted, merged into item 1 with 1 other story of the same event");
    assertThat(preview).contains("The latest 3 stories of the feeds, in or out");
  }

  private String[] story(String host, String path, String title, List<String> paragraphs) {
    site.page(host, path, TestNewsSite.article(title, host, null, paragraphs));
    return new String[] {title, site.url(host, path)};
  }

  private Reply typed(String line) {
    return router.dispatchText(line, admin, channel);
  }

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
