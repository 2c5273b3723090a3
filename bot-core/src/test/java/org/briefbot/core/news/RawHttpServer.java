package org.briefbot.core.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare HTTP server on 127.0.0.1 for answers MockWebServer cannot give, such as a body without
 * end: the handler writes the raw response and the server counts what it managed to send.
 */
final class RawHttpServer implements AutoCloseable {
  interface Handler {
    void answer(OutputStream out, AtomicLong bytesSent) throws IOException;
  }

  private final ServerSocket socket;
  private final List<Socket> clients = new CopyOnWriteArrayList<>();
  final AtomicLong bytesSent = new AtomicLong();

  RawHttpServer(Handler handler) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          clients.add(client);
          Thread worker = new Thread(() -> serve(client, handler), "raw-http-client");
          worker.setDaemon(true);
          worker.start();
        } catch (IOException closed) {
          return;
        }
      }
    }, "raw-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(Socket client, Handler handler) {
    try (client) {
      InputStream in = client.getInputStream();
      // Read the request head; its content does not matter here.
      int matched = 0;
      byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      while (matched < end.length) {
        int b = in.read();
        if (b < 0) {
          return;
        }
        matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
      }
      handler.answer(client.getOutputStream(), bytesSent);
    } catch (IOException clientWentAway) {
      // the fetcher hung up: exactly what the tests want to see
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket client : clients) {
      client.close();
    }
  }
}
