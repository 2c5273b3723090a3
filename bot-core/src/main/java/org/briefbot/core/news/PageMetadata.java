package org.briefbot.core.news;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a news page says about itself: title, outlet, author, publication time, canonical address
 * and whether it is behind a paywall — from Open Graph and {@code article:} meta tags, schema.org
 * JSON-LD ({@code NewsArticle}, including Yoast-style {@code @graph}s) and microdata, and failing
 * those the {@code <h1>}, the title tag, {@code <time>} elements and the date printed under the
 * headline.
 *
 * <p>The publication time is taken in this order of trust: JSON-LD {@code datePublished} (of any
 * type), microdata {@code itemprop="datePublished"}, Open Graph {@code article:published_time} and
 * the common meta names, a {@code <time datetime>} of the article (not a sidebar's, not an
 * "updated" one), then the date printed under the headline. A modified date is never taken for the
 * published one. When none is found the time stays empty: nothing is made up.
 *
 * @param paywalled the page declares itself not free to read ({@code isAccessibleForFree: false})
 */
public record PageMetadata(
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> author,
    Optional<Instant> publishedAt,
    Optional<HttpUrl> canonicalUrl,
    Optional<String> language,
    boolean paywalled) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
          .build();

  static {
    // JSON-LD comes from the page: keep a hostile one from nesting without end.
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(200_000).build());
  }

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "blogposting",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "liveblogposting",
          "socialmediaposting",
          "webpage",
          "report",
          "scholarlyarticle",
          "techarticle");
  private static final Pattern LEADING_BY = Pattern.compile("(?i)^by\\s+");
  private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

  /** A full stop before a space, as in "Sept. 3, 2024". */
  private static final Pattern ABBREVIATION_STOP = Pattern.compile("\\.(?=\\s)");

  // Selectors parsed once (jsoup parses a selector string at every call).
  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
  private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel=canonical]");
  private static final Evaluator HTML = QueryParser.parse("html");
  private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
  private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
  private static final Pattern TITLE_SUFFIX =
      Pattern.compile("\\s+(?:[|\u2013\u2014\u00b7]|-|::)\\s+([^|\u2013\u2014\u00b7]{2,60})$");

  /** Reads the metadata; call before anything mutates the document. */
  public static PageMetadata read(Document document, HttpUrl pageUrl) {
    Map<String, String> meta = metaTags(document);
    JsonLd jsonLd = JsonLd.read(document);

    Optional<String> htmlTitle = clean(document.title());
    Optional<String> outlet =
        first(
                meta.get("og:site_name"),
                jsonLd.publisher,
                meta.get("application-name"),
                htmlTitle.flatMap(PageMetadata::siteSuffix).orElse(null))
            .map(name -> looksLikeAddress(name) ? bareHost(name) : name)
            .filter(name -> !name.isBlank());
    // A headline tag often carries the site's name too ("Headline | Site"): cut it where it is the
    // site's.
    Set<String> siteNames = siteNames(outlet, htmlTitle.flatMap(PageMetadata::siteSuffix), pageUrl);
    Optional<String> title =
        first(
                meta.get("og:title"),
                jsonLd.headline,
                meta.get("twitter:title"),
                text(document.selectFirst(H1)),
                htmlTitle.map(PageMetadata::withoutSiteSuffix).orElse(null))
            .map(headline -> withoutSiteName(headline, siteNames));
    Optional<String> author =
        first(
            jsonLd.authors.isEmpty() ? null : joinNames(jsonLd.authors),
            nameOnly(meta.get("author")),
            nameOnly(meta.get("article:author")),
            nameOnly(meta.get("dc.creator")),
            nameOnly(meta.get("byl")),
            text(
                document.selectFirst(
                    "[rel=author], .author .fn, [itemprop=author] [itemprop=name], [itemprop=author]")));
    author = author.map(PageMetadata::withoutBy).filter(a -> !a.isBlank());
    Optional<String> language =
        clean(document.selectFirst(HTML) == null ? null : document.selectFirst(HTML).attr("lang"));
    // In order of trust; each source is looked for only when the ones before it gave nothing.
    Optional<Instant> published =
        firstDate(jsonLd.datePublished)
            .or(() -> firstDate(microdataDate(document)))
            .or(
                () ->
                    firstDate(
                        meta.get("article:published_time"),
                        meta.get("og:published_time"),
                        meta.get("og:article:published_time"),
                        meta.get("article.published"),
                        meta.get("parsely-pub-date"),
                        meta.get("publish-date"),
                        meta.get("publish_date"),
                        meta.get("publication_date"),
                        meta.get("date"),
                        meta.get("dc.date"),
                        meta.get("dc.date.issued"),
                        meta.get("dcterms.issued"),
                        meta.get("dcterms.created"),
                        meta.get("pubdate"),
                        meta.get("publishdate"),
                        meta.get("sailthru.date"),
                        meta.get("datepublished")))
            .or(() -> firstDate(articleTime(document)))
            .or(() -> PrintedDates.underHeadline(document, language));
    Optional<HttpUrl> canonical =
        first(attr(document.selectFirst(CANONICAL_LINK), "href"), meta.get("og:url"))
            .map(pageUrl::resolve)
            .filter(url -> CanonicalUrls.sameSite(pageUrl, url));
    boolean paywalled =
        jsonLd.paywalled || "locked".equalsIgnoreCase(meta.get("article:content_tier"));
    return new PageMetadata(title, outlet, author, published, canonical, language, paywalled);
  }

  private static Map<String, String> metaTags(Document document) {
    Map<String, String> meta = new HashMap<>();
    for (Element tag : document.select(META_WITH_CONTENT)) {
      String key =
          tag.hasAttr("property")
              ? tag.attr("property")
              : tag.hasAttr("name") ? tag.attr("name") : tag.attr("itemprop");
      String value = tag.attr("content").strip();
      if (!key.isBlank() && !value.isEmpty()) {
        meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), value);
      }
    }
    return meta;
  }

  /** The bits of schema.org JSON-LD a story needs, from every {@code ld+json} block of the page. */
  private static final class JsonLd {
    String headline;
    String publisher;
    String datePublished;
    final List<String> authors = new ArrayList<>();
    boolean paywalled;
    private final Map<String, JsonNode> byId = new HashMap<>();

    static JsonLd read(Document document) {
      JsonLd found = new JsonLd();
      List<JsonNode> nodes = new ArrayList<>();
      for (Element script : document.select(JSON_LD)) {
        try {
          collect(JSON.readTree(script.data()), nodes, 0);
        } catch (Exception malformed) {
          // Broken JSON-LD is common; the meta tags still count.
        }
      }
      for (JsonNode node : nodes) {
        if (node.hasNonNull("@id")) {
          found.byId.putIfAbsent(node.get("@id").asText(), node);
        }
      }
      for (JsonNode node : nodes) {
        if (isArticle(node)) {
          found.take(node);
        }
      }
      for (JsonNode node : nodes) {
        // A story typed as something else (a VideoObject, a Recipe, an Event page) still says when
        // it was published.
        if (found.datePublished == null) {
          found.datePublished = textOf(node.get("datePublished"));
        }
      }
      return found;
    }

    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
      if (node == null || depth > 4 || into.size() > 200) {
        return;
      }
      if (node.isArray()) {
        node.forEach(child -> collect(child, into, depth + 1));
      } else if (node.isObject()) {
        into.add(node);
        if (node.has("@graph")) {
          collect(node.get("@graph"), into, depth + 1);
        }
      }
    }

    private static boolean isArticle(JsonNode node) {
      JsonNode type = node.get("@type");
      if (type == null) {
        return false;
      }
      for (JsonNode each : type.isArray() ? type : List.of(type)) {
        if (ARTICLE_TYPES.contains(each.asText().toLowerCase(Locale.ROOT))) {
          return !each.asText().equalsIgnoreCase("webpage") || node.has("headline");
        }
      }
      return false;
    }

    private void take(JsonNode article) {
      if (headline == null) {
        headline = textOf(article.get("headline"));
      }
      if (datePublished == null) {
        datePublished = textOf(article.get("datePublished"));
      }
      if (publisher == null) {
        publisher = nameOf(article.get("publisher"));
      }
      if (authors.isEmpty()) {
        JsonNode author = article.get("author");
        for (JsonNode each :
            author == null ? List.<JsonNode>of() : author.isArray() ? author : List.of(author)) {
          String name = nameOf(each);
          if (name != null && !authors.contains(name)) {
            authors.add(name);
          }
        }
      }
      JsonNode free = article.get("isAccessibleForFree");
      if (free != null
          && (free.isBoolean() ? !free.asBoolean() : "false".equalsIgnoreCase(free.asText()))) {
        paywalled = true;
      }
    }

    private String nameOf(JsonNode node) {
      if (node == null) {
        return null;
      }
      if (node.isTextual()) {
        return nameOnly(node.asText());
      }
      if (node.isObject() && !node.hasNonNull("name") && node.hasNonNull("@id")) {
        node = byId.getOrDefault(node.get("@id").asText(), node);
      }
      return textOf(node.get("name"));
    }

    private static String textOf(JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isArray()) {
        return node.isEmpty() ? null : textOf(node.get(0));
      }
      String text = node.isValueNode() ? node.asText().strip() : null;
      return text == null || text.isEmpty() ? null : text;
    }
  }

  private static final Evaluator MICRODATA_PUBLISHED =
      QueryParser.parse("[itemprop=datePublished]");

  /**
   * Where a {@code <time>} belongs to something other than the story: a teaser, a list of links.
   */
  private static final Evaluator NOT_THE_STORY =
      QueryParser.parse(
          "aside, nav, footer, li, [class*=related], [class*=teaser],"
              + " [class*=promo], [class*=recommend], [class*=comment]");

  private static final Pattern MODIFIED = Pattern.compile("(?i)modif|updat|edited|revised");
  private static final Pattern WWW = Pattern.compile("(?i)^www\\d?\\.");

  /** Microdata {@code itemprop="datePublished"}: on a meta tag, a {@code <time>}, or printed. */
  private static String microdataDate(Document document) {
    for (Element element : document.select(MICRODATA_PUBLISHED)) {
      String value =
          element.hasAttr("content")
              ? element.attr("content")
              : element.hasAttr("datetime") ? element.attr("datetime") : element.text();
      if (parseDate(value).isPresent()) {
        return value;
      }
    }
    return null;
  }

  /**
   * The {@code datetime} of the story's own {@code <time>}: after the headline when there is one,
   * not in a sidebar or teaser, and not one that says when the story was updated.
   */
  private static String articleTime(Document document) {
    Element h1 = document.selectFirst(H1);
    Element fallback = null;
    for (Element time : document.select(TIME_WITH_DATETIME)) {
      if (isModified(time) || inOtherThanStory(time)) {
        continue;
      }
      if (h1 == null || follows(time, h1)) {
        return time.attr("datetime");
      }
      if (fallback == null) {
        fallback = time;
      }
    }
    return fallback == null ? null : fallback.attr("datetime");
  }

  private static boolean isModified(Element time) {
    String names = time.className() + " " + time.id() + " " + time.attr("itemprop");
    Element parent = time.parent();
    String before = parent == null ? "" : parent.ownText();
    return MODIFIED.matcher(names).find()
        || (parent != null && MODIFIED.matcher(parent.className()).find())
        || before.toLowerCase(Locale.ROOT).startsWith("updated")
        || before.toLowerCase(Locale.ROOT).startsWith("modified");
  }

  private static boolean inOtherThanStory(Element element) {
    for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
      if (parent.is(NOT_THE_STORY)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code later} comes after {@code earlier} in document order. */
  static boolean follows(Element later, Element earlier) {
    List<Integer> a = path(later);
    List<Integer> b = path(earlier);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return a.get(i) > b.get(i);
      }
    }
    return a.size() > b.size();
  }

  private static List<Integer> path(Element element) {
    List<Integer> path = new ArrayList<>();
    for (Element at = element; at.parent() != null; at = at.parent()) {
      path.add(0, at.elementSiblingIndex());
    }
    return path;
  }

  /**
   * The names a headline's suffix may be: the outlet, the title tag's suffix, the host and its
   * first label.
   */
  private static Set<String> siteNames(
      Optional<String> outlet, Optional<String> titleSuffix, HttpUrl pageUrl) {
    Set<String> names = new LinkedHashSet<>();
    outlet.ifPresent(name -> names.add(name.toLowerCase(Locale.ROOT)));
    titleSuffix.ifPresent(name -> names.add(name.toLowerCase(Locale.ROOT)));
    String host = bareHost(pageUrl.host()).toLowerCase(Locale.ROOT);
    names.add(host);
    names.add(host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
    return names;
  }

  private static String withoutSiteName(String headline, Set<String> siteNames) {
    var matcher = TITLE_SUFFIX.matcher(headline);
    if (matcher.find()) {
      String suffix = matcher.group(1).strip().toLowerCase(Locale.ROOT);
      String squeezed = suffix.replace(" ", "");
      if (siteNames.contains(suffix)
          || siteNames.stream().anyMatch(name -> name.replace(" ", "").equals(squeezed))) {
        return headline.substring(0, matcher.start()).strip();
      }
    }
    return headline;
  }

  /**
   * "http://www.example.com/", "www.example.com", "example.com": a site's address, not its name.
   */
  private static boolean looksLikeAddress(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("www.")
        || (!lower.contains(" ") && lower.matches("[a-z0-9.-]+\\.[a-z]{2,}"));
  }

  /**
   * The host without scheme, path or a leading "www.": what a reader calls the site when it gives
   * no name.
   */
  public static String bareHost(String addressOrHost) {
    String host = addressOrHost.strip();
    HttpUrl parsed = HttpUrl.parse(host.contains("://") ? host : "http://" + host);
    if (parsed != null) {
      host = parsed.host();
    }
    return WWW.matcher(host).replaceFirst("");
  }

  private static String joinNames(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** An author field that holds a profile URL is not a name. */
  private static String nameOnly(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty()
            || stripped.startsWith("http://")
            || stripped.startsWith("https://")
            || stripped.startsWith("/")
        ? null
        : stripped;
  }

  private static String withoutBy(String author) {
    return LEADING_BY.matcher(author).replaceFirst("").strip();
  }

  private static String withoutSiteSuffix(String title) {
    return TITLE_SUFFIX.matcher(title).replaceFirst("").strip();
  }

  private static Optional<String> siteSuffix(String title) {
    var matcher = TITLE_SUFFIX.matcher(title);
    return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
  }

  private static String text(Element element) {
    return element == null ? null : element.text();
  }

  private static String attr(Element element, String name) {
    return element == null ? null : element.attr(name);
  }

  private static Optional<String> clean(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String cleaned = WHITESPACE_RUN.matcher(value.replace('\u00a0', ' ')).replaceAll(" ").strip();
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
  }

  private static Optional<String> first(String... candidates) {
    for (String candidate : candidates) {
      Optional<String> cleaned = clean(candidate);
      if (cleaned.isPresent()) {
        return cleaned;
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> firstDate(String... candidates) {
    Set<String> seen = new LinkedHashSet<>();
    for (String candidate : candidates) {
      if (candidate != null && seen.add(candidate)) {
        Optional<Instant> parsed = parseDate(candidate);
        if (parsed.isPresent()) {
          return parsed;
        }
      }
    }
    return Optional.empty();
  }

  private static final List<DateTimeFormatter> PLAIN_DATES =
      List.of(
          DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
              DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
              DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

  /**
   * ISO 8601 in its common shapes (with or without offset, date only), RFC 1123, and the plain
   * dates of news copy ("Mar 23, 2024", "23 March 2024"); local times are taken as UTC.
   */
  public static Optional<Instant> parseDate(String value) {
    String text = value.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(
                  text, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX", Locale.ROOT))
              .toInstant());
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    try {
      return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    try {
      return Optional.of(
          LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text)
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // next shape
    }
    String plain = ABBREVIATION_STOP.matcher(text.replace("Sept", "Sep")).replaceAll("");
    for (DateTimeFormatter format : PLAIN_DATES) {
      try {
        return Optional.of(LocalDate.parse(plain, format).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException ignored) {
        // next shape
      }
    }
    return Optional.empty();
  }
}
