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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefbot.app.BriefbotCli;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code briefbot feeds import|export} against a news site on 127.0.0.1, as an operator runs it.
 */
class FeedListCommandTest {
  private static final Map<String, String> DEV = Map.of("BRIEFBOT_FETCH_ALLOW_PRIVATE", "true");

  @TempDir Path dataDir;
  HttpServer server;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String body;
          String type;
          if (path.equals("/rss.xml")) {
            type = "application/rss+xml";
            body =
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor Ledger</title>"
                    + "<link>"
                    + url("/")
                    + "</link></channel></rss>";
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
            if (type == FeedListCommand.Import.class) {
              return type.cast(new FeedListCommand.Import(environment));
            }
            if (type == FeedListCommand.Export.class) {
              return type.cast(new FeedListCommand.Export(environment));
            }
            return CommandLine.defaultFactory().create(type);
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
  void aListIsImportedForAPlaceAndExportedAgain() throws IOException {
    Path file = dataDir.resolve("mine.opml");
    Files.writeString(
        file,
        "<opml version=\"2.0\"><body><outline text=\"News\">"
            + "<outline text=\"Ledger\" xmlUrl=\""
            + url("/rss.xml")
            + "\"/><outline text=\"Gone\" xmlUrl=\""
            + url("/gone.xml")
            + "\"/></outline></body></opml>");

    int exit = run(DEV, "feeds", "import", file.toString(), "--place", "discord:4242");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("Imported mine.opml: added 1, already there 0, refused 1.")
        .contains("Refused " + url("/gone.xml") + ": That page does not exist");

    out.getBuffer().setLength(0);
    assertThat(run(DEV, "feeds", "export", "--place", "discord:4242")).isZero();
    assertThat(out.toString())
        .contains("<opml version=\"2.0\">", "text=\"Harbor Ledger\"", "xmlUrl=\"" + url("/rss.xml"))
        .doesNotContain("gone.xml");

    out.getBuffer().setLength(0);
    assertThat(run(DEV, "feeds", "export", "--place", "slack:T1")).isZero();
    assertThat(out.toString()).doesNotContain("xmlUrl");

    out.getBuffer().setLength(0);
    assertThat(run(DEV, "feeds", "import", file.toString(), "--place", "discord:4242")).isZero();
    assertThat(out.toString())
        .startsWith("Imported mine.opml: added 0, already there 1, refused 1.");
  }

  @Test
  void aWrongPlaceOrAMissingOrForeignFileIsOneLineOnStderr() throws IOException {
    Path feed = dataDir.resolve("feed.xml");
    Files.writeString(feed, "<rss version=\"2.0\"><channel/></rss>");
    Path big = dataDir.resolve("big.opml");
    Files.write(big, new byte[2 * 1024 * 1024]);

    assertThat(run(DEV, "feeds", "export", "--place", "teams:42")).isEqualTo(1);
    assertThat(run(DEV, "feeds", "import", "nowhere.opml")).isEqualTo(1);
    assertThat(run(DEV, "feeds", "import", feed.toString())).isEqualTo(1);
    assertThat(run(DEV, "feeds", "import", big.toString())).isEqualTo(1);

    assertThat(err.toString().lines())
        .containsExactly(
            "briefbot: --place is discord:<server id>, slack:<workspace id> or console, not \"teams:42\".",
            "briefbot: There is no file nowhere.opml.",
            "briefbot: That file is not an OPML feed list: its root element is <rss>, not <opml> (it is a feed itself: /feeds add its address).",
            "briefbot: That file is 2048 KB; an OPML feed list Briefbot reads is at most 1024 KB.");
    assertThat(out.toString()).isEmpty();
  }
}
