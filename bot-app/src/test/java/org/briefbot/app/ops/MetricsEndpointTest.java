package org.briefbot.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.briefbot.app.BriefbotServices;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.digest.DigestTime;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.NewStory;
import org.briefbot.core.store.Sha256;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StorySource;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Prometheus scrape of {@code /metrics} shows after people used the bot: each command
 * counted by its name and outcome with its latency, the index, the pool and the JVM, and nothing a
 * person typed or where they typed it.
 */
class MetricsEndpointTest {
  private static final String TYPED_SECRET = "xyzzyplugh";
  private static final Place PLACE = Place.channel(Platform.SLACK, "T0SECRETWS", "C0CHANNEL9");
  private static final Requester MEMBER = new Requester("U0PERSON7", "Ana", Set.of());

  @TempDir static Path dataDir;
  private static BriefbotMetrics metrics;
  private static BriefbotServices services;
  private static OpsServer server;

  @BeforeAll
  static void openTheCoreWithMetrics() throws Exception {
    BriefbotConfig config =
        new BriefbotConfig(
            "",
            new BriefbotConfig.Storage(Database.h2Url(dataDir), "sa"),
            new BriefbotConfig.Fetch(false, 5, 10),
            new BriefbotConfig.Summary(3),
            new BriefbotConfig.Console(100),
            BriefbotConfig.Digest.defaults(),
            null,
            BriefbotConfig.Slack.defaults());
    metrics = new BriefbotMetrics();
    services =
        BriefbotServices.open(
            config,
            Secrets.load(Map.of(), ""),
            dataDir.resolve("index"),
            List.of(),
            metrics.observers());
    assertThat(services.search().awaitReady(Duration.ofSeconds(60))).isTrue();
    metrics.watchDatabase(services.database());
    metrics.watchIndex(services.search());
    server =
        OpsServer.start(
            "127.0.0.1",
            0,
            new Readiness(ServiceChecks.core(services.database(), services.search())),
            metrics);
  }

  @AfterAll
  static void close() {
    server.close();
    services.close();
    metrics.close();
  }

  private static String scrape() throws Exception {
    HttpResponse<String> response = OpsHttp.get(server.port(), "/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    return response.body();
  }

  private static double commands(String scrape, String command, String outcome) {
    return OpsHttp.sample(
            scrape,
            "briefbot_commands_total",
            "command=\"" + command + "\"",
            "outcome=\"" + outcome + "\"")
        .orElse(0.0);
  }

  @Test
  void commandsAreCountedByNameAndOutcomeWithTheirLatency() throws Exception {
    CommandRouter router = services.router();
    String before = scrape();

    router.dispatchText("/help", MEMBER, PLACE);
    router.dispatchText("/help", MEMBER, PLACE);
    router.dispatchText("/whosaid we will do it alone", MEMBER, PLACE);
    router.dispatchText("/quotes", MEMBER, PLACE); // the person is required
    router.dispatchText("/feeds add https://news.example/rss", MEMBER, PLACE); // not an admin

    String after = scrape();
    assertThat(commands(after, "help", "answered") - commands(before, "help", "answered"))
        .isEqualTo(2.0);
    assertThat(commands(after, "whosaid", "answered") - commands(before, "whosaid", "answered"))
        .isEqualTo(1.0);
    assertThat(commands(after, "quotes", "user_error") - commands(before, "quotes", "user_error"))
        .isEqualTo(1.0);
    assertThat(commands(after, "feeds", "user_error") - commands(before, "feeds", "user_error"))
        .isEqualTo(1.0);
    assertThat(OpsHttp.sample(after, "briefbot_command_seconds_count", "command=\"help\""))
        .hasValue(commands(after, "help", "answered"));
    assertThat(
            OpsHttp.sample(
                after, "briefbot_command_seconds_bucket", "command=\"help\"", "le=\"+Inf\""))
        .hasValue(commands(after, "help", "answered"));
  }

  @Test
  void acknowledgementsAreTimedByPlatform() throws Exception {
    CommandRouter router = services.router();
    double before =
        OpsHttp.sample(scrape(), "briefbot_acknowledgement_seconds_count", "platform=\"slack\"")
            .orElse(0.0);
    router.acknowledged(org.briefbot.core.chat.Platform.SLACK, java.time.Duration.ofMillis(40));
    router.acknowledged(org.briefbot.core.chat.Platform.SLACK, java.time.Duration.ofMillis(400));
    router.acknowledged(org.briefbot.core.chat.Platform.DISCORD, java.time.Duration.ofMillis(20));
    String scrape = scrape();
    assertThat(
            OpsHttp.sample(scrape, "briefbot_acknowledgement_seconds_count", "platform=\"slack\"")
                .orElseThrow())
        .isEqualTo(before + 2);
    assertThat(
            OpsHttp.sample(
                    scrape,
                    "briefbot_acknowledgement_seconds_bucket",
                    "platform=\"slack\"",
                    "le=\"0.05\"")
                .orElseThrow())
        .isEqualTo(before + 1);
    assertThat(
            OpsHttp.sample(scrape, "briefbot_acknowledgement_seconds_count", "platform=\"discord\"")
                .orElseThrow())
        .isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void aCommandThatFailsOnBriefbotsSideIsCountedAsFailed() throws Exception {
    BotCommand broken =
        new BotCommand() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public String description() {
            return "always fails";
          }

          @Override
          public Reply handle(CommandRequest request) {
            throw new IllegalStateException("a bug");
          }
        };
    CommandRouter router =
        new CommandRouter(List.of(broken), List.of(), metrics.observers().commands());

    Reply reply = router.dispatchText("/broken", MEMBER, PLACE);

    assertThat(reply.isError()).isTrue();
    assertThat(commands(scrape(), "broken", "failed")).isEqualTo(1.0);
  }

  @Test
  void noLabelHoldsWhatAPersonTypedOrWhereTheyTypedIt() throws Exception {
    CommandRouter router = services.router();
    router.dispatchText("/whosaid " + TYPED_SECRET + " said nothing", MEMBER, PLACE);
    router.dispatchText("/" + TYPED_SECRET, MEMBER, PLACE); // no such command
    router.dispatchText("/brief https://news.example/a?token=" + TYPED_SECRET, MEMBER, PLACE);
    router.dispatchText("who said \"" + TYPED_SECRET + "\"?", MEMBER, PLACE);

    String scrape = scrape();

    assertThat(scrape)
        .doesNotContain(TYPED_SECRET)
        .doesNotContain("news.example")
        .doesNotContain("T0SECRETWS")
        .doesNotContain("C0CHANNEL9")
        .doesNotContain("U0PERSON7");
    assertThat(commands(scrape, "whosaid", "answered") + commands(scrape, "whosaid", "user_error"))
        .isGreaterThanOrEqualTo(2.0);
  }

  @Test
  void aStoryRefusedForALinkIsCountedByItsReasonNeverItsAddress() throws Exception {
    String before = scrape();
    double feedItemsBefore = total(before, "briefbot_feed_items_total");

    Reply reply =
        services
            .router()
            .dispatchText("/brief http://127.0.0.1:9/a?token=" + TYPED_SECRET, MEMBER, PLACE);

    String after = scrape();
    assertThat(reply.isError()).isTrue();
    assertThat(
            linked(after, "refused", "refused_address")
                - linked(before, "refused", "refused_address"))
        .isEqualTo(1.0);
    assertThat(total(after, "briefbot_linked_stories_total"))
        .isEqualTo(total(before, "briefbot_linked_stories_total") + 1);
    assertThat(total(after, "briefbot_feed_items_total")).isEqualTo(feedItemsBefore);
    assertThat(after).doesNotContain(TYPED_SECRET).doesNotContain("127.0.0.1:9");
  }

  private static double linked(String scrape, String outcome, String reason) {
    return OpsHttp.sample(
            scrape,
            "briefbot_linked_stories_total",
            "outcome=\"" + outcome + "\"",
            "reason=\"" + reason + "\"")
        .orElse(0.0);
  }

  /** The sum of every series of a counter. */
  private static double total(String scrape, String name) {
    return scrape
        .lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  void theIndexThePoolAndTheJvmAreThere() throws Exception {
    String scrape = scrape();

    assertThat(OpsHttp.sample(scrape, "briefbot_index_stories"))
        .hasValueSatisfying(stories -> assertThat(stories).isGreaterThanOrEqualTo(1.0));
    assertThat(OpsHttp.sample(scrape, "briefbot_index_ready")).hasValue(1.0);
    assertThat(OpsHttp.sample(scrape, "briefbot_stories_stored_total"))
        .hasValueSatisfying(stored -> assertThat(stored).isGreaterThanOrEqualTo(1.0));
    assertThat(OpsHttp.sample(scrape, "hikaricp_connections_max", "pool=\"briefbot-db\""))
        .hasValue(8.0);
    assertThat(OpsHttp.sample(scrape, "jvm_memory_used_bytes")).isPresent();
    // (GC pauses appear with the first collection; the allocation counter is there from the start)
    assertThat(OpsHttp.sample(scrape, "jvm_gc_memory_allocated_bytes_total")).isPresent();
    assertThat(OpsHttp.sample(scrape, "jvm_threads_live_threads")).isPresent();
    // every digest series is there from the start, before anything was posted
    assertThat(
            OpsHttp.sample(
                scrape, "briefbot_digests_total", "outcome=\"skipped\"", "reason=\"missed\""))
        .isPresent();
  }

  @Test
  void aDueDigestShowsAsSchedulerLagUntilPostedThenAsItsDelay() throws Exception {
    Instant due = Instant.parse("2026-03-02T08:00:00Z");
    Clock clock = Clock.fixed(due.plusSeconds(90), ZoneOffset.UTC);
    List<Place> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
    ChannelPoster slack =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.SLACK;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            posted.add(place);
            return new Delivery.Posted("1700000000.000100");
          }
        };
    DigestStore store = new DigestStore(services.database());
    DigestDelivery delivery =
        new DigestDelivery(
            store,
            services.news().stories(),
            services.news().feeds(),
            List.of(slack),
            DigestDelivery.DigestSettings.defaults(),
            clock,
            metrics.observers().digests());
    metrics.watchDigests(delivery);
    Place channel = Place.channel(Platform.SLACK, "T0SECRETWS", "C0DIGESTS1");
    DigestTime eightDaily =
        new DigestTime(LocalTime.of(8, 0), ZoneOffset.UTC, DigestTime.Days.DAILY);
    store.subscribe(
        channel,
        new DigestStore.Settings(eightDaily, true, List.of(), List.of(), 5, Optional.empty(), true),
        new DigestTime.Occurrence(LocalDate.of(2026, 3, 2), due),
        "U0PERSON7",
        due.minusSeconds(3600));
    String waiting = scrape();

    assertThat(delivery.runDue()).isEqualTo(1);

    String after = scrape();
    assertThat(OpsHttp.sample(waiting, "briefbot_digest_scheduler_lag_seconds")).hasValue(90.0);
    assertThat(OpsHttp.sample(after, "briefbot_digest_scheduler_lag_seconds")).hasValue(0.0);
    assertThat(posted).containsExactly(channel);
    assertThat(
            OpsHttp.sample(after, "briefbot_digests_total", "outcome=\"delivered\"").orElseThrow()
                - OpsHttp.sample(waiting, "briefbot_digests_total", "outcome=\"delivered\"")
                    .orElseThrow())
        .isEqualTo(1.0);
    assertThat(
            OpsHttp.sample(after, "briefbot_digest_delay_seconds_sum").orElseThrow()
                - OpsHttp.sample(waiting, "briefbot_digest_delay_seconds_sum").orElseThrow())
        .isEqualTo(90.0);
    assertThat(
            OpsHttp.sample(after, "briefbot_digest_delay_seconds_bucket", "le=\"60.0\"")
                .orElseThrow())
        .isEqualTo(
            OpsHttp.sample(waiting, "briefbot_digest_delay_seconds_bucket", "le=\"60.0\"")
                .orElseThrow());
    assertThat(
            OpsHttp.sample(after, "briefbot_digest_delay_seconds_bucket", "le=\"120.0\"")
                    .orElseThrow()
                - OpsHttp.sample(waiting, "briefbot_digest_delay_seconds_bucket", "le=\"120.0\"")
                    .orElseThrow())
        .isEqualTo(1.0);
  }

  @Test
  void eachFeedsFailuresInARowAreShownByItsIdNeverItsAddress() throws Exception {
    FeedStore feeds = services.news().feeds();
    Instant now = Instant.now();
    Feed failing =
        feeds.add(
            "https://feeds.example/rss?key=" + TYPED_SECRET,
            new FeedOwner("slack", "T0SECRETWS"),
            "U0PERSON7",
            Duration.ofMinutes(30),
            now);
    Feed fine =
        feeds.add(
            "https://other.example/atom.xml",
            new FeedOwner("slack", "T0SECRETWS"),
            "U0PERSON7",
            Duration.ofMinutes(30),
            now);
    feeds.recordFailure(failing.id(), "The feed answered HTTP 500.", now, now.plusSeconds(60), 10);
    feeds.recordFailure(failing.id(), "The feed answered HTTP 500.", now, now.plusSeconds(60), 10);
    metrics.watchFeeds(feeds);

    String scrape = scrape();

    assertThat(
            OpsHttp.sample(
                scrape, "briefbot_feed_consecutive_failures", "feed=\"" + failing.id() + "\""))
        .hasValue(2.0);
    assertThat(
            OpsHttp.sample(
                scrape, "briefbot_feed_consecutive_failures", "feed=\"" + fine.id() + "\""))
        .hasValue(0.0);
    assertThat(scrape)
        .doesNotContain(TYPED_SECRET)
        .doesNotContain("feeds.example")
        .doesNotContain("other.example");

    feeds.remove(
        "https://feeds.example/rss?key=" + TYPED_SECRET, new FeedOwner("slack", "T0SECRETWS"));
    assertThat(
            OpsHttp.sample(
                scrape(), "briefbot_feed_consecutive_failures", "feed=\"" + failing.id() + "\""))
        .as("a removed feed's series goes with it")
        .isEmpty();
  }

  @Test
  void storiesAnotherProcessStoredShowAsIndexLagUntilTheIndexCatchesUp() throws Exception {
    // An index of this test's own, which catches up only when told (no polling).
    try (SearchIndex index = SearchIndex.inMemory();
        BriefbotMetrics own = new BriefbotMetrics()) {
      index.keepInStep(services.news().stories(), services.news().ingester(), Runnable::run);
      assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();
      own.watchIndex(index);
      try (OpsServer ops =
          OpsServer.start(
              "127.0.0.1", 0, new Readiness(ServiceChecks.core(services.database(), index)), own)) {
        String caughtUp = OpsHttp.get(ops.port(), "/metrics").body();
        new StoryStore(services.database())
            .save(
                otherProcesssStory(),
                StorySource.link("https://ledger.example/elsewhere", "Harbor Ledger", "Elsewhere"),
                OptionalLong.empty());

        String behind = OpsHttp.get(ops.port(), "/metrics").body();
        index.catchUp();
        String again = OpsHttp.get(ops.port(), "/metrics").body();

        assertThat(OpsHttp.sample(caughtUp, "briefbot_index_waiting_stories")).hasValue(0.0);
        assertThat(OpsHttp.sample(caughtUp, "briefbot_index_lag_seconds")).hasValue(0.0);
        assertThat(OpsHttp.sample(behind, "briefbot_index_waiting_stories")).hasValue(1.0);
        assertThat(OpsHttp.sample(behind, "briefbot_index_lag_seconds"))
            .hasValueSatisfying(seconds -> assertThat(seconds).isPositive());
        assertThat(OpsHttp.sample(again, "briefbot_index_waiting_stories")).hasValue(0.0);
        assertThat(OpsHttp.sample(again, "briefbot_index_lag_seconds")).hasValue(0.0);
      }
    }
  }

  private static NewStory otherProcesssStory() {
    String text = "The ferry will run again on Monday, the harbour office said.";
    return new NewStory(
        "https://ledger.example/elsewhere",
        "https://ledger.example/elsewhere",
        "Elsewhere",
        "Harbor Ledger",
        Optional.empty(),
        Optional.empty(),
        Instant.now(),
        text,
        List.of(new StorySentence(0, 0, 0, text.length())),
        List.of(0),
        List.of(),
        "eng",
        Sha256.hex(text),
        11);
  }
}
