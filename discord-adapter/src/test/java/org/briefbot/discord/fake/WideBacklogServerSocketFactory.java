package org.briefbot.discord.fake;

import java.io.IOException;

/** Server sockets with a listen queue as long as the system allows, whatever the caller asks. */
final class WideBacklogServerSocketFactory extends javax.net.ServerSocketFactory {
  private static final int BACKLOG = 4096;

  @Override
  public java.net.ServerSocket createServerSocket() throws IOException {
    return new java.net.ServerSocket() {
      @Override
      public void bind(java.net.SocketAddress endpoint, int backlog) throws IOException {
        super.bind(endpoint, BACKLOG);
      }
    };
  }

  @Override
  public java.net.ServerSocket createServerSocket(int port) throws IOException {
    return new java.net.ServerSocket(port, BACKLOG);
  }

  @Override
  public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return new java.net.ServerSocket(port, BACKLOG);
  }

  @Override
  public java.net.ServerSocket createServerSocket(
      int port, int backlog, java.net.InetAddress address) throws IOException {
    return new java.net.ServerSocket(port, BACKLOG, address);
  }
}
