package org.briefbot.core.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.LiveProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of Briefbot: the digest check ({@link DigestDelivery#runDue}) and the alert
 * check ({@link AlertDelivery#runDue}, also run as soon as stories are stored) in every process,
 * and the news round ({@link NewsIngestion#runRound}, feeds polled and stories brought in) on
 * db-scheduler over the project's database.
 *
 * <p>Every process checks for due digests on its own thread: each digest is claimed in the database
 * just before it is posted, so processes share the due digests between them, and a process that
 * dies holds none but those it was posting — the others are posted by the next check of any live
 * process, which also takes over and delivers the ones it was posting. The news round is one
 * recurring task, picked by one process at a time however many share the database, so a feed is
 * polled once per interval, not once per process; a process that dies while running it is found by
 * its stale heartbeat and the task handed on (its feeds and items are leased, so nothing is lost
 * meanwhile).
 */
public final class BackgroundJobs implements AutoCloseable {
  public static final String NEWS_TASK = "news-round";

  /** The task name the digest check had when it ran on db-scheduler; its row is removed. */
  static final String FORMER_DIGEST_TASK = "digest-check";

  /** How long a stop waits for running work before leaving it. */
  public static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(8);

  private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

  private final Scheduler scheduler;
  private final DigestDelivery digests;
  private final ScheduledExecutorService digestChecks;
  private final AlertDelivery alerts; // null when this process posts no alerts
  private final ScheduledExecutorService alertChecks;
  private final AtomicBoolean alertCheckAsked = new AtomicBoolean();
  private boolean closed;

  /**
   * How often the work runs and how the scheduler watches itself.
   *
   * @param digestCheck how often due digests are looked for (a digest posts at most this late, plus
   *     its post)
   * @param newsRound how often due feeds are polled and the queue worked
   * @param polling how often the scheduler looks for a due news round
   * @param heartbeat how often a running news round's heartbeat is written (dead after six missed)
   */
  public record Timing(
      Duration digestCheck, Duration newsRound, Duration polling, Duration heartbeat) {
    public static Timing defaults() {
      return new Timing(
          Duration.ofSeconds(5),
          Duration.ofMinutes(1),
          Duration.ofSeconds(5),
          Duration.ofMinutes(1));
    }
  }

  private BackgroundJobs(
      Scheduler scheduler,
      DigestDelivery digests,
      ScheduledExecutorService digestChecks,
      AlertDelivery alerts,
      ScheduledExecutorService alertChecks) {
    this.scheduler = scheduler;
    this.digests = digests;
    this.digestChecks = digestChecks;
    this.alerts = alerts;
    this.alertChecks = alertChecks;
  }

  /**
   * Starts the digest check and the news round.
   *
   * @param clock the scheduler's clock (tests move it by hand)
   * @param listeners told of every news round (tests count them)
   */
  public static BackgroundJobs start(
      Database database,
      DigestDelivery digests,
      NewsIngestion news,
      Clock clock,
      Timing timing,
      List<SchedulerListener> listeners) {
    return start(database, digests, null, news, clock, timing, listeners);
  }

  /**
   * Starts the digest check, the alert check (at the digest check's interval, and whenever {@code
   * news} stores a story) and the news round.
   *
   * @param alerts null when this process posts no alerts
   */
  public static BackgroundJobs start(
      Database database,
      DigestDelivery digests,
      AlertDelivery alerts,
      NewsIngestion news,
      Clock clock,
      Timing timing,
      List<SchedulerListener> listeners) {
    Objects.requireNonNull(digests, "digests");
    Objects.requireNonNull(news, "news");
    // Left by a version that ran the digest check on db-scheduler; unknown to this one.
    database
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate("DELETE FROM scheduled_tasks WHERE task_name = :name")
                    .bind("name", FORMER_DIGEST_TASK)
                    .execute());
    List<RecurringTask<Void>> tasks = new ArrayList<>();
    tasks.add(
        Tasks.recurring(NEWS_TASK, FixedDelay.of(timing.newsRound()))
            .execute((instance, context) -> news.runRound()));
    var builder =
        Scheduler.create(database.dataSource())
            .startTasks(tasks)
            .schedulerName(new SchedulerName.Fixed(processName()))
            .clock(clock::instant)
            .threads(1)
            .pollingInterval(timing.polling())
            .heartbeatInterval(timing.heartbeat())
            // A news round fetching pages is not waited for long at a stop: its feeds and items
            // are leased, and another round takes them up again.
            .shutdownMaxWait(SHUTDOWN_MAX_WAIT);
    if (!database.isPostgres()) {
      // H2 keeps the zone of TIMESTAMP WITH TIME ZONE, which is what the default customization
      // assumes; naming it spares the "no database-specific overrides" warning on every start.
      builder.jdbcCustomization(new DefaultJdbcCustomization(false));
    }
    listeners.forEach(builder::addSchedulerListener);
    Scheduler scheduler = builder.build();
    ScheduledExecutorService digestChecks =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "digest-check");
              thread.setDaemon(true);
              return thread;
            });
    ScheduledExecutorService alertChecks =
        alerts == null
            ? null
            : Executors.newSingleThreadScheduledExecutor(
                runnable -> {
                  Thread thread = new Thread(runnable, "alert-check");
                  thread.setDaemon(true);
                  return thread;
                });
    BackgroundJobs jobs = new BackgroundJobs(scheduler, digests, digestChecks, alerts, alertChecks);
    scheduler.start();
    digestChecks.scheduleWithFixedDelay(
        jobs::checkDigests, 0, timing.digestCheck().toMillis(), TimeUnit.MILLISECONDS);
    if (alerts != null) {
      news.ingester().onStored(story -> jobs.wakeAlerts());
      alertChecks.scheduleWithFixedDelay(
          jobs::checkAlerts, 0, timing.digestCheck().toMillis(), TimeUnit.MILLISECONDS);
    }
    return jobs;
  }

  /**
   * Asks for an alert check now, on the alert-check thread: a story was stored. Several asks before
   * it runs make one check.
   */
  public void wakeAlerts() {
    if (alerts == null || !alertCheckAsked.compareAndSet(false, true)) {
      return;
    }
    try {
      alertChecks.execute(
          () -> {
            alertCheckAsked.set(false);
            checkAlerts();
          });
    } catch (RejectedExecutionException stopping) {
      alertCheckAsked.set(false); // stopping: nothing more is posted
    }
  }

  /** One alert check: posts until none is left; a failure is logged and the next check comes. */
  private int checkAlerts() {
    int handled = 0;
    try {
      for (int round = alerts.runDue(); round > 0; round = alerts.runDue()) {
        handled += round;
      }
    } catch (RuntimeException failure) {
      log.warn("the alert check failed; the next one follows", failure);
    }
    return handled;
  }

  /**
   * Checks the alerts now, on the alert-check thread (after a test stored stories).
   *
   * @return how many posts were handled
   */
  public int checkAlertsNow() throws InterruptedException, ExecutionException {
    return alerts == null ? 0 : alertChecks.submit(this::checkAlerts).get();
  }

  /**
   * One digest check: due digests are posted until none is left, so a check that took a full batch
   * looks again at once rather than after the interval; then the waiting feed notices of the
   * channels this process holds. A failure is logged and the next check comes as usual.
   */
  private int checkDigests() {
    int handled = 0;
    try {
      for (int round = digests.runDue(); round > 0; round = digests.runDue()) {
        handled += round;
      }
    } catch (RuntimeException failure) {
      log.warn("the digest check failed; the next one follows", failure);
    }
    try {
      digests.feedNotices().postWaiting();
    } catch (RuntimeException failure) {
      log.warn("posting the feed notices failed; the next check tries again", failure);
    }
    return handled;
  }

  /**
   * Looks for a due news round now rather than at the next polling (after a test moved the clock).
   */
  public void checkNow() {
    scheduler.triggerCheckForDueExecutions();
  }

  /**
   * Checks for due digests now, on the digest-check thread (after a test moved the clock).
   *
   * @return how many were handled
   */
  public int checkDigestsNow() throws InterruptedException, ExecutionException {
    return digestChecks.submit(this::checkDigests).get();
  }

  /**
   * "host-1234": the host and process id, so that two processes on one host are told apart in the
   * table.
   */
  static String processName() {
    String name =
        LiveProcesses.hostAndProcessId()
            + "-"
            + Integer.toHexString(System.identityHashCode(new Object()));
    return name.length() <= 50 ? name : name.substring(name.length() - 50);
  }

  /**
   * Stops at once taking digests and tasks, then waits for the digests being posted to be recorded
   * (and briefly for a news round). Call before the posters and the database close.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    log.debug("stopping the background jobs");
    digests.stopClaiming();
    digestChecks.shutdown();
    if (alerts != null) {
      alerts.stopClaiming();
      alertChecks.shutdown();
    }
    // The news round's wait and the digests' run side by side: a stop takes SHUTDOWN_MAX_WAIT at
    // most, not one after the other.
    Thread schedulerStop = new Thread(scheduler::stop, "scheduler-stop");
    schedulerStop.setDaemon(true);
    schedulerStop.start();
    try {
      if (!digestChecks.awaitTermination(SHUTDOWN_MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "a digest post did not finish within {} s of the stop; another process (or the next"
                + " start) takes its run over",
            SHUTDOWN_MAX_WAIT.toSeconds());
      }
      if (alertChecks != null
          && !alertChecks.awaitTermination(SHUTDOWN_MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "an alert post did not finish within {} s of the stop; another process (or the next"
                + " start) takes it over",
            SHUTDOWN_MAX_WAIT.toSeconds());
      }
      schedulerStop.join(SHUTDOWN_MAX_WAIT.plusSeconds(1).toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
