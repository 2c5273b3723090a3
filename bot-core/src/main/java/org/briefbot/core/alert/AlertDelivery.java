package org.briefbot.core.alert;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Posters;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.search.FeedFilters;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each channel's alerts as news breaks: at every check (and as soon as stories are stored)
 * the stories that reached the place's feeds and are news of an alert ({@link AlertPlan}) are
 * recorded with their post — the post, its stories and the process that makes it, in one
 * transaction — then posted with the post's key, and the platform's answer recorded. A post whose
 * process is gone before that answer was recorded is taken over by a live process ({@link
 * AlertRedelivery}), so that every story is posted once a channel however many processes share the
 * database.
 */
public final class AlertDelivery {
  /** Stories that reached the feeds longer ago than this are no alert's news. */
  static final Duration LOOKBACK = Duration.ofDays(1);

  /** A late copy of an event posted this recently joins that post rather than being posted. */
  static final Duration MERGE_WINDOW = Duration.ofHours(12);

  /** The window of a channel's hourly limit. */
  static final Duration HOUR = Duration.ofHours(1);

  /** A channel whose post failed and may pass later is tried again after this long. */
  static final Duration RETRY_AFTER = Duration.ofMinutes(1);

  /** The most stories of a channel one check looks at. */
  static final int STORIES_AT_ONCE = 2000;

  /** Channels posted to side by side by one process. */
  static final int POSTING_THREADS = 4;

  private static final ThreadFactory POSTING_THREAD_FACTORY =
      runnable -> {
        Thread thread = new Thread(runnable, "alert-post");
        thread.setDaemon(true);
        return thread;
      };

  private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);

  /**
   * How alerts behave.
   *
   * @param postsPerHour the most story posts a channel's alerts make in an hour, before the one
   *     "and K more" post
   */
  public record AlertSettings(int postsPerHour) {
    public static final int DEFAULT_POSTS_PER_HOUR = 10;

    public AlertSettings {
      if (postsPerHour < 1 || postsPerHour > 100) {
        throw new IllegalArgumentException(
            "alerts post from 1 to 100 times an hour a channel, not " + postsPerHour);
      }
    }

    public static AlertSettings defaults() {
      return new AlertSettings(DEFAULT_POSTS_PER_HOUR);
    }
  }

  private final AlertStore store;
  private final AlertPosts posts;
  private final StoryStore stories;
  private final FeedStore feeds;
  private final Posters posters;
  private final AlertSettings settings;
  private final Clock clock;
  private final AlertRedelivery redelivery;

  /** Stories a channel's alerts judged no news of theirs: not read again at every check. */
  private final Cache<String, Boolean> notNews =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(LOOKBACK.plusHours(1)).build();

  /** Channels whose last post failed for now, and when they are tried again. */
  private final Map<String, Instant> retryAt = new ConcurrentHashMap<>();

  private volatile boolean stopping;

  /**
   * @param posters one a platform this process is connected to; alerts of other platforms are left
   *     to the processes that are
   */
  public AlertDelivery(
      AlertStore store,
      StoryStore stories,
      FeedStore feeds,
      List<? extends ChannelPoster> posters,
      AlertSettings settings,
      Clock clock) {
    this.store = store;
    this.posts = store.posts();
    this.stories = stories;
    this.feeds = feeds;
    this.posters = new Posters(posters);
    this.settings = settings;
    this.clock = clock;
    this.redelivery = new AlertRedelivery(this, posts, stories);
  }

  public AlertStore store() {
    return store;
  }

  public AlertSettings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  FeedStore feeds() {
    return feeds;
  }

  StoryStore stories() {
    return stories;
  }

  /** Claims no further post from now on; a post under way is finished and recorded. */
  public void stopClaiming() {
    stopping = true;
  }

  /**
   * Posts the alerts' news of every channel this process can reach, and takes over the posts whose
   * process is gone. Safe to run in several processes at once.
   *
   * @return how many posts were made (or taken over) and late copies merged
   */
  public int runDue() {
    if (stopping) {
      return 0;
    }
    if (!posts.processes().ensureLive()) {
      log.warn("this process's lock on the database is not held; alerts wait for the next check");
      return 0;
    }
    Instant now = clock.instant();
    int handled = redelivery.run(now);
    Map<String, List<Alert>> byChannel = new LinkedHashMap<>();
    for (Alert alert : store.active(posters.platforms())) {
      byChannel.computeIfAbsent(key(alert.place()), k -> new ArrayList<>()).add(alert);
    }
    List<List<Alert>> due = new ArrayList<>();
    for (Map.Entry<String, List<Alert>> channel : byChannel.entrySet()) {
      Place place = channel.getValue().get(0).place();
      Instant retry = retryAt.get(channel.getKey());
      if (posters.of(place).holds(place) && (retry == null || !now.isBefore(retry))) {
        due.add(channel.getValue());
      }
    }
    if (due.isEmpty()) {
      return handled;
    }
    // Each channel's posts go out in order on one thread; a slow channel holds up no other.
    ExecutorService workers =
        Executors.newFixedThreadPool(Math.min(POSTING_THREADS, due.size()), POSTING_THREAD_FACTORY);
    try {
      List<Future<Integer>> outcomes = new ArrayList<>(due.size());
      for (List<Alert> channel : due) {
        outcomes.add(workers.submit(() -> stopping ? 0 : deliverCatching(channel, now)));
      }
      for (Future<Integer> outcome : outcomes) {
        handled += awaitUninterruptibly(outcome);
      }
      return handled;
    } finally {
      workers.shutdown();
    }
  }

  private int deliverCatching(List<Alert> channel, Instant now) {
    Place place = channel.get(0).place();
    try {
      return deliver(place, channel, now);
    } catch (RuntimeException failure) {
      log.error("the alerts of {} failed unexpectedly", place, failure);
      return 0;
    }
  }

  /**
   * A channel's outcome, waited for to the end even when interrupted, so that posts are recorded.
   */
  private static int awaitUninterruptibly(Future<Integer> outcome) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return outcome.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          return 0;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What the channel's alerts do with its untaken stories now. */
  AlertPlan plan(Place place, List<Alert> alerts, Instant now) {
    return plan(place, alerts, now, true);
  }

  /**
   * What the channel's alerts do with its untaken stories now.
   *
   * @param judged whether stories judged no news before are left out (a preview of a topic with no
   *     alert judges them again)
   */
  AlertPlan plan(Place place, List<Alert> alerts, Instant now, boolean judged) {
    List<Long> feedIds = feeds.list(place.feedOwner()).stream().map(Feed::id).toList();
    Instant storeNow = Instant.now();
    Instant since =
        alerts.stream()
            .map(Alert::createdAt)
            .min(Instant::compareTo)
            .filter(first -> first.isAfter(storeNow.minus(LOOKBACK)))
            .orElse(storeNow.minus(LOOKBACK));
    Map<Long, Instant> seen = posts.untaken(place, feedIds, since, STORIES_AT_ONCE);
    String channel = key(place);
    List<Long> unjudged =
        seen.keySet().stream()
            .filter(id -> !judged || notNews.getIfPresent(channel + ":" + id) == null)
            .toList();
    List<StoredStory> untaken = stories.findAll(unjudged);
    Map<Long, Long> recentlyPosted = posts.postedSince(place, now.minus(MERGE_WINDOW));
    Map<AlertPost.Kind, Integer> made = posts.madeSince(place, now.minus(HOUR));
    AlertPlan plan =
        AlertPlan.of(
            new AlertPlan.Channel(
                alerts,
                untaken,
                seen,
                new FeedFilters(feeds).leftOut(place.feedOwner(), untaken),
                recentlyPosted,
                untaken.isEmpty()
                    ? List.of()
                    : stories.findAll(
                        List.copyOf(new java.util.TreeSet<>(recentlyPosted.keySet()))),
                made.get(AlertPost.Kind.STORY),
                made.get(AlertPost.Kind.MORE),
                settings.postsPerHour()));
    for (StoredStory story : judged ? untaken : List.<StoredStory>of()) {
      if (plan.stepOf(story.id()).isEmpty()) {
        notNews.put(channel + ":" + story.id(), Boolean.TRUE);
      }
    }
    return plan;
  }

  private int deliver(Place place, List<Alert> alerts, Instant now) {
    AlertPlan plan = plan(place, alerts, now);
    int handled = 0;
    for (AlertPlan.Step step : plan.steps()) {
      if (stopping) {
        break;
      }
      List<Long> ids = step.stories().stream().map(StoredStory::id).toList();
      if (step instanceof AlertPlan.Merge merge) {
        handled += posts.merge(place, merge.postId(), ids) ? 1 : 0;
      } else if (step instanceof AlertPlan.Post post) {
        Optional<Long> id =
            posts.claim(
                new AlertPosts.Claim(
                    post.alert(),
                    AlertPost.Kind.STORY,
                    AlertPost.Freshness.NEW,
                    post.topics(),
                    1,
                    ids),
                settings.postsPerHour(),
                now.minus(HOUR),
                now);
        if (id.isEmpty()) {
          break; // another process posts to this channel now: its plan is the one to follow
        }
        Reply reply =
            AlertReply.story(
                post.topics(), post.stories(), AlertPost.Freshness.NEW, post.alert().mentionRole());
        handled++;
        if (!deliverClaimed(post.alert(), id.get(), reply)) {
          break;
        }
      } else if (step instanceof AlertPlan.More more) {
        Optional<Long> id =
            posts.claim(
                new AlertPosts.Claim(
                    more.alert(),
                    AlertPost.Kind.MORE,
                    AlertPost.Freshness.NEW,
                    more.topics(),
                    more.events(),
                    ids),
                settings.postsPerHour(),
                now.minus(HOUR),
                now);
        if (id.isPresent()) {
          handled++;
          deliverClaimed(
              more.alert(),
              id.get(),
              AlertReply.more(more.topics(), more.events(), settings.postsPerHour()));
        }
      }
    }
    return handled;
  }

  /** Posts a recorded post and records the answer; false when it failed. */
  private boolean deliverClaimed(Alert alert, long postId, Reply reply) {
    try {
      return deliver(alert, postId, reply);
    } finally {
      posts.released(postId);
    }
  }

  /** The key a post carries each time it is made: the platform makes one message of it. */
  static ChannelPoster.PostKey key(long postId) {
    return new ChannelPoster.PostKey("alert-" + Long.toString(postId, 36));
  }

  /**
   * Posts a claimed post with its key and records what the platform answered; a failure gives its
   * stories back, and pauses the alert when trying again will not help.
   */
  boolean deliver(Alert alert, long postId, Reply reply) {
    Delivery delivery;
    try {
      delivery = posters.of(alert.place()).post(alert.place(), reply, key(postId));
    } catch (RuntimeException failure) {
      log.error("posting alert {} failed unexpectedly", alert.id(), failure);
      delivery =
          new Delivery.Failed("Briefbot could not post because of an internal error.", false);
    }
    Instant done = clock.instant();
    if (delivery instanceof Delivery.Posted posted) {
      posts.recordPosted(postId, posted.messageId(), done);
      retryAt.remove(key(alert.place()));
      return true;
    }
    Delivery.Failed failed = (Delivery.Failed) delivery;
    posts.recordFailed(postId, failed.reason(), done);
    if (failed.permanent()) {
      store.pause(alert.id(), done);
      log.warn(
          "alert {} on {} in {} paused: its post could not be delivered: {}",
          alert.id(),
          alert.topic(),
          alert.place(),
          failed.reason());
    } else {
      retryAt.put(key(alert.place()), done.plus(RETRY_AFTER));
      log.warn(
          "alert {} on {} in {} not delivered, tried again in a minute: {}",
          alert.id(),
          alert.topic(),
          alert.place(),
          failed.reason());
    }
    return false;
  }

  /** The poster of the place's platform, if this process holds the place. */
  Optional<ChannelPoster> posterHolding(Place place) {
    return posters.holding(place);
  }

  private static String key(Place place) {
    return place.platform() + ":" + place.channelId();
  }
}
