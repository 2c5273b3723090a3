package org.briefbot.app.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefbot.app.BriefbotCli;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code briefbot ingest} against a news site on 127.0.0.1, as a person would run it. */
class IngestCommandTest {
  private static final String[] PARAGRAPHS = {
    "The harbor ferry will run every twenty minutes instead of every half hour from the first of July, the operator said on Monday.",
    "The change follows a year in which morning boats were so full that dozens of commuters were left on the pier each day.",
    "Two boats that had been kept in reserve will return to service after repairs, and the operator is hiring six new crew members.",
    "Fares will not change this year, although the operator warned that fuel prices could force a small rise next spring.",
  };

  @TempDir Path dataDir;
  HttpServer server;
  final AtomicInteger requests = new AtomicInteger();
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          String path = exchange.getRequestURI().getPath();
          String body;
          String type;
          if (path.equals("/ferry")) {
            type = "text/html; charset=utf-8";
            body =
                "<html><head><title>Ferries every twenty minutes | Harbor Ledger</title>"
                    + "<meta property=\"og:site_name\" content=\"Harbor Ledger\">"
                    + "<meta property=\"article:published_time\" content=\"2024-06-03T09:00:00Z\"></head><body><article><h1>Ferries every twenty minutes</h1><p>"
                    + String.join("</p><p>", PARAGRAPHS)
                    + "</p></article></body></html>";
          } else if (path.equals("/rss.xml")) {
            type = "application/rss+xml";
            body =
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor Ledger</title><link>"
                    + url("/")
                    + "</link>"
                    + "<item><title>Ferries</title><link>"
                    + url("/ferry")
                    + "?utm_source=rss</link></item>"
                    + "<item><title>Report</title><link>"
                    + url("/report.pdf")
                    + "</link></item></channel></rss>";
          } else if (path.equals("/report.pdf")) {
            type = "application/pdf";
            body = "%PDF-1.7";
          } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(bytes);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private int run(Map<String, String> environment, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == IngestCommand.class
                ? type.cast(new IngestCommand(environment))
                : CommandLine.defaultFactory().create(type);
          }
        };
    CommandLine cli = BriefbotCli.commandLine(factory);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = Database.h2Url(dataDir);
    return cli.execute(all);
  }

  @Test
  void aLoopbackUrlIsRefusedByDefaultWithOneLineAndNothingFetched() {
    int exit = run(Map.of(), "ingest", "--url", url("/ferry"));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "briefbot: Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address)."
                + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
    assertThat(requests.get()).isZero();
  }

  @Test
  void otherSchemesAreRefused() {
    assertThat(run(Map.of(), "ingest", "--url", "file:///etc/passwd")).isEqualTo(1);
    assertThat(run(Map.of(), "ingest", "--feed", "gopher://127.0.0.1/1")).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "briefbot: Briefbot only fetches http and https links, not file: links.",
            "briefbot: Briefbot only fetches http and https links, not gopher: links.");
  }

  @Test
  void withPrivateAddressesAllowedAStoryIsStoredAndPrinted() {
    Map<String, String> dev = Map.of("BRIEFBOT_FETCH_ALLOW_PRIVATE", "true");
    int exit = run(dev, "ingest", "--url", url("/ferry?utm_medium=social"));

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString().lines())
        .containsExactly(
            "Stored: Ferries every twenty minutes — Harbor Ledger, 3 Jun 2024",
            "  " + url("/ferry"),
            "  4 sentences, 2 quotes, 89 words",
            "  - " + PARAGRAPHS[0],
            "  - " + PARAGRAPHS[1],
            "  - " + PARAGRAPHS[2]);

    out.getBuffer().setLength(0);
    assertThat(run(dev, "ingest", "--url", url("/ferry"))).isZero();
    assertThat(out.toString()).startsWith("Already stored: Ferries every twenty minutes");
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void aFeedIsReadItsStoriesStoredAndWhatCouldNotBeStoredSaid() {
    int exit =
        run(Map.of("BRIEFBOT_FETCH_ALLOW_PRIVATE", "true"), "ingest", "--feed", url("/rss.xml"));

    assertThat(exit).as(err.toString()).isZero();
    String printed = out.toString();
    assertThat(printed)
        .startsWith("Stored: Ferries every twenty minutes — Harbor Ledger, 3 Jun 2024");
    assertThat(printed)
        .contains(
            "Skipped "
                + url("/report.pdf")
                + ": That link is a PDF; Briefbot reads web pages and feeds, not PDFs.");
    // One summary, consistent with the lines above it.
    assertThat(printed)
        .endsWith(
            "Added Harbor Ledger ("
                + url("/rss.xml")
                + "): 2 stories listed; of the newest 2, 1 stored now, 1 could not be read yet"
                + " (newest: \u201CFerries every twenty minutes\u201D). Briefbot reads it every"
                + " 15 minutes to begin with, then as often as it changes (every 5 minutes to every"
                + " 60 minutes)."
                + System.lineSeparator());
  }

  @Test
  void aFeedThatCannotBeReadIsOneLineOnStderrAndNothingIsSubscribed() {
    int exit =
        run(
            Map.of("BRIEFBOT_FETCH_ALLOW_PRIVATE", "true"),
            "ingest",
            "--feed",
            url("/nothing.xml"));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("briefbot: That page does not exist");
  }

  @Test
  void itemsStillLeasedByAProcessThatWasKilledAreCountedInTheSummary() {
    // A process read the feed, took its items and was killed before storing them: their leases
    // hold for a while yet.
    try (Database database = Database.open(Database.h2Url(dataDir), null, null);
        org.briefbot.core.news.NewsIngestion killed =
            new org.briefbot.core.news.NewsIngestion(
                database,
                new org.briefbot.core.news.HttpFetcher(
                    org.briefbot.core.news.FetchSettings.defaults().withAllowPrivateAddresses(true),
                    org.briefbot.core.news.HostResolver.system()),
                text -> {
                  throw new AssertionError("the killed process stored nothing");
                },
                java.time.Clock.systemUTC(),
                1)) {
      org.briefbot.core.store.Feed feed =
          killed.addFeed(
              url("/rss.xml"), org.briefbot.core.store.FeedOwner.CONSOLE, "an earlier run");
      killed.poller().poll(feed);
      java.time.Instant now = java.time.Instant.now();
      assertThat(killed.queue().claimDue(now, now.plusSeconds(120), 10)).hasSize(2);
    }

    int exit =
        run(Map.of("BRIEFBOT_FETCH_ALLOW_PRIVATE", "true"), "ingest", "--feed", url("/rss.xml"));

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            ": 2 stories listed; of the newest 2, 0 stored now, 2 being read by another Briefbot"
                + " process (or by one that stopped, until its lease of 2 minutes runs out)");
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsOneLineWithoutItsPassword() {
    CommandLine cli = BriefbotCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    int exit =
        cli.execute(
            "ingest",
            "--url",
            "https://news.example/story",
            "--db",
            "jdbc:postgresql://127.0.0.1:1/news?user=reader&password=hunter2");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "briefbot: Briefbot cannot open its database jdbc:postgresql://127.0.0.1:1/news: ")
        .doesNotContain("hunter2");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void ingestNeedsAUrlOrAFeed() {
    assertThat(run(Map.of(), "ingest")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required argument");
  }
}
