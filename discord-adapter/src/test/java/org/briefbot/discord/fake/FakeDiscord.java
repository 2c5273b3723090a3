package org.briefbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.ByteString;

/**
 * A small Discord on loopback, for driving the real JDA in tests: a gateway (WebSocket, with
 * Discord's zlib-stream compression) that says HELLO, READY and GUILD_CREATE and sends the
 * interactions a test asks for, and a REST API that answers what JDA asks and records every
 * request, so that tests can assert the exact JSON that would reach Discord.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final String APPLICATION_ID = "900000000000000001";
  public static final String GUILD_ID = "910000000000000001";
  public static final String CHANNEL_ID = "920000000000000001";

  /** The direct-message channel between the bot and the member. */
  public static final String DM_CHANNEL_ID = "920000000000000099";

  public static final String ADMIN_ROLE_ID = "930000000000000001";
  public static final String MEMBER_ID = "940000000000000001";
  public static final String ADMIN_ID = "940000000000000002";
  public static final String TOKEN = "fake-bot-token";

  /** More text channels of the server, for digests to several channels at once. */
  public static final List<String> DIGEST_CHANNEL_IDS =
      List.of(
          "920000000000000011",
          "920000000000000012",
          "920000000000000013",
          "920000000000000014",
          "920000000000000015",
          "920000000000000016",
          "920000000000000017",
          "920000000000000018",
          "920000000000000019",
          "920000000000000020");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer rest = new MockWebServer();
  private final MockWebServer gateway = new MockWebServer();
  // Not copy-on-write: a burst of thousands of requests would copy the whole list on each one.
  private final Queue<Recorded> requests = new ConcurrentLinkedQueue<>();
  private final List<JsonNode> gatewayReceived = new CopyOnWriteArrayList<>();
  private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
  private final Map<String, String> directMessageChannels = new ConcurrentHashMap<>();
  private final ShownMessages shown = new ShownMessages();
  private final AtomicLong snowflakeCount = new AtomicLong();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile Connection current;
  private final FakeRest api = new FakeRest(shown, this::snowflake, this::directMessageChannelOf);
  private volatile Consumer<Recorded> onRequest = r -> {};

  /** A server Briefbot is not a member of, where a person uses the app they installed. */
  public static final String OTHER_GUILD_ID = "910000000000000002";

  public static final String OTHER_GUILD_CHANNEL_ID = "920000000000000002";

  /** A direct-message conversation between the member and a friend, without the bot. */
  public static final String PEOPLES_DM_CHANNEL_ID = "920000000000000098";

  /**
   * A message as a user finally sees it, after every edit and deletion.
   *
   * @param text everything a reader sees, joined with newlines: the content, then for each embed
   *     its title, description, each field as "name: value", and its footer
   * @param ephemeral seen by the asker alone
   * @param message the message's JSON as Discord holds it
   */
  public record Visible(String text, boolean ephemeral, JsonNode message) {
    /** A deferred response still "thinking…": no answer yet. */
    public boolean thinking() {
      return (message.path("flags").asInt(0) & ShownMessages.LOADING) != 0;
    }
  }

  /** Where an interaction is used. */
  public enum Where {
    /** A channel of the test server, which added Briefbot. */
    SERVER,
    /** The direct-message conversation with the bot, from a person who installed the app. */
    BOT_DM,
    /** A channel of a server Briefbot is not in, from a person who installed the app. */
    SERVER_WITHOUT_BOT,
    /** A direct-message conversation between people, from one who installed the app. */
    PEOPLES_DM
  }

  /** One request as JDA sent it. */
  public record Recorded(String method, String path, String body, Instant at) {
    /** The JSON body (the {@code payload_json} part of a multipart body). */
    public JsonNode json() {
      try {
        return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }

  public FakeDiscord() throws IOException {
    rest.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answer(request);
          }
        });
    gateway.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse().withWebSocketUpgrade(new Connection(request.getPath()));
          }
        });
    // JDA sends each request on its own thread (a burst of 500 interactions opens hundreds of
    // connections at once); MockWebServer's listen queue of 50 then drops connection attempts,
    // and each dropped one waits a second for TCP to try again. Discord's edge does not.
    rest.setServerSocketFactory(new WideBacklogServerSocketFactory());
    rest.start(java.net.InetAddress.getLoopbackAddress(), 0);
    gateway.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  public String restUrl() {
    return "http://" + rest.getHostName() + ":" + rest.getPort() + "/api/v10/";
  }

  public String gatewayUrl() {
    return "ws://" + gateway.getHostName() + ":" + gateway.getPort() + "/";
  }

  /** Interaction callbacks (deferrals) are answered this much later, as from a slow Discord. */
  public void delayCallbacks(Duration delay) {
    api.callbackDelay.set(delay);
  }

  /** Posts to channels are answered this much later (the message shown at once), as when slow. */
  public void delayChannelPosts(Duration delay) {
    api.channelPostDelay.set(delay);
  }

  /** Every later request answers 401, as Discord does for a wrong token. */
  public void refuseToken() {
    api.tokenRefused.set(true);
  }

  /** Posts to this channel fail with this HTTP status and Discord error code. */
  public void failChannel(String channelId, int status, int code) {
    api.failChannel(channelId, status, code);
  }

  /** Called with each request as it arrives (benchmarks time the deferrals with it). */
  public void onRequest(Consumer<Recorded> listener) {
    this.onRequest = listener;
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /**
   * What a user finally sees of the answers to an interaction, after all edits and deletions, in
   * order: the original response first (still "thinking…" if nothing replaced it), then the
   * follow-ups.
   */
  public List<Visible> visibleMessages(String interactionId) {
    return shown.ofInteraction(interactionId);
  }

  /**
   * The messages the bot posted into a channel (replies to mentions; in a direct-message channel,
   * the answers sent there), after all edits and deletions, in order.
   */
  public List<Visible> visibleInChannel(String channelId) {
    return shown.inChannel(channelId);
  }

  /**
   * The name of the thread the bot started on a message, if it did; the thread's id is the
   * message's, so {@link #visibleInChannel} of the message's id is what the thread shows.
   */
  public Optional<String> threadOf(String messageId) {
    return api.threadOf(messageId).map(thread -> thread.path("name").asText());
  }

  /**
   * The id of the bot's direct-message channel with a person ({@link #DM_CHANNEL_ID} for the
   * member).
   */
  public String directMessageChannelOf(String userId) {
    return directMessageChannels.computeIfAbsent(
        userId, id -> id.equals(MEMBER_ID) ? DM_CHANNEL_ID : String.valueOf(snowflake()));
  }

  /**
   * Drops the requests recorded so far, here and in MockWebServer's own queue (a benchmark's rounds
   * would otherwise pile them up in the heap they share with the bot).
   */
  public void forgetRequests() throws InterruptedException {
    requests.clear();
    shown.clear();
    while (rest.takeRequest(0, TimeUnit.SECONDS) != null) {
      // MockWebServer keeps every request for takeRequest(); nothing here reads them.
    }
  }

  public List<JsonNode> gatewayReceived() {
    return List.copyOf(gatewayReceived);
  }

  /** The close codes the bot sent when it closed a gateway connection. */
  public List<Integer> closeCodes() {
    return List.copyOf(closeCodes);
  }

  public int connections() {
    return connections.get();
  }

  /** The first request that matches, waiting for it up to the timeout. */
  public Recorded await(Predicate<Recorded> matching, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      for (Recorded request : requests) {
        if (matching.test(request)) {
          return request;
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError(
        "no such request to the fake Discord within "
            + timeout
            + "; got: "
            + requests.stream().map(r -> r.method() + " " + r.path()).toList());
  }

  /** The first gateway message from JDA with this op code, waiting for it. */
  public JsonNode awaitGateway(int op, int nth, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      List<JsonNode> ops =
          gatewayReceived.stream().filter(m -> m.path("op").asInt() == op).toList();
      if (ops.size() >= nth) {
        return ops.get(nth - 1);
      }
      Thread.sleep(5);
    }
    throw new AssertionError(
        "JDA sent no op " + op + " #" + nth + " within " + timeout + "; got " + gatewayReceived);
  }

  // ---------------------------------------------------------------- gateway

  /** Sends a dispatch event (op 0) on the open connection. */
  public void dispatch(String type, JsonNode data) {
    Connection connection = current;
    if (connection == null) {
      throw new IllegalStateException("no gateway connection");
    }
    connection.dispatch(type, data);
  }

  /** Closes the connection as Discord does when a session must resume (close code 4000). */
  public void dropConnection() {
    Connection connection = current;
    if (connection != null) {
      connection.socket.close(4000, "test drop");
    }
  }

  /** Tells JDA the bot was removed from the test server. */
  public void removeFromGuild() {
    ObjectNode gone = JSON.createObjectNode().put("id", GUILD_ID);
    dispatch("GUILD_DELETE", gone);
  }

  private final class Connection extends WebSocketListener {
    private final boolean zlib;
    private final Deflater deflater = new Deflater();
    private WebSocket socket;

    Connection(String path) {
      this.zlib = path != null && path.contains("compress=zlib-stream");
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      current = this;
      connections.incrementAndGet();
      send(
          JSON.createObjectNode()
              .put("op", 10)
              .putNull("s")
              .putNull("t")
              .set("d", JSON.createObjectNode().put("heartbeat_interval", 41250)));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      JsonNode message;
      try {
        message = JSON.readTree(text);
      } catch (IOException e) {
        return;
      }
      gatewayReceived.add(message);
      switch (message.path("op").asInt()) {
        case 1 -> send(JSON.createObjectNode().put("op", 11));
        case 2 -> {
          dispatch("READY", DiscordPayloads.ready(gatewayUrl()));
          dispatch("GUILD_CREATE", DiscordPayloads.guild());
        }
        case 6 -> dispatch("RESUMED", JSON.createObjectNode());
        default -> {}
      }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      closeCodes.add(code);
      webSocket.close(1000, null);
    }

    synchronized void dispatch(String type, JsonNode data) {
      ObjectNode frame =
          JSON.createObjectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
      frame.set("d", data);
      send(frame);
    }

    private synchronized void send(JsonNode frame) {
      byte[] bytes = frame.toString().getBytes(StandardCharsets.UTF_8);
      if (!zlib) {
        socket.send(frame.toString());
        return;
      }
      // Discord's zlib-stream: one deflate stream a connection, each message ends with a sync
      // flush.
      deflater.setInput(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      do {
        n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length);
      socket.send(ByteString.of(out.toByteArray()));
    }
  }

  public static ObjectNode botUser() {
    return DiscordPayloads.botUser();
  }

  public static ObjectNode user(String id, String name) {
    return DiscordPayloads.user(id, name);
  }

  public static ObjectNode member(ObjectNode user, List<String> roleIds) {
    return DiscordPayloads.member(user, roleIds);
  }

  // ---------------------------------------------------------------- interactions

  /**
   * A fresh id made as Discord makes them, from the time: JDA reads an interaction's age from its
   * id.
   */
  private long snowflake() {
    return (System.currentTimeMillis() - 1420070400000L) << 22
        | (snowflakeCount.incrementAndGet() & 0xFFF);
  }

  /** A person in the test server: a plain member, or an editor with Manage Server. */
  public enum Who {
    MEMBER,
    ADMIN
  }

  /** An INTERACTION_CREATE for a slash command; returns its interaction id. */
  public String slashCommand(Who who, String name, String subcommand, Map<String, ?> options) {
    return slashCommand(Where.SERVER, who, name, subcommand, options);
  }

  /** A slash command used there; returns its interaction id. */
  public String slashCommand(
      Where where, Who who, String name, String subcommand, Map<String, ?> options) {
    ArrayNode optionArray = JSON.createArrayNode();
    options.forEach((key, value) -> optionArray.add(DiscordPayloads.option(key, value, false)));
    return interaction(2, where, who, DiscordPayloads.commandData(name, subcommand, optionArray));
  }

  /**
   * A slash command with a file attached to its option, as Discord sends it: the option holds the
   * attachment's id, the interaction's resolved data the attachment (name, size, where it is
   * served); returns its interaction id.
   */
  public String slashCommandWithFile(
      Who who,
      String name,
      String subcommand,
      String option,
      String fileName,
      String url,
      long size) {
    String attachmentId = String.valueOf(snowflake());
    ArrayNode optionArray = JSON.createArrayNode();
    optionArray.add(
        JSON.createObjectNode().put("name", option).put("type", 11).put("value", attachmentId));
    ObjectNode data = DiscordPayloads.commandData(name, subcommand, optionArray);
    data.putObject("resolved")
        .putObject("attachments")
        .putObject(attachmentId)
        .put("id", attachmentId)
        .put("filename", fileName)
        .put("size", size)
        .put("url", url)
        .put("proxy_url", url)
        .put("content_type", "text/x-opml");
    return interaction(2, Where.SERVER, who, data);
  }

  /** An autocomplete interaction with the focused option. */
  public String autocomplete(Who who, String name, String subcommand, String option, String typed) {
    return interaction(
        4,
        Where.SERVER,
        who,
        DiscordPayloads.commandData(
            name,
            subcommand,
            JSON.createArrayNode().add(DiscordPayloads.option(option, typed, true))));
  }

  /** A message command on a message with this text. */
  public String messageCommand(Who who, String name, String messageText) {
    return messageCommand(Where.SERVER, who, name, messageText);
  }

  /** A message command used there on a message with this text. */
  public String messageCommand(Where where, Who who, String name, String messageText) {
    String messageId = String.valueOf(snowflake());
    ObjectNode data =
        JSON.createObjectNode()
            .put("id", "970000000000000009")
            .put("name", name)
            .put("type", 3)
            .put("target_id", messageId);
    ObjectNode messages = data.putObject("resolved").putObject("messages");
    ObjectNode target = message(messageId, user("940000000000000050", "reporter"), messageText);
    target.put("channel_id", DiscordPayloads.channelOf(where));
    messages.set(messageId, target);
    return interaction(2, where, who, data);
  }

  /**
   * A click on a button of a message the bot sent (as {@link #visibleMessages} or {@link
   * #visibleInChannel} show it): a component interaction carrying the button's {@code custom_id}
   * and the message. A deferred edit then edits that very message; returns the interaction id.
   */
  public String pressButton(Who who, JsonNode message, String customId) {
    ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
    String id = String.valueOf(snowflake());
    ObjectNode interaction = DiscordPayloads.interaction(id, 3, Where.SERVER, who, data);
    ObjectNode clicked = message.deepCopy();
    if (!clicked.has("author")) {
      clicked.set("author", botUser());
    }
    // Discord shows the thread started on a message in the message itself.
    api.threadOf(clicked.path("id").asText()).ifPresent(thread -> clicked.set("thread", thread));
    interaction.set("message", clicked);
    shown.interactionCreated(id, DiscordPayloads.channelOf(Where.SERVER));
    shown.pressed(id, clicked.path("id").asText());
    dispatch("INTERACTION_CREATE", interaction);
    return id;
  }

  /**
   * A click on a button with this id on a message the bot posted in the test channel earlier (by an
   * earlier process: nothing of it is known but what Discord keeps); returns the interaction id.
   */
  public String pressOldButton(Who who, String customId) {
    return pressButton(who, earlierAnswer(customId), customId);
  }

  /**
   * A message the bot posted in the channel before this run, with one button of this id (a digest
   * post, an answer from before a restart).
   */
  public ObjectNode earlierAnswer(String customId) {
    ObjectNode message =
        DiscordPayloads.message(String.valueOf(snowflake()), botUser(), "an earlier answer");
    ObjectNode button =
        JSON.createObjectNode()
            .put("type", 2)
            .put("style", 2)
            .put("label", "Earlier button")
            .put("custom_id", customId);
    ObjectNode row = JSON.createObjectNode().put("type", 1);
    row.putArray("components").add(button);
    ((ArrayNode) message.get("components")).add(row);
    shown.posted(CHANNEL_ID, message.deepCopy());
    return message;
  }

  /** The buttons of a message as it is shown: each label with its {@code custom_id}, in order. */
  public static Map<String, String> buttons(JsonNode message) {
    Map<String, String> buttons = new java.util.LinkedHashMap<>();
    for (JsonNode row : message.path("components")) {
      for (JsonNode button : row.path("components")) {
        buttons.put(button.path("label").asText(""), button.path("custom_id").asText(""));
      }
    }
    return buttons;
  }

  /** A MESSAGE_CREATE in the test channel from a member. */
  public void messageInChannel(String text, boolean mentionsBot) {
    ObjectNode message = message(String.valueOf(snowflake()), user(MEMBER_ID, "reader"), text);
    message.put("guild_id", GUILD_ID);
    ObjectNode member = member(user(MEMBER_ID, "reader"), List.of());
    member.remove("user");
    message.set("member", member);
    if (mentionsBot) {
      ((ArrayNode) message.get("mentions")).add(botUser());
    }
    dispatch("MESSAGE_CREATE", message);
  }

  /**
   * A MESSAGE_CREATE in a direct message from the member to the bot: no server, no mention needed.
   */
  public void directMessage(String text) {
    ObjectNode message = message(String.valueOf(snowflake()), user(MEMBER_ID, "reader"), text);
    message.put("channel_id", DM_CHANNEL_ID);
    message.put("channel_type", 1);
    dispatch("MESSAGE_CREATE", message);
  }

  private String interaction(int type, Where where, Who who, ObjectNode data) {
    String id = String.valueOf(snowflake());
    ObjectNode interaction = DiscordPayloads.interaction(id, type, where, who, data);
    shown.interactionCreated(id, DiscordPayloads.channelOf(where));
    dispatch("INTERACTION_CREATE", interaction);
    return id;
  }

  private static ObjectNode message(String id, ObjectNode author, String content) {
    return DiscordPayloads.message(id, author, content);
  }

  // ---------------------------------------------------------------- REST

  private MockResponse answer(RecordedRequest request) {
    String path = request.getPath() == null ? "" : request.getPath();
    String body = FakeRest.payload(request);
    Recorded recorded = new Recorded(request.getMethod(), path, body, Instant.now());
    onRequest.accept(recorded);
    MockResponse response = api.respond(recorded);
    // Recorded once its effect is shown: a test that saw the request sees what it changed.
    requests.add(recorded);
    return response;
  }

  @Override
  public void close() throws IOException {
    Connection connection = current;
    if (connection != null && connection.socket != null) {
      try {
        connection.socket.close(1001, "fake Discord closing");
      } catch (RuntimeException alreadyGone) {
        // the bot closed it first
      }
    }
    gateway.shutdown();
    rest.shutdown();
  }

  /** Helper for tests: requests whose path contains this text. */
  public static Predicate<Recorded> path(String method, String contains) {
    return r -> r.method().equals(method) && r.path().contains(contains);
  }

  public static List<String> paths(List<Recorded> requests) {
    List<String> paths = new ArrayList<>();
    requests.forEach(r -> paths.add(r.method() + " " + r.path()));
    return paths;
  }
}
