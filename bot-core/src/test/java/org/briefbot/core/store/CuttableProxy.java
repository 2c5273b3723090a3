package org.briefbot.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP relay in front of a database server that a test cuts (every connection dropped,
 * new ones refused: the server is away), hangs (connections kept open and new ones accepted, but
 * nothing answered: a frozen host, a half-open network) and restores on the same port.
 */
public final class CuttableProxy implements AutoCloseable {
  private final int targetPort;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;
  private volatile boolean hung;

  public CuttableProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.listener = listen(0);
    this.port = listener.getLocalPort();
    acceptOn(listener);
  }

  public int port() {
    return port;
  }

  /** The JDBC URL of a database on the server, through this relay. */
  public String relayed(String jdbcUrl) {
    return jdbcUrl.replace(":" + targetPort + "/", ":" + port + "/");
  }

  /** Drops every connection and refuses new ones. */
  public synchronized void cut() throws IOException {
    listener.close();
    closeAll();
  }

  /**
   * Keeps every connection open and accepts new ones, but passes nothing on either way: each
   * statement and each login waits for an answer that never comes.
   */
  public synchronized void hang() {
    hung = true;
  }

  /** Accepts connections again, on the same port; a hung relay drops what hung first. */
  public synchronized void restore() throws IOException {
    if (hung) {
      hung = false;
      closeAll();
      return;
    }
    listener = listen(port);
    acceptOn(listener);
  }

  private void closeAll() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private void acceptOn(ServerSocket server) {
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket client = server.accept();
                  sockets.add(client);
                  if (hung) {
                    continue; // held open, never answered
                  }
                  Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                  sockets.add(upstream);
                  pump(client, upstream);
                  pump(upstream, client);
                } catch (IOException closed) {
                  if (server.isClosed()) {
                    return;
                  }
                }
              }
            },
            "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void pump(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                  if (!hung) {
                    out.write(buffer, 0, read);
                    out.flush();
                  }
                }
              } catch (IOException dropped) {
                // the relay was cut, or one side closed
              } finally {
                try {
                  from.close();
                  to.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            },
            "proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  @Override
  public void close() throws IOException {
    hung = false;
    cut();
  }
}
