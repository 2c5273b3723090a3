package org.briefbot.core.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
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
 * Builds and posts the digests that are due. Each due subscription is recorded — the run of its
 * local date, the stories it takes and the process that posts it — in one transaction before its
 * digest is posted with the run's key, so two processes never both post it; the platform's answer
 * is recorded right after. A run whose process is gone before that answer was recorded is taken
 * over by the next check of a live process ({@link Redelivery}). A digest more than the grace
 * period late (Briefbot was down) is recorded as missed, not posted; its stories go to the next
 * one.
 */
public final class DigestDelivery {
  /**
   * A run recorded before processes had keys, still unconfirmed this long after it was recorded,
   * belongs to a process that stopped while posting.
   */
  public static final Duration POSTING_TIMEOUT = Duration.ofMinutes(10);

  /** How far before the channel's last digest a later digest looks, for stories committed late. */
  static final Duration LATE_COMMIT_MARGIN = Duration.ofDays(1);

  /** A channel's first digest looks at this many of its latest stories. */
  static final int FIRST_DIGEST_STORIES = 200;

  /** Later digests look at no more than this many stories since the last. */
  static final int LATER_DIGEST_STORIES = 5000;

  /** Due digests posted side by side by one process (each to its own channel). */
  public static final int POSTING_THREADS = 8;

  /** Due subscriptions one check takes at most; the rest wait for the next check. */
  static final int DUE_AT_ONCE = 100;

  private static final ThreadFactory POSTING_THREAD_FACTORY =
      runnable -> {
        Thread thread = new Thread(runnable, "digest-post");
        thread.setDaemon(true);
        return thread;
      };

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

  private final DigestStore store;
  private final DigestRuns runs;
  private final StoryStore stories;
  private final FeedStore feeds;
  private final Posters posters;
  private final FeedNotices feedNotices;

  /** How overdue a digest no poster here holds is before the log says so. */
  private static final java.time.Duration NOT_HELD_WARNING = java.time.Duration.ofMinutes(1);

  private final DigestSettings settings;
  private final Clock clock;
  private final DigestObserver observer;
  private final Redelivery redelivery;
  private final UpdatedStories updates;
  private volatile boolean stopping;

  /**
   * How digests behave.
   *
   * @param grace how late (after downtime) a digest may still be posted
   * @param pauseAfterFailures failed deliveries in a row after which a subscription pauses itself
   * @param defaultZone the zone of a subscription that names none, where the server set none
   */
  public record DigestSettings(Duration grace, int pauseAfterFailures, ZoneId defaultZone) {
    public static final Duration DEFAULT_GRACE = Duration.ofHours(2);
    public static final int DEFAULT_PAUSE_AFTER = 3;

    public DigestSettings {
      Objects.requireNonNull(grace, "grace");
      if (grace.isNegative()) {
        throw new IllegalArgumentException("the grace period cannot be negative");
      }
      if (pauseAfterFailures < 1) {
        throw new IllegalArgumentException(
            "a subscription pauses after at least one failure, not " + pauseAfterFailures);
      }
      Objects.requireNonNull(defaultZone, "defaultZone");
    }

    public static DigestSettings defaults() {
      return new DigestSettings(DEFAULT_GRACE, DEFAULT_PAUSE_AFTER, ZoneId.of("UTC"));
    }
  }

  /**
   * @param posters one a platform this process is connected to; subscriptions of other platforms
   *     are left to the processes that are
   */
  public DigestDelivery(
      DigestStore store,
      StoryStore stories,
      FeedStore feeds,
      List<? extends ChannelPoster> posters,
      DigestSettings settings,
      Clock clock) {
    this(store, stories, feeds, posters, settings, clock, DigestObserver.NONE);
  }

  /** Delivery that tells {@code observer} what became of each due digest it handled. */
  public DigestDelivery(
      DigestStore store,
      StoryStore stories,
      FeedStore feeds,
      List<? extends ChannelPoster> posters,
      DigestSettings settings,
      Clock clock,
      DigestObserver observer) {
    this.observer = observer;
    this.store = store;
    this.runs = store.runs();
    this.stories = stories;
    this.feeds = feeds;
    this.posters = new Posters(posters);
    this.settings = settings;
    this.clock = clock;
    this.updates = new UpdatedStories(runs, stories);
    this.redelivery = new Redelivery(this, runs, stories);
    this.feedNotices = new FeedNotices(store.jdbi(), store, feeds, this.posters, clock);
  }

  /** What the channels using a feed are told when it fails, stops or is read again. */
  public FeedNotices feedNotices() {
    return feedNotices;
  }

  public DigestStore store() {
    return store;
  }

  public DigestSettings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * What the channel's next digest would hold now, built the same way but taking no stories: its
   * subscription's settings, or every feed and the default options when it has none.
   */
  public Digest preview(Place place) {
    Optional<Subscription> subscription = store.find(place);
    boolean allFeeds = subscription.map(Subscription::allFeeds).orElse(true);
    List<Long> chosen = subscription.map(Subscription::feedIds).orElse(List.of());
    DigestOptions options =
        subscription.map(Subscription::options).orElse(DigestOptions.defaults());
    return new DigestBuilder(stories)
        .build(kept(place, candidates(place, allFeeds, chosen)), options)
        .withUpdates(updates.next(place, options, found -> kept(place, found)).items());
  }

  /**
   * Why each of the latest {@link DigestPreview#STORIES} stories of the channel's feeds would or
   * would not be in its next digest, newest first.
   */
  public List<DigestPreview.Verdict> whyEach(Place place) {
    Optional<Subscription> subscription = store.find(place);
    boolean allFeeds = subscription.map(Subscription::allFeeds).orElse(true);
    List<Long> chosen = subscription.map(Subscription::feedIds).orElse(List.of());
    DigestOptions options =
        subscription.map(Subscription::options).orElse(DigestOptions.defaults());
    List<Long> feedIds =
        allFeeds && place.workspaceId().isPresent()
            ? feeds.list(place.feedOwner()).stream().map(Feed::id).toList()
            : chosen;
    boolean feedless = allFeeds && place.platform() == Platform.CONSOLE;
    List<Long> recentIds = runs.recentStories(place, feedIds, feedless, DigestPreview.STORIES);
    if (recentIds.isEmpty()) {
      return List.of();
    }
    List<StoredStory> candidates = candidates(place, allFeeds, chosen);
    Optional<Instant> last = runs.lastCoveringRun(place);
    return DigestPreview.of(
        stories.findAll(recentIds),
        candidates,
        place.workspaceId().isPresent()
            ? new FeedFilters(feeds).leftOut(place.feedOwner(), candidates)
            : java.util.Map.of(),
        runs.takenBy(place, recentIds),
        new java.util.HashSet<>(
            updates.next(place, options, found -> kept(place, found)).told().values()),
        options,
        last.isEmpty(),
        last.map(t -> t.minus(LATE_COMMIT_MARGIN)));
  }

  /**
   * How long the digest that has waited longest past its due time, of those this process posts, has
   * been waiting now: zero when none is due. The digest check's lag, for the operator's metrics; a
   * digest due at a check waits until the next one (a minute at most).
   */
  public Duration schedulerLag() {
    Instant now = clock.instant();
    return store.due(now, posters.platforms(), DUE_AT_ONCE).stream()
        .filter(subscription -> posters.of(subscription.place()).holds(subscription.place()))
        .findFirst()
        .map(subscription -> Duration.between(subscription.nextRunAt(), now))
        .orElse(Duration.ZERO);
  }

  /** The title a digest of that local date carries. */
  public static String title(LocalDate date) {
    return "Digest — " + DAY.format(date);
  }

  /**
   * Takes no further subscription from now on: a check under way finishes (and records) the digest
   * it has claimed and leaves the others unclaimed, still due, for another process. For a graceful
   * stop, before the posters and the database close.
   */
  public void stopClaiming() {
    stopping = true;
  }

  /**
   * Posts every due digest this process can reach, and takes over the runs whose process is gone,
   * up to {@link #POSTING_THREADS} side by side. Safe to run in several processes at once: each
   * digest is claimed just before its post, so a process that dies holds only those it was posting,
   * and the next check of a live process takes them over.
   *
   * @return how many subscriptions were handled (posted, empty, failed or missed) and runs taken
   *     over
   */
  public int runDue() {
    if (stopping) {
      return 0;
    }
    Instant now = clock.instant();
    if (!runs.processes().ensureLive()) {
      // The others may take this process for gone: it claims nothing until its lock is back.
      log.warn("this process's lock on the database is not held; digests wait for the next check");
      return 0;
    }
    List<Redelivery.Orphan> orphans = redelivery.heldHere(now);
    List<Subscription> due = heldHere(store.due(now, posters.platforms(), DUE_AT_ONCE), now);
    if (due.isEmpty() && orphans.isEmpty()) {
      return 0;
    }
    // A channel has one subscription, so each channel gets one post at a time; slow posts to some
    // channels do not hold up the others.
    ExecutorService workers =
        Executors.newFixedThreadPool(
            Math.min(POSTING_THREADS, due.size() + orphans.size()), POSTING_THREAD_FACTORY);
    try {
      List<Future<Boolean>> outcomes = new ArrayList<>(due.size() + orphans.size());
      for (Redelivery.Orphan orphan : orphans) {
        outcomes.add(workers.submit(() -> unlessStopping(() -> redelivery.redeliver(orphan, now))));
      }
      for (Subscription subscription : due) {
        outcomes.add(workers.submit(() -> runClaimingUnlessStopping(subscription, now)));
      }
      int handled = 0;
      for (Future<Boolean> outcome : outcomes) {
        if (Boolean.TRUE.equals(awaitUninterruptibly(outcome))) {
          handled++;
        }
      }
      return handled;
    } finally {
      workers.shutdown();
    }
  }

  /**
   * The due subscriptions whose places this process's posters hold; the others stay due for the
   * process that holds them (another Discord shard's), and one overdue by a minute is logged, since
   * then no live process may hold it.
   */
  private List<Subscription> heldHere(List<Subscription> due, Instant now) {
    List<Subscription> held = new ArrayList<>(due.size());
    for (Subscription subscription : due) {
      if (posters.of(subscription.place()).holds(subscription.place())) {
        held.add(subscription);
      } else if (subscription.nextRunAt().isBefore(now.minus(NOT_HELD_WARNING))) {
        log.warn(
            "the digest of subscription {} is {} s overdue and its place is not on this process's"
                + " shards; it waits for the process that holds them",
            subscription.id(),
            java.time.Duration.between(subscription.nextRunAt(), now).toSeconds());
      }
    }
    return held;
  }

  /** One due subscription on a posting thread; nothing is claimed once a stop was asked for. */
  private boolean runClaimingUnlessStopping(Subscription subscription, Instant now) {
    try {
      return unlessStopping(() -> run(subscription, now));
    } catch (RuntimeException failure) {
      // Nothing was recorded (or the run was, and the failure came after): the next check sees
      // the same state.
      log.error("the digest of subscription {} failed unexpectedly", subscription.id(), failure);
      return false;
    }
  }

  private boolean unlessStopping(java.util.function.BooleanSupplier work) {
    return !stopping && work.getAsBoolean();
  }

  /**
   * A posting thread's outcome; a check is waited for to the end even when interrupted (a stop), so
   * that what was posted is recorded.
   */
  private static Boolean awaitUninterruptibly(Future<Boolean> outcome) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return outcome.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error; // the process is failing, not one digest
          }
          return false;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Records and, unless it is too late or empty, posts one due digest; false when another process
   * had it.
   */
  private boolean run(Subscription subscription, Instant now) {
    DigestTime.Occurrence next = subscription.time().next(now);
    Duration late = Duration.between(subscription.nextRunAt(), now);
    if (late.compareTo(settings.grace()) > 0) {
      String reason =
          "Briefbot was not running at "
              + subscription.time().local(subscription.nextRunAt())
              + " ("
              + subscription.time().zone().getId()
              + ") and came back "
              + hoursAndMinutes(late)
              + " later, past the grace period of "
              + hoursAndMinutes(settings.grace())
              + "; its stories go to the next digest.";
      DigestRuns.RunClaim claim =
          runs.claimRun(
              subscription, next, DigestRun.State.MISSED, 0, List.of(), Optional.of(reason), now);
      if (claim.claim() == DigestRuns.Claim.RECORDED) {
        log.info(
            "digest of subscription {} for {} missed: {}",
            subscription.id(),
            subscription.nextRunDate(),
            reason);
        observe(DigestObserver.Outcome.MISSED, late);
      }
      return claim.claim() == DigestRuns.Claim.RECORDED;
    }
    List<StoredStory> candidates =
        candidates(subscription.place(), subscription.allFeeds(), subscription.feedIds());
    // A story a feed's filter leaves out is taken all the same: it is not the channel's news.
    UpdatedStories.Told updated =
        updates.next(
            subscription.place(),
            subscription.options(),
            found -> kept(subscription.place(), found));
    Digest digest =
        new DigestBuilder(stories)
            .build(kept(subscription.place(), candidates), subscription.options())
            .withUpdates(updated.items());
    List<Long> taken = candidates.stream().map(StoredStory::id).toList();
    Optional<Reply> reply =
        DigestReply.of(
            digest,
            title(subscription.nextRunDate()),
            subscription.mentionRole(),
            subscription.postWhenEmpty());
    if (reply.isEmpty()) {
      DigestRuns.RunClaim claim =
          runs.claimRun(
              subscription,
              next,
              DigestRun.State.EMPTY,
              0,
              taken,
              updated.told(),
              Optional.empty(),
              now);
      if (claim.claim() == DigestRuns.Claim.RECORDED) {
        observe(DigestObserver.Outcome.EMPTY, late);
      }
      return claim.claim() == DigestRuns.Claim.RECORDED;
    }
    DigestRuns.RunClaim claim =
        runs.claimRun(
            subscription,
            next,
            DigestRun.State.POSTING,
            digest.items().size(),
            taken,
            updated.told(),
            Optional.empty(),
            now);
    if (claim.claim() != DigestRuns.Claim.RECORDED) {
      log.debug(
          "digest of subscription {} for {}: {}",
          subscription.id(),
          subscription.nextRunDate(),
          claim.claim());
      return false;
    }
    long runId = claim.runId().orElseThrow();
    // From here until recordPosted/recordFailed commits, a process that dies leaves the run
    // POSTING, and a live process takes it over (Redelivery) and posts it with the same key.
    try {
      deliver(subscription, runId, reply.get(), subscription.nextRunAt());
    } finally {
      runs.released(runId);
    }
    return true;
  }

  /** The key a run's post carries, each time it is made: the platform makes one message of it. */
  static ChannelPoster.PostKey key(long runId) {
    return new ChannelPoster.PostKey("digest-" + Long.toString(runId, 36));
  }

  /**
   * Posts a claimed run's digest with the run's key and records what the platform answered.
   *
   * @param dueAt the time it was due, for how late it went out
   */
  void deliver(Subscription subscription, long runId, Reply reply, Instant dueAt) {
    Delivery delivery = post(subscription, reply, key(runId));
    Instant done = clock.instant();
    if (delivery instanceof Delivery.Posted posted) {
      runs.recordPosted(runId, subscription.id(), posted.messageId(), done);
      observe(DigestObserver.Outcome.DELIVERED, Duration.between(dueAt, done));
    } else if (delivery instanceof Delivery.Failed failed) {
      Subscription after =
          runs.recordFailed(
              runId,
              subscription.id(),
              failed.reason(),
              failed.permanent(),
              settings.pauseAfterFailures(),
              done);
      log.warn(
          "digest of subscription {} for {} in {} not delivered: {}{}",
          subscription.id(),
          subscription.nextRunDate(),
          subscription.place(),
          failed.reason(),
          after.isPaused() ? " — subscription paused" : "");
      observe(
          failed.permanent()
              ? DigestObserver.Outcome.FAILED_PERMANENTLY
              : DigestObserver.Outcome.FAILED,
          Duration.between(dueAt, done));
    }
  }

  /** Tells the observer; a failing observer costs the metric, never the digest's record. */
  void observe(DigestObserver.Outcome outcome, Duration late) {
    try {
      observer.handled(outcome, late.isNegative() ? Duration.ZERO : late);
    } catch (RuntimeException failure) {
      log.warn("the digest observer failed", failure);
    }
  }

  private Delivery post(Subscription subscription, Reply reply, ChannelPoster.PostKey key) {
    try {
      return posters.of(subscription.place()).post(subscription.place(), reply, key);
    } catch (RuntimeException failure) {
      log.error(
          "posting the digest of subscription {} failed unexpectedly", subscription.id(), failure);
      return new Delivery.Failed("Briefbot could not post because of an internal error.", false);
    }
  }

  /** The poster of the place's platform, if this process holds the place. */
  Optional<ChannelPoster> posterHolding(Place place) {
    return posters.holding(place);
  }

  /** The candidates the place's feed filters keep ({@code /feeds filter}). */
  List<StoredStory> kept(Place place, List<StoredStory> candidates) {
    return place.workspaceId().isPresent()
        ? new FeedFilters(feeds).keep(place.feedOwner(), candidates)
        : candidates;
  }

  /**
   * The stories the channel's next digest takes: from its feeds (every feed of the server, or the
   * chosen ones), not in any earlier digest of the channel, seen since a day before its last digest
   * (a story stored in a transaction that committed late is still in that window), or its latest
   * ones for a channel's first digest. The console, whose operator owns the machine, also takes the
   * stories that came through no feed (the demo story, linked stories).
   */
  List<StoredStory> candidates(Place place, boolean allFeeds, List<Long> chosenFeeds) {
    List<Long> feedIds =
        allFeeds && place.workspaceId().isPresent()
            ? feeds.list(place.feedOwner()).stream().map(Feed::id).toList()
            : chosenFeeds;
    boolean feedless = allFeeds && place.platform() == Platform.CONSOLE;
    Optional<Instant> last = runs.lastCoveringRun(place);
    Optional<Instant> since = last.map(t -> t.minus(LATE_COMMIT_MARGIN));
    List<Long> ids =
        runs.candidateStories(
            place,
            feedIds,
            feedless,
            since,
            last.isPresent() ? LATER_DIGEST_STORIES : FIRST_DIGEST_STORIES);
    return stories.findAll(ids);
  }

  static String hoursAndMinutes(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    return minutes % 60 == 0
        ? (minutes / 60) + " h"
        : (minutes / 60) + " h " + (minutes % 60) + " min";
  }
}
