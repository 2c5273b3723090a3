package org.briefbot.core.news;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.briefbot.core.news.FetchException.Reason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom feeds with Rome. Rome 2.x refuses DOCTYPE declarations and
 * external entities by default (see {@code WireFeedInput#createSAXBuilder}); on top of that a
 * DOCTYPE with an internal subset — where entity bombs and XXE live — is refused here with a clear
 * message, and a plain external DOCTYPE (RSS 0.91 from Netscape days) is dropped, never fetched, so
 * that such feeds still read. A feed's items are capped at {@link #MAX_ITEMS}, the first ones
 * (feeds list the newest first).
 */
public final class FeedReader {
  /** Items taken from one fetch of a feed; a feed that lists more is an archive, not news. */
  public static final int MAX_ITEMS = 200;

  /** More item elements than this and the feed is refused before Rome builds it in memory. */
  public static final int MAX_ITEMS_PARSED = 5_000;

  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
  private static final Pattern ITEM_TAG =
      Pattern.compile("<(?:[A-Za-z0-9_]+:)?(?:item|entry)[\\s>/]");

  /**
   * A feed as read.
   *
   * @param type Rome's name of the format ("rss_2.0", "atom_1.0")
   * @param totalItems how many items the feed listed (more than {@code items} when capped)
   * @param ttl how long the feed says it may be cached (RSS {@code <ttl>}, in minutes there), if it
   *     says
   */
  public record ParsedFeed(
      Optional<String> title,
      String type,
      List<Entry> items,
      int totalItems,
      Optional<Duration> ttl) {}

  /**
   * An item of a feed.
   *
   * @param guid the item's GUID or Atom id, or its link when it has neither
   * @param url the canonical address of the story it links to
   * @param revision a fingerprint of what the feed says of the item (headline, description, dates):
   *     another one, for a GUID read before, means the feed changed the item
   */
  public record Entry(
      String guid,
      String url,
      Optional<String> title,
      Optional<Instant> publishedAt,
      String revision) {

    /** An item whose fingerprint is its headline and date. */
    public Entry(String guid, String url, Optional<String> title, Optional<Instant> publishedAt) {
      this(
          guid,
          url,
          title,
          publishedAt,
          revision(title, Optional.empty(), publishedAt, publishedAt));
    }

    static String revision(
        Optional<String> title,
        Optional<String> description,
        Optional<Instant> published,
        Optional<Instant> updated) {
      return org.briefbot.core.store.Sha256.hex(
          title.orElse("")
              + "\n"
              + description.orElse("")
              + "\n"
              + published.map(Instant::toString).orElse("")
              + "\n"
              + updated.map(Instant::toString).orElse(""));
    }
  }

  /**
   * Reads a fetched feed.
   *
   * @param charset the charset from the Content-Type header, if any (else the XML prolog or BOM
   *     decides)
   * @throws FetchException when the body is not a feed, is broken or truncated, or is unsafe XML
   */
  public ParsedFeed read(
      byte[] body, Optional<Charset> charset, String mediaType, HttpUrl feedUrl) {
    String xml = decode(body, charset, mediaType);
    refuseHtml(xml, mediaType, feedUrl);
    xml = withoutSafeDoctype(xml);
    int itemTags = countItemTags(xml);
    if (itemTags > MAX_ITEMS_PARSED) {
      throw new FetchException(
          Reason.BAD_FEED,
          String.format(
              Locale.ROOT,
              "That feed lists more than %,d items; Briefbot reads feeds of up to %,d items.",
              MAX_ITEMS_PARSED,
              MAX_ITEMS_PARSED));
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // Rome's default, stated so that it cannot drift
      input.setPreserveWireFeed(true); // for the RSS <ttl>, which the common model drops
      feed = input.build(new StringReader(xml));
    } catch (FeedException e) {
      throw new FetchException(
          Reason.BAD_FEED, "That feed's XML is broken or cut off, so Briefbot cannot read it.");
    } catch (IllegalArgumentException e) {
      throw new FetchException(Reason.BAD_FEED, "That address is XML but not an RSS or Atom feed.");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (SyndEntry entry : feed.getEntries()) {
      if (entries.size() >= MAX_ITEMS) {
        break;
      }
      Optional<HttpUrl> link = linkOf(entry, feedUrl);
      if (link.isEmpty()) {
        continue; // an item with no web page to read
      }
      String url = CanonicalUrls.canonicalize(link.get());
      String guid =
          Optional.ofNullable(entry.getUri())
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .orElse(url);
      Optional<String> title = clean(entry.getTitle());
      Optional<Instant> published = instant(entry.getPublishedDate());
      Optional<Instant> updated = instant(entry.getUpdatedDate());
      Optional<String> description =
          Optional.ofNullable(entry.getDescription()).flatMap(d -> clean(d.getValue()));
      entries.putIfAbsent(
          guid,
          new Entry(
              guid,
              url,
              title,
              published.or(() -> updated),
              Entry.revision(title, description, published, updated)));
    }
    Optional<Duration> ttl =
        feed.originalWireFeed() instanceof Channel channel && channel.getTtl() > 0
            ? Optional.of(Duration.ofMinutes(channel.getTtl()))
            : Optional.empty();
    return new ParsedFeed(
        clean(feed.getTitle()),
        feed.getFeedType(),
        List.copyOf(entries.values()),
        feed.getEntries().size(),
        ttl);
  }

  private static String decode(byte[] body, Optional<Charset> charset, String mediaType) {
    if (body.length == 0) {
      throw new FetchException(Reason.BAD_FEED, "That feed is empty.");
    }
    String contentType =
        charset
            .map(
                c ->
                    (mediaType.isEmpty() ? "application/xml" : mediaType) + "; charset=" + c.name())
            .orElse(mediaType.isEmpty() ? null : mediaType);
    // Rome's XmlReader applies the XML rules: BOM, then the HTTP charset, then the prolog's
    // encoding.
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      StringBuilder out = new StringBuilder(body.length);
      char[] buffer = new char[8192];
      int read;
      while ((read = reader.read(buffer)) != -1) {
        out.append(buffer, 0, read);
      }
      return out.toString();
    } catch (IOException e) {
      throw new FetchException(Reason.BAD_FEED, "That feed's text encoding cannot be read.");
    }
  }

  /**
   * A web page where a feed should be: say so, and point at the page's own feed when it names one.
   */
  private static void refuseHtml(String text, String mediaType, HttpUrl feedUrl) {
    String head =
        text.substring(0, Math.min(text.length(), 4096)).stripLeading().toLowerCase(Locale.ROOT);
    // Servers often label feeds text/html: the body decides.
    boolean xml =
        head.startsWith("<?xml")
            || head.startsWith("<rss")
            || head.startsWith("<feed")
            || head.startsWith("<rdf:rdf");
    boolean html =
        head.startsWith("<!doctype html")
            || head.startsWith("<html")
            || (mediaType.equals("text/html") && !xml);
    if (!html) {
      return;
    }
    Element alternate =
        Jsoup.parse(text, feedUrl.toString())
            .selectFirst(
                "link[rel=alternate][type=application/rss+xml], link[rel=alternate][type=application/atom+xml]");
    String hint = alternate == null ? "" : alternate.absUrl("href");
    if (hint.isEmpty()) {
      throw new FetchException(
          Reason.BAD_FEED,
          "That address is a web page, not an RSS or Atom feed, and the page names no feed.");
    }
    throw new WebPageWithFeed(hint);
  }

  /** A web page where a feed was expected, which names its feed ({@code <link rel=alternate>}). */
  public static final class WebPageWithFeed extends FetchException {
    private final String feedUrl;

    WebPageWithFeed(String feedUrl) {
      super(
          Reason.BAD_FEED,
          "That address is a web page, not an RSS or Atom feed; its feed seems to be "
              + feedUrl
              + ".");
      this.feedUrl = feedUrl;
    }

    /** The feed the page names, as an absolute address. */
    public String feedUrl() {
      return feedUrl;
    }
  }

  /**
   * Drops a DOCTYPE that only names an external DTD (which is never fetched) and refuses one with
   * an internal subset: entity definitions have no place in a news feed and are how XML bombs and
   * external-entity attacks are built.
   */
  static String withoutSafeDoctype(String xml) {
    Matcher doctype = DOCTYPE.matcher(xml);
    if (!doctype.find()) {
      return xml;
    }
    int close = xml.indexOf('>', doctype.end());
    int subset = xml.indexOf('[', doctype.end());
    if (close < 0
        || (subset >= 0 && subset < close)
        || DOCTYPE.matcher(xml).region(close, xml.length()).find()) {
      throw new FetchException(
          Reason.BAD_FEED,
          "That feed declares its own XML entities, which Briefbot refuses to read (they are how XML bombs are built).");
    }
    return xml.substring(0, doctype.start()) + xml.substring(close + 1);
  }

  private static int countItemTags(String xml) {
    Matcher matcher = ITEM_TAG.matcher(xml);
    int count = 0;
    while (matcher.find() && count <= MAX_ITEMS_PARSED) {
      count++;
    }
    return count;
  }

  private static Optional<HttpUrl> linkOf(SyndEntry entry, HttpUrl feedUrl) {
    List<String> candidates = new ArrayList<>();
    if (entry.getLink() != null) {
      candidates.add(entry.getLink());
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        candidates.add(link.getHref());
      }
    }
    if (entry.getUri() != null
        && entry.getUri().strip().toLowerCase(Locale.ROOT).startsWith("http")) {
      candidates.add(entry.getUri()); // an RSS guid that is a permalink
    }
    for (String candidate : candidates) {
      HttpUrl resolved = feedUrl.resolve(candidate.strip());
      if (resolved != null && resolved.toString().length() <= UrlGuard.MAX_URL_LENGTH) {
        return Optional.of(resolved);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> clean(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = text.indexOf('<') >= 0 ? Jsoup.parse(text).text() : text;
    String cleaned = ArticleExtractor.normalize(plain);
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
  }

  private static Optional<Instant> instant(Date date) {
    return Optional.ofNullable(date).map(Date::toInstant);
  }
}
