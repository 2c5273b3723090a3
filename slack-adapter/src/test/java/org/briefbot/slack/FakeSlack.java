package org.briefbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
    method("chat.postMessage", this::postMessage);
    method("conversations.history", this::history);
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

  /** A message in a channel's history, as Slack keeps it. */
  public record Kept(
      String channel, String ts, String botId, String user, String text, JsonNode metadata) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Kept> history = new CopyOnWriteArrayList<>();
  private final AtomicLong messages = new AtomicLong();

  /**
   * {@code chat.postMessage}: every call a new message in the channel's history, with a timestamp
   * of the current second and a counter, and the metadata it carried.
   */
  private String postMessage(RecordedRequest request) {
    Map<String, String> form = form(request.getBody().clone().readUtf8());
    String channel = form.getOrDefault("channel", "C1");
    String ts =
        System.currentTimeMillis() / 1000 + "." + String.format("%06d", messages.incrementAndGet());
    JsonNode metadata = null;
    if (form.containsKey("metadata")) {
      try {
        metadata = JSON.readTree(form.get("metadata"));
      } catch (java.io.IOException malformed) {
        return "{\"ok\":false,\"error\":\"invalid_metadata_format\"}";
      }
    }
    history.add(new Kept(channel, ts, "BBOT", "UBOT", form.getOrDefault("text", ""), metadata));
    return "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\"}";
  }

  /**
   * {@code conversations.history} as Slack answers it: the channel's messages after {@code oldest},
   * newest first, {@code limit} a page (cursor the next), each message's metadata only with {@code
   * include_all_metadata}.
   */
  private String history(RecordedRequest request) {
    Map<String, String> form = form(request.getBody().clone().readUtf8());
    String channel = form.getOrDefault("channel", "");
    java.math.BigDecimal oldest = new java.math.BigDecimal(form.getOrDefault("oldest", "0"));
    int limit = Integer.parseInt(form.getOrDefault("limit", "100"));
    String cursor = form.getOrDefault("cursor", "");
    int from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
    String all = form.getOrDefault("include_all_metadata", "false");
    boolean withMetadata = all.equals("1") || all.equalsIgnoreCase("true");
    List<Kept> newestFirst =
        history.stream()
            .filter(
                m ->
                    m.channel().equals(channel)
                        && new java.math.BigDecimal(m.ts()).compareTo(oldest) > 0)
            .sorted(
                (a, b) ->
                    new java.math.BigDecimal(b.ts()).compareTo(new java.math.BigDecimal(a.ts())))
            .toList();
    ObjectNode answer = JSON.createObjectNode().put("ok", true);
    ArrayNode page = answer.putArray("messages");
    for (Kept kept :
        newestFirst.subList(
            Math.min(from, newestFirst.size()), Math.min(from + limit, newestFirst.size()))) {
      ObjectNode message =
          page.addObject()
              .put("type", "message")
              .put("subtype", "bot_message")
              .put("ts", kept.ts())
              .put("user", kept.user())
              .put("text", kept.text());
      if (kept.botId() != null) {
        message.put("bot_id", kept.botId());
      } else {
        message.remove("subtype");
      }
      if (withMetadata && kept.metadata() != null) {
        message.set("metadata", kept.metadata().deepCopy());
      }
    }
    boolean more = from + limit < newestFirst.size();
    answer.put("has_more", more);
    answer
        .putObject("response_metadata")
        .put("next_cursor", more ? String.valueOf(from + limit) : "");
    return answer.toString();
  }

  /** A message someone else posted into the channel now. */
  public void keep(String channel, String userId, String text) {
    String ts =
        System.currentTimeMillis() / 1000 + "." + String.format("%06d", messages.incrementAndGet());
    history.add(new Kept(channel, ts, null, userId, text, null));
  }

  /** The messages the channel shows. */
  public List<Kept> historyOf(String channel) {
    return history.stream().filter(m -> m.channel().equals(channel)).toList();
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
