package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefbot.core.alert.Alert;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.alert.AlertStore;
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

/** What a person is told by {@code /alerts}: set up, listed, refused with the reason. */
class AlertsCommandTest {
  @TempDir Path dataDir;
  TestNewsSite site;
  Database database;
  NewsIngestion news;
  AlertStore store;
  CommandRouter router;
  final Requester admin = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
  final Requester member = new Requester("u2", "Bo", Set.of());
  final Place channel = Place.channel(Platform.DISCORD, "G1", "C1");

  @BeforeEach
  void setUp() throws IOException {
    site = new TestNewsSite();
    database = Database.defaultH2(dataDir);
    news = TestNewsSite.news(database, Clock.systemUTC(), 2);
    store = new AlertStore(database);
    AlertDelivery alerts =
        new AlertDelivery(
            store,
            news.stories(),
            news.feeds(),
            List.of(),
            AlertDelivery.AlertSettings.defaults(),
            Clock.systemUTC());
    router =
        new CommandRouter(
            List.of(new FeedsCommand(news), new AlertsCommand(alerts, news.feeds())), List.of());
  }

  @AfterEach
  void tearDown() throws IOException {
    news.close();
    database.close();
    site.close();
  }

  private void addAFeed() {
    List<String[]> items = new ArrayList<>();
    site.page(
        "ledger.example",
        "/parking",
        TestNewsSite.article(
            "Mill Street parking to cost two dollars",
            "Harbor Ledger",
            null,
            AlertsAsNewsBreaksTest.PARKING));
    items.add(
        new String[] {
          "Mill Street parking to cost two dollars", site.url("ledger.example", "/parking")
        });
    site.feed("ledger.example", "/rss.xml", TestNewsSite.rss("Harbor Ledger", items));
    assertThat(text(admin, "/feeds add " + site.url("ledger.example", "/rss.xml")))
        .contains("1 stored now");
  }

  @Test
  void aPlaceWithoutFeedsIsToldToAddOneFirst() {
    Reply reply = router.dispatchText("/alerts add bikes", admin, channel);
    assertThat(reply.isError()).isTrue();
    assertThat(reply.plainText())
        .isEqualTo(
            "This server has no feeds yet, and alerts post the new stories of its feeds: /feeds add"
                + " <url> adds one.");
    assertThat(store.inChannel(channel)).isEmpty();
  }

  @Test
  void changesNeedTheRightThatManagesDigestsAndAnyoneMayListAndPreview() {
    addAFeed();
    for (String change : List.of("add bikes", "pause bikes", "resume bikes", "remove bikes")) {
      Reply reply = router.dispatchText("/alerts " + change, member, channel);
      assertThat(reply.isError()).isTrue();
      assertThat(reply.plainText())
          .isEqualTo(
              "Only people with the Manage Server permission can use /alerts "
                  + change.split(" ")[0]
                  + ".");
    }
    assertThat(store.inChannel(channel)).isEmpty();
    assertThat(text(member, "/alerts list")).contains("This channel has no alerts yet");
    assertThat(text(member, "/alerts preview parking"))
        .contains(
            "This channel has no alert on parking; this is what /alerts add parking would do",
            "\u201CMill Street parking to cost two dollars\u201D \u2014 posted");
  }

  @Test
  void badInputGetsAClearMessage() {
    addAFeed();
    assertThat(text(admin, "/alerts add")).contains("/alerts add <topic> [role] needs <topic>");
    Reply stopWords = router.dispatchText("/alerts add the", admin, channel);
    assertThat(stopWords.isError()).isTrue();
    assertThat(stopWords.plainText())
        .isEqualTo(
            "\"the\" has no word a story could be matched on; give a word such as a name or a"
                + " subject.");
    assertThat(text(admin, "/alerts remove trams"))
        .isEqualTo("This channel has no alert on trams; /alerts add <topic> sets one up.");

    assertThat(text(admin, "/alerts add Bikes")).contains("Alert set up");
    assertThat(text(admin, "/alerts add bikes"))
        .isEqualTo(
            "This channel already has an alert on bikes; /alerts list shows its alerts, /alerts"
                + " remove bikes stops it.");
    assertThat(text(admin, "/alerts pause trams"))
        .isEqualTo("This channel has no alert on trams; its alerts are on bikes.");
    assertThat(store.inChannel(channel)).extracting(Alert::topic).containsExactly("bikes");
    assertThat(text(admin, "/alerts list", Place.directMessage(Platform.DISCORD, "D1")))
        .contains("Feeds and digests belong to a server");
  }

  @Test
  void theRoleToMentionIsKeptAsTheCoreDecidesItAndListed() {
    addAFeed();
    text(admin, "/alerts add bike lanes role:<@&123456789>");
    text(admin, "/alerts add trams @here");
    text(admin, "/alerts add ferries <!subteam^S0ABCDEF12|cyclists>");

    assertThat(store.inChannel(channel))
        .extracting(Alert::topic, a -> a.mentionRole().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bike lanes", "123456789"),
            org.assertj.core.groups.Tuple.tuple("trams", Reply.MENTION_HERE),
            org.assertj.core.groups.Tuple.tuple("ferries", "S0ABCDEF12"));
    text(admin, "/alerts pause trams");
    assertThat(text(admin, "/alerts list"))
        .contains(
            "bike lanes \u2014 on, mentions @123456789",
            "trams \u2014 paused; /alerts resume trams, mentions everyone online in the channel");
    assertThat(text(admin, "/alerts remove bike lanes"))
        .isEqualTo("Removed the alert on bike lanes.");
    assertThat(store.inChannel(channel)).extracting(Alert::topic).doesNotContain("bike lanes");
  }

  private String text(Requester who, String line) {
    return text(who, line, channel);
  }

  private String text(Requester who, String line, Place place) {
    return AlertsAsNewsBreaksTest.text(router.dispatchText(line, who, place));
  }
}
