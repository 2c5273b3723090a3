package org.briefbot.core.digest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;

/**
 * A chat platform's stand-in on loopback, for digests posted by several processes: a child process
 * posts over HTTP ({@link HttpPoster}: the channel in the body, the post's key in a header), the
 * test's own process through {@link #poster}. It keeps keys as the real platforms do: like Discord
 * with an enforced nonce, a post with a key it has seen makes no second message and is answered
 * with the first; like Slack, a key is found again in the channel's history.
 */
final class StandInPlatform implements AutoCloseable {
  static final String KEY_HEADER = "Post-Key";

  /** How the platform keeps keys. */
  enum Kind {
    /** Discord: a post with a key it has seen is answered with the message the key made. */
    NONCE,
    /** Slack: every post is a new message; the key is found in the channel's history. */
    HISTORY
  }

  /** A message in a channel, the key it carried, when it was made by the platform's clock. */
  record Post(String channel, String key, String messageId, Instant at) {}

  private final Kind kind;
  private final Clock clock;
  private final MockWebServer server = new MockWebServer();
  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private final Map<String, Post> byKey = new ConcurrentHashMap<>();

  /** While set, a post over HTTP is taken and its answer held until the latch opens. */
  volatile CountDownLatch holdAnswers;

  StandInPlatform(Kind kind, Clock clock) throws IOException {
    this.kind = kind;
    this.clock = clock;
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            Post post =
                take(request.getBody().readUtf8(), request.getHeader(KEY_HEADER), clock.instant());
            CountDownLatch hold = holdAnswers;
            if (hold != null) {
              hold.await();
            }
            return new MockResponse().setBody(post.messageId());
          }
        });
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  /** Where a child process posts. */
  URI url() {
    return server.url("/post").uri();
  }

  /** Every message made, in order. */
  List<Post> posts() {
    return List.copyOf(posts);
  }

  List<Post> postsTo(String channel) {
    return posts.stream().filter(p -> p.channel().equals(channel)).toList();
  }

  private synchronized Post take(String channel, String key, Instant at) {
    if (kind == Kind.NONCE && key != null && byKey.containsKey(key)) {
      return byKey.get(key);
    }
    Post post = new Post(channel, key, "m-" + (posts.size() + 1), at);
    posts.add(post);
    if (key != null) {
      byKey.putIfAbsent(key, post);
    }
    return post;
  }

  /** A Discord poster of the test's own process, posting here. */
  ChannelPoster poster() {
    return new ChannelPoster() {
      @Override
      public Platform platform() {
        return Platform.DISCORD;
      }

      @Override
      public Delivery post(Place place, Reply reply) {
        return new Delivery.Posted(take(place.channelId(), null, clock.instant()).messageId());
      }

      @Override
      public Delivery post(Place place, Reply reply, PostKey key) {
        return new Delivery.Posted(
            take(place.channelId(), key.value(), clock.instant()).messageId());
      }

      @Override
      public Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
        if (kind == Kind.NONCE) {
          return new Earlier.NoneRepeated();
        }
        Post found = byKey.get(key.value());
        return found != null && found.channel().equals(place.channelId())
            ? new Earlier.Found(found.messageId())
            : new Earlier.NoneRepeated();
      }
    };
  }

  @Override
  public void close() throws IOException {
    CountDownLatch hold = holdAnswers;
    if (hold != null) {
      hold.countDown();
    }
    server.shutdown();
  }

  /**
   * A child process's Discord poster, posting to the stand-in over HTTP with the post's key. It can
   * stop for good — as a process that is killed there — before sending a post, or after the
   * platform answered and before the answer is returned to be recorded; it says "posting" on
   * standard output as it gets there.
   */
  static final class HttpPoster implements ChannelPoster {
    /** Where the poster stops for good, if anywhere. */
    enum StopAt {
      NOWHERE,
      BEFORE_SENDING,
      AFTER_ANSWER
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI platform;
    private final StopAt stopAt;

    HttpPoster(URI platform, StopAt stopAt) {
      this.platform = platform;
      this.stopAt = stopAt;
    }

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public Delivery post(Place place, Reply reply) {
      return send(place, null);
    }

    @Override
    public Delivery post(Place place, Reply reply, PostKey key) {
      return send(place, key.value());
    }

    private Delivery send(Place place, String key) {
      if (stopAt == StopAt.BEFORE_SENDING) {
        say("posting");
        hang();
      }
      if (stopAt == StopAt.NOWHERE) {
        say("posting"); // the stand-in may hold the answer: say so before
      }
      try {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(platform)
                .POST(HttpRequest.BodyPublishers.ofString(place.channelId()));
        if (key != null) {
          request.header(KEY_HEADER, key);
        }
        HttpResponse<String> answer =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (stopAt == StopAt.AFTER_ANSWER) {
          say("posting");
          hang();
        }
        return new Delivery.Posted(answer.body());
      } catch (IOException | InterruptedException e) {
        return new Delivery.Failed("The stand-in could not be reached.", false);
      }
    }

    private static void say(String line) {
      synchronized (System.out) {
        System.out.println(line);
        System.out.flush();
      }
    }

    private static void hang() {
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // killed, not interrupted, ends it
        }
      }
    }
  }
}
