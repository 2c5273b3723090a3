package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  private static InetAddress literal(String address) throws UnknownHostException {
    return InetAddress.getByName(address); // literals only: parsed, never looked up
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1 | a loopback address",
        "127.45.6.7 | a loopback address",
        "10.0.0.1 | a private network address",
        "172.16.0.1 | a private network address",
        "172.31.255.254 | a private network address",
        "192.168.1.1 | a private network address",
        "169.254.169.254 | a link-local address (where cloud metadata services live)",
        "100.64.0.1 | a carrier-grade NAT address",
        "100.127.255.255 | a carrier-grade NAT address",
        "224.0.0.251 | a multicast address",
        "0.0.0.0 | an unspecified (\"this network\") address",
        "255.255.255.255 | the broadcast address",
        "240.0.0.1 | a reserved address",
        "192.0.2.10 | a reserved address",
        "::1 | a loopback address",
        ":: | an unspecified address",
        "fc00::1 | a private network address",
        "fd12:3456::1 | a private network address",
        "fe80::1 | a link-local address",
        "ff02::1 | a multicast address",
        "::ffff:127.0.0.1 | a loopback address",
        "::ffff:169.254.169.254 | a link-local address (where cloud metadata services live)",
        "::10.0.0.1 | a private network address",
        "64:ff9b::a00:1 | a private network address",
        "2002:7f00:1::1 | a loopback address",
        "2002:a9fe:a9fe::1 | a link-local address (where cloud metadata services live)",
        "2001:0:4136:e378:8000:63bf:f5ff:fffe | a private network address",
        // every other refused range, at its edges
        "0.255.255.255 | an unspecified (\"this network\") address",
        "127.255.255.255 | a loopback address",
        "10.255.255.255 | a private network address",
        "192.168.255.255 | a private network address",
        "169.254.0.1 | a link-local address (where cloud metadata services live)",
        "239.255.255.255 | a multicast address",
        "255.255.255.254 | a reserved address",
        "192.0.0.8 | a reserved address",
        "198.51.100.7 | a reserved address",
        "203.0.113.99 | a reserved address",
        "198.18.0.1 | a reserved address",
        "198.19.255.255 | a reserved address",
        "192.88.99.1 | a reserved address",
        "fec0::1 | a site-local address",
        "feff::1 | a site-local address",
        "febf::1 | a link-local address",
        "fe80::1:2 | a link-local address",
        "ff0e::1 | a multicast address",
        "2001:db8::1 | a documentation address",
        "100::1 | a discard address",
        "64:ff9b:1::1 | a reserved address",
        "64:ff9b::7f00:1 | a loopback address",
        "::7f00:1 | a loopback address",
        // Teredo: a public client (8.8.8.8, inverted in the last 32 bits) behind a server on a
        // private network
        "2001:0:a00:1::f7f7:f7f7 | a private network address",
        "2001:0:a9fe:a9fe::f7f7:f7f7 | a link-local address (where cloud metadata services live)",
        "2001:0:808:808::5601:fefe | a link-local address (where cloud metadata services live)",
      })
  void refusesEveryLocalOrPrivateRange(String address, String why) throws UnknownHostException {
    assertThat(AddressPolicy.whyForbidden(literal(address))).contains(why);
    assertThat(AddressPolicy.isPublic(literal(address))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "1.1.1.1",
        "172.32.0.1",
        "100.128.0.1",
        "169.255.0.1",
        "2606:4700:4700::1111",
        "2a00:1450:4001:80b::200e",
        "::ffff:8.8.8.8",
        "2002:808:808::1",
        // the neighbours of refused ranges
        "1.0.0.1",
        "11.0.0.1",
        "126.255.255.255",
        "128.0.0.1",
        "172.15.255.255",
        "192.167.255.255",
        "192.169.0.1",
        "169.253.255.255",
        "100.63.255.255",
        "223.255.255.255",
        "192.0.1.1",
        "192.0.3.1",
        "198.17.255.255",
        "198.20.0.1",
        "198.51.101.1",
        "203.0.114.1",
        "192.88.98.1",
        "64:ff9b::808:808",
        "2001:0:808:808::f7f7:f7f7",
        "2001:db9::1",
        "100:0:0:1::1",
        "fe00::1",
        "fb00::1"
      })
  void allowsPublicAddresses(String address) throws UnknownHostException {
    assertThat(AddressPolicy.whyForbidden(literal(address))).isEmpty();
    assertThat(AddressPolicy.isPublic(literal(address))).isTrue();
  }

  @Test
  void anIpv4MappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() throws UnknownHostException {
    // A parsed literal becomes an IPv4 address; one built from bytes (as a resolver may) stays
    // IPv6.
    byte[] loopback = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
    byte[] metadata = {
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      (byte) 0xff,
      (byte) 0xff,
      (byte) 169,
      (byte) 254,
      (byte) 169,
      (byte) 254
    };
    byte[] google = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 8, 8, 8, 8};
    assertThat(AddressPolicy.whyForbidden(Inet6Address.getByAddress(null, loopback, -1)))
        .contains("a loopback address");
    assertThat(AddressPolicy.whyForbidden(Inet6Address.getByAddress(null, metadata, -1)))
        .contains("a link-local address (where cloud metadata services live)");
    assertThat(AddressPolicy.whyForbidden(Inet6Address.getByAddress(null, google, -1))).isEmpty();
  }
}
