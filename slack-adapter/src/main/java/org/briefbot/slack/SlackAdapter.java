package org.briefbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.servlet.SlackOAuthAppServlet;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.command.CommandRouter;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Briefbot on Slack, running: over Socket Mode (an outgoing WebSocket, no public address) or as an
 * HTTP server with one path, {@code /slack/events}, and — when installs in several workspaces are
 * set up — {@code /slack/install} and {@code /slack/oauth_redirect}.
 */
public final class SlackAdapter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
  public static final String EVENTS_PATH = "/slack/events";
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private final SlackEvents bot;
  private final Server server;
  private final SocketModeConnection socketMode;

  private SlackAdapter(SlackEvents bot, Server server, SocketModeConnection socketMode) {
    this.bot = bot;
    this.server = server;
    this.socketMode = socketMode;
  }

  /**
   * Connects Briefbot to Slack as the settings say and returns once it is listening.
   *
   * @param jdbi the project's database, where installs in several workspaces are kept
   * @throws IllegalArgumentException when the settings name no way to run
   */
  public static SlackAdapter start(CommandRouter router, SlackSettings settings, Jdbi jdbi)
      throws Exception {
    if (!settings.runnable()) {
      throw new IllegalArgumentException(
          "Slack needs a bot token with an app token (Socket Mode) or the signing "
              + "secret (HTTP mode), or the OAuth client id and secret with the signing secret.");
    }
    SlackEvents bot = new SlackEvents(router, settings, SlackInstalls.of(settings, jdbi));
    try {
      if (settings.socketMode()) {
        SocketModeConnection socket =
            SocketModeConnection.open(
                bot.app(), bot.slack(), settings.appToken().orElseThrow(), bot.acknowledgements());
        log.info("Slack: connected over Socket Mode");
        return new SlackAdapter(bot, null, socket);
      }
      Server server = httpServer(bot, settings, seenRequests(jdbi));
      server.start();
      log.info(
          "Slack: listening on {}:{} at {}{}",
          settings.bindAddress(),
          port(server),
          EVENTS_PATH,
          settings.oauth() ? " (installs at " + INSTALL_PATH + ")" : "");
      return new SlackAdapter(bot, server, null);
    } catch (Exception failure) {
      bot.close();
      throw failure;
    }
  }

  /**
   * @param seen the requests already taken, shared by every instance on the database, so that a
   *     replay is refused whichever instance it reaches
   */
  private static Server httpServer(SlackEvents bot, SlackSettings settings, SeenRequests seen) {
    App app = bot.app();
    Server server = new Server();
    server.setStopTimeout(SERVER_STOP.toMillis());
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(settings.bindAddress());
    connector.setPort(settings.port());
    // A burst of Slack's requests waits in the listen queue instead of being dropped (Java's
    // default is 50).
    connector.setAcceptQueueSize(1024);
    // A connection that sends nothing for this long is closed (Jetty's default waits 30 s).
    connector.setIdleTimeout(10_000);
    server.addConnector(connector);
    for (Connector each : server.getConnectors()) {
      each.getConnectionFactories().stream()
          .filter(HttpConnectionFactory.class::isInstance)
          .map(HttpConnectionFactory.class::cast)
          .forEach(http -> http.getHttpConfiguration().setSendServerVersion(false));
    }
    ServletContextHandler handler = new ServletContextHandler();
    ServletHolder events =
        new ServletHolder(
            new SignedRequestServlet(
                app, settings.signingSecret().orElseThrow(), bot.acknowledgements(), seen));
    // Bodies are read as they arrive, without a thread waiting on each (SignedRequestServlet).
    events.setAsyncSupported(true);
    handler.addServlet(events, EVENTS_PATH);
    if (settings.oauth()) {
      // Bolt's copies for the two OAuth paths are made before any app starts: a copy of a started
      // app
      // would share its "started" state and never set up its OAuth callback.
      App install = app.toOAuthInstallPathEnabledApp();
      App redirect = app.toOAuthRedirectUriPathEnabledApp();
      install.start();
      redirect.start();
      handler.addServlet(new ServletHolder(new SlackOAuthAppServlet(install)), INSTALL_PATH);
      handler.addServlet(new ServletHolder(new SlackOAuthAppServlet(redirect)), REDIRECT_PATH);
    }
    app.start();
    server.setHandler(handler);
    // Other paths and failures get a bare status: no stack trace, no server name.
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowServlet(false);
    errors.setShowMessageInTitle(false);
    server.setErrorHandler(errors);
    server.setStopTimeout(5_000);
    return server;
  }

  /**
   * Where requests already taken are kept: PostgreSQL, which several instances share; else this
   * process (an H2 file serves one process, and its commits would slow every acknowledgement).
   */
  private static SeenRequests seenRequests(Jdbi jdbi) {
    if (jdbi == null) {
      return SeenRequests.inMemory();
    }
    String product;
    try {
      product =
          jdbi.withHandle(handle -> handle.getConnection().getMetaData().getDatabaseProductName());
    } catch (java.sql.SQLException unreadable) {
      product = "";
    }
    return product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
        ? new DatabaseSeenRequests(jdbi, java.time.Clock.systemUTC())
        : SeenRequests.inMemory();
  }

  private static int port(Server server) {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** Where the HTTP server listens, for tests and the log; empty in Socket Mode. */
  public Optional<InetSocketAddress> address() {
    if (server == null) {
      return Optional.empty();
    }
    ServerConnector connector = (ServerConnector) server.getConnectors()[0];
    return Optional.of(
        new InetSocketAddress(
            connector.getHost() == null ? "0.0.0.0" : connector.getHost(),
            connector.getLocalPort()));
  }

  /** Posts nobody asked for, into Slack channels. */
  public ChannelPoster channelPoster() {
    return bot.channelPoster();
  }

  /** How long the HTTP server gets to finish the requests it is reading at a stop. */
  static final java.time.Duration SERVER_STOP = java.time.Duration.ofSeconds(5);

  /** The longest {@link #close} takes: the HTTP server's stop, then the answers under way. */
  public static final java.time.Duration LONGEST_CLOSE =
      SERVER_STOP.plus(SlackEvents.ANSWERS_GRACE);

  @Override
  public void close() {
    try {
      if (socketMode != null) {
        socketMode.close();
      }
      if (server != null) {
        server.stop();
      }
    } catch (Exception e) {
      log.warn("Slack: the connection did not close cleanly ({})", e.getClass().getSimpleName());
    } finally {
      bot.close();
    }
  }
}
