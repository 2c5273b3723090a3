package org.briefbot.core.news;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into addresses; the system's DNS in production, a fixed table in tests. */
@FunctionalInterface
public interface HostResolver {

  /** Every address of the host; never empty. */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
