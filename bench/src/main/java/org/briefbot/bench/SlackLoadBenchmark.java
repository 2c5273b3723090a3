package org.briefbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.briefbot.app.BriefbotServices;
import org.briefbot.app.SlackLaunch;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.Action;
import org.briefbot.core.store.Database;
import org.briefbot.slack.SlackAdapter;

/**
 * Slack HTTP mode under load: N signed {@code /whosaid} slash commands, C at a time, posted to the
 * app on loopback (the real command set over the demo story, a fresh H2 database, in a JVM of its
 * own started as {@code ./briefbot} starts it); Slack's side — the senders, the Web API and every
 * response URL — is this process, counting what arrives. Reports the acknowledgement latency
 * (request sent → HTTP 200), the answer latency (request sent → answer at its response URL), and
 * whether every answer arrived exactly once.
 *
 * <p>Arguments: [commands=1000] [concurrency=50] [warm-up=3000] [answer workers=4]
 * [commands|buttons]; {@code buttons} sends clicks on a {@code /quotes} page button instead (signed
 * {@code block_actions}, answered in place of the message through its response URL). Run (see
 * docs/BENCHMARKS.md): {@code java -Xmx512m -cp bench/target/benchmarks.jar
 * org.briefbot.bench.SlackLoadBenchmark}
 */
public final class SlackLoadBenchmark {
  private static final String SECRET = "bench0signing0secret000000000000";
  private static final List<String> QUOTES =
      List.of(
          "we will do it alone",
          "defeating Hamas",
          "a major military ground operation",
          "long-term security",
          "humanitarian assistance",
          "the worst massacre");

  private SlackLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int commands = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
    int workers =
        args.length > 3 ? Integer.parseInt(args[3]) : BriefbotConfig.Slack.defaults().workers();
    buttons = args.length > 4 && args[4].equals("buttons");
    Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    Map<String, Long> firstDelivery = new ConcurrentHashMap<>();
    HttpServer slack = fakeSlack(delivered, firstDelivery);
    String slackBase = "http://127.0.0.1:" + slack.getAddress().getPort();
    // The app runs in its own JVM, as it does for real: Slack's senders are not in its process.
    try (AppProcess app = AppProcess.start(App.class, slackBase, Integer.toString(workers))) {
      URI events = URI.create(app.awaitLine(App.READY));
      System.out.printf(
          Locale.ROOT,
          "Slack load: %d signed %s, %d at a time, after %d warm-up; "
              + "%d answer workers; the app in its own JVM (%s), senders and Slack's side in this one; %d cores, Java %s%n",
          commands,
          buttons ? "clicks on a /quotes page button" : "/whosaid commands",
          concurrency,
          warmUp,
          workers,
          app.options(),
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));
      round("warm-up", "w", warmUp, concurrency, events, slackBase, delivered, firstDelivery);
      round("measured", "m", commands, concurrency, events, slackBase, delivered, firstDelivery);
    } finally {
      slack.stop(0);
    }
  }

  /** Threads that let the benchmark end when its main does, on success or failure. */
  private static Thread daemon(Runnable work) {
    Thread thread = new Thread(work);
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Briefbot in HTTP mode over the demo story, in a fresh H2 database, with Slack's Web API at the
   * given base: prints {@link #READY} and its events URL, and stops when its input ends.
   */
  public static final class App {
    static final String READY = "ready ";

    private App() {}

    public static void main(String[] args) throws Exception {
      String slackBase = args[0];
      int workers = Integer.parseInt(args[1]);
      Path dataDir = Files.createTempDirectory("briefbot-slack-bench");
      BriefbotConfig loaded = BriefbotConfig.load(Map.of());
      BriefbotConfig config =
          new BriefbotConfig(
              loaded.secretsFile(),
              new BriefbotConfig.Storage(Database.h2Url(dataDir), "sa"),
              loaded.fetch(),
              loaded.summary(),
              loaded.console(),
              loaded.digest(),
              loaded.discord(),
              new BriefbotConfig.Slack(
                  0, "127.0.0.1", slackBase + "/api/", "", "", List.of(), workers));
      Secrets secrets =
          Secrets.load(
              Map.of(
                  "SLACK_BOT_TOKEN",
                  "xoxb-T1-0000000000-benchtoken",
                  "SLACK_SIGNING_SECRET",
                  SECRET),
              "");
      try (BriefbotServices services =
          BriefbotServices.open(config, secrets, dataDir.resolve("index"), List.of())) {
        services.search().awaitReady(Duration.ofMinutes(1));
        SlackAdapter adapter =
            SlackLaunch.start(config, secrets, services.router(), services.database())
                .orElseThrow();
        try {
          System.out.println(
              READY
                  + "http://127.0.0.1:"
                  + adapter.address().orElseThrow().getPort()
                  + SlackAdapter.EVENTS_PATH);
          System.out.flush();
          System.in.transferTo(OutputStream.nullOutputStream());
        } finally {
          adapter.close();
        }
      } finally {
        try (Stream<Path> files = Files.walk(dataDir)) {
          files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
      }
      System.exit(0);
    }
  }

  private static void round(
      String name,
      String prefix,
      int commands,
      int concurrency,
      URI events,
      String slackBase,
      Map<String, AtomicInteger> delivered,
      Map<String, Long> firstDelivery)
      throws Exception {
    if (commands == 0) {
      return;
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4, SlackLoadBenchmark::daemon))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    ExecutorService senders = Executors.newFixedThreadPool(concurrency);
    long[] ackNanos = new long[commands];
    long[] sentAt = new long[commands];
    int[] status = new int[commands];
    // Every request is built and signed before the clock starts: that work is Slack's, and done
    // during the round it would take the cores the app is measured on.
    List<HttpRequest> requests = new ArrayList<>(commands);
    long timestamp = Instant.now().getEpochSecond();
    for (int n = 0; n < commands; n++) {
      String responseUrl = slackBase + "/respond/" + prefix + n;
      String body = buttons ? click(responseUrl) : form(QUOTES.get(n % QUOTES.size()), responseUrl);
      requests.add(
          HttpRequest.newBuilder(events)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
              .header("X-Slack-Signature", sign(timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }
    long start = System.nanoTime();
    List<Future<?>> sends = new ArrayList<>();
    for (int i = 0; i < commands; i++) {
      int n = i;
      sends.add(
          senders.submit(
              () -> {
                long before = System.nanoTime();
                sentAt[n] = before;
                try {
                  status[n] =
                      http.send(requests.get(n), HttpResponse.BodyHandlers.discarding())
                          .statusCode();
                } catch (Exception failed) {
                  status[n] = -1;
                }
                ackNanos[n] = System.nanoTime() - before;
                return null;
              }));
    }
    for (Future<?> send : sends) {
      send.get();
    }
    long sentAll = System.nanoTime() - start;
    senders.shutdown();
    // Every answer, then two seconds more for any answer delivered twice.
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (answered(prefix, commands, delivered) < commands && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    long answeredAll = System.nanoTime() - start;
    Thread.sleep(2000);
    long acknowledged = Arrays.stream(status).filter(s -> s == 200).count();
    int once = 0;
    int twice = 0;
    long[] answerNanos = new long[commands];
    int answers = 0;
    for (int i = 0; i < commands; i++) {
      AtomicInteger count = delivered.get(prefix + i);
      if (count != null && count.get() == 1) {
        once++;
      } else if (count != null && count.get() > 1) {
        twice++;
      }
      Long at = firstDelivery.get(prefix + i);
      if (at != null) {
        answerNanos[answers++] = at - sentAt[i];
      }
    }
    Arrays.sort(ackNanos);
    long[] answerLatencies = Arrays.copyOf(answerNanos, answers);
    Arrays.sort(answerLatencies);
    System.out.printf(
        Locale.ROOT,
        "%s: acknowledged %d/%d with 200; ack ms p50 %.1f p90 %.1f p99 %.1f max %.1f; "
            + "all sent in %.2f s (%.0f commands/s)%n",
        name,
        acknowledged,
        commands,
        ms(percentile(ackNanos, 50)),
        ms(percentile(ackNanos, 90)),
        ms(percentile(ackNanos, 99)),
        ms(ackNanos[commands - 1]),
        sentAll / 1e9,
        commands / (sentAll / 1e9));
    System.out.printf(
        Locale.ROOT,
        "%s: answers delivered exactly once %d/%d, more than once %d; answer ms p50 %.1f "
            + "p99 %.1f; all answered after %.2f s%n",
        name,
        once,
        commands,
        twice,
        answers == 0 ? 0 : ms(percentile(answerLatencies, 50)),
        answers == 0 ? 0 : ms(percentile(answerLatencies, 99)),
        answeredAll / 1e9);
  }

  private static int answered(String prefix, int commands, Map<String, AtomicInteger> delivered) {
    int answered = 0;
    for (int i = 0; i < commands; i++) {
      if (delivered.containsKey(prefix + i)) {
        answered++;
      }
    }
    return answered;
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted[
        Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** Slack's side: auth.test for the bot token at start, and every response URL, counted. */
  private static HttpServer fakeSlack(
      Map<String, AtomicInteger> delivered, Map<String, Long> firstDelivery) throws IOException {
    // The JDK's server writes a response's headers and body separately; without TCP_NODELAY the
    // body waits for the client's delayed ACK (about 40 ms), and every answer with it.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.setExecutor(Executors.newFixedThreadPool(8, SlackLoadBenchmark::daemon));
    server.createContext(
        "/api/auth.test",
        exchange ->
            reply(
                exchange,
                "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                    + "\"bot_id\":\"BBOT\",\"team\":\"Bench\",\"user\":\"briefbot\",\"url\":\"https://bench.slack.com/\"}"));
    server.createContext(
        "/respond/",
        exchange -> {
          long now = System.nanoTime();
          exchange.getRequestBody().readAllBytes();
          String id = exchange.getRequestURI().getPath().substring("/respond/".length());
          firstDelivery.putIfAbsent(id, now);
          delivered.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
          reply(exchange, "ok");
        });
    server.start();
    return server;
  }

  private static void reply(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static final java.util.concurrent.atomic.AtomicLong TRIGGERS =
      new java.util.concurrent.atomic.AtomicLong();

  /** Whether the rounds send button clicks rather than slash commands. */
  private static boolean buttons;

  /**
   * A click on the first page button of {@code /quotes Blinken}, as Slack sends it: the action id
   * carries the page, each click its own trigger.
   */
  private static String click(String responseUrl) {
    String actionId =
        Action.Call.of("quotes", Map.of("person", "Blinken", "page", "1"), Action.Answer.REPLACE)
            .id();
    long trigger = TRIGGERS.incrementAndGet();
    String payload =
        ("{\"type\":\"block_actions\",\"trigger_id\":\"%d.bench\",\"api_app_id\":\"A1\","
                + "\"team\":{\"id\":\"T1\",\"domain\":\"bench\"},"
                + "\"user\":{\"id\":\"U1\",\"username\":\"ada\",\"team_id\":\"T1\"},"
                + "\"channel\":{\"id\":\"C1\",\"name\":\"general\"},"
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.%d\","
                + "\"channel_id\":\"C1\",\"is_ephemeral\":true},"
                + "\"response_url\":\"%s\","
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"%s\",\"value\":\"%s\","
                + "\"block_id\":\"b\",\"action_ts\":\"1700000001.%d\"}]}")
            .formatted(trigger, trigger, responseUrl, actionId, actionId, trigger);
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  private static String form(String quote, String responseUrl) {
    return "token=x&team_id=T1&team_domain=bench&channel_id=C1&channel_name=general&user_id=U1&user_name=ada"
        + "&command=%2Fwhosaid&text="
        + URLEncoder.encode(quote, StandardCharsets.UTF_8)
        + "&api_app_id=A1"
        + "&response_url="
        + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
        // Each command a trigger of its own, as Slack gives them: a trigger seen before is a retry.
        + "&trigger_id="
        + TRIGGERS.incrementAndGet()
        + ".bench";
  }

  /** Slack's signature: v0= HMAC-SHA256 of v0:timestamp:body under the signing secret. */
  private static String sign(long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0="
          + HexFormat.of()
              .formatHex(
                  mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
