package org.briefbot.bench;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.digest.DigestTime;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.HostResolver;
import org.briefbot.core.news.HttpFetcher;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.schedule.BackgroundJobs;
import org.briefbot.core.store.Database;
import org.briefbot.discord.DiscordChannelPoster;

/**
 * The digest soak: two Briefbot processes (the core's digest check, as {@code BackgroundJobs} runs
 * it, with its defaults) on one PostgreSQL, many subscriptions due in the same minute, and one of
 * the two killed ({@code kill -9}) at a random moment of each round while they post. The platform
 * is a loopback HTTP server that takes a post in {@code --post-ms} and keeps nonces as Discord
 * keeps an enforced one: a post with a nonce it has taken makes no second message. Each round
 * prints how many channels got their digest once, none or twice, and the latest delay after the
 * time they were due.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.briefbot.bench.DigestSoak \
 *     [--subscriptions 500] [--rounds 10] [--post-ms 200]
 * </pre>
 */
public final class DigestSoak {
  private static final String NONCE_HEADER = "Nonce";

  private DigestSoak() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], args[2]);
      return;
    }
    Map<String, String> options = options(args);
    int subscriptions = Integer.parseInt(options.getOrDefault("--subscriptions", "500"));
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "10"));
    int postMillis = Integer.parseInt(options.getOrDefault("--post-ms", "200"));
    Random random = new Random(Long.parseLong(options.getOrDefault("--seed", "29")));

    Map<String, List<Instant>> posts = new ConcurrentHashMap<>();
    java.util.Set<String> nonces = ConcurrentHashMap.newKeySet();
    HttpServer platform =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    platform.setExecutor(Executors.newFixedThreadPool(64));
    platform.createContext(
        "/post",
        exchange -> {
          String channel = exchange.getRequestURI().getQuery();
          String nonce = exchange.getRequestHeaders().getFirst(NONCE_HEADER);
          // Discord with enforce_nonce: a nonce seen before is answered with its message.
          if (nonce == null || nonces.add(nonce)) {
            posts
                .computeIfAbsent(channel, c -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(Instant.now());
          }
          try {
            Thread.sleep(postMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    platform.start();
    String platformUrl = "http://127.0.0.1:" + platform.getAddress().getPort() + "/post";

    System.out.printf(
        "%d subscriptions due in the same minute, 2 processes, one killed at random each round,"
            + " %d ms a post%n",
        subscriptions, postMillis);
    Duration latestOverall = Duration.ZERO;
    int onceOverall = 0;
    int missingOverall = 0;
    int twiceOverall = 0;
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      for (int round = 1; round <= rounds; round++) {
        posts.clear();
        nonces.clear();
        String name = "soak" + round;
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
            Statement statement = admin.createStatement()) {
          statement.execute("CREATE DATABASE " + name);
        }
        String url = postgres.getJdbcUrl("postgres", name);
        Instant due = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        subscribe(url, subscriptions, due);
        List<Process> processes = List.of(start(url, platformUrl), start(url, platformUrl));
        // The kill comes at a random moment of the posting: posting all takes about this long.
        long postingMillis =
            (long) subscriptions * postMillis / (2L * DigestDelivery.POSTING_THREADS);
        long killAfter = (long) (random.nextDouble() * (postingMillis + 5_000));
        sleepUntil(due.plusMillis(killAfter));
        Process killed = processes.get(random.nextInt(2));
        killed.destroyForcibly();
        Instant deadline = due.plus(Duration.ofMinutes(3));
        while (posts.size() < subscriptions && Instant.now().isBefore(deadline)) {
          Thread.sleep(200);
        }
        Thread.sleep(2_000); // a late second post would show now
        processes.forEach(Process::destroyForcibly);
        int once = 0;
        int twice = 0;
        Duration latest = Duration.ZERO;
        for (List<Instant> times : posts.values()) {
          if (times.size() == 1) {
            once++;
          } else {
            twice++;
          }
          Duration delay = Duration.between(due, times.get(0));
          latest = delay.compareTo(latest) > 0 ? delay : latest;
        }
        int missing = subscriptions - posts.size();
        System.out.printf(
            "round %2d: killed %.1f s after the due time; posted once %d, not posted %d,"
                + " twice or more %d; latest post %.1f s after the due time%n",
            round, killAfter / 1000.0, once, missing, twice, latest.toMillis() / 1000.0);
        latestOverall = latest.compareTo(latestOverall) > 0 ? latest : latestOverall;
        onceOverall += once;
        missingOverall += missing;
        twiceOverall += twice;
      }
    } finally {
      platform.stop(0);
    }
    System.out.printf(
        "all %d rounds: posted once %d of %d, not posted %d, twice or more %d; latest post %.1f s"
            + " after the due time%n",
        rounds,
        onceOverall,
        rounds * subscriptions,
        missingOverall,
        twiceOverall,
        latestOverall.toMillis() / 1000.0);
    System.exit(0);
  }

  private static void subscribe(String url, int subscriptions, Instant due) {
    try (Database database = Database.open(url, "postgres", null)) {
      DigestStore store = new DigestStore(database);
      DigestTime time =
          new DigestTime(
              LocalTime.ofInstant(due, ZoneOffset.UTC), ZoneOffset.UTC, DigestTime.Days.DAILY);
      DigestTime.Occurrence occurrence =
          new DigestTime.Occurrence(due.atZone(ZoneOffset.UTC).toLocalDate(), due);
      for (int i = 0; i < subscriptions; i++) {
        store.subscribe(
            Place.channel(Platform.DISCORD, "soak-server", "channel-" + i),
            new DigestStore.Settings(time, true, List.of(), List.of(), 5, Optional.empty(), true),
            occurrence,
            "soak",
            Instant.now());
      }
    }
  }

  private static Process start(String url, String platformUrl) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC"));
    command.addAll(
        List.of(
            "-cp", System.getProperty("java.class.path"), DigestSoak.class.getName(), "--child"));
    command.addAll(List.of(url, platformUrl));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** One Briefbot process's digests: the core's digest check, posting to the loopback platform. */
  private static void child(String url, String platformUrl) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    ChannelPoster poster =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            return send(place, reply, Optional.empty());
          }

          @Override
          public Delivery post(Place place, Reply reply, PostKey key) {
            return send(place, reply, Optional.of(key));
          }

          /** As Discord: within its memory of a nonce, posting again makes no second message. */
          @Override
          public Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
            return now.isBefore(sentAfter.plus(DiscordChannelPoster.NONCE_REMEMBERED))
                ? new Earlier.NoneRepeated()
                : new Earlier.Unknown(Earlier.Cause.KEY_FORGOTTEN, "");
          }

          private Delivery send(Place place, Reply reply, Optional<PostKey> key) {
            try {
              HttpRequest.Builder request =
                  HttpRequest.newBuilder(URI.create(platformUrl + "?" + place.channelId()))
                      .POST(HttpRequest.BodyPublishers.ofString(reply.title().orElse("")));
              key.ifPresent(k -> request.header(NONCE_HEADER, k.value()));
              http.send(request.build(), HttpResponse.BodyHandlers.discarding());
              return new Delivery.Posted("m-" + place.channelId());
            } catch (IOException | InterruptedException failed) {
              return new Delivery.Failed(failed.toString(), false);
            }
          }
        };
    Database database = Database.open(url, "postgres", null);
    NewsIngestion news =
        new NewsIngestion(
            database,
            new HttpFetcher(FetchSettings.defaults(), HostResolver.system()),
            text -> {
              throw new IllegalStateException("no story is analysed");
            },
            Clock.systemUTC(),
            1);
    DigestDelivery digests =
        new DigestDelivery(
            new DigestStore(database),
            news.stories(),
            news.feeds(),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            Clock.systemUTC());
    BackgroundJobs.start(
        database, digests, news, Clock.systemUTC(), BackgroundJobs.Timing.defaults(), List.of());
    new CountDownLatch(1).await(); // until killed
  }

  private static void sleepUntil(Instant at) throws InterruptedException {
    long millis = Duration.between(Instant.now(), at).toMillis();
    if (millis > 0) {
      TimeUnit.MILLISECONDS.sleep(millis);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
