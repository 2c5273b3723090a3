package org.briefbot.core.news;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.opml.io.impl.OPML10Parser;
import com.rometools.opml.io.impl.OPML20Generator;
import com.rometools.opml.io.impl.OPML20Parser;
import com.rometools.rome.io.FeedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * A list of feeds in OPML, the format feed readers import and export: read with Rome's OPML 1.0 and
 * 2.0 parsers (the XML parsed with no document type and no external entity), written with its OPML
 * 2.0 generator. Folders (outlines within outlines) are read through; an outline without an {@code
 * xmlUrl} and a feed listed twice are counted, not read.
 *
 * @param feeds the feeds listed, each once, in the file's order
 * @param withoutAddress outlines that name no feed (no {@code xmlUrl}), folders not counted
 * @param listedTwice feeds listed again after their first outline
 * @param folders outlines that hold other outlines
 */
public record FeedList(List<Entry> feeds, int withoutAddress, int listedTwice, int folders) {
  /** The largest OPML file read: a feed list of a few thousand feeds. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** The most feeds one import reads: each is fetched before it is added. */
  public static final int MAX_FEEDS = 100;

  /** A feed of the list: its address and the name the list gives it. */
  public record Entry(String url, Optional<String> title) {}

  public FeedList {
    feeds = List.copyOf(feeds);
  }

  /**
   * The feeds an OPML file lists.
   *
   * @throws UserFacingException with one sentence when the file is too large, not XML, not OPML,
   *     lists no feed or too many
   */
  public static FeedList read(byte[] bytes) {
    checkSize(bytes.length);
    if (bytes.length == 0) {
      throw new UserFacingException("That file is empty; an OPML feed list was expected.");
    }
    Document document;
    try {
      document = saxBuilder().build(new ByteArrayInputStream(bytes));
    } catch (JDOMException | IOException notXml) {
      throw new UserFacingException(
          "That file is not an OPML feed list: it is not well-formed XML without a document type.");
    }
    Opml opml = parse(document);
    Map<String, Entry> seen = new LinkedHashMap<>();
    int[] counts = new int[3]; // without address, listed twice, folders
    collect(opml.getOutlines(), seen, counts);
    if (seen.isEmpty()) {
      throw new UserFacingException(
          "That OPML file lists no feed: none of its "
              + counts[0]
              + " outlines has an xmlUrl attribute.");
    }
    if (seen.size() > MAX_FEEDS) {
      throw new UserFacingException(
          "That OPML file lists "
              + seen.size()
              + " feeds; Briefbot imports at most "
              + MAX_FEEDS
              + " at a time, so split it into smaller files.");
    }
    return new FeedList(new ArrayList<>(seen.values()), counts[0], counts[1], counts[2]);
  }

  /**
   * Refuses a file too large to be a feed list Briefbot reads, before it is read.
   *
   * @throws UserFacingException past {@link #MAX_BYTES}
   */
  public static void checkSize(long bytes) {
    if (bytes > MAX_BYTES) {
      throw new UserFacingException(
          "That file is "
              + kilobytes(bytes)
              + " KB; an OPML feed list Briefbot reads is at most "
              + kilobytes(MAX_BYTES)
              + " KB.");
    }
  }

  private static Opml parse(Document document) {
    String root = document.getRootElement().getName();
    if (!root.equalsIgnoreCase("opml")) {
      throw new UserFacingException(
          "That file is not an OPML feed list: its root element is <"
              + root
              + ">, not <opml>"
              + (root.equals("rss") || root.equals("feed")
                  ? " (it is a feed itself: /feeds add its address)."
                  : "."));
    }
    try {
      OPML20Parser opml20 = new OPML20Parser();
      Object parsed =
          opml20.isMyType(document)
              ? opml20.parse(document, false, Locale.ROOT)
              : new OPML10Parser().parse(document, false, Locale.ROOT);
      return (Opml) parsed;
    } catch (FeedException | IllegalArgumentException unreadable) {
      throw new UserFacingException(
          "That file is not an OPML feed list Briefbot can read: its <opml> holds no <body> of outlines.");
    }
  }

  private static void collect(List<Outline> outlines, Map<String, Entry> seen, int[] counts) {
    for (Outline outline : outlines) {
      String url = outline.getXmlUrl() == null ? "" : outline.getXmlUrl().strip();
      if (!url.isEmpty()) {
        if (seen.containsKey(url)) {
          counts[1]++;
        } else {
          seen.put(url, new Entry(url, title(outline)));
        }
      } else if (outline.getChildren().isEmpty()) {
        counts[0]++;
      }
      if (!outline.getChildren().isEmpty()) {
        counts[2]++;
        collect(outline.getChildren(), seen, counts);
      }
    }
  }

  private static Optional<String> title(Outline outline) {
    String title = outline.getTitle() != null ? outline.getTitle() : outline.getText();
    return Optional.ofNullable(title).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** An OPML 2.0 document listing {@code feeds} under {@code title}, as UTF-8 text. */
  public static String write(String title, List<Entry> feeds) {
    Opml opml = new Opml();
    opml.setFeedType("opml_2.0");
    opml.setTitle(title);
    opml.setEncoding("UTF-8");
    List<Outline> outlines = new ArrayList<>(feeds.size());
    for (Entry feed : feeds) {
      Outline outline = new Outline();
      String name = feed.title().orElse(feed.url());
      outline.setText(name);
      outline.setTitle(name);
      outline.setType("rss");
      outline.getAttributes().add(new com.rometools.opml.feed.opml.Attribute("xmlUrl", feed.url()));
      outlines.add(outline);
    }
    opml.setOutlines(outlines);
    try {
      Document document = new OPML20Generator().generate(opml);
      StringWriter out = new StringWriter();
      new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).output(document, out);
      return out.toString();
    } catch (FeedException | IOException impossible) {
      throw new IllegalStateException("an OPML document could not be written", impossible);
    }
  }

  /** A parser that reads no document type and resolves no external entity. */
  private static SAXBuilder saxBuilder() {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setExpandEntities(false);
    return builder;
  }

  private static long kilobytes(long bytes) {
    return (bytes + 1023) / 1024;
  }
}
