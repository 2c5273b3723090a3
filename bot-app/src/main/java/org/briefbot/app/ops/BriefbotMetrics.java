package org.briefbot.app.ops;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.briefbot.app.CoreObservers;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;

/**
 * The process's metrics, in Prometheus's text format for {@code GET /metrics}: what the core tells
 * through {@link #observers()}, the search index, the database pool (HikariCP's own meters) and the
 * JVM.
 */
public final class BriefbotMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final NewsMetrics news = new NewsMetrics(registry);
  private final CoreObservers observers =
      new CoreObservers(
          new CommandMetrics(registry), new DigestMetrics(registry), news, news::storyStored);
  private final JvmGcMetrics gc = new JvmGcMetrics();

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
  }

  MeterRegistry registry() {
    return registry;
  }

  /** Every meter in Prometheus's text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
