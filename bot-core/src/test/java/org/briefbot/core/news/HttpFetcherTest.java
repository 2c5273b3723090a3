package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.briefbot.core.news.FetchException.Reason;
import org.briefbot.core.news.HttpFetcher.Expect;
import org.briefbot.core.news.HttpFetcher.Fetched;
import org.briefbot.core.news.HttpFetcher.Validators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpFetcherTest {
  /** Names the tests resolve without DNS; nothing here ever leaves the machine. */
  static final HostResolver TEST_NAMES =
      host ->
          switch (host) {
            case "intranet.example" -> List.of(address("10.0.0.1"));
            case "metadata.example" -> List.of(address("169.254.169.254"));
            case "mixed.example" -> List.of(address("93.184.216.34"), address("192.168.0.7"));
            case "localhost" -> List.of(address("127.0.0.1"));
            default -> throw new UnknownHostException(host);
          };

  private final MockWebServer server = new MockWebServer();

  static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static HttpFetcher guarded() {
    return new HttpFetcher(FetchSettings.defaults(), TEST_NAMES);
  }

  private static HttpFetcher local() {
    return new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(true), TEST_NAMES);
  }

  /**
   * Every guard on, except that the one test server on 127.0.0.1 may be reached (to serve
   * redirects).
   */
  private static HttpFetcher guardedExceptTestServer() {
    UrlGuard guard =
        new UrlGuard(
            address ->
                address.getHostAddress().equals("127.0.0.1")
                    ? Optional.empty()
                    : AddressPolicy.whyForbidden(address),
            TEST_NAMES);
    return new HttpFetcher(FetchSettings.defaults(), guard);
  }

  private static String html(String paragraph) {
    return "<html><head><title>T</title></head><body><article><p>"
        + paragraph
        + "</p></article></body></html>";
  }

  @Test
  void aPageIsFetchedWithItsTypeCharsetAndValidators() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html; charset=ISO-8859-1")
            .setHeader("ETag", "\"v1\"")
            .setBody(html("Hello")));
    Fetched fetched = local().fetch(server.url("/story").toString(), Expect.PAGE, Validators.NONE);

    assertThat(fetched.mediaType()).isEqualTo("text/html");
    assertThat(fetched.charset()).contains(StandardCharsets.ISO_8859_1);
    assertThat(fetched.validators().etag()).isEqualTo("\"v1\"");
    assertThat(new String(fetched.body(), StandardCharsets.ISO_8859_1)).contains("<p>Hello</p>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://127.0.0.1:{port}/admin | Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).",
        "http://169.254.169.254/latest/meta-data/ | Briefbot does not fetch private or local addresses (169.254.169.254, a link-local address (where cloud metadata services live)).",
        "http://[::1]:{port}/ | Briefbot does not fetch private or local addresses (::1, a loopback address).",
        "http://[::ffff:7f00:1]:{port}/ | Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).",
        "http://0.0.0.0:{port}/ | Briefbot does not fetch private or local addresses (0.0.0.0, an unspecified (\"this network\") address).",
        "http://2130706433:{port}/ | Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).",
        "http://intranet.example/wiki | Briefbot does not fetch private or local addresses (intranet.example is 10.0.0.1, a private network address).",
        "http://metadata.example/ | Briefbot does not fetch private or local addresses (metadata.example is 169.254.169.254, a link-local address (where cloud metadata services live)).",
        "http://mixed.example/ | Briefbot does not fetch private or local addresses (mixed.example is 192.168.0.7, a private network address).",
        "http://localhost:{port}/ | Briefbot does not fetch private or local addresses (localhost is 127.0.0.1, a loopback address).",
        "file:///etc/passwd | Briefbot only fetches http and https links, not file: links.",
        "ftp://files.example/pub/story.txt | Briefbot only fetches http and https links, not ftp: links.",
        "gopher://gopher.example/1/news | Briefbot only fetches http and https links, not gopher: links.",
        "javascript:alert(1) | Briefbot only fetches http and https links, not javascript: links.",
        "http://editor:secret@news.example/story | Briefbot does not fetch links with a user name or password in them.",
        "news.example/story | That is not a web address (it should start with http:// or https://).",
      })
  void hostileAddressesAreRefusedWithOneSentenceAndNeverContacted(String url, String message) {
    String target = url.replace("{port}", Integer.toString(server.getPort()));
    assertThatThrownBy(() -> guarded().fetch(target, Expect.PAGE, Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage(message)
        .extracting(e -> ((FetchException) e).reason())
        .isEqualTo(Reason.REFUSED_ADDRESS);
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "redirect to {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "http://169.254.169.254/latest/meta-data/iam/ | Briefbot does not fetch private or local addresses (169.254.169.254, a link-local address (where cloud metadata services live)).",
        "http://intranet.example/ | Briefbot does not fetch private or local addresses (intranet.example is 10.0.0.1, a private network address).",
        "http://[::1]/ | Briefbot does not fetch private or local addresses (::1, a loopback address).",
        "file:///etc/passwd | Briefbot only fetches http and https links, not file: links.",
        "gopher://gopher.example/ | Briefbot only fetches http and https links, not gopher: links.",
      })
  void everyRedirectHopIsCheckedBeforeItIsFollowed(String location, String message)
      throws InterruptedException {
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", location));
    server.enqueue(new MockResponse().setBody(html("must never be fetched")));

    assertThatThrownBy(
            () ->
                guardedExceptTestServer()
                    .fetch(server.url("/go").toString(), Expect.PAGE, Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage(message);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void redirectsAreFollowedByHandToTheFinalPage() throws InterruptedException {
    server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/moved"));
    server.enqueue(
        new MockResponse()
            .setResponseCode(307)
            .setHeader("Location", server.url("/final").toString()));
    server.enqueue(
        new MockResponse().setHeader("Content-Type", "text/html").setBody(html("Arrived")));

    Fetched fetched =
        guardedExceptTestServer()
            .fetch(server.url("/start").toString(), Expect.PAGE, Validators.NONE);

    assertThat(fetched.finalUrl().encodedPath()).isEqualTo("/final");
    assertThat(fetched.url().encodedPath()).isEqualTo("/start");
    server.takeRequest();
    assertThat(server.takeRequest().getPath()).isEqualTo("/moved");
  }

  @Test
  void tooManyRedirectsAreRefused() {
    for (int i = 0; i < 7; i++) {
      server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/loop" + i));
    }
    assertThatThrownBy(
            () -> local().fetch(server.url("/loop").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage("That link redirects more than 5 times.");
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void anEndlessBodyIsCutOffJustPastTheSizeCap() throws IOException {
    try (RawHttpServer endless =
        new RawHttpServer(
            (out, sent) -> {
              out.write(
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>"
                      .getBytes(StandardCharsets.US_ASCII));
              byte[] chunk =
                  "<p>more and more and more</p>".repeat(2000).getBytes(StandardCharsets.US_ASCII);
              for (long total = 0;
                  total < 2L * 1024 * 1024 * 1024;
                  total += chunk.length) { // a 2 GB answer
                out.write(chunk);
                sent.addAndGet(chunk.length);
              }
            })) {
      assertThatThrownBy(() -> local().fetch(endless.url("/huge"), Expect.PAGE, Validators.NONE))
          .isInstanceOf(FetchException.class)
          .hasMessage("That page is larger than 5 MB; Briefbot reads pages of up to 5 MB.");
      // The fetcher hung up near 5 MB; socket buffers let the server get a few more out.
      assertThat(endless.bytesSent.get()).isLessThan(16L * 1024 * 1024);
    }
  }

  @Test
  void aCompressedBombIsCappedAtFiveMegabytesUnpacked() throws IOException {
    okio.Buffer gzipped = new okio.Buffer();
    try (okio.BufferedSink sink = okio.Okio.buffer(new okio.GzipSink(gzipped))) {
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) { // 64 MB of spaces, about 64 KB on the wire
        sink.write(spaces);
      }
    }
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setHeader("Content-Encoding", "gzip")
            .setBody(gzipped));

    assertThatThrownBy(
            () -> local().fetch(server.url("/bomb").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage("That page is larger than 5 MB; Briefbot reads pages of up to 5 MB.");
  }

  @Test
  void aDeclaredTwoGigabyteBodyIsRefusedBeforeReading() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setBody("<html>")
            .setHeader("Content-Length", "2147483648"));
    assertThatThrownBy(
            () -> local().fetch(server.url("/declared").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage("That page is larger than 5 MB; Briefbot reads pages of up to 5 MB.");
  }

  @Test
  void aServerTricklingOneByteASecondIsCutOffAtTheTimeCap() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setBody(html("slow ".repeat(200)))
            .throttleBody(1, 1, TimeUnit.SECONDS));
    HttpFetcher fetcher =
        new HttpFetcher(
            FetchSettings.defaults()
                .withAllowPrivateAddresses(true)
                .withTimeout(Duration.ofSeconds(2)),
            TEST_NAMES);

    long started = System.nanoTime();
    assertThatThrownBy(
            () -> fetcher.fetch(server.url("/slow").toString(), Expect.PAGE, Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessage("localhost took longer than 2 seconds to answer.");
    // The cap holds for the whole fetch, not per read: bytes arriving every second never reset it.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void theDefaultLimitsAreFiveMegabytesAndTenSeconds() {
    assertThat(FetchSettings.defaults().maxBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(FetchSettings.defaults().timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(FetchSettings.defaults().allowPrivateAddresses()).isFalse();
  }

  @Test
  void aPdfIsRefusedWhetherLabelledOrNot() {
    server.enqueue(
        new MockResponse().setHeader("Content-Type", "application/pdf").setBody("%PDF-1.7\n..."));
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setBody("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj"));
    for (String path : List.of("/report.pdf", "/mislabelled")) {
      assertThatThrownBy(
              () -> local().fetch(server.url(path).toString(), Expect.PAGE, Validators.NONE))
          .hasMessage("That link is a PDF; Briefbot reads web pages and feeds, not PDFs.");
    }
  }

  @Test
  void imagesAndBinariesAreRefused() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/png").setBody("\u0089PNG"));
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setBody(new okio.Buffer().write(new byte[] {0x1f, (byte) 0x8b, 0, 0, 1, 2})));
    assertThatThrownBy(
            () -> local().fetch(server.url("/a.png").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage("That link is an image, not a web page; Briefbot reads web pages and feeds.");
    assertThatThrownBy(
            () -> local().fetch(server.url("/blob").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage(
            "That link is a binary file, not a web page; Briefbot reads web pages and feeds.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "video/mp4 | That link is a video, not a web page; Briefbot reads web pages and feeds.",
        "audio/mpeg | That link is an audio file, not a web page; Briefbot reads web pages and feeds.",
        "font/woff2 | That link is a file of type font/woff2, not a web page; Briefbot reads web pages and feeds.",
        "application/zip | That link is a file of type application/zip, not a web page; Briefbot reads web pages and feeds.",
        "application/vnd.ms-excel | That link is a file of type application/vnd.ms-excel, not a web page; Briefbot reads web pages and feeds.",
        "application/json | That link is a file of type application/json, not a web page; Briefbot reads web pages (HTML).",
      })
  void aLinkToSomethingOtherThanAPageIsNamedForWhatItIs(String type, String message) {
    server.enqueue(
        new MockResponse().setHeader("Content-Type", type).setBody("{\"not\": \"a page\"}"));
    assertThatThrownBy(
            () -> local().fetch(server.url("/thing").toString(), Expect.PAGE, Validators.NONE))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_CONTENT))
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"text/html", "application/xhtml+xml", "text/plain", "application/octet-stream"})
  void pagesAreReadWhateverTheirUsualLabel(String type) {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", type)
            .setBody(html("The ferry sails again on Monday.")));
    Fetched fetched = local().fetch(server.url("/story").toString(), Expect.PAGE, Validators.NONE);
    assertThat(new String(fetched.body(), StandardCharsets.UTF_8))
        .contains("The ferry sails again on Monday.");
    assertThat(fetched.mediaType()).isEqualTo(type);
  }

  @Test
  void aDownloadThatIsNotMarkupIsRefusedAndAFeedMayComeAsAnyText() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "application/octet-stream")
            .setBody("ferry timetable 2024"));
    assertThatThrownBy(
            () -> local().fetch(server.url("/download").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage(
            "That link is a file download, not a web page; Briefbot reads web pages (HTML).");
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ledger</title></channel></rss>";
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(rss));
    assertThat(local().fetch(server.url("/feed").toString(), Expect.FEED, Validators.NONE).body())
        .hasSize(rss.length());
  }

  @Test
  void aBodyOfExactlyTheCapIsReadAndOneByteMoreIsNot() {
    HttpFetcher capped =
        new HttpFetcher(
            FetchSettings.defaults().withAllowPrivateAddresses(true).withMaxBytes(100), TEST_NAMES);
    String exactly = "<p>" + "a".repeat(93) + "</p>";
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(exactly));
    server.enqueue(
        new MockResponse().setHeader("Content-Type", "text/html").setBody(exactly + "b"));
    server.enqueue(
        new MockResponse().setHeader("Content-Type", "text/html").setChunkedBody(exactly + "b", 7));
    assertThat(capped.fetch(server.url("/exact").toString(), Expect.PAGE, Validators.NONE).body())
        .hasSize(100);
    for (String path : List.of("/declared", "/chunked")) {
      assertThatThrownBy(
              () -> capped.fetch(server.url(path).toString(), Expect.PAGE, Validators.NONE))
          .as(path)
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }
  }

  @Test
  void aFreshnessHintIsTakenOnlyWhenItIsAPositiveMaxAge() {
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setHeader("Cache-Control", "max-age=600")
            .setBody(html("a")));
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setHeader("Cache-Control", "max-age=0")
            .setBody(html("b")));
    server.enqueue(
        new MockResponse()
            .setHeader("Content-Type", "text/html")
            .setHeader("Cache-Control", "max-age=1")
            .setBody(html("c")));
    assertThat(local().fetch(server.url("/a").toString(), Expect.PAGE, Validators.NONE).freshFor())
        .contains(Duration.ofMinutes(10));
    assertThat(local().fetch(server.url("/b").toString(), Expect.PAGE, Validators.NONE).freshFor())
        .isEmpty();
    assertThat(local().fetch(server.url("/c").toString(), Expect.PAGE, Validators.NONE).freshFor())
        .contains(Duration.ofSeconds(1));
  }

  @Test
  void errorStatusesSayWhetherTryingAgainCanHelp() {
    server.enqueue(new MockResponse().setResponseCode(404));
    server.enqueue(new MockResponse().setResponseCode(503));
    assertThatThrownBy(
            () -> local().fetch(server.url("/gone").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage("That page does not exist (HTTP 404 from localhost).")
        .matches(e -> !((FetchException) e).isRetryable());
    assertThatThrownBy(
            () -> local().fetch(server.url("/busy").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage("localhost had a server error (HTTP 503); try again later.")
        .matches(e -> ((FetchException) e).isRetryable());
  }

  @Test
  void anyServerErrorIsWorthTryingAgainFromTheFirst() {
    server.enqueue(new MockResponse().setResponseCode(500));
    assertThatThrownBy(
            () -> local().fetch(server.url("/crash").toString(), Expect.PAGE, Validators.NONE))
        .hasMessage("localhost had a server error (HTTP 500); try again later.")
        .matches(e -> ((FetchException) e).isRetryable());
  }

  @Test
  void eitherValidatorAloneIsEnoughForNotModified() {
    server.enqueue(new MockResponse().setResponseCode(304));
    server.enqueue(new MockResponse().setResponseCode(304));
    assertThat(
            local()
                .fetch(
                    server.url("/feed.xml").toString(),
                    Expect.FEED,
                    new Validators(null, "Tue, 05 Mar 2024 10:00:00 GMT"))
                .notModified())
        .isTrue();
    assertThat(
            local()
                .fetch(
                    server.url("/feed.xml").toString(),
                    Expect.FEED,
                    new Validators("\"abc\"", null))
                .notModified())
        .isTrue();
  }

  @Test
  void conditionalGetSendsTheValidatorsAndReportsNotModified() throws InterruptedException {
    server.enqueue(new MockResponse().setResponseCode(304));
    Fetched fetched =
        local()
            .fetch(
                server.url("/feed.xml").toString(),
                Expect.FEED,
                new Validators("\"abc\"", "Tue, 05 Mar 2024 10:00:00 GMT"));

    assertThat(fetched.notModified()).isTrue();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("If-None-Match")).isEqualTo("\"abc\"");
    assertThat(request.getHeader("If-Modified-Since")).isEqualTo("Tue, 05 Mar 2024 10:00:00 GMT");
  }

  @Test
  void aNameThatDoesNotResolveSaysSo() {
    assertThatThrownBy(
            () -> local().fetch("http://no-such-site.invalid/", Expect.PAGE, Validators.NONE))
        .hasMessage("There is no website at no-such-site.invalid.");
  }
}
