package org.briefbot.core.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.briefbot.core.news.FetchException.Reason;

/**
 * GETs web pages and feeds within hard limits: every hop through {@link UrlGuard}, redirects
 * followed by hand (so each target is checked before it is contacted), the body streamed and
 * abandoned past {@link FetchSettings#maxBytes()}, and the whole fetch — all hops, connecting
 * and a server that trickles bytes — cut off at {@link FetchSettings#timeout()}. Thread-safe.
 */
public final class HttpFetcher {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final int READ_CHUNK = 16 * 1024;

  private final FetchSettings settings;
  private final UrlGuard guard;
  private final OkHttpClient client;

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
   */
  public record Fetched(HttpUrl url, HttpUrl finalUrl, boolean notModified, String mediaType, Optional<Charset> charset,
      byte[] body, Validators validators) {}

  public HttpFetcher(FetchSettings settings, HostResolver resolver) {
    this(settings, new UrlGuard(settings.allowPrivateAddresses(), resolver));
  }

  HttpFetcher(FetchSettings settings, UrlGuard guard) {
    this.settings = settings;
    this.guard = guard;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(16);
    this.client = new OkHttpClient.Builder()
        .dns(guard.dns())
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
    HttpUrl first = guard.check(rawUrl);
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    HttpUrl url = first;
    for (int hop = 0; ; hop++) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw timedOut(first);
      }
      Request.Builder request = new Request.Builder().url(url)
          .header("User-Agent", settings.userAgent())
          .header("Accept", expect == Expect.FEED
              ? "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
              : "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5");
      if (validators.etag() != null) {
        request.header("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      Call call = client.newCall(request.build());
      call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
      try (Response response = call.execute()) {
        int status = response.code();
        if (REDIRECTS.contains(status)) {
          if (hop >= settings.maxRedirects()) {
            throw new FetchException(Reason.BAD_REDIRECT, "That link redirects more than " + settings.maxRedirects() + " times.");
          }
          String location = response.header("Location");
          HttpUrl next = location == null ? null : url.resolve(location);
          if (next == null) {
            if (location != null && !location.isBlank()) {
              guard.check(location); // a redirect to file:, ftp:… gets the scheme message
            }
            throw new FetchException(Reason.BAD_REDIRECT, "That link redirects nowhere (" + host(url) + " sent no valid target).");
          }
          url = guard.check(next);
          continue;
        }
        if (status == 304 && (validators.etag() != null || validators.lastModified() != null)) {
          return new Fetched(first, url, true, "", Optional.empty(), new byte[0], validators);
        }
        if (status < 200 || status > 299) {
          throw statusFailure(url, status);
        }
        ResponseBody body = response.body();
        MediaType type = body == null ? null : body.contentType();
        String mediaType = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        refuseWrongType(mediaType, expect);
        byte[] bytes = readCapped(body);
        refuseWrongBytes(bytes, mediaType, expect);
        Validators received = new Validators(response.header("ETag"), response.header("Last-Modified"));
        Optional<Charset> charset = Optional.ofNullable(type == null ? null : safeCharset(type));
        return new Fetched(first, url, false, mediaType, charset, bytes, received);
      } catch (UrlGuard.BlockedAddressException e) {
        throw new FetchException(Reason.REFUSED_ADDRESS, e.getMessage());
      } catch (FetchException e) {
        throw e;
      } catch (UnknownHostException e) {
        throw new FetchException(Reason.UNREACHABLE, "There is no website at " + host(url) + ".");
      } catch (InterruptedIOException e) {
        // The call timeout, a connect or read timeout, or a cancelled call: all are "too slow".
        throw timedOut(first);
      } catch (ConnectException | NoRouteToHostException e) {
        throw new FetchException(Reason.UNREACHABLE, "Could not connect to " + host(url) + ".");
      } catch (SSLException e) {
        throw new FetchException(Reason.UNREACHABLE, "The secure connection to " + host(url) + " failed.");
      } catch (IOException e) {
        if (call.isCanceled() || System.nanoTime() - deadline >= 0) {
          throw timedOut(first);
        }
        throw new FetchException(Reason.UNREACHABLE, "The connection to " + host(url) + " broke off.");
      }
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

  private static void refuseWrongType(String mediaType, Expect expect) {
    if (mediaType.equals("application/pdf")) {
      throw new FetchException(Reason.WRONG_CONTENT, "That link is a PDF; Briefbot reads web pages and feeds, not PDFs.");
    }
    if (mediaType.startsWith("image/") || mediaType.startsWith("video/") || mediaType.startsWith("audio/")
        || mediaType.startsWith("font/") || mediaType.equals("application/zip") || mediaType.equals("application/gzip")
        || mediaType.equals("application/msword") || mediaType.startsWith("application/vnd.")) {
      throw new FetchException(Reason.WRONG_CONTENT,
          "That link is " + describe(mediaType) + ", not a web page; Briefbot reads web pages and feeds.");
    }
    if (expect == Expect.PAGE && !mediaType.isEmpty() && !isPageType(mediaType) && !mediaType.equals("application/octet-stream")) {
      throw new FetchException(Reason.WRONG_CONTENT,
          "That link is " + describe(mediaType) + ", not a web page; Briefbot reads web pages (HTML).");
    }
  }

  /** Servers mislabel often; the first bytes tell what the body really is. */
  private static void refuseWrongBytes(byte[] bytes, String mediaType, Expect expect) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    if (head.startsWith("%PDF-")) {
      throw new FetchException(Reason.WRONG_CONTENT, "That link is a PDF; Briefbot reads web pages and feeds, not PDFs.");
    }
    if (looksBinary(bytes)) {
      throw new FetchException(Reason.WRONG_CONTENT, "That link is a binary file, not a web page; Briefbot reads web pages and feeds.");
    }
    if (expect == Expect.PAGE && mediaType.equals("application/octet-stream")
        && !head.stripLeading().startsWith("<")) {
      throw new FetchException(Reason.WRONG_CONTENT, "That link is a file download, not a web page; Briefbot reads web pages (HTML).");
    }
  }

  /** NUL bytes in the first kilobyte (outside UTF-16, which news sites do not serve) mean binary. */
  private static boolean looksBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, 1024);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static boolean isPageType(String mediaType) {
    return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml") || mediaType.equals("text/plain");
  }

  private static String describe(String mediaType) {
    if (mediaType.startsWith("image/")) {
      return "an image";
    }
    if (mediaType.startsWith("video/")) {
      return "a video";
    }
    if (mediaType.startsWith("audio/")) {
      return "an audio file";
    }
    return "a " + mediaType + " file";
  }

  private static Charset safeCharset(MediaType type) {
    try {
      return type.charset();
    } catch (RuntimeException unknownCharset) {
      return null; // an unknown charset name: let the page's meta tag or UTF-8 decide
    }
  }

  private FetchException statusFailure(HttpUrl url, int status) {
    boolean retryable = status >= 500 || status == 408 || status == 429;
    String message;
    if (status == 404 || status == 410) {
      message = "That page does not exist (HTTP " + status + " from " + host(url) + ").";
    } else if (status == 401 || status == 403) {
      message = host(url) + " refused to give Briefbot that page (HTTP " + status + ").";
    } else if (status == 429) {
      message = host(url) + " asked Briefbot to slow down (HTTP 429); try again later.";
    } else if (status >= 500) {
      message = host(url) + " had a server error (HTTP " + status + "); try again later.";
    } else {
      message = host(url) + " answered with HTTP " + status + " instead of the page.";
    }
    return new FetchException(Reason.HTTP_STATUS, retryable, message);
  }

  private FetchException tooLarge() {
    return new FetchException(Reason.TOO_LARGE, "That page is larger than " + settings.maxSizeText()
        + "; Briefbot reads pages of up to " + settings.maxSizeText() + ".");
  }

  private FetchException timedOut(HttpUrl url) {
    return new FetchException(Reason.TIMEOUT, host(url) + " took longer than " + settings.timeoutText() + " to answer.");
  }

  private static String host(HttpUrl url) {
    return url.host();
  }
}
