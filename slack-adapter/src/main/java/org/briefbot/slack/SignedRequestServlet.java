package org.briefbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.briefbot.core.command.AcknowledgementsFirst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /slack/events}: slash commands, shortcuts and Events API callbacks. Nothing runs until the
 * request proves it comes from Slack — {@code X-Slack-Signature} is {@code v0=} HMAC-SHA256 of
 * {@code v0:timestamp:body} under the signing secret, over the very bytes received, and the
 * timestamp is within five minutes — else 401. A body that is not a Slack payload gets 400. A
 * request seen before — the same signature, or a retry of an event or a command already taken (its
 * event or trigger id) — is acknowledged and not run again ({@link SeenRequests}).
 *
 * <p>The body is read without holding a thread while it arrives, and must arrive within {@link
 * #BODY_ARRIVAL} (Slack sends a few kilobytes at once), else 408: connections that send a little
 * and stall cannot take the threads that acknowledge Slack's requests. A body declared larger than
 * any Slack payload is refused (413) before a byte of it is read.
 */
final class SignedRequestServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(SignedRequestServlet.class);
  static final long WINDOW_SECONDS = 5 * 60;

  /** Slack's payloads are a few kilobytes; anything far larger is no Slack request. */
  static final int MAX_BODY = 1 << 20;

  /** The longest a body may take to arrive once its headers did. */
  static final java.time.Duration BODY_ARRIVAL = java.time.Duration.ofSeconds(3);

  private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");
  private static final Pattern EVENT_ID =
      Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]{1,100})\"");

  private final transient App app;
  private final transient SlackRequestParser parser;
  private final transient SecretKeySpec key;

  private final transient AcknowledgementsFirst acknowledgements;
  private final transient SeenRequests seen;

  SignedRequestServlet(
      App app, String signingSecret, AcknowledgementsFirst acknowledgements, SeenRequests seen) {
    this.app = app;
    this.seen = seen;
    this.acknowledgements = acknowledgements;
    this.parser = new SlackRequestParser(app.config());
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AcknowledgementsFirst.Acknowledgement acknowledgement = acknowledgements.acknowledging();
    AsyncContext async = request.startAsync();
    async.setTimeout(BODY_ARRIVAL.toMillis());
    AtomicBoolean finished = new AtomicBoolean();
    Runnable finish =
        () -> {
          if (finished.compareAndSet(false, true)) {
            async.complete();
            acknowledgement.done();
          }
        };
    async.addListener(
        new AsyncListener() {
          @Override
          public void onTimeout(AsyncEvent event) throws IOException {
            if (!finished.get()) {
              log.info("a request to /slack/events did not arrive in time; refused");
              refuseAndClose(response, 408, "{\"error\":\"request took too long to arrive\"}");
            }
            finish.run();
          }

          @Override
          public void onError(AsyncEvent event) {
            finish.run();
          }

          @Override
          public void onComplete(AsyncEvent event) {}

          @Override
          public void onStartAsync(AsyncEvent event) {}
        });
    if (request.getContentLengthLong() > MAX_BODY) {
      refuseAndClose(response, 413, "{\"error\":\"request too large\"}");
      finish.run();
      return;
    }
    ServletInputStream in = request.getInputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    in.setReadListener(
        new ReadListener() {
          private final byte[] buffer = new byte[8192];

          @Override
          public void onDataAvailable() throws IOException {
            while (in.isReady() && !finished.get()) {
              int read = in.read(buffer);
              if (read < 0) {
                return;
              }
              body.write(buffer, 0, read);
              if (body.size() > MAX_BODY) {
                refuseAndClose(response, 413, "{\"error\":\"request too large\"}");
                finish.run();
                return;
              }
            }
          }

          @Override
          public void onAllDataRead() throws IOException {
            if (finished.get()) {
              return;
            }
            try {
              acknowledge(body.toByteArray(), request, response);
            } finally {
              finish.run();
            }
          }

          @Override
          public void onError(Throwable failure) {
            log.debug("a request's body could not be read: {}", failure.toString());
            finish.run();
          }
        });
  }

  private void acknowledge(byte[] body, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String timestamp = request.getHeader("X-Slack-Request-Timestamp");
    String signature = request.getHeader("X-Slack-Signature");
    if (!signedBySlack(timestamp, signature, body, System.currentTimeMillis() / 1000)) {
      log.info("refused a request to /slack/events without a valid Slack signature");
      write(response, 401, "{\"error\":\"invalid request\"}");
      return;
    }
    Request<?> slackRequest;
    try {
      slackRequest =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(request.getRequestURI())
                  .queryString(QueryStringParser.toMap(request.getQueryString()))
                  .headers(new RequestHeaders(headers(request)))
                  .requestBody(new String(body, StandardCharsets.UTF_8))
                  .remoteAddress(request.getRemoteAddr())
                  .build());
    } catch (RuntimeException malformed) {
      slackRequest = null;
    }
    if (slackRequest == null) {
      write(response, 400, "{\"error\":\"not a Slack request\"}");
      return;
    }
    if (!firstTime(signature, slackRequest)) {
      log.info(
          "Slack sent a request again (retry {}); it was taken already",
          request.getHeader("X-Slack-Retry-Num"));
      response.setStatus(200);
      return;
    }
    try {
      Response answer = app.run(slackRequest);
      response.setStatus(answer.getStatusCode());
      answer
          .getHeaders()
          .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
      if (answer.getBody() != null) {
        response.setContentType(
            answer.getContentType() == null
                ? Response.CONTENT_TYPE_APPLICATION_JSON_UTF8
                : answer.getContentType());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.getBody());
      }
    } catch (Exception failure) {
      log.error("a Slack request failed", failure);
      write(response, 500, "{\"error\":\"something went wrong\"}");
    }
  }

  /**
   * Whether nothing names this request as one taken before: its signature (a replay of the very
   * bytes), its event's id (Slack's retry of an event) or its trigger's id (a retried command or
   * shortcut). Every key is recorded, so a later copy is caught by whichever it shares.
   */
  private boolean firstTime(String signature, Request<?> slackRequest) {
    String id = null;
    if (slackRequest instanceof EventRequest event) {
      Matcher eventId = EVENT_ID.matcher(event.getRequestBodyAsString());
      id = eventId.find() ? "event:" + eventId.group(1) : null;
    } else if (slackRequest instanceof SlashCommandRequest command) {
      String trigger = command.getPayload().getTriggerId();
      id = trigger == null ? null : "trigger:" + trigger;
    } else if (slackRequest instanceof MessageShortcutRequest shortcut) {
      String trigger = shortcut.getPayload().getTriggerId();
      id = trigger == null ? null : "trigger:" + trigger;
    }
    return seen.firstTime(
        id == null ? List.of("signature:" + signature) : List.of("signature:" + signature, id));
  }

  /**
   * Slack's v0 signature over the received bytes, with a timestamp inside the window on either
   * side.
   */
  boolean signedBySlack(String timestamp, String signature, byte[] body, long nowSeconds) {
    if (timestamp == null || signature == null || !SECONDS.matcher(timestamp).matches()) {
      return false;
    }
    if (Math.abs(nowSeconds - Long.parseLong(timestamp)) > WINDOW_SECONDS) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
      byte[] expected = ("v0=" + hex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
      return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  /**
   * A refusal sent now, with the connection closed after it: the rest of the body is never read
   * (the server would otherwise wait for it to keep the connection).
   */
  private static void refuseAndClose(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setHeader("Connection", "close");
    write(response, status, json);
    response.flushBuffer();
  }

  private static void write(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json);
  }
}
