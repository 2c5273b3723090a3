package org.briefbot.core.news;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import org.briefbot.core.news.FetchException.Reason;

/**
 * The server-side request forgery guard: a URL someone pasted is hostile until proven otherwise.
 * Only http and https, no credentials in the URL, and every address the host resolves to must be
 * public ({@link AddressPolicy}). The host is resolved once, by {@link #dns()}, and the client
 * connects to the addresses that were checked; each redirect hop passes {@link #check} again.
 */
public final class UrlGuard {
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

  /** Longer addresses are not stories; the database keys them with this bound. */
  public static final int MAX_URL_LENGTH = 2048;

  private static final Pattern IPV4_LITERAL = Pattern.compile("^[0-9.]+$");

  private final boolean allowPrivateAddresses;
  private final AddressCheck addressCheck;
  private final HostResolver resolver;

  /** Why an address may not be fetched, or empty when it may. */
  @FunctionalInterface
  interface AddressCheck {
    Optional<String> whyForbidden(InetAddress address);
  }

  public UrlGuard(boolean allowPrivateAddresses, HostResolver resolver) {
    this(
        allowPrivateAddresses ? address -> Optional.empty() : AddressPolicy::whyForbidden,
        allowPrivateAddresses,
        resolver);
  }

  /**
   * For tests that need one local test server reachable while every other address stays guarded.
   */
  UrlGuard(AddressCheck addressCheck, HostResolver resolver) {
    this(addressCheck, false, resolver);
  }

  private UrlGuard(
      AddressCheck addressCheck, boolean allowPrivateAddresses, HostResolver resolver) {
    this.addressCheck = addressCheck;
    this.allowPrivateAddresses = allowPrivateAddresses;
    this.resolver = resolver;
  }

  /**
   * The URL, parsed, when it may be fetched as far as can be told without DNS: http(s), no
   * credentials, and an IP-literal host that is public. (Named hosts are checked by {@link
   * #dns()}.)
   *
   * @throws FetchException with a one-sentence reason otherwise
   */
  public HttpUrl check(String rawUrl) {
    String url = rawUrl == null ? "" : rawUrl.strip();
    if (url.isEmpty()) {
      throw refused("There is no link to fetch.");
    }
    if (url.length() > MAX_URL_LENGTH) {
      throw refused("That link is too long (more than " + MAX_URL_LENGTH + " characters).");
    }
    Matcher scheme = SCHEME.matcher(url);
    if (!scheme.find()) {
      throw refused("That is not a web address (it should start with http:// or https://).");
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    if (!name.equals("http") && !name.equals("https")) {
      throw refused("Briefbot only fetches http and https links, not " + name + ": links.");
    }
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw refused("That is not a valid web address.");
    }
    return check(parsed);
  }

  /** {@link #check(String)} for a URL already parsed, such as a redirect target. */
  public HttpUrl check(HttpUrl url) {
    if (url.toString().length() > MAX_URL_LENGTH) {
      throw refused("That link is too long (more than " + MAX_URL_LENGTH + " characters).");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw refused("Briefbot does not fetch links with a user name or password in them.");
    }
    String host = url.host();
    if (isIpLiteral(host)) {
      // An IP literal never reaches the Dns (the client connects to it directly): check it here.
      try {
        InetAddress address = InetAddress.getByName(host); // a literal: parsed, not looked up
        Optional<String> why = addressCheck.whyForbidden(address);
        if (why.isPresent()) {
          throw refused(privateMessage(shown(address), null, why.get()));
        }
      } catch (UnknownHostException e) {
        throw refused("That is not a valid web address.");
      }
    }
    return url;
  }

  /** Whether the address check is lifted (development and tests only). */
  public boolean allowsPrivateAddresses() {
    return allowPrivateAddresses;
  }

  /**
   * The name resolution the HTTP client must use: resolves once and refuses the whole host when any
   * of its addresses is not public (a mixed answer is how DNS rebinding starts).
   */
  public Dns dns() {
    return hostname -> {
      List<InetAddress> addresses;
      try {
        addresses = resolver.resolve(hostname);
      } catch (UnknownHostException e) {
        throw new UnknownHostException(hostname);
      }
      if (addresses == null || addresses.isEmpty()) {
        throw new UnknownHostException(hostname);
      }
      for (InetAddress address : addresses) {
        Optional<String> why = addressCheck.whyForbidden(address);
        if (why.isPresent()) {
          throw new BlockedAddressException(
              privateMessage(address.getHostAddress(), hostname, why.get()));
        }
      }
      return new ArrayList<>(addresses);
    };
  }

  /** The usual short spelling: "::1", not "0:0:0:0:0:0:0:1". */
  private static String shown(InetAddress address) {
    return new HttpUrl.Builder().scheme("http").host(address.getHostAddress()).build().host();
  }

  static String privateMessage(String address, String hostname, String why) {
    String shown =
        hostname == null || hostname.equals(address) ? address : hostname + " is " + address;
    return "Briefbot does not fetch private or local addresses (" + shown + ", " + why + ").";
  }

  private static boolean isIpLiteral(String host) {
    return host.indexOf(':') >= 0 || IPV4_LITERAL.matcher(host).matches();
  }

  private static FetchException refused(String message) {
    return new FetchException(Reason.REFUSED_ADDRESS, message);
  }

  /**
   * Raised inside the HTTP client's name resolution (whose contract allows only {@link
   * UnknownHostException}) and turned back into a {@link FetchException} by the fetcher.
   */
  static final class BlockedAddressException extends UnknownHostException {
    BlockedAddressException(String userMessage) {
      super(userMessage);
    }
  }
}
