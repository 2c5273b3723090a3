package org.briefbot.core.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work of Briefbot on db-scheduler, over the project's database: the digest check
 * ({@link DigestDelivery#runDue}) and the news round ({@link NewsIngestion#runRound}, feeds polled
 * and stories brought in). Each is one recurring task, picked by one process at a time however many
 * Briefbot processes share the database, so a feed is polled once per interval, not once per
 * process; a process that dies while running one is found by its stale heartbeat and the task
 * handed on.
 */
public final class BackgroundJobs implements AutoCloseable {
  public static final String DIGEST_TASK = "digest-check";
  public static final String NEWS_TASK = "news-round";

  /** How long a stop waits for running work before leaving it. */
  public static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(8);

  private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

  private final Scheduler scheduler;
  private final DigestDelivery digests;
  private boolean closed;

  /**
   * How often the work runs and how the scheduler watches itself.
   *
   * @param digestCheck how often due digests are looked for (a digest posts at most this late)
   * @param newsRound how often due feeds are polled and the queue worked
   * @param polling how often the scheduler looks for due tasks
   * @param heartbeat how often a running task's heartbeat is written (dead after six missed)
   */
  public record Timing(
      Duration digestCheck, Duration newsRound, Duration polling, Duration heartbeat) {
    public static Timing defaults() {
      return new Timing(
          Duration.ofSeconds(15),
          Duration.ofMinutes(1),
          Duration.ofSeconds(5),
          Duration.ofMinutes(1));
    }
  }

  private BackgroundJobs(Scheduler scheduler, DigestDelivery digests) {
    this.scheduler = scheduler;
    this.digests = digests;
  }

  /**
   * Starts the scheduler with the digest check and the news round.
   *
   * @param clock the scheduler's clock (tests move it by hand)
   * @param listeners told of every execution (tests count them)
   */
  public static BackgroundJobs start(
      Database database,
      DigestDelivery digests,
      NewsIngestion news,
      Clock clock,
      Timing timing,
      List<SchedulerListener> listeners) {
    Objects.requireNonNull(digests, "digests");
    Objects.requireNonNull(news, "news");
    List<RecurringTask<Void>> tasks = new ArrayList<>();
    tasks.add(
        Tasks.recurring(DIGEST_TASK, FixedDelay.of(timing.digestCheck()))
            .execute((instance, context) -> digests.runDue()));
    tasks.add(
        Tasks.recurring(NEWS_TASK, FixedDelay.of(timing.newsRound()))
            .execute((instance, context) -> news.runRound()));
    var builder =
        Scheduler.create(database.dataSource())
            .startTasks(tasks)
            .schedulerName(new SchedulerName.Fixed(processName()))
            .clock(clock::instant)
            .threads(2)
            .pollingInterval(timing.polling())
            .heartbeatInterval(timing.heartbeat())
            // A stop waits for the digest being posted (one platform call) to be recorded; a news
            // round fetching pages is not waited for long: its feeds and items are leased, and
            // another round takes them up again. Within Docker's default stop grace of 10 s.
            .shutdownMaxWait(SHUTDOWN_MAX_WAIT);
    if (!database.isPostgres()) {
      // H2 keeps the zone of TIMESTAMP WITH TIME ZONE, which is what the default customization
      // assumes; naming it spares the "no database-specific overrides" warning on every start.
      builder.jdbcCustomization(new DefaultJdbcCustomization(false));
    }
    listeners.forEach(builder::addSchedulerListener);
    Scheduler scheduler = builder.build();
    scheduler.start();
    return new BackgroundJobs(scheduler, digests);
  }

  /** Looks for due tasks now rather than at the next polling (after a test moved the clock). */
  public void checkNow() {
    scheduler.triggerCheckForDueExecutions();
  }

  /**
   * "host-1234": the host and process id, so that two processes on one host are told apart in the
   * table.
   */
  static String processName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "briefbot";
    }
    String name =
        host
            + "-"
            + ManagementFactory.getRuntimeMXBean().getName().replaceAll("@.*", "")
            + "-"
            + Integer.toHexString(System.identityHashCode(new Object()));
    return name.length() <= 50 ? name : name.substring(name.length() - 50);
  }

  /**
   * Stops at once taking digests and tasks, then waits for the digest being posted to be recorded
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
    scheduler.stop();
  }
}
