package org.briefbot.core.news;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which IP addresses a fetch may connect to: public unicast only. Everything a server-side request
 * forgery aims at — loopback, private networks, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, multicast, unspecified, broadcast, reserved and documentation ranges, IPv6
 * loopback, unique-local and link-local — is refused, and so is an IPv6 address that embeds one of
 * those IPv4 addresses (mapped, compatible, NAT64, 6to4, Teredo).
 */
public final class AddressPolicy {

  private AddressPolicy() {}

  /** Why the address may not be fetched ("a loopback address"), or empty when it is public. */
  public static Optional<String> whyForbidden(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return whyForbiddenV4(bytes);
    }
    if (address instanceof Inet6Address) {
      return whyForbiddenV6(bytes);
    }
    return Optional.of("an address of an unknown kind");
  }

  public static boolean isPublic(InetAddress address) {
    return whyForbidden(address).isEmpty();
  }

  private static Optional<String> whyForbiddenV4(byte[] a) {
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    int b2 = a[2] & 0xff;
    if (b0 == 0) {
      return Optional.of("an unspecified (\"this network\") address");
    }
    if (b0 == 127) {
      return Optional.of("a loopback address");
    }
    if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
      return Optional.of("a private network address");
    }
    if (b0 == 169 && b1 == 254) {
      return Optional.of("a link-local address (where cloud metadata services live)");
    }
    if (b0 == 100 && (b1 & 0xc0) == 64) {
      return Optional.of("a carrier-grade NAT address");
    }
    if (b0 >= 224 && b0 <= 239) {
      return Optional.of("a multicast address");
    }
    if (b0 >= 240) {
      return Optional.of(
          b0 == 255 && b1 == 255 && b2 == 255 && (a[3] & 0xff) == 255
              ? "the broadcast address"
              : "a reserved address");
    }
    if ((b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2))
        || (b0 == 198 && b1 == 51 && b2 == 100)
        || (b0 == 203 && b1 == 0 && b2 == 113)
        || (b0 == 198 && (b1 & 0xfe) == 18)
        || (b0 == 192 && b1 == 88 && b2 == 99)) {
      return Optional.of("a reserved address");
    }
    return Optional.empty();
  }

  private static Optional<String> whyForbiddenV6(byte[] a) {
    if (allZero(a, 0, 16)) {
      return Optional.of("an unspecified address");
    }
    if (allZero(a, 0, 15) && a[15] == 1) {
      return Optional.of("a loopback address");
    }
    int first = a[0] & 0xff;
    int second = a[1] & 0xff;
    if ((first & 0xfe) == 0xfc) {
      return Optional.of("a private network address");
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return Optional.of("a link-local address");
    }
    if (first == 0xfe && (second & 0xc0) == 0xc0) {
      return Optional.of("a site-local address");
    }
    if (first == 0xff) {
      return Optional.of("a multicast address");
    }
    // Addresses that carry an IPv4 address: the IPv4 address decides.
    if (allZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
      return embedded(a, 12); // ::ffff:a.b.c.d, IPv4-mapped
    }
    if (allZero(a, 0, 12)) {
      return embedded(a, 12); // ::a.b.c.d, IPv4-compatible (deprecated)
    }
    if (first == 0x00 && second == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b) {
      return allZero(a, 4, 12)
          ? embedded(a, 12)
          : Optional.of("a reserved address"); // NAT64 64:ff9b::/96 and /48
    }
    if (first == 0x20 && second == 0x02) {
      return embedded(a, 2); // 6to4, 2002:AABB:CCDD::/48
    }
    if (first == 0x20 && second == 0x01 && a[2] == 0 && a[3] == 0) {
      // Teredo 2001:0::/32: the client's IPv4 address is the last 32 bits inverted.
      byte[] client = new byte[4];
      for (int i = 0; i < 4; i++) {
        client[i] = (byte) ~a[12 + i];
      }
      Optional<String> why = whyForbiddenV4(client);
      return why.isPresent() ? why : whyForbiddenV4(Arrays.copyOfRange(a, 4, 8));
    }
    if (first == 0x20 && second == 0x01 && (a[2] & 0xff) == 0x0d && (a[3] & 0xff) == 0xb8) {
      return Optional.of("a documentation address");
    }
    if (first == 0x01 && second == 0x00 && allZero(a, 2, 8)) {
      return Optional.of("a discard address");
    }
    return Optional.empty();
  }

  private static Optional<String> embedded(byte[] a, int offset) {
    return whyForbiddenV4(Arrays.copyOfRange(a, offset, offset + 4));
  }

  private static boolean allZero(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
