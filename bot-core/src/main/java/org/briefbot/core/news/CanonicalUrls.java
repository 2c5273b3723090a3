package org.briefbot.core.news;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * One spelling per story address, so the same story reached through two feeds, a share link and a
 * tracking link is recognised as one: lower-case scheme and host, no default port, no fragment, and
 * no tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid} and their kin).
 */
public final class CanonicalUrls {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gclsrc",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "ttclid",
          "li_fat_id",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "vero_conv",
          "rb_clickid",
          "s_cid",
          "cmpid",
          "ocid",
          "ncid",
          "ito",
          "smid",
          "sref",
          "ns_mchannel",
          "ns_source",
          "ns_campaign",
          "ns_linkname",
          "ns_fee",
          "at_medium",
          "at_campaign",
          "at_custom1",
          "at_custom2",
          "spm",
          "xtor",
          "wt_mc",
          "ref_src",
          "ref_url");
  private static final Set<String> TRACKING_PREFIXES =
      Set.of("utm_", "pk_", "mtm_", "hsa_", "at_", "__");

  private CanonicalUrls() {}

  /** The canonical spelling of an http(s) URL, or empty when it is not one. */
  public static Optional<String> canonicalize(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
    return parsed == null ? Optional.empty() : Optional.of(canonicalize(parsed));
  }

  public static String canonicalize(HttpUrl url) {
    HttpUrl.Builder builder = url.newBuilder().fragment(null).username("").password("");
    for (String name : url.queryParameterNames()) {
      if (isTracking(name)) {
        builder.removeAllQueryParameters(name);
      }
    }
    HttpUrl cleaned = builder.build();
    if (cleaned.querySize() == 0 && cleaned.query() != null) {
      cleaned = cleaned.newBuilder().query(null).build();
    }
    // HttpUrl already lower-cases scheme and host and drops default ports.
    return cleaned.toString();
  }

  static boolean isTracking(String parameter) {
    String name = parameter.toLowerCase(Locale.ROOT);
    if (TRACKING.contains(name)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a page at {@code page} may name {@code declared} as its canonical address: only within
   * its own site (www., m. and amp. aside). A page elsewhere claiming another outlet's address
   * could otherwise pass its text off as that outlet's story.
   */
  public static boolean sameSite(HttpUrl page, HttpUrl declared) {
    return siteOf(page.host()).equals(siteOf(declared.host()));
  }

  private static String siteOf(String host) {
    for (String prefix : new String[] {"www.", "m.", "amp.", "mobile."}) {
      if (host.startsWith(prefix) && host.length() > prefix.length()) {
        return host.substring(prefix.length());
      }
    }
    return host;
  }
}
