package org.briefbot.app.ops;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.briefbot.app.CoreObservers;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.FeedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's metrics, in Prometheus's text format for {@code GET /metrics}: what the core tells
 * through {@link #observers()}, the search index, the digest check, the feeds' failures, the
 * database pool (HikariCP's own meters) and the JVM. What has to be asked of the database is asked
 * once a scrape, before it is written; when the database does not answer, the last values stay.
 */
public final class BriefbotMetrics implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BriefbotMetrics.class);
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final NewsMetrics news = new NewsMetrics(registry);
  private final CoreObservers observers =
      new CoreObservers(
          new CommandMetrics(registry), new DigestMetrics(registry), news, news::storyStored);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final List<Runnable> beforeScrape = new CopyOnWriteArrayList<>();

  public BriefbotMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** What the core reports to, when the services are opened. */
  public CoreObservers observers() {
    return observers;
  }

  /** The pool's connections (HikariCP's {@code hikaricp_connections_…} meters). */
  public void watchDatabase(Database database) {
    if (database.dataSource() instanceof HikariDataSource pool) {
      pool.setMetricRegistry(registry);
    }
  }

  /** The stories the search index holds, and whether it has caught up with the store. */
  public void watchIndex(SearchIndex search) {
    Gauge.builder("briefbot.index.stories", search, index -> index.stories().size())
        .description("Stories in this process's search index")
        .register(registry);
    Gauge.builder(
            "briefbot.index.ready",
            search,
            index -> ServiceChecks.indexProblem(index).isEmpty() ? 1 : 0)
        .description("1 when the search index answers for every stored story, 0 while it builds")
        .register(registry);
    AtomicReference<SearchIndex.Lag> lag =
        new AtomicReference<>(new SearchIndex.Lag(0, Duration.ZERO));
    Gauge.builder("briefbot.index.waiting", lag, read -> read.get().stories())
        .description("Stored stories this process's search index does not answer for yet")
        .baseUnit("stories")
        .register(registry);
    Gauge.builder("briefbot.index.lag", lag, read -> seconds(read.get().behind()))
        .description(
            "While stories wait to be indexed, seconds since the search index last caught up with"
                + " the store; 0 when none waits")
        .baseUnit("seconds")
        .register(registry);
    beforeScrape.add(() -> lag.set(search.lag()));
  }

  /** How long the longest waiting due digest has waited for this process's digest check. */
  public void watchDigests(DigestDelivery digests) {
    AtomicReference<Duration> lag = new AtomicReference<>(Duration.ZERO);
    Gauge.builder("briefbot.digest.scheduler.lag", lag, read -> seconds(read.get()))
        .description(
            "Seconds the longest waiting due digest of this process's platforms has waited past"
                + " its due time; 0 when none is due")
        .baseUnit("seconds")
        .register(registry);
    beforeScrape.add(() -> lag.set(digests.schedulerLag()));
  }

  /**
   * Each feed's failed polls since its last success, labelled with the feed's id (never its
   * address), as {@code /feeds list} shows them.
   */
  public void watchFeeds(FeedStore feeds) {
    MultiGauge failures =
        MultiGauge.builder("briefbot.feed.consecutive.failures")
            .description("Failed polls of each feed since its last success, by feed id")
            .register(registry);
    beforeScrape.add(
        () ->
            failures.register(
                feeds.consecutiveFailures().entrySet().stream()
                    .map(
                        feed ->
                            MultiGauge.Row.of(
                                Tags.of("feed", Long.toString(feed.getKey())), feed.getValue()))
                    .toList(),
                true));
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  MeterRegistry registry() {
    return registry;
  }

  /** Every meter in Prometheus's text format (version 0.0.4). */
  public String scrape() {
    for (Runnable refresh : beforeScrape) {
      try {
        refresh.run();
      } catch (RuntimeException unanswered) {
        log.debug("a metric could not be read from the database: {}", unanswered.toString());
      }
    }
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
