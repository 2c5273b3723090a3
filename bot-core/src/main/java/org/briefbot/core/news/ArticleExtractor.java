package org.briefbot.core.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import okhttp3.HttpUrl;
import org.briefbot.core.news.FetchException.Reason;
import org.briefbot.core.nlp.NewsText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article in a news page. readability4j (a port of Mozilla's Readability) picks the
 * element that holds the story; rules of our own then clear what Readability keeps inside it —
 * "ADVERTISEMENT" slugs, newsletter boxes, "Read more:" links, bylines and datelines, link lists,
 * subheadings — and decide whether what is left is an article at all, or a paywall stub. Metadata
 * comes from {@link PageMetadata}. Thread-safe.
 */
public final class ArticleExtractor {
  /** Fewer words than this is not a story (an index page, a teaser, an error page). */
  static final int MIN_ARTICLE_WORDS = 80;

  /** A page that declares a paywall and shows fewer words than this shows only its teaser. */
  static final int PAYWALL_TEASER_WORDS = 200;

  /** Class or id words of page furniture, removed before Readability looks. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?:^|[-_\\s])(?:ad|ads|advert|adverts|advertisement|adslot|dfp|sponsor|sponsored|promo|newsletter|signup|subscribe|subscription"
              + "|paywall|piano|related|read-?more|more-stories|share|sharing|social|comments?|respond|widget|sidebar|most-?read"
              + "|popular|trending|recommended|outbrain|taboola|cookie|consent|breadcrumbs?|tags|cat-links|tags-links|author-bio|byline"
              + "|dateline|timestamp|newsletter-box|print|toolbar|skip-link)(?:$|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?"
              + "|(?:read|see) (?:more|also)\\b.*|related\\b.*|more:.*|sign up\\b.*|subscribe\\b.*|share this\\b.*|follow us\\b.*|click here\\b.*"
              + "|watch:.*|listen:.*|(?:photo|image|picture|credit|video)s?:.*|(?:published|updated|posted|last updated)\\b.{0,60})$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:by)\\s+(\\p{Lu}[\\p{L}.'\\-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'\\-]+){0,6})\\s*$");
  private static final Pattern PAYWALL_WORDS =
      Pattern.compile(
          "subscribe to (?:continue|read)|subscribers? only|for subscribers|already a subscriber|to continue reading|limit of free articles"
              + "|unlock this (?:article|story)|become a (?:member|subscriber)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Every phrase of {@link #PAYWALL_WORDS} holds one of these (in lower case): most pages hold
   * none, and looking for them is far cheaper than running the pattern over the whole page.
   */
  private static final List<String> PAYWALL_KEYS =
      List.of("subscri", "continue reading", "free articles", "unlock this", "become a member");

  // CSS selectors parsed once: jsoup parses a selector string at every call, and these run for
  // every element and ancestor of a page (jsoup's evaluators are thread-safe).
  private static final Evaluator NOT_TEXT =
      QueryParser.parse(
          "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea,"
              + " nav, footer, aside, [role=navigation], [role=complementary], [role=banner], [aria-hidden=true], [hidden]");
  private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
  private static final Evaluator NAMED = QueryParser.parse("[class], [id]");
  private static final Evaluator STORY_CONTAINERS = QueryParser.parse("html, body, article, main");
  private static final Evaluator BLOCKS =
      QueryParser.parse("p, blockquote, li, pre, h2, h3, h4, h5, h6");
  private static final Evaluator BLOCK_CONTAINERS = QueryParser.parse("p, blockquote, li, pre");
  private static final Evaluator SUBHEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");
  private static final Evaluator LINKS = QueryParser.parse("a");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n|\\n");
  private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");

  /**
   * The article of an HTML (or XHTML, or plain-text) page.
   *
   * @param charset the charset the server declared; without one, the page's BOM or meta tag, else
   *     UTF-8
   * @throws FetchException when the page holds no article, or only a paywall's teaser
   */
  public Article extract(
      byte[] body, Optional<Charset> charset, String mediaType, HttpUrl pageUrl) {
    if (mediaType.equals("text/plain")) {
      return fromPlainText(
          new String(body, charset.orElse(java.nio.charset.StandardCharsets.UTF_8)), pageUrl);
    }
    Document document;
    try {
      document =
          Jsoup.parse(
              new ByteArrayInputStream(body),
              charset.map(Charset::name).orElse(null),
              pageUrl.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes from memory cannot fail", e);
    }
    return extract(document, pageUrl);
  }

  /** The article of a parsed page (the document is changed on the way). */
  public Article extract(Document document, HttpUrl pageUrl) {
    PageMetadata meta = PageMetadata.read(document, pageUrl);
    boolean paywallWords = document.body() != null && hasPaywallWords(document.body().text());
    removeFurniture(document);

    String title = meta.title().orElse("");
    Optional<String> bylineAuthor = Optional.empty();
    List<String> paragraphs = new ArrayList<>();
    Element content = new Readability4J(pageUrl.toString(), document).parse().getArticleContent();
    for (Element root : content == null ? List.<Element>of() : List.of(content)) {
      for (Element block : blocks(root)) {
        String text = normalize(block.text());
        var byline = BYLINE.matcher(text);
        if (byline.matches() && wordCount(text) <= 9) {
          if (bylineAuthor.isEmpty()) {
            bylineAuthor = Optional.of(byline.group(1));
          }
          continue;
        }
        if (keep(block, text, title)) {
          paragraphs.add(text);
        }
      }
    }
    int words = paragraphs.stream().mapToInt(ArticleExtractor::wordCount).sum();
    if ((meta.paywalled() || paywallWords) && words < PAYWALL_TEASER_WORDS) {
      throw new FetchException(
          Reason.NO_ARTICLE,
          "That article is behind a paywall; Briefbot can only see its first lines.");
    }
    if (words < MIN_ARTICLE_WORDS) {
      throw new FetchException(
          Reason.NO_ARTICLE,
          "That page has no article text Briefbot can read (it looks like an index, a video or an empty page).");
    }
    HttpUrl canonical = meta.canonicalUrl().orElse(pageUrl);
    String outlet = meta.outlet().orElse(PageMetadata.bareHost(pageUrl.host()));
    if (title.isEmpty()) {
      title = paragraphs.get(0).length() <= 120 ? paragraphs.get(0) : "";
    }
    Optional<String> author = meta.author().isPresent() ? meta.author() : bylineAuthor;
    return new Article(
        pageUrl.toString(),
        CanonicalUrls.canonicalize(canonical),
        title,
        outlet,
        author,
        meta.publishedAt(),
        paragraphs);
  }

  private static Article fromPlainText(String text, HttpUrl pageUrl) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : BLANK_LINES.split(text.replace("\r\n", "\n"))) {
      String normalized = normalize(block);
      if (!normalized.isEmpty()) {
        paragraphs.add(normalized);
      }
    }
    String title =
        paragraphs.isEmpty() || paragraphs.get(0).length() > 120 || paragraphs.get(0).endsWith(".")
            ? ""
            : paragraphs.remove(0);
    int words = paragraphs.stream().mapToInt(ArticleExtractor::wordCount).sum();
    if (words < MIN_ARTICLE_WORDS) {
      throw new FetchException(
          Reason.NO_ARTICLE,
          "That page has no article text Briefbot can read (it is almost empty).");
    }
    String url = CanonicalUrls.canonicalize(pageUrl);
    return new Article(
        pageUrl.toString(),
        url,
        title,
        PageMetadata.bareHost(pageUrl.host()),
        Optional.empty(),
        Optional.empty(),
        paragraphs);
  }

  static boolean hasPaywallWords(String pageText) {
    String lower = pageText.toLowerCase(Locale.ROOT);
    return PAYWALL_KEYS.stream().anyMatch(lower::contains)
        && PAYWALL_WORDS.matcher(pageText).find();
  }

  /**
   * Removes navigation, asides, forms and elements whose class or id names page furniture — unless
   * the element holds most of the page's paragraph text (a site that calls its story container
   * "main-share-layout" keeps its story).
   */
  private static void removeFurniture(Document document) {
    document.select(NOT_TEXT).remove();
    Element body = document.body();
    if (body == null) {
      return;
    }
    int pageText = textLength(body.select(PARAGRAPHS));
    for (Element element : body.select(NAMED)) {
      if (element.ownerDocument() == null || element.is(STORY_CONTAINERS)) {
        continue; // already removed with an ancestor, or a container that is the story's own
      }
      String names = element.className() + " " + element.id();
      if (FURNITURE.matcher(names).find()
          && textLength(element.select(PARAGRAPHS)) * 2 < Math.max(pageText, 1)) {
        element.remove();
      }
    }
  }

  /** The paragraph-level blocks of the chosen content, outermost only, in document order. */
  private static List<Element> blocks(Element root) {
    List<Element> blocks = new ArrayList<>();
    for (Element element : root.select(BLOCKS)) {
      boolean nested = false;
      for (Element parent = element.parent();
          parent != null && parent != root.parent();
          parent = parent.parent()) {
        if (parent.is(BLOCK_CONTAINERS)) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        blocks.add(element);
      }
    }
    if (blocks.isEmpty() && !root.text().isBlank()) {
      blocks.add(root);
    }
    return blocks;
  }

  private static boolean keep(Element block, String text, String title) {
    if (text.isEmpty() || block.is(SUBHEADINGS)) {
      return false; // subheadings are not sentences; they would pollute summaries
    }
    if (text.equalsIgnoreCase(title) || BOILERPLATE_LINE.matcher(text).matches()) {
      return false;
    }
    int words = wordCount(text);
    if (words <= 4 && !endsLikeSentence(text)) {
      return false;
    }
    int linkText = textLength(block.select(LINKS));
    return linkText * 2 <= text.length(); // a line that is mostly links is navigation
  }

  private static boolean endsLikeSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.'
        || last == '!'
        || last == '?'
        || last == '"'
        || last == '\u201d'
        || last == ')';
  }

  private static int textLength(Elements elements) {
    int length = 0;
    for (Element element : elements) {
      length += element.text().length();
    }
    return length;
  }

  static String normalize(String text) {
    return SPACE_RUN.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
  }

  static int wordCount(String text) {
    return NewsText.wordCount(text);
  }
}
