package org.briefbot.core.news;

import java.nio.charset.StandardCharsets;
import org.briefbot.core.news.FetchException.Reason;

/**
 * Refuses a fetched body that is not what the caller asked for — a PDF, an image, a binary or a
 * download where a page was expected — by its content type and its first bytes, with a sentence
 * that names what the link is.
 */
final class ContentCheck {
  private ContentCheck() {}

  static void refuseWrongType(String mediaType, HttpFetcher.Expect expect) {
    if (mediaType.equals("application/pdf")) {
      throw new FetchException(
          Reason.WRONG_CONTENT,
          "That link is a PDF; Briefbot reads web pages and feeds, not PDFs.");
    }
    if (mediaType.startsWith("image/")
        || mediaType.startsWith("video/")
        || mediaType.startsWith("audio/")
        || mediaType.startsWith("font/")
        || mediaType.equals("application/zip")
        || mediaType.equals("application/gzip")
        || mediaType.equals("application/msword")
        || mediaType.startsWith("application/vnd.")) {
      throw new FetchException(
          Reason.WRONG_CONTENT,
          "That link is "
              + describe(mediaType)
              + ", not a web page; Briefbot reads web pages and feeds.");
    }
    if (expect == HttpFetcher.Expect.PAGE
        && !mediaType.isEmpty()
        && !isPageType(mediaType)
        && !mediaType.equals("application/octet-stream")) {
      throw new FetchException(
          Reason.WRONG_CONTENT,
          "That link is "
              + describe(mediaType)
              + ", not a web page; Briefbot reads web pages (HTML).");
    }
  }

  /** Servers mislabel often; the first bytes tell what the body really is. */
  static void refuseWrongBytes(byte[] bytes, String mediaType, HttpFetcher.Expect expect) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
    if (head.startsWith("%PDF-")) {
      throw new FetchException(
          Reason.WRONG_CONTENT,
          "That link is a PDF; Briefbot reads web pages and feeds, not PDFs.");
    }
    if (looksBinary(bytes)) {
      throw new FetchException(
          Reason.WRONG_CONTENT,
          "That link is a binary file, not a web page; Briefbot reads web pages and feeds.");
    }
    if (expect == HttpFetcher.Expect.PAGE
        && mediaType.equals("application/octet-stream")
        && !head.stripLeading().startsWith("<")) {
      throw new FetchException(
          Reason.WRONG_CONTENT,
          "That link is a file download, not a web page; Briefbot reads web pages (HTML).");
    }
  }

  /**
   * NUL bytes in the first kilobyte (outside UTF-16, which news sites do not serve) mean binary.
   */
  private static boolean looksBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, 1024);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static boolean isPageType(String mediaType) {
    return mediaType.equals("text/html")
        || mediaType.equals("application/xhtml+xml")
        || mediaType.equals("text/plain");
  }

  private static String describe(String mediaType) {
    if (mediaType.startsWith("image/")) {
      return "an image";
    }
    if (mediaType.startsWith("video/")) {
      return "a video";
    }
    if (mediaType.startsWith("audio/")) {
      return "an audio file";
    }
    return "a file of type " + mediaType;
  }
}
