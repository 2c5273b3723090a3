package org.briefbot.discord.fake;

import static org.briefbot.discord.fake.FakeDiscord.APPLICATION_ID;
import static org.briefbot.discord.fake.FakeDiscord.CHANNEL_ID;
import static org.briefbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.briefbot.discord.fake.FakeDiscord.botUser;
import static org.briefbot.discord.fake.FakeDiscord.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The fake Discord's REST API: what it answers to each request JDA sends, and what that changes of
 * the messages people see.
 */
final class FakeRest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ShownMessages shown;
  private final LongSupplier snowflake;
  private final Function<String, String> directMessageChannelOf;
  private final Map<String, int[]> channelFailures = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> threads = new ConcurrentHashMap<>();

  /** How long a nonce is remembered: Discord checks an enforced nonce "in the past few minutes". */
  static final Duration NONCE_MEMORY = Duration.ofMinutes(5);

  /** The bot's channel messages by enforced nonce, and when each was made. */
  private final Map<String, Noted> byNonce = new ConcurrentHashMap<>();

  private record Noted(ObjectNode message, java.time.Instant at) {}

  final AtomicBoolean tokenRefused = new AtomicBoolean();
  final AtomicReference<Duration> callbackDelay = new AtomicReference<>(Duration.ZERO);
  final AtomicReference<Duration> channelPostDelay = new AtomicReference<>(Duration.ZERO);

  FakeRest(
      ShownMessages shown,
      LongSupplier snowflake,
      Function<String, String> directMessageChannelOf) {
    this.shown = shown;
    this.snowflake = snowflake;
    this.directMessageChannelOf = directMessageChannelOf;
  }

  /** Posts to this channel fail with this HTTP status and Discord error code. */
  void failChannel(String channelId, int status, int code) {
    channelFailures.put(channelId, new int[] {status, code});
  }

  /** The thread started on a message, as Discord shows it in the message's {@code thread}. */
  Optional<ObjectNode> threadOf(String messageId) {
    return Optional.ofNullable(threads.get(messageId)).map(ObjectNode::deepCopy);
  }

  MockResponse respond(FakeDiscord.Recorded recorded) {
    String path = recorded.path();
    if (tokenRefused.get()) {
      return json(401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
    }
    String route = path.replaceFirst("^/api/v10/", "").replaceFirst("\\?.*$", "");
    String method = recorded.method();
    if (method.equals("GET") && route.equals("users/@me")) {
      return json(200, botUser().toString());
    }
    if (method.equals("GET") && route.equals("gateway/bot")) {
      return json(
          200,
          "{\"url\": \"wss://gateway.invalid\", \"shards\": 1, \"session_start_limit\": "
              + "{\"total\": 1000, \"remaining\": 1000, \"reset_after\": 0, \"max_concurrency\": 1}}");
    }
    if (method.equals("GET") && route.equals("gateway")) {
      return json(200, "{\"url\": \"wss://gateway.invalid\"}");
    }
    if (method.equals("PUT") && route.endsWith("/commands")) {
      ArrayNode commands = (ArrayNode) recorded.json().deepCopy();
      commands.forEach(
          command ->
              ((ObjectNode) command)
                  .put("id", String.valueOf(snowflake.getAsLong()))
                  .put("application_id", APPLICATION_ID)
                  .put("version", "1"));
      return json(200, commands.toString());
    }
    if (route.startsWith("interactions/") && route.endsWith("/callback")) {
      String interaction = route.split("/")[1];
      shown.callback(
          interaction,
          recorded.json(),
          data -> sentMessage(shown.channelOf(interaction, CHANNEL_ID), data));
      return new MockResponse()
          .setResponseCode(204)
          .setHeadersDelay(callbackDelay.get().toMillis(), TimeUnit.MILLISECONDS);
    }
    if (route.startsWith("webhooks/")) {
      return webhook(method, route.split("/"), recorded.json());
    }
    if (route.startsWith("channels/") && route.contains("/messages")) {
      return channelMessages(method, route.split("/"), recorded.json());
    }
    if (route.startsWith("users/@me/channels") && method.equals("POST")) {
      String recipient = recorded.json().path("recipient_id").asText();
      ObjectNode dm =
          JSON.createObjectNode().put("id", directMessageChannelOf.apply(recipient)).put("type", 1);
      dm.putArray("recipients").add(user(recipient, "reader"));
      return json(200, dm.toString());
    }
    return unknownRoute();
  }

  /**
   * An interaction's webhook: {@code webhooks/{app}/{token}} for a follow-up, {@code
   * …/messages/@original} or {@code …/messages/{id}} to edit or delete a response.
   */
  private MockResponse webhook(String method, String[] route, JsonNode body) {
    String interaction = route[2].replaceFirst("^token-", "");
    String channel = shown.channelOf(interaction, CHANNEL_ID);
    if (route.length == 3 && method.equals("POST")) {
      return json(200, shown.followUp(interaction, body, b -> sentMessage(channel, b)).toString());
    }
    if (route.length != 5 || !route[3].equals("messages")) {
      return unknownRoute();
    }
    boolean original = route[4].equals("@original");
    if (method.equals("PATCH")) {
      Optional<ObjectNode> edited =
          original
              ? shown.editOriginal(interaction, body)
              : shown.editFollowUp(interaction, route[4], body);
      return edited.map(m -> json(200, m.toString())).orElseGet(FakeRest::unknownMessage);
    }
    if (method.equals("DELETE")) {
      boolean deleted =
          original
              ? shown.deleteOriginal(interaction)
              : shown.deleteFollowUp(interaction, route[4]);
      return deleted ? new MockResponse().setResponseCode(204) : unknownMessage();
    }
    return unknownRoute();
  }

  /**
   * {@code channels/{id}/messages/{id}/threads}: a thread on a message, with the message's id as
   * Discord gives it; a second thread on the same message is refused as Discord refuses it.
   */
  private MockResponse startThread(String channel, String messageId, JsonNode body) {
    String name = body.path("name").asText("");
    ObjectNode thread =
        JSON.createObjectNode()
            .put("id", messageId)
            .put("type", 11)
            .put("guild_id", GUILD_ID)
            .put("parent_id", channel)
            .put("owner_id", botUser().path("id").asText())
            .put("name", name)
            .put("message_count", 0)
            .put("member_count", 1)
            .put("rate_limit_per_user", 0)
            .put("flags", 0);
    thread
        .putObject("thread_metadata")
        .put("archived", false)
        .put("auto_archive_duration", body.path("auto_archive_duration").asInt(1440))
        .put("archive_timestamp", java.time.Instant.now().toString())
        .put("locked", false);
    if (threads.putIfAbsent(messageId, thread) != null) {
      return json(
          400,
          "{\"message\": \"A thread has already been created for this message\", \"code\": 160004}");
    }
    return json(201, thread.toString());
  }

  /** {@code channels/{id}/messages} to post, {@code …/messages/{id}} to edit or delete. */
  private MockResponse channelMessages(String method, String[] route, JsonNode body) {
    String channel = route[1];
    if (route.length == 3 && method.equals("POST")) {
      int[] failure = channelFailures.get(channel);
      if (failure != null) {
        return json(
            failure[0], "{\"message\": \"refused by the test\", \"code\": " + failure[1] + "}");
      }
      ObjectNode message;
      synchronized (byNonce) {
        Optional<ObjectNode> earlier = enforcedEarlier(body);
        if (earlier.isPresent()) {
          // The same author sent the same nonce lately: Discord answers with that message.
          return json(200, earlier.get().toString())
              .setHeadersDelay(channelPostDelay.get().toMillis(), TimeUnit.MILLISECONDS);
        }
        message = sentMessage(channel, body);
        if (body.path("enforce_nonce").asBoolean(false) && body.hasNonNull("nonce")) {
          byNonce.put(
              body.get("nonce").asText(), new Noted(message.deepCopy(), java.time.Instant.now()));
        }
      }
      shown.posted(channel, message.deepCopy());
      return json(200, message.toString())
          .setHeadersDelay(channelPostDelay.get().toMillis(), TimeUnit.MILLISECONDS);
    }
    if (route.length == 5 && route[4].equals("threads") && method.equals("POST")) {
      return startThread(channel, route[3], body);
    }
    if (route.length == 4 && method.equals("PATCH")) {
      return shown
          .editInChannel(channel, route[3], body)
          .map(m -> json(200, m.toString()))
          .orElseGet(FakeRest::unknownMessage);
    }
    if (route.length == 4 && method.equals("DELETE")) {
      return shown.deleteInChannel(channel, route[3])
          ? new MockResponse().setResponseCode(204)
          : unknownMessage();
    }
    return unknownRoute();
  }

  /** The message an enforced nonce made within {@link #NONCE_MEMORY}, if the body repeats it. */
  private Optional<ObjectNode> enforcedEarlier(JsonNode body) {
    if (!body.path("enforce_nonce").asBoolean(false) || !body.hasNonNull("nonce")) {
      return Optional.empty();
    }
    Noted noted = byNonce.get(body.get("nonce").asText());
    if (noted == null || noted.at().plus(NONCE_MEMORY).isBefore(java.time.Instant.now())) {
      return Optional.empty();
    }
    return Optional.of(noted.message().deepCopy());
  }

  private static MockResponse unknownMessage() {
    return json(404, "{\"message\": \"Unknown Message\", \"code\": 10008}");
  }

  private static MockResponse unknownRoute() {
    return json(404, "{\"message\": \"Unknown route in the fake Discord\", \"code\": 0}");
  }

  private ObjectNode sentMessage(String channel, JsonNode body) {
    ObjectNode message =
        DiscordPayloads.message(
            String.valueOf(snowflake.getAsLong()), botUser(), body.path("content").asText(""));
    message.put("channel_id", channel);
    message.put("flags", body.path("flags").asInt(0));
    if (body.hasNonNull("nonce")) {
      message.set("nonce", body.get("nonce").deepCopy());
    }
    if (body.has("embeds")) {
      message.set("embeds", ShownMessages.richEmbeds(body.get("embeds")));
    }
    if (body.has("components")) {
      message.set("components", body.get("components").deepCopy());
    }
    return message;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  /** The JSON of a request: its body, or the {@code payload_json} part of a multipart body. */
  static String payload(RecordedRequest request) {
    String body = request.getBody().readUtf8();
    String type = request.getHeader("Content-Type");
    if (type == null || !type.startsWith("multipart/")) {
      return body;
    }
    int name = body.indexOf("name=\"payload_json\"");
    if (name < 0) {
      return "";
    }
    int start = body.indexOf("\r\n\r\n", name) + 4;
    int end = body.indexOf("\r\n--", start);
    return body.substring(start, end);
  }
}
