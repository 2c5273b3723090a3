package org.briefbot.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.HostResolver;
import org.briefbot.core.news.HttpFetcher;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.NewStory;
import org.briefbot.core.store.Sha256;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StorySource;
import org.briefbot.core.store.StoryStore;

/** Invented stories, a channel, and a poster that records what it was asked to post. */
final class DigestFixtures {
  static final Place CHANNEL = Place.channel(Platform.DISCORD, "guild-1", "news-room");
  private static final AtomicInteger STORIES = new AtomicInteger();

  private DigestFixtures() {}

  static Feed feed(FeedStore feeds, Place place, String url, Instant now) {
    return feeds.add(url, place.feedOwner(), "tester", Duration.ofMinutes(15), now);
  }

  /**
   * Stores an invented story about a ferry timetable, numbered so that each is its own, as read
   * through {@code feed}.
   */
  static long story(StoryStore stories, Feed feed, String headline, Instant fetchedAt) {
    int n = STORIES.incrementAndGet();
    String first =
        "The harbour council of Port Wren approved timetable number "
            + n
            + " for the island ferries on Monday.";
    String quoted = "We will run a boat every hour from June";
    String second = "\u201c" + quoted + ",\u201d said Mara Quill, the council's transport chair.";
    String third =
        "Ferries have sailed every two hours since the spring storms damaged the north pier.";
    String text = first + " " + second + " " + third;
    List<StorySentence> sentences =
        List.of(
            new StorySentence(0, 0, 0, first.length()),
            new StorySentence(1, 0, first.length() + 1, first.length() + 1 + second.length()),
            new StorySentence(2, 0, first.length() + 2 + second.length(), text.length()));
    int quoteStart = text.indexOf(quoted);
    StoryQuote quote =
        new StoryQuote(
            quoteStart,
            quoteStart + quoted.length(),
            StoryQuote.Kind.DIRECT,
            "Mara Quill",
            Optional.of("transport chair"),
            quoted);
    String url = "https://ledger.example/ferry/" + n;
    NewStory story =
        new NewStory(
            url,
            url,
            headline,
            "Harbor Ledger",
            Optional.empty(),
            Optional.of(fetchedAt),
            fetchedAt,
            text,
            sentences,
            List.of(0, 2),
            List.of(quote),
            "eng",
            Sha256.hex(text),
            text.split(" ").length);
    return stories
        .save(
            story,
            new StorySource(url, "Harbor Ledger", headline, OptionalLong.of(feed.id())),
            OptionalLong.empty())
        .story()
        .id();
  }

  static DigestStore.Settings daily(String time, String zone) {
    return new DigestStore.Settings(
        new DigestTime(LocalTime.parse(time), ZoneId.of(zone), DigestTime.Days.DAILY),
        true,
        List.of(),
        List.of(),
        5,
        Optional.empty(),
        false);
  }

  static DigestStore.Settings dailyWithLine(String time, String zone) {
    DigestStore.Settings plain = daily(time, zone);
    return new DigestStore.Settings(
        plain.time(), true, List.of(), List.of(), 5, Optional.empty(), true);
  }

  static Subscription subscribe(
      DigestStore store, Place place, DigestStore.Settings settings, Instant now) {
    return store.subscribe(place, settings, settings.time().next(now), "tester", now);
  }

  /**
   * News in over a database, for a process whose digests are under test: its fetcher may reach
   * loopback, and no story is ever analysed (none is fetched).
   */
  static NewsIngestion newsReadingNoStory(Database database, java.time.Clock clock) {
    return new NewsIngestion(
        database,
        new HttpFetcher(
            FetchSettings.defaults().withAllowPrivateAddresses(true), HostResolver.system()),
        text -> {
          throw new AssertionError("no story is analysed in a digest test");
        },
        clock,
        1);
  }

  /** Records every post; answers with what {@code answer} says (posted, by default). */
  static final class RecordingPoster implements ChannelPoster {
    final List<Reply> posts = Collections.synchronizedList(new ArrayList<>());

    /** The channel of each post, in the order of {@link #posts}. */
    final List<Place> places = Collections.synchronizedList(new ArrayList<>());

    private final Platform platform;
    volatile Function<Reply, Delivery> answer;

    /**
     * When true it keeps keys as Discord keeps an enforced nonce: a post with a key it has taken
     * makes no second post and is answered with the first's message; otherwise keys are ignored and
     * it cannot tell about an earlier post.
     */
    volatile boolean keepsKeys;

    private final java.util.Map<String, Delivery> byKey =
        new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether this poster's process holds a place (a Discord process runs some shards). */
    volatile java.util.function.Predicate<Place> holds = place -> true;

    RecordingPoster(Platform platform) {
      this.platform = platform;
      this.answer = reply -> new Delivery.Posted("m-" + posts.size());
    }

    @Override
    public Platform platform() {
      return platform;
    }

    @Override
    public Delivery post(Place place, Reply reply) {
      posts.add(reply);
      places.add(place);
      return answer.apply(reply);
    }

    @Override
    public Delivery post(Place place, Reply reply, PostKey key) {
      if (!keepsKeys) {
        return post(place, reply);
      }
      Delivery earlier = byKey.get(key.value());
      if (earlier != null) {
        return earlier;
      }
      posts.add(reply);
      places.add(place);
      Delivery delivery = new Delivery.Posted("m-" + posts.size());
      byKey.put(key.value(), delivery);
      return answer.apply(reply) instanceof Delivery.Failed failed ? failed : delivery;
    }

    @Override
    public Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
      return keepsKeys
          ? new Earlier.NoneRepeated()
          : new Earlier.Unknown(Earlier.Cause.UNSUPPORTED, "");
    }

    @Override
    public boolean holds(Place place) {
      return place.platform() == platform && holds.test(place);
    }

    /** The headings of every item of every post, post by post. */
    List<List<String>> headlines() {
      return posts.stream()
          .map(r -> r.sections().stream().flatMap(s -> s.heading().stream()).toList())
          .toList();
    }
  }
}
