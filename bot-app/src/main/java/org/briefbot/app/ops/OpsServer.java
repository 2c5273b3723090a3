package org.briefbot.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.briefbot.core.chat.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP endpoint: {@code GET /health/live}, {@code GET /health/ready} and {@code GET
 * /metrics}. The JDK's own server: three small read-only answers need no servlet stack, and the
 * endpoint then stays the same whether or not Slack's Jetty runs in the process (and whatever
 * version Bolt brings).
 */
public final class OpsServer implements AutoCloseable {
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

  private final HttpServer server;
  private final ExecutorService threads;

  private OpsServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Listens on {@code bindAddress:port} (port 0 picks a free one, for tests).
   *
   * @throws UserFacingException when the port is taken or the address is not this machine's
   */
  public static OpsServer start(
      String bindAddress, int port, Readiness readiness, BriefbotMetrics metrics) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bindAddress, port), 16);
    } catch (BindException taken) {
      throw new UserFacingException(
          "The operator's port "
              + bindAddress
              + ":"
              + port
              + " is taken or not this machine's: set BRIEFBOT_OPS_PORT (0 turns it off).");
    } catch (IOException failure) {
      throw new UserFacingException(
          "The operator's endpoint cannot listen on " + bindAddress + ":" + port + ".");
    }
    // One thread: a scrape or a probe every few seconds, and the answers take milliseconds.
    ExecutorService threads =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "briefbot-ops");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext(
        "/health/live",
        exchange -> answer(exchange, 200, "application/json", "{\"status\":\"live\"}"));
    server.createContext(
        "/health/ready",
        exchange -> {
          Readiness.Report report = readiness.report();
          answer(exchange, report.ready() ? 200 : 503, "application/json", report.json());
        });
    server.createContext(
        "/metrics", exchange -> answer(exchange, 200, PROMETHEUS_TEXT, metrics.scrape()));
    server.createContext(
        "/", exchange -> answer(exchange, 404, "text/plain; charset=utf-8", "not found\n"));
    server.start();
    log.info("Operator's endpoint on {}:{}", bindAddress, server.getAddress().getPort());
    return new OpsServer(server, threads);
  }

  /** Answers GET and HEAD on exactly the context's path; anything else is refused. */
  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (!path.equals(exchange.getHttpContext().getPath()) && status != 404) {
        status = 404;
        type = "text/plain; charset=utf-8";
        body = "not found\n";
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        status = 405;
        type = "text/plain; charset=utf-8";
        body = "only GET\n";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = method.equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  /** The port it listens on (the chosen one when started on port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0); // the answers are milliseconds long: nothing worth waiting for
    threads.shutdownNow();
  }
}
