package org.briefbot.core.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare HTTP server on 127.0.0.1 for answers MockWebServer cannot give: a body without end, a
 * connection closed or reset at the wrong moment, HTTP/1.0. Either a {@link Handler} writes one raw
 * response per connection, or a {@link Conversation} runs the whole connection (to keep it alive,
 * close it when it likes, or reset it). Counts connections, requests and bytes sent.
 */
final class RawHttpServer implements AutoCloseable {
  /** Writes the raw response to one request; the connection is closed after it. */
  interface Handler {
    void answer(OutputStream out, AtomicLong bytesSent) throws IOException;
  }

  /** Runs one connection: reads requests, answers them, closes when it chooses. */
  interface Conversation {
    void serve(Socket client, Requests requests, OutputStream out) throws IOException;
  }

  /** The requests of one connection, counted by the server. */
  final class Requests {
    private final InputStream in;

    Requests(InputStream in) {
      this.in = in;
    }

    /**
     * Reads the next request head; its request line ("GET /a HTTP/1.1"), or null when the client
     * closed.
     */
    String next() throws IOException {
      String line = readHead(in);
      if (line != null) {
        requests.incrementAndGet();
      }
      return line;
    }
  }

  private final ServerSocket socket;
  private final List<Socket> clients = new CopyOnWriteArrayList<>();
  final AtomicLong bytesSent = new AtomicLong();
  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger requests = new AtomicInteger();

  RawHttpServer(Handler handler) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    accept(
        (client, requests, out) -> {
          if (requests.next() != null) {
            handler.answer(out, bytesSent);
          }
        });
  }

  RawHttpServer(Conversation conversation) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    accept(conversation);
  }

  private void accept(Conversation conversation) {
    Thread acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket client = socket.accept();
                  clients.add(client);
                  connections.incrementAndGet();
                  Thread worker = new Thread(() -> serve(client, conversation), "raw-http-client");
                  worker.setDaemon(true);
                  worker.start();
                } catch (IOException closed) {
                  return;
                }
              }
            },
            "raw-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(Socket client, Conversation conversation) {
    try (client) {
      conversation.serve(client, new Requests(client.getInputStream()), client.getOutputStream());
    } catch (IOException clientWentAway) {
      // the fetcher hung up: exactly what some tests want to see
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    return text.substring(0, text.indexOf("\r\n"));
  }

  /** The path of a request line. */
  static String path(String requestLine) {
    return requestLine.split(" ")[1];
  }

  /** A complete response with a Content-Length. */
  static byte[] response(String statusLine, String headers, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return (statusLine + "\r\n" + headers + "Content-Length: " + bytes.length + "\r\n\r\n" + body)
        .getBytes(StandardCharsets.UTF_8);
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  int port() {
    return socket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket client : clients) {
      client.close();
    }
  }
}
