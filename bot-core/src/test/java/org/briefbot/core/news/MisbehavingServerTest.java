package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.briefbot.core.news.FetchException.Reason;
import org.briefbot.core.news.HttpFetcher.Expect;
import org.briefbot.core.news.HttpFetcher.Fetched;
import org.briefbot.core.news.HttpFetcher.Validators;
import org.junit.jupiter.api.Test;

/**
 * Servers that misbehave the ways real ones do. Each case ends, within the fetch's time cap, in a
 * stored page or a refusal with its true reason — never a hang, never "broke off" for a page an
 * ordinary client reads.
 */
class MisbehavingServerTest {
  /** Generous for loopback, short enough that a hang shows at once. */
  private static final Duration CAP = Duration.ofSeconds(3);

  /** Longer than the cap plus the slack of a busy machine: a test that runs past it hung. */
  private static final Duration HANG = Duration.ofSeconds(8);

  /**
   * What `python3 -m http.server` does: HTTP/1.0, a Content-Length, no Connection header, then
   * close.
   */
  private static final RawHttpServer.Conversation HTTP_10_CLOSE =
      (client, requests, out) -> {
        String request = requests.next();
        if (request != null) {
          out.write(
              RawHttpServer.response(
                  "HTTP/1.0 200 OK",
                  "Content-Type: text/html\r\n",
                  page(RawHttpServer.path(request))));
        }
      };

  private static HttpFetcher fetcher() {
    return new HttpFetcher(
        FetchSettings.defaults().withAllowPrivateAddresses(true).withTimeout(CAP),
        HttpFetcherTest.TEST_NAMES);
  }

  private static String page(String name) {
    return "<html><head><title>"
        + name
        + "</title></head><body><article><p>The "
        + name
        + " story, told in full.</p></article></body></html>";
  }

  private static String text(Fetched fetched) {
    return new String(fetched.body(), StandardCharsets.UTF_8);
  }

  private static Fetched get(HttpFetcher fetcher, String url) {
    return assertTimeoutPreemptively(HANG, () -> fetcher.fetch(url, Expect.PAGE, Validators.NONE));
  }

  @Test
  void anHttp10ServerThatClosesAfterEachAnswerServesEveryPage() throws IOException {
    try (RawHttpServer server = new RawHttpServer(HTTP_10_CLOSE)) {
      HttpFetcher fetcher = fetcher();
      for (int i = 0; i < 12; i++) {
        assertThat(text(get(fetcher, server.url("/page" + i))))
            .contains("The /page" + i + " story");
      }
    }
  }

  @Test
  void manyPagesAtOnceFromAnHttp10ServerAreAllFetched() throws Exception {
    try (RawHttpServer server = new RawHttpServer(HTTP_10_CLOSE)) {
      HttpFetcher fetcher = fetcher();
      ExecutorService workers = Executors.newFixedThreadPool(8);
      try {
        List<Future<Fetched>> fetches = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          String url = server.url("/page" + i);
          fetches.add(workers.submit(() -> fetcher.fetch(url, Expect.PAGE, Validators.NONE)));
        }
        for (int i = 0; i < fetches.size(); i++) {
          assertThat(
                  text(fetches.get(i).get(HANG.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)))
              .contains("/page" + i);
        }
      } finally {
        workers.shutdownNow();
      }
    }
  }

  @Test
  void aKeepAliveServerThatClosesAfterEachAnswerWithoutSayingSoServesEveryPage()
      throws IOException {
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              String request = requests.next();
              if (request != null) {
                out.write(
                    RawHttpServer.response(
                        "HTTP/1.1 200 OK",
                        "Content-Type: text/html\r\n",
                        page(RawHttpServer.path(request))));
              }
            })) {
      HttpFetcher fetcher = fetcher();
      for (int i = 0; i < 6; i++) {
        assertThat(text(get(fetcher, server.url("/kept" + i)))).contains("/kept" + i);
      }
      assertThat(server.connections.get())
          .as("one connection each, after the stale ones were found closed")
          .isGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void aKeepAliveServerThatClosesAnIdleConnectionAfterASecondServesTheNextPage() throws Exception {
    java.util.concurrent.CountDownLatch hungUp = new java.util.concurrent.CountDownLatch(1);
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              client.setSoTimeout(1000);
              try {
                String request;
                while ((request = requests.next()) != null) {
                  out.write(
                      RawHttpServer.response(
                          "HTTP/1.1 200 OK",
                          "Content-Type: text/html\r\n",
                          page(RawHttpServer.path(request))));
                  out.flush();
                }
              } catch (SocketTimeoutException idle) {
                // a second without a request: hang up, as many servers do
                client.close();
                hungUp.countDown();
              }
            })) {
      HttpFetcher fetcher = fetcher();
      assertThat(text(get(fetcher, server.url("/before")))).contains("/before");
      assertThat(text(get(fetcher, server.url("/soon")))).contains("/soon");
      assertThat(server.connections.get()).as("kept alive while busy").isEqualTo(1);
      assertThat(hungUp.await(30, java.util.concurrent.TimeUnit.SECONDS))
          .as("the server hung up the idle connection")
          .isTrue();
      assertThat(text(get(fetcher, server.url("/after")))).contains("/after");
    }
  }

  @Test
  void aConnectionResetInTheMiddleOfTheBodyIsReportedAsBrokenOffAndNotRetried() throws IOException {
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              if (requests.next() != null) {
                out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body><p>"
                            + "The start of a story. ".repeat(100))
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                client.setSoLinger(true, 0); // close with a reset
              }
            })) {
      assertThatThrownBy(() -> get(fetcher(), server.url("/cut")))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE))
          .hasMessage("The connection to 127.0.0.1 broke off.");
      assertThat(server.requests.get()).as("an answer that began is not asked again").isEqualTo(1);
    }
  }

  @Test
  void aServerThatAlwaysHangsUpBeforeAnsweringIsAskedTwiceThenReportedAsBrokenOff()
      throws IOException {
    try (RawHttpServer server = new RawHttpServer((client, requests, out) -> requests.next())) {
      assertThatThrownBy(() -> get(fetcher(), server.url("/never")))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE))
          .hasMessage("The connection to 127.0.0.1 broke off.");
      assertThat(server.requests.get()).as("the request and its one retry").isEqualTo(2);
    }
  }

  @Test
  void aChunkedGzippedBodyIsReadWhole() throws IOException {
    byte[] gzipped = gzip(page("chunked"));
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              if (requests.next() != null) {
                out.write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                int half = gzipped.length / 2;
                writeChunk(out, gzipped, 0, half);
                writeChunk(out, gzipped, half, gzipped.length - half);
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
              }
            })) {
      assertThat(text(get(fetcher(), server.url("/chunked")))).isEqualTo(page("chunked"));
    }
  }

  @Test
  void aBodyWithoutContentLengthEndsWhenTheServerCloses() throws IOException {
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              if (requests.next() != null) {
                out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
                            + page("unmeasured"))
                        .getBytes(StandardCharsets.UTF_8));
              }
            })) {
      assertThat(text(get(fetcher(), server.url("/x")))).isEqualTo(page("unmeasured"));
    }
  }

  @Test
  void aBodyLongerThanItsContentLengthIsCutThereAndTheNextPageStillComes() throws IOException {
    String declared = page("declared");
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              String request;
              while ((request = requests.next()) != null) {
                byte[] answer =
                    RawHttpServer.response(
                        "HTTP/1.1 200 OK",
                        "Content-Type: text/html\r\n",
                        RawHttpServer.path(request).equals("/first") ? declared : page("second"));
                out.write(answer);
                // Garbage after the declared body, on a connection the client may keep.
                out.write(
                    "<p>trailing bytes no header counted</p>\r\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
              }
            })) {
      HttpFetcher fetcher = fetcher();
      assertThat(text(get(fetcher, server.url("/first")))).isEqualTo(declared);
      assertThat(text(get(fetcher, server.url("/second")))).isEqualTo(page("second"));
    }
  }

  @Test
  void aServerTricklingOneByteASecondIsCutOffAtTheCap() throws IOException {
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              if (requests.next() != null) {
                out.write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 5000; i++) {
                  out.write('x');
                  out.flush();
                  sleep(1000);
                }
              }
            })) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> get(fetcher(), server.url("/slow")))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
          .hasMessage("127.0.0.1 took longer than 3 seconds to answer.");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG);
    }
  }

  @Test
  void aRedirectLoopIsRefusedWithItsReason() throws IOException {
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              String request = requests.next();
              if (request != null) {
                String next = RawHttpServer.path(request).equals("/a") ? "/b" : "/a";
                out.write(
                    RawHttpServer.response(
                        "HTTP/1.1 302 Found",
                        "Location: " + next + "\r\nConnection: close\r\n",
                        ""));
              }
            })) {
      assertThatThrownBy(() -> get(fetcher(), server.url("/a")))
          .isInstanceOfSatisfying(
              FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_REDIRECT))
          .hasMessage("That link redirects more than 5 times.");
    }
  }

  @Test
  void a429WithRetryAfterSecondsSaysHowLongTheServerAskedToWait() throws IOException {
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              if (requests.next() != null) {
                out.write(
                    RawHttpServer.response(
                        "HTTP/1.1 429 Too Many Requests",
                        "Retry-After: 120\r\nConnection: close\r\n",
                        "slow down"));
              }
            })) {
      assertThatThrownBy(() -> get(fetcher(), server.url("/busy")))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> {
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
              })
          .hasMessage(
              "127.0.0.1 asked Briefbot to slow down (HTTP 429); it asked to wait 2 minutes.");
      assertThat(server.requests.get()).as("a refusal is not retried at once").isEqualTo(1);
    }
  }

  @Test
  void a503WithRetryAfterAsADateGivesTheWaitUntilThen() throws IOException {
    java.time.Instant now = java.time.Instant.parse("2024-06-01T08:00:00Z");
    String inThreeHours = "Sat, 01 Jun 2024 11:01:00 GMT";
    try (RawHttpServer server =
        new RawHttpServer(
            (client, requests, out) -> {
              if (requests.next() != null) {
                out.write(
                    RawHttpServer.response(
                        "HTTP/1.1 503 Service Unavailable",
                        "Retry-After: " + inThreeHours + "\r\nConnection: close\r\n",
                        ""));
              }
            })) {
      HttpFetcher fetcher =
          new HttpFetcher(
              FetchSettings.defaults().withTimeout(CAP),
              new UrlGuard(true, HttpFetcherTest.TEST_NAMES),
              new MutableClock(now));
      assertThatThrownBy(() -> get(fetcher, server.url("/down")))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofHours(3).plusMinutes(1)))
          .hasMessage("127.0.0.1 had a server error (HTTP 503); it asked to wait 3 hours.");
    }
  }

  @Test
  void aSlowNameLookupCountsAgainstTheSameCap() {
    HostResolver slow =
        host -> {
          sleep(30_000);
          return List.of(InetAddress.getLoopbackAddress());
        };
    HttpFetcher fetcher =
        new HttpFetcher(
            FetchSettings.defaults()
                .withAllowPrivateAddresses(true)
                .withTimeout(Duration.ofSeconds(1)),
            slow);
    long start = System.nanoTime();
    assertThatThrownBy(() -> get(fetcher, "http://slow-dns.example/story"))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT))
        .hasMessage("slow-dns.example took longer than 1 second to answer.");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aNameThatDoesNotExistIsStillSaidSo() {
    assertThatThrownBy(() -> get(fetcher(), "http://no-such-site.example/story"))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE))
        .hasMessage("There is no website at no-such-site.example.");
  }

  private static void writeChunk(OutputStream out, byte[] bytes, int from, int length)
      throws IOException {
    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes, from, length);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
