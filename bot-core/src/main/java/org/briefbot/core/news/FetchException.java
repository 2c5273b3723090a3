package org.briefbot.core.news;

import java.time.Duration;
import java.util.Optional;
import org.briefbot.core.nlp.UnsupportedTextException;

/**
 * A page or feed could not be fetched or read, for a reason the person who asked can be told in one
 * sentence (the message). It extends {@link UnsupportedTextException} so that every layer that
 * already shows those messages to people shows these too.
 */
public class FetchException extends UnsupportedTextException {
  private final Reason reason;
  private final boolean retryable;
  private final Optional<Duration> retryAfter;

  /** Why; decides whether trying again later can help. */
  public enum Reason {
    /** The address is private, local, not http(s), or carries credentials: never fetched. */
    REFUSED_ADDRESS(false),
    /** More than the size cap. */
    TOO_LARGE(false),
    /** More than the time cap. */
    TIMEOUT(true),
    /** Not a web page (a PDF, an image, a binary) or not a feed. */
    WRONG_CONTENT(false),
    /** The page has no article text (an index page, a paywall stub, an empty page). */
    NO_ARTICLE(false),
    /** The server answered with an error status (retryable for 5xx, 408 and 429 only). */
    HTTP_STATUS(true),
    /** Name resolution, connection or TLS failed. */
    UNREACHABLE(true),
    /** Too many redirects or a redirect without a target. */
    BAD_REDIRECT(false),
    /** The feed's XML is broken, truncated or unsafe. */
    BAD_FEED(false);

    private final boolean transientFailure;

    Reason(boolean transientFailure) {
      this.transientFailure = transientFailure;
    }

    /** Whether the same request may succeed later. */
    public boolean isTransient() {
      return transientFailure;
    }
  }

  public FetchException(Reason reason, String userMessage) {
    this(reason, reason.isTransient(), userMessage);
  }

  public FetchException(Reason reason, boolean retryable, String userMessage) {
    this(reason, retryable, userMessage, Optional.empty());
  }

  /**
   * @param retryAfter how long the server asked to be left alone ({@code Retry-After} on a 429 or
   *     503)
   */
  public FetchException(
      Reason reason, boolean retryable, String userMessage, Optional<Duration> retryAfter) {
    super(userMessage);
    this.reason = reason;
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * Whether the same request may succeed later (a timeout, a 503), as opposed to never (a PDF, a
   * 404).
   */
  public boolean isRetryable() {
    return retryable;
  }

  /** The wait the server asked for before the next request, when it named one. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
