package org.briefbot.core.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import okhttp3.CacheControl;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.briefbot.core.news.FetchException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs web pages and feeds within hard limits: every hop through {@link UrlGuard}, redirects
 * followed by hand (so each target is checked before it is contacted), the body streamed and
 * abandoned past {@link FetchSettings#maxBytes()}, and the whole fetch — all hops, connecting and a
 * server that trickles bytes — cut off at {@link FetchSettings#timeout()}. Thread-safe.
 *
 * <p>Name lookups run on a small pool of their own and are abandoned at the fetch's deadline (the
 * HTTP client cannot interrupt a resolver). A GET that fails after its connection was made but
 * before any answer came — typically a kept-alive connection the server had already closed, as
 * HTTP/1.0 servers do after each response — is sent once more on a fresh connection to the same
 * checked address; nothing else is retried here. The cause of every failure is logged at DEBUG,
 * while the exception carries one plain sentence for the person.
 */
public final class HttpFetcher {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final int READ_CHUNK = 16 * 1024;

  /** Lookups that may hang at once; past it a lookup is refused as too slow rather than queued. */
  private static final int MAX_PENDING_LOOKUPS = 32;

  private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

  /** The running fetch's deadline (System.nanoTime), read by the name lookup on the same thread. */
  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private final FetchSettings settings;
  private final UrlGuard guard;

  /**
   * Built by the first fetch ({@link #client()}): building it reads the trust store and sets up
   * TLS, work a start that answers from stored stories need not wait for.
   */
  private volatile OkHttpClient client;

  private final ThreadPoolExecutor lookups;

  /** Reads a {@code Retry-After} date. */
  private final Clock clock;

  /** What a caller will accept, checked against the response's content type and first bytes. */
  public enum Expect {
    /** HTML, XHTML or plain text. */
    PAGE,
    /** RSS or Atom (served under many content types, so the body is sniffed too). */
    FEED
  }

  /**
   * Validators from an earlier fetch, sent as {@code If-None-Match} / {@code If-Modified-Since}.
   */
  public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  /**
   * A fetched body.
   *
   * @param url the URL asked for
   * @param finalUrl the URL that answered, after redirects
   * @param notModified true for a 304 answer to a conditional request (then {@code body} is empty)
   * @param mediaType the content type, lower case, without parameters ("text/html"), or ""
   * @param charset the charset the server declared, if any
   * @param freshFor how long the server says the answer stays fresh ({@code Cache-Control:
   *     max-age})
   */
  public record Fetched(
      HttpUrl url,
      HttpUrl finalUrl,
      boolean notModified,
      String mediaType,
      Optional<Charset> charset,
      byte[] body,
      Validators validators,
      Optional<Duration> freshFor) {}

  public HttpFetcher(FetchSettings settings, HostResolver resolver) {
    this(settings, new UrlGuard(settings.allowPrivateAddresses(), resolver));
  }

  HttpFetcher(FetchSettings settings, UrlGuard guard) {
    this(settings, guard, Clock.systemUTC());
  }

  HttpFetcher(FetchSettings settings, UrlGuard guard, Clock clock) {
    this.settings = settings;
    this.guard = guard;
    this.clock = clock;
    this.lookups =
        new ThreadPoolExecutor(
            0,
            MAX_PENDING_LOOKUPS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "briefbot-dns");
              thread.setDaemon(true);
              return thread;
            });
  }

  private OkHttpClient client() {
    OkHttpClient built = client;
    if (built == null) {
      synchronized (this) {
        built = client;
        if (built == null) {
          built = newClient();
          client = built;
        }
      }
    }
    return built;
  }

  private OkHttpClient newClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(16);
    return new OkHttpClient.Builder()
        .dns(withinDeadline(guard.dns()))
        .addNetworkInterceptor(
            chain -> {
              // Remember where the request went, so that a retry goes to the same checked address.
              Connection connection = chain.connection();
              Attempt attempt = chain.request().tag(Attempt.class);
              if (connection != null && attempt != null) {
                attempt.connectedTo = connection.route().socketAddress().getAddress();
              }
              return chain.proceed(chain.request());
            })
        // A proxy would resolve the name itself, past the guard.
        .proxy(Proxy.NO_PROXY)
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
        .connectionPool(new ConnectionPool(16, 1, TimeUnit.MINUTES))
        .dispatcher(dispatcher)
        .build();
  }

  public FetchSettings settings() {
    return settings;
  }

  public UrlGuard guard() {
    return guard;
  }

  /**
   * Fetches a URL.
   *
   * @throws FetchException with a one-sentence reason when the URL is refused or the fetch fails
   */
  public Fetched fetch(String rawUrl, Expect expect, Validators validators) {
    Attempt attempt = new Attempt();
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    DEADLINE.set(deadline);
    try {
      return fetchHops(rawUrl, expect, validators, deadline, attempt);
    } catch (FetchException e) {
      if (log.isDebugEnabled()) {
        String address =
            attempt.connectedTo == null ? "not connected" : attempt.connectedTo.getHostAddress();
        log.debug(
            "fetch of {} failed at hop {} ({}, {}): {} -> \"{}\"",
            rawUrl,
            attempt.hop,
            attempt.url,
            address,
            attempt.cause == null ? e.reason() : attempt.cause.toString(),
            e.getMessage(),
            attempt.cause);
      }
      throw e;
    } finally {
      DEADLINE.remove();
    }
  }

  private Fetched fetchHops(
      String rawUrl, Expect expect, Validators validators, long deadline, Attempt attempt) {
    HttpUrl first = guard.check(rawUrl);
    HttpUrl url = first;
    for (int hop = 0; ; hop++) {
      attempt.startHop(hop, url);
      Request.Builder request =
          new Request.Builder()
              .url(url)
              .header("User-Agent", settings.userAgent())
              .header(
                  "Accept",
                  expect == Expect.FEED
                      ? "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
                      : "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5")
              .tag(Attempt.class, attempt);
      if (validators.etag() != null) {
        request.header("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      try (Response response = send(request.build(), first, deadline, attempt)) {
        int status = response.code();
        if (REDIRECTS.contains(status)) {
          if (hop >= settings.maxRedirects()) {
            throw new FetchException(
                Reason.BAD_REDIRECT,
                "That link redirects more than " + settings.maxRedirects() + " times.");
          }
          String location = response.header("Location");
          HttpUrl next = location == null ? null : url.resolve(location);
          if (next == null) {
            if (location != null && !location.isBlank()) {
              guard.check(location); // a redirect to file:, ftp:… gets the scheme message
            }
            throw new FetchException(
                Reason.BAD_REDIRECT,
                "That link redirects nowhere (" + host(url) + " sent no valid target).");
          }
          url = guard.check(next);
          continue;
        }
        if (status == 304 && (validators.etag() != null || validators.lastModified() != null)) {
          return new Fetched(
              first, url, true, "", Optional.empty(), new byte[0], validators, freshFor(response));
        }
        if (status < 200 || status > 299) {
          throw statusFailure(url, status, retryAfter(response));
        }
        ResponseBody body = response.body();
        MediaType type = body == null ? null : body.contentType();
        String mediaType =
            type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        ContentCheck.refuseWrongType(mediaType, expect);
        byte[] bytes = readCapped(body);
        ContentCheck.refuseWrongBytes(bytes, mediaType, expect);
        Validators received =
            new Validators(response.header("ETag"), response.header("Last-Modified"));
        Optional<Charset> charset = Optional.ofNullable(type == null ? null : safeCharset(type));
        return new Fetched(
            first, url, false, mediaType, charset, bytes, received, freshFor(response));
      } catch (IOException e) {
        // The answer came and broke off while its body was read: a true "broke off", not retried.
        throw failure(e, first, url, deadline, attempt);
      }
    }
  }

  /**
   * Sends one request and returns the answer's head. A failure after the connection was made and
   * before any answer (a pooled connection the server had closed, or a server that hung up on the
   * request) is tried once more on a new connection to the address the first try reached.
   */
  private Response send(Request request, HttpUrl first, long deadline, Attempt attempt) {
    try {
      return execute(client(), request, first, deadline);
    } catch (IOException e) {
      InetAddress reached = attempt.connectedTo;
      if (reached == null || !mayRetry(e) || deadline - System.nanoTime() <= 0) {
        throw failure(e, first, request.url(), deadline, attempt);
      }
      log.debug(
          "no answer from {} ({}) on hop {}: {}; trying once on a fresh connection",
          request.url(),
          reached.getHostAddress(),
          attempt.hop,
          e.toString());
      OkHttpClient fresh =
          client()
              .newBuilder()
              .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS))
              .dns(hostname -> List.of(reached))
              .build();
      try {
        return execute(fresh, request, first, deadline);
      } catch (IOException again) {
        throw failure(again, first, request.url(), deadline, attempt);
      }
    }
  }

  private Response execute(OkHttpClient with, Request request, HttpUrl first, long deadline)
      throws IOException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw timedOut(first);
    }
    Call call = with.newCall(request);
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    return call.execute();
  }

  /**
   * Failures where the request reached a server that did not answer it; timeouts and refused
   * connections are not.
   */
  private static boolean mayRetry(IOException e) {
    return !(e instanceof InterruptedIOException
        || e instanceof UnknownHostException
        || e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof SSLException);
  }

  /** The sentence for the person; the exception itself is kept for the DEBUG log. */
  private FetchException failure(
      IOException e, HttpUrl first, HttpUrl url, long deadline, Attempt attempt) {
    attempt.cause = e;
    if (e instanceof UrlGuard.BlockedAddressException) {
      return new FetchException(Reason.REFUSED_ADDRESS, e.getMessage());
    }
    if (e instanceof LookupTimedOutException
        || e instanceof InterruptedIOException
        || System.nanoTime() - deadline >= 0) {
      // The call timeout, a connect or read timeout, a slow name lookup or a cancelled call: all
      // are "too slow".
      return timedOut(first);
    }
    if (e instanceof UnknownHostException) {
      return new FetchException(Reason.UNREACHABLE, "There is no website at " + host(url) + ".");
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return new FetchException(Reason.UNREACHABLE, "Could not connect to " + host(url) + ".");
    }
    if (e instanceof SSLException) {
      return new FetchException(
          Reason.UNREACHABLE, "The secure connection to " + host(url) + " failed.");
    }
    return new FetchException(Reason.UNREACHABLE, "The connection to " + host(url) + " broke off.");
  }

  /**
   * The guard's lookup, run where it can be abandoned: the caller waits until the fetch's deadline
   * at most, so a slow resolver costs a fetch no more than its time cap.
   */
  private Dns withinDeadline(Dns dns) {
    return hostname -> {
      Long deadline = DEADLINE.get();
      long wait = deadline == null ? settings.timeout().toNanos() : deadline - System.nanoTime();
      Future<List<InetAddress>> lookup;
      try {
        lookup = lookups.submit(() -> dns.lookup(hostname));
      } catch (RejectedExecutionException busy) {
        throw new LookupTimedOutException(hostname);
      }
      try {
        return lookup.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        lookup.cancel(true);
        throw new LookupTimedOutException(hostname);
      } catch (InterruptedException e) {
        lookup.cancel(true);
        Thread.currentThread().interrupt();
        throw new LookupTimedOutException(hostname);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UnknownHostException unknown) {
          throw unknown; // includes the guard's refusal of a private address
        }
        UnknownHostException wrapped = new UnknownHostException(hostname);
        wrapped.initCause(e.getCause());
        throw wrapped;
      }
    };
  }

  /** A name lookup that did not finish before the fetch's deadline. */
  static final class LookupTimedOutException extends UnknownHostException {
    LookupTimedOutException(String hostname) {
      super("looking up " + hostname + " took too long");
    }
  }

  /** Where one fetch is, for the retry and the DEBUG log. Used by one thread at a time. */
  private static final class Attempt {
    int hop;
    HttpUrl url;
    volatile InetAddress connectedTo;
    IOException cause;

    void startHop(int number, HttpUrl hopUrl) {
      hop = number;
      url = hopUrl;
      connectedTo = null;
    }
  }

  /** How long the server says the body stays fresh ({@code Cache-Control: max-age}), if it says. */
  private static Optional<Duration> freshFor(Response response) {
    int maxAge = CacheControl.parse(response.headers()).maxAgeSeconds();
    return maxAge > 0 ? Optional.of(Duration.ofSeconds(maxAge)) : Optional.empty();
  }

  /** {@code Retry-After} as seconds or as an HTTP date; absent, unreadable or past: empty. */
  private Optional<Duration> retryAfter(Response response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return text.length() > 9
            ? Optional.of(Duration.ofDays(365))
            : Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      }
      Duration until =
          Duration.between(
              clock.instant(), ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
      return until.isNegative() ? Optional.empty() : Optional.of(until);
    } catch (DateTimeParseException | NumberFormatException unreadable) {
      return Optional.empty();
    }
  }

  private byte[] readCapped(ResponseBody body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    long declared = body.contentLength();
    if (declared > settings.maxBytes()) {
      throw tooLarge();
    }
    int initial = (int) Math.min(declared > 0 ? declared : READ_CHUNK, settings.maxBytes());
    ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
    byte[] buffer = new byte[READ_CHUNK];
    try (InputStream in = body.byteStream()) {
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (out.size() + (long) read > settings.maxBytes()) {
          throw tooLarge();
        }
        out.write(buffer, 0, read);
      }
    }
    return out.toByteArray();
  }

  private static Charset safeCharset(MediaType type) {
    try {
      return type.charset();
    } catch (RuntimeException unknownCharset) {
      return null; // an unknown charset name: let the page's meta tag or UTF-8 decide
    }
  }

  private FetchException statusFailure(HttpUrl url, int status, Optional<Duration> retryAfter) {
    boolean retryable = status >= 500 || status == 408 || status == 429;
    String message;
    if (status == 404 || status == 410) {
      message = "That page does not exist (HTTP " + status + " from " + host(url) + ").";
    } else if (status == 401 || status == 403) {
      message = host(url) + " refused to give Briefbot that page (HTTP " + status + ").";
    } else if (status == 429) {
      message = host(url) + " asked Briefbot to slow down (HTTP 429); " + tryAgain(retryAfter);
    } else if (status >= 500) {
      message = host(url) + " had a server error (HTTP " + status + "); " + tryAgain(retryAfter);
    } else {
      message = host(url) + " answered with HTTP " + status + " instead of the page.";
    }
    return new FetchException(Reason.HTTP_STATUS, retryable, message, retryAfter);
  }

  private static String tryAgain(Optional<Duration> retryAfter) {
    return retryAfter
        .map(wait -> "it asked to wait " + Durations.spoken(wait) + ".")
        .orElse("try again later.");
  }

  private FetchException tooLarge() {
    return new FetchException(
        Reason.TOO_LARGE,
        "That page is larger than "
            + settings.maxSizeText()
            + "; Briefbot reads pages of up to "
            + settings.maxSizeText()
            + ".");
  }

  private FetchException timedOut(HttpUrl url) {
    return new FetchException(
        Reason.TIMEOUT, host(url) + " took longer than " + settings.timeoutText() + " to answer.");
  }

  private static String host(HttpUrl url) {
    return url.host();
  }
}
