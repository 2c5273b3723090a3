package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.alert.AlertStore;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.AlertsCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.FeedsCommand;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Requester;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts on a news site on loopback, as a channel sees them: a story on the topic that reaches the
 * feeds after the alert was set up is posted once — with the role to mention, its summary, outlet
 * and link — and another outlet's copy of the same event is one post listing both links; past the
 * hourly limit one post says how many more there are and how to see them; {@code /alerts preview}
 * says of each recent story whether it is posted and why not.
 */
class AlertsAsNewsBreaksTest {
  static final List<String> LANES =
      List.of(
          "The city will paint new bike lanes along the whole of Harbour Road this summer, from the ferry terminal to the old market hall.",
          "Cyclists asked for the lanes after two serious crashes on the road last year, when a delivery van and a bus hit riders at the same junction.",
          "Work starts in June and should take about six weeks, the transport office said, with one lane of traffic kept open at all times.",
          "Shop owners on the road said they welcomed the plan but asked the council to keep loading bays for their deliveries in the mornings.");
  static final List<String> PARKING =
      List.of(
          "Parking on Mill Street will cost two dollars an hour from May, the council decided on Tuesday evening after a long and heated debate.",
          "Councillors said the charge would pay for repairs to the street, whose surface has broken up after three hard winters in a row.",
          "Residents with a permit will still park for free in the side streets, which the council said would not change under the new plan.",
          "Shop owners fear that fewer people will come to the street once they have to pay, and asked for the first half hour to stay free.");

  /** Five stories that mention bikes, each about an event of its own. */
  static final List<List<String>> OTHER_BIKE_NEWS =
      List.of(
          List.of(
              "Police in Caldwick say bike thefts at the railway station have doubled since March, and they urged commuters to buy sturdier locks.",
              "Officers will mark frames with a code for free on Saturday mornings outside the ticket hall.",
              "Most of the stolen machines were taken from the racks beside the taxi rank after dark.",
              "A camera will be fitted above the racks next month, the rail operator promised at a meeting with passengers.",
              "Detectives arrested two men in a van full of frames on the ring road last week, but they believe a larger gang is at work."),
          List.of(
              "The annual hill climb bike race returns to Mossford on Sunday, with riders from nine countries expected at the start.",
              "Organisers said the steep course up Beacon Hill will be closed to cars from seven until noon.",
              "Last year's winner, a postman from Orrin, set a record of eleven minutes.",
              "Spectators are asked to stand behind the barriers on the hairpin bends, where marshals in orange jackets will keep watch.",
              "Food stalls and a brass band will wait for the riders at the summit, where the prizes are handed out at one o'clock."),
          List.of(
              "A repair cafe for old bikes opened on Quarry Lane, where volunteers fix punctures, brakes and chains for whatever visitors can pay.",
              "The founders, two retired engineers, said they wanted fewer machines to end up in skips.",
              "The cafe also sells donated frames to students at low prices.",
              "It opens every Thursday evening and Saturday morning in the former bakery, which the landlord lets for a token rent.",
              "More than forty people brought broken wheels and rusty gears on the first afternoon, far more than the founders had hoped."),
          List.of(
              "Elmbridge will put three hundred shared bikes on its streets in autumn under a rental scheme approved by the borough on Monday.",
              "Riders will unlock them with a phone app and pay by the minute, with the first ten minutes free.",
              "The operator must remove any machine left blocking a pavement within two hours.",
              "Docking stations will stand outside the library, the hospital and each of the four tram stops on the main line.",
              "Critics on the borough council said the money would be better spent on mending potholes in the outer estates."),
          List.of(
              "Schoolchildren in Wendle will get free bike lessons this term, paid for by a grant from the regional sports fund.",
              "Instructors will teach signalling, braking and how to ride past parked cars safely.",
              "Parents welcomed the lessons after a girl was hurt near the primary school gates in January.",
              "Each pupil will get a bright vest, a bell and a certificate after passing a short test on the quiet roads behind the playground.",
              "The head teacher hopes that more families will leave the car at home on the morning school run next year."));

  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  NewsIngestion news;
  AlertDelivery alerts;
  CommandRouter router;
  final MutableClock clock = new MutableClock(Instant.parse("2024-06-01T08:00:00Z"));
  final List<Posted> posted = new CopyOnWriteArrayList<>();
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Place channel = Place.channel(Platform.DISCORD, "G1", "C1");
  final List<String[]> ledgerItems = new ArrayList<>();
  String ledgerFeed;

  record Posted(Place place, Reply reply, String key) {}

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    news = TestNewsSite.news(database, clock, 2);
    alerts = delivery(2);
    router =
        new CommandRouter(
            List.of(new FeedsCommand(news), new AlertsCommand(alerts, news.feeds())), List.of());
    ledgerItems.add(
        story(
            "ledger.example",
            "/parking",
            "Mill Street parking to cost two dollars",
            "Harbor Ledger",
            PARKING));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", ledgerItems));
    ledgerFeed = site.url("ledger.example", "/rss.xml");
    assertThat(text(typed("/feeds add " + ledgerFeed))).contains("1 stored now");
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  /** Alerts on the test's database, posting to {@link #posted}, {@code perHour} posts an hour. */
  AlertDelivery delivery(int perHour) {
    ChannelPoster poster =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            return post(place, reply, new PostKey("none"));
          }

          @Override
          public Delivery post(Place place, Reply reply, PostKey key) {
            posted.add(new Posted(place, reply, key.value()));
            return new Delivery.Posted("m" + posted.size());
          }
        };
    return new AlertDelivery(
        new AlertStore(database),
        news.stories(),
        news.feeds(),
        List.of(poster),
        new AlertDelivery.AlertSettings(perHour),
        clock);
  }

  @Test
  void aStoryOnTheTopicIsPostedOnceWithEveryOutletOfItsEventAndTheRoleToMention() {
    assertThat(text(typed("/alerts add bike lanes @cyclists")))
        .contains("Each new story of this server's feeds that mentions bike lanes is posted here")
        .contains("mentioning @cyclists");
    assertThat(alerts.runDue()).as("the parking story is older than the alert").isZero();

    ledgerItems.add(
        story(
            "ledger.example", "/lanes", "New bike lanes for Harbour Road", "Harbor Ledger", LANES));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", ledgerItems));
    news.pollAndIngest(news.feeds().findByUrl(ledgerFeed).orElseThrow());
    List<String> copy = new ArrayList<>(LANES);
    copy.set(
        2,
        "Work begins in June and should last about six weeks, the transport office said, keeping one lane of traffic open.");
    List<String[]> wire = new ArrayList<>();
    wire.add(story("wire.example", "/lanes", "Harbour Road gets bike lanes", "City Wire", copy));
    site.feed("wire.example", "/rss.xml", TestNewsSite.rss("City Wire", wire));
    typed("/feeds add " + site.url("wire.example", "/rss.xml"));

    assertThat(alerts.runDue()).isEqualTo(1);
    // Again, and from another delivery on the same database: nothing more.
    assertThat(alerts.runDue()).isZero();
    assertThat(delivery(2).runDue()).isZero();

    assertThat(posted)
        .singleElement()
        .satisfies(
            post -> {
              Reply reply = post.reply();
              assertThat(post.place()).isEqualTo(channel);
              assertThat(reply.visibility()).isEqualTo(Reply.Visibility.CHANNEL);
              assertThat(reply.mentionRole()).contains("cyclists");
              assertThat(reply.title()).contains("New bike lanes for Harbour Road");
              assertThat(text(reply))
                  .contains("New story on bike lanes, reported by 2 outlets.")
                  .contains("The city will paint new bike lanes along the whole of Harbour Road");
              assertThat(reply.sections().stream().flatMap(s -> s.links().stream()).toList())
                  .extracting(Reply.Link::label, Reply.Link::url)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          "Harbor Ledger", site.url("ledger.example", "/lanes")),
                      org.assertj.core.groups.Tuple.tuple(
                          "City Wire", site.url("wire.example", "/lanes")));
              assertThat(post.key()).startsWith("alert-");
            });

    assertThat(text(typed("/alerts preview bike lanes")))
        .contains(
            "\u201CNew bike lanes for Harbour Road\u201D \u2014 not posted again: already posted by the alert on bike lanes",
            "\u201CHarbour Road gets bike lanes\u201D \u2014 not posted again: already posted by the alert on bike lanes",
            "\u201CMill Street parking to cost two dollars\u201D \u2014 not posted: it reached the feeds before this alert was set up");
  }

  @Test
  void pastTheHourlyLimitOnePostSaysHowManyMoreAndHowToSeeThem() {
    typed("/alerts add bikes");
    for (int i = 0; i < OTHER_BIKE_NEWS.size(); i++) {
      ledgerItems.add(
          story(
              "ledger.example",
              "/bikes-" + i,
              headline(i),
              "Harbor Ledger",
              OTHER_BIKE_NEWS.get(i)));
    }
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", ledgerItems));
    news.pollAndIngest(news.feeds().findByUrl(ledgerFeed).orElseThrow());

    // The stories are brought in side by side: which two came first is not known in advance.
    String preview = text(typed("/alerts preview bikes"));
    assertThat(preview.lines().filter(line -> line.endsWith("\u201D \u2014 posted"))).hasSize(2);
    assertThat(
            preview
                .lines()
                .filter(
                    line ->
                        line.endsWith(
                            "\u2014 not posted on its own: this channel has had its 2 alert posts"
                                + " this hour, so it is counted in one \u201Cand more\u201D post")))
        .hasSize(3);

    assertThat(alerts.runDue()).isEqualTo(3);
    assertThat(alerts.runDue()).isZero();
    assertThat(posted).hasSize(3);
    List<String> headlines =
        java.util.stream.IntStream.range(0, 5).mapToObj(i -> headline(i)).toList();
    List<String> postedTitles =
        posted.subList(0, 2).stream().map(p -> p.reply().title().orElseThrow()).toList();
    assertThat(postedTitles).doesNotHaveDuplicates().isSubsetOf(headlines);
    assertThat(preview)
        .contains(
            "\u201C" + postedTitles.get(0) + "\u201D \u2014 posted",
            "\u201C" + postedTitles.get(1) + "\u201D \u2014 posted");
    assertThat(text(posted.get(2).reply()))
        .isEqualTo(
            "And 3 more stories on bikes this hour. This channel gets at most 2 alert posts an"
                + " hour; /brief bikes lists the latest stories.");
    String counted =
        headlines.stream().filter(h -> !postedTitles.contains(h)).findFirst().orElseThrow();
    assertThat(text(typed("/alerts preview bikes")))
        .contains(
            "\u201C"
                + counted
                + "\u201D \u2014 not posted again: counted in the \u201Cand 3 more\u201D post of the alert on bikes");

    // An hour later the channel may have news again; what the "more" post counted stays counted.
    clock.advance(Duration.ofMinutes(61));
    assertThat(alerts.runDue()).isZero();
    ledgerItems.add(
        story(
            "ledger.example", "/lanes", "New bike lanes for Harbour Road", "Harbor Ledger", LANES));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", ledgerItems));
    news.pollAndIngest(news.feeds().findByUrl(ledgerFeed).orElseThrow());
    assertThat(alerts.runDue()).isEqualTo(1);
    assertThat(posted).hasSize(4);
    assertThat(posted.get(3).reply().title()).contains("New bike lanes for Harbour Road");
  }

  @Test
  void aPausedAlertPostsNothingAndAResumedOnePostsWhatComesAfter() {
    typed("/alerts add bikes");
    assertThat(text(typed("/alerts pause bikes"))).contains("Paused the alert on bikes");
    ledgerItems.add(
        story("ledger.example", "/bikes-0", headline(0), "Harbor Ledger", OTHER_BIKE_NEWS.get(0)));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", ledgerItems));
    news.pollAndIngest(news.feeds().findByUrl(ledgerFeed).orElseThrow());
    assertThat(text(typed("/alerts preview bikes"))).contains("The alert on bikes is paused.");
    assertThat(alerts.runDue()).isZero();

    assertThat(text(typed("/alerts resume bikes"))).contains("Resumed the alert on bikes");
    assertThat(alerts.runDue()).as("what came while it was paused is not news").isZero();
    ledgerItems.add(
        story("ledger.example", "/bikes-1", headline(1), "Harbor Ledger", OTHER_BIKE_NEWS.get(1)));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", ledgerItems));
    news.pollAndIngest(news.feeds().findByUrl(ledgerFeed).orElseThrow());
    assertThat(alerts.runDue()).isEqualTo(1);
    assertThat(posted)
        .singleElement()
        .satisfies(p -> assertThat(p.reply().title()).contains(headline(1)));
  }

  @Test
  void aStoryOfTwoAlertsIsPostedOnceAndALateCopyOfItsEventJoinsThatPost() {
    typed("/alerts add bike lanes");
    typed("/alerts add harbour road");
    ledgerItems.add(
        story(
            "ledger.example", "/lanes", "New bike lanes for Harbour Road", "Harbor Ledger", LANES));
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", ledgerItems));
    news.pollAndIngest(news.feeds().findByUrl(ledgerFeed).orElseThrow());
    assertThat(alerts.runDue()).isEqualTo(1);
    assertThat(posted)
        .singleElement()
        .satisfies(
            post ->
                assertThat(text(post.reply()))
                    .contains("New story on bike lanes and harbour road, from Harbor Ledger."));

    List<String> copy = new ArrayList<>(LANES);
    copy.set(
        2,
        "Work begins in June and should last about six weeks, the transport office said, keeping one lane of traffic open.");
    List<String[]> wire = new ArrayList<>();
    wire.add(story("wire.example", "/lanes", "Harbour Road gets bike lanes", "City Wire", copy));
    site.feed("wire.example", "/rss.xml", TestNewsSite.rss("City Wire", wire));
    typed("/feeds add " + site.url("wire.example", "/rss.xml"));
    assertThat(text(typed("/alerts preview bike lanes")))
        .contains(
            "\u201CHarbour Road gets bike lanes\u201D \u2014 not posted: merged into the alert post of"
                + " \u201CNew bike lanes for Harbour Road\u201D, another outlet's story of the same event");

    alerts.runDue();
    assertThat(posted).as("the copy is recorded with the post, not posted").hasSize(1);
    assertThat(text(typed("/alerts preview harbour road")))
        .contains(
            "\u201CHarbour Road gets bike lanes\u201D \u2014 not posted again: already posted by the"
                + " alert on bike lanes and harbour road");
  }

  static String headline(int i) {
    return List.of(
            "Bike thefts double at Caldwick station",
            "Hill climb bike race returns to Mossford",
            "Repair cafe for old bikes opens on Quarry Lane",
            "Three hundred shared bikes for Elmbridge",
            "Free bike lessons for Wendle schoolchildren")
        .get(i);
  }

  private String[] story(
      String host, String path, String title, String outlet, List<String> paragraphs) {
    site.page(host, path, TestNewsSite.article(title, outlet, null, paragraphs));
    return new String[] {title, site.url(host, path)};
  }

  private Reply typed(String line) {
    return router.dispatchText(line, admin, channel);
  }

  static String text(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title().orElse(""));
    for (Reply.Section section : reply.sections()) {
      section.heading().ifPresent(h -> out.append('\n').append(h));
      section.text().ifPresent(t -> out.append('\n').append(t));
      out.append(section.bullets().stream().map(b -> "\n" + b).collect(Collectors.joining()));
    }
    return out.toString().strip();
  }
}
