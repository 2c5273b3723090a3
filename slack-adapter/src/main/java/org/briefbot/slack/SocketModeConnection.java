package org.briefbot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.impl.SocketModeClientTyrusImpl;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import javax.websocket.ClientEndpoint;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.command.AcknowledgementsFirst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * The app over Socket Mode: Bolt's WebSocket client, each envelope run through the Bolt app and
 * acknowledged with the app's answer. Once connected, a dropped connection is reconnected by the
 * client as Bolt does; but a first connection that cannot be made (a wrong address, a proxy in the
 * way) is a start that failed, told in one line, where Bolt would log a stack trace every few
 * seconds for ever.
 */
final class SocketModeConnection implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

  private final App app;
  private final Client client;
  private final SocketModeRequestParser parser;
  private final Gson gson;
  private final AcknowledgementsFirst acknowledgements;

  private SocketModeConnection(
      App app, Slack slack, Client client, AcknowledgementsFirst acknowledgements) {
    this.app = app;
    this.client = client;
    this.acknowledgements = acknowledgements;
    this.parser = new SocketModeRequestParser(app.config());
    this.gson = GsonFactory.createSnakeCase(slack.getConfig());
  }

  /**
   * Starts the app and opens its connection.
   *
   * @param acknowledgements told of each envelope from its arrival until its acknowledgement is
   *     sent, so that answers wait for acknowledgements and each one is timed
   * @throws UserFacingException when Slack refuses the app token or the connection cannot be opened
   */
  static SocketModeConnection open(
      App app, Slack slack, String appToken, AcknowledgementsFirst acknowledgements)
      throws Exception {
    String url = socketUrl(slack, appToken);
    app.start();
    Client client;
    try {
      client = new Client(slack, appToken, url);
    } catch (URISyntaxException malformed) {
      app.stop();
      throw new UserFacingException("Slack gave a Socket Mode address that is no address.");
    }
    SocketModeConnection connection =
        new SocketModeConnection(app, slack, client, acknowledgements);
    client.addWebSocketMessageListener(connection::onMessage);
    client.connect();
    if (!client.verifyConnection()) {
      connection.close();
      throw new UserFacingException(
          "Slack's Socket Mode connection could not be opened ("
              + client.getWssUri().getScheme()
              + "://"
              + client.getWssUri().getHost()
              + "); check the network and any proxy between Briefbot and Slack.");
    }
    client.connected();
    return connection;
  }

  private static String socketUrl(Slack slack, String appToken) throws IOException {
    AppsConnectionsOpenResponse opened;
    try {
      opened = slack.methods(appToken).appsConnectionsOpen(request -> request);
    } catch (SlackApiException refused) {
      throw new UserFacingException(
          "Slack refused the app token (HTTP " + refused.getResponse().code() + ").");
    }
    if (!opened.isOk() || opened.getUrl() == null) {
      throw new UserFacingException(
          "Slack refused the app token ("
              + opened.getError()
              + "); it must be an app-level token (xapp-…) with connections:write.");
    }
    return opened.getUrl();
  }

  /** Runs an envelope through the app and acknowledges it with the app's answer. */
  private void onMessage(String message) {
    SocketModeRequest request = parser.parse(message);
    if (request == null) {
      return; // hello, disconnect warnings: the client's own business
    }
    AcknowledgementsFirst.Acknowledgement acknowledgement = acknowledgements.acknowledging();
    try {
      acknowledge(request);
    } finally {
      acknowledgement.done();
    }
  }

  private void acknowledge(SocketModeRequest request) {
    String envelopeId = request.getEnvelope().getEnvelopeId();
    Response answer;
    try {
      answer = app.run(request.getBoltRequest());
    } catch (Exception failure) {
      log.error("a Slack request over Socket Mode failed", failure);
      // Acknowledged all the same: Slack would only deliver the same request again.
      client.sendSocketModeResponse(new AckResponse(envelopeId));
      return;
    }
    if (answer.getStatusCode() != 200) {
      log.warn("Slack request not acknowledged: HTTP {}", answer.getStatusCode());
      return;
    }
    if (answer.getBody() == null || answer.getBody().isEmpty()) {
      client.sendSocketModeResponse(new AckResponse(envelopeId));
      return;
    }
    JsonObject reply = new JsonObject();
    reply.addProperty("envelope_id", envelopeId);
    String contentType = answer.getContentType() == null ? "" : answer.getContentType();
    if (contentType.startsWith("application/json")) {
      reply.add("payload", gson.fromJson(answer.getBody(), JsonElement.class));
    } else {
      JsonObject payload = new JsonObject();
      payload.addProperty("text", answer.getBody());
      reply.add("payload", payload);
    }
    client.sendSocketModeResponse(gson.toJson(reply));
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      log.warn("Slack: Socket Mode did not close cleanly ({})", e.getClass().getSimpleName());
    } finally {
      app.stop();
    }
  }

  /**
   * Bolt's Tyrus client, quiet while the first connection is tried: that attempt's failure is
   * reported by {@link #open}, once. (Tyrus reads the endpoint's annotation from the class itself.)
   */
  @ClientEndpoint
  private static final class Client extends SocketModeClientTyrusImpl {
    private volatile boolean connected;

    Client(Slack slack, String appToken, String url) throws URISyntaxException {
      super(slack, appToken, url);
      // Until the first connection is open, nothing is reconnected behind the start's back.
      setAutoReconnectEnabled(false);
    }

    void connected() {
      connected = true;
      setAutoReconnectEnabled(true);
    }

    @Override
    public Logger getLogger() {
      return connected ? super.getLogger() : NOPLogger.NOP_LOGGER;
    }
  }
}
