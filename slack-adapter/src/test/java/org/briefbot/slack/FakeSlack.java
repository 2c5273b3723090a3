package org.briefbot.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Slack's side of the wire, on loopback: the Web API under {@code /api/} and response URLs under
 * {@code /respond/}. It answers as Slack would and records what the app sends.
 */
public final class FakeSlack implements AutoCloseable {
  /** What the app sent: the path, the Authorization header, the body. */
  public record Sent(String path, String authorization, String body) {
    /** The body's fields, as the Web API's form-encoded methods (chat.postMessage) get them. */
    public Map<String, String> form() {
      return FakeSlack.form(body);
    }
  }

  /** Decodes a form body (a Web API call's, or a signed request's). */
  public static Map<String, String> form(String body) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            java.net.URLDecoder.decode(
                pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
            java.net.URLDecoder.decode(
                pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private final MockWebServer server = new MockWebServer();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final LinkedBlockingQueue<Sent> answers = new LinkedBlockingQueue<>();
  private final Map<String, Function<RecordedRequest, String>> methods = new ConcurrentHashMap<>();

  public FakeSlack() throws IOException {
    method(
        "auth.test",
        request -> {
          String token = bearer(request);
          String team =
              token.startsWith("xoxb-") && token.split("-").length > 1 ? token.split("-")[1] : "T1";
          return "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Team\",\"user\":\"briefbot\","
              + "\"team_id\":\""
              + team
              + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
        });
    method(
        "chat.postMessage",
        request -> "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}");
    method("chat.postEphemeral", request -> "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}");
    method("users.info", request -> user(false));
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath() == null ? "" : request.getPath();
            Sent one =
                new Sent(
                    path, request.getHeader("Authorization"), request.getBody().clone().readUtf8());
            sent.add(one);
            if (path.startsWith("/respond/") || path.startsWith("/api/chat.post")) {
              answers.add(one);
            }
            if (path.startsWith("/respond/")) {
              return new MockResponse().setBody("ok");
            }
            if (path.startsWith("/api/")) {
              String method = path.substring("/api/".length()).replaceAll("\\?.*$", "");
              Function<RecordedRequest, String> answer = methods.get(method);
              if (answer != null) {
                return new MockResponse()
                    .setHeader("Content-Type", "application/json")
                    .setBody(answer.apply(request));
              }
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody("{\"ok\":false,\"error\":\"unknown_method\"}");
            }
            return new MockResponse().setResponseCode(404);
          }
        });
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  private static String bearer(RecordedRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      return authorization.substring(7);
    }
    String body = request.getBody().clone().readUtf8();
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([^&]+)").matcher(body);
    return token.find() ? token.group(1) : "";
  }

  public static String user(boolean admin) {
    return "{\"ok\":true,\"user\":{\"id\":\"U1\",\"name\":\"someone\",\"is_admin\":"
        + admin
        + ",\"is_owner\":false,\"is_primary_owner\":false}}";
  }

  /** How the fake answers a Web API method. */
  public void method(String name, Function<RecordedRequest, String> answer) {
    methods.put(name, answer);
  }

  /** The Web API's base address, with its trailing slash. */
  public String apiUrl() {
    return server.url("/api/").toString();
  }

  /** A fresh response URL. */
  public String responseUrl(String name) {
    return server.url("/respond/" + name).toString();
  }

  /**
   * The next answer the app delivered (a response_url post or chat.post…), or null after the wait.
   */
  public Sent nextAnswer(Duration wait) throws InterruptedException {
    return answers.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  public List<Sent> sentTo(String pathPrefix) {
    return sent.stream().filter(s -> s.path().startsWith(pathPrefix)).toList();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
