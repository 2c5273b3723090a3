package org.briefbot.core.news;

import java.time.Duration;

/**
 * Limits of every fetch.
 *
 * @param allowPrivateAddresses lifts the address check (loopback, private networks…) for local
 *     development and tests; never on in production
 * @param maxBytes the largest body read; a larger one is refused part-way
 * @param timeout the longest a fetch may take, all redirects, connecting and reading included
 * @param maxRedirects how many redirects are followed
 * @param userAgent sent with every request
 */
public record FetchSettings(
    boolean allowPrivateAddresses,
    long maxBytes,
    Duration timeout,
    int maxRedirects,
    String userAgent) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public FetchSettings {
    if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero() || maxRedirects < 0) {
      throw new IllegalArgumentException("fetch limits must be positive");
    }
  }

  /** The safe defaults: public addresses only, 5 MB, 10 s, 5 redirects. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        false, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, 5, "Briefbot/0.1 (news briefing bot)");
  }

  public FetchSettings withAllowPrivateAddresses(boolean allow) {
    return new FetchSettings(allow, maxBytes, timeout, maxRedirects, userAgent);
  }

  public FetchSettings withMaxBytes(long bytes) {
    return new FetchSettings(allowPrivateAddresses, bytes, timeout, maxRedirects, userAgent);
  }

  public FetchSettings withTimeout(Duration limit) {
    return new FetchSettings(allowPrivateAddresses, maxBytes, limit, maxRedirects, userAgent);
  }

  /** "5 MB", for messages. */
  String maxSizeText() {
    return maxBytes % (1024 * 1024) == 0
        ? maxBytes / (1024 * 1024) + " MB"
        : maxBytes / 1024 + " KB";
  }

  /** "10 seconds", for messages. */
  String timeoutText() {
    long millis = timeout.toMillis();
    return millis % 1000 == 0
        ? millis / 1000 + (millis == 1000 ? " second" : " seconds")
        : millis + " ms";
  }
}
