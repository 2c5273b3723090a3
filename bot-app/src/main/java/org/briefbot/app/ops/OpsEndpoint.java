package org.briefbot.app.ops;

import java.util.Optional;
import org.briefbot.app.BriefbotServices;
import org.briefbot.app.config.BriefbotConfig;

/**
 * The operator's endpoint of a running Briefbot, as the settings ask: the core's readiness checks
 * and metrics over {@link OpsServer}, or nothing when {@code ops.port} is 0. The launcher adds each
 * platform's check as it starts it.
 */
public final class OpsEndpoint implements AutoCloseable {
  private final Readiness readiness;
  private final Optional<OpsServer> server;

  private OpsEndpoint(Readiness readiness, Optional<OpsServer> server) {
    this.readiness = readiness;
    this.server = server;
  }

  /**
   * @throws org.briefbot.core.chat.UserFacingException when the port is taken
   */
  public static OpsEndpoint start(
      BriefbotConfig.Ops settings, BriefbotServices services, BriefbotMetrics metrics) {
    metrics.watchDatabase(services.database());
    metrics.watchIndex(services.search());
    metrics.watchDigests(services.digests());
    metrics.watchFeeds(services.news().feeds());
    Readiness readiness = new Readiness(ServiceChecks.core(services.database(), services.search()));
    if (!settings.enabled()) {
      return new OpsEndpoint(readiness, Optional.empty());
    }
    return new OpsEndpoint(
        readiness,
        Optional.of(OpsServer.start(settings.bindAddress(), settings.port(), readiness, metrics)));
  }

  public Readiness readiness() {
    return readiness;
  }

  /** The port it listens on, when it does. */
  public Optional<Integer> port() {
    return server.map(OpsServer::port);
  }

  @Override
  public void close() {
    server.ifPresent(OpsServer::close);
  }
}
