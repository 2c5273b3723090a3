package org.briefbot.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Requests signed as Slack signs them: {@code v0=} HMAC-SHA256 of {@code v0:timestamp:body}. */
public final class SignedRequests {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI events;
  private final String secret;

  public SignedRequests(URI events, String secret) {
    this.events = events;
    this.secret = secret;
  }

  public static String signature(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0="
          + HexFormat.of()
              .formatHex(
                  mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A slash command's form body, as Slack posts it. */
  private static final java.util.concurrent.atomic.AtomicLong TRIGGERS =
      new java.util.concurrent.atomic.AtomicLong();

  public static String command(
      String command, String text, String team, String user, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "deprecated-verification-token");
    form.put("team_id", team);
    form.put("team_domain", "example");
    form.put("channel_id", "C1");
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", "ada");
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", "A1");
    form.put("response_url", responseUrl);
    // Slack gives each command a trigger of its own; one seen before marks a retry.
    form.put("trigger_id", "13345224609." + TRIGGERS.incrementAndGet() + ".8088930838d88f008e0");
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public HttpResponse<String> post(String body, String contentType) throws Exception {
    long now = Instant.now().getEpochSecond();
    return post(body, contentType, now, signature(secret, now, body), Map.of());
  }

  public HttpResponse<String> post(
      String body,
      String contentType,
      long timestamp,
      String signature,
      Map<String, String> extraHeaders)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(events)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    if (timestamp > 0) {
      request.header("X-Slack-Request-Timestamp", Long.toString(timestamp));
    }
    extraHeaders.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
