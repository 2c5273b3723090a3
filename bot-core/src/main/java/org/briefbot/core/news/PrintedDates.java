package org.briefbot.core.news;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The publication date as printed under a headline, for pages that give it nowhere else: "April 30,
 * 2019", "Published 7:00 AM ET Thu, 3 Jan 2019", "30 avril 2019", "2019-04-30". The short lines
 * that follow the {@code <h1>} up to the first paragraph of prose are read; a date that follows
 * "Updated" or "Modified" is passed over. Month names are English or of the page's language. The
 * day is taken as a UTC date (the printed time of day and its zone are not read).
 */
final class PrintedDates {
  /** Lines after the headline that are read before giving up. */
  private static final int MAX_LINES = 12;

  /** A longer line is prose: the story has begun and its dates are not the publication date. */
  private static final int MAX_LINE_CHARS = 160;

  private static final Evaluator H1 = QueryParser.parse("h1");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern CHANGED =
      Pattern.compile("(?i)\\b(?:updated|modified|edited|revised)\\b");
  private static final Pattern PUBLISHED =
      Pattern.compile("(?i)\\b(?:published|posted|first published)\\b");

  private PrintedDates() {}

  /** The date printed under the page's headline, if any. */
  static Optional<Instant> underHeadline(Document document, Optional<String> language) {
    Element h1 = document.selectFirst(H1);
    if (h1 == null) {
      return Optional.empty();
    }
    Map<String, Month> months = months(language);
    int lines = 0;
    // Document order after the headline; a short element is read as one line (so that "Updated"
    // in it stays beside its date), a long one is entered unless its own text is prose.
    Element element = nextAfter(h1);
    while (element != null && lines < MAX_LINES) {
      String whole = spacedText(element);
      if (whole.isEmpty()) {
        element = nextAfter(element);
        continue;
      }
      if (whole.length() <= MAX_LINE_CHARS) {
        lines++;
        Optional<LocalDate> date = inLine(whole, months);
        if (date.isPresent()) {
          return Optional.of(date.get().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        element = nextAfter(element);
      } else if (ArticleExtractor.normalize(element.ownText()).length() > MAX_LINE_CHARS / 2) {
        return Optional.empty(); // the story has begun
      } else {
        element = element.childrenSize() > 0 ? element.child(0) : nextAfter(element);
      }
    }
    return Optional.empty();
  }

  /**
   * The publication date in one printed line: the one after "Published" when the line names
   * several, never one after "Updated".
   */
  static Optional<LocalDate> inLine(String line, Map<String, Month> months) {
    Matcher published = PUBLISHED.matcher(line);
    Matcher changed = CHANGED.matcher(line);
    int from = 0;
    int to = line.length();
    if (published.find()) {
      from = published.end();
      if (changed.find(from)) {
        to = changed.start();
      }
    } else if (changed.find()) {
      if (changed.start() == 0) {
        return Optional.empty(); // "Updated April 30, 2019": when it changed, not when it came out
      }
      to = changed.start();
    }
    return firstDate(line.substring(from, to), months);
  }

  private static Optional<LocalDate> firstDate(String text, Map<String, Month> months) {
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    Matcher dmy = DAY_MONTH_YEAR.matcher(text);
    while (dmy.find() && dmy.start() < bestAt) {
      Optional<LocalDate> date = date(dmy.group(3), months.get(key(dmy.group(2))), dmy.group(1));
      if (date.isPresent()) {
        best = date;
        bestAt = dmy.start();
        break;
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(text);
    while (mdy.find() && mdy.start() < bestAt) {
      Optional<LocalDate> date = date(mdy.group(3), months.get(key(mdy.group(1))), mdy.group(2));
      if (date.isPresent()) {
        best = date;
        bestAt = mdy.start();
        break;
      }
    }
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find() && iso.start() < bestAt) {
      try {
        best =
            Optional.of(
                LocalDate.of(
                    Integer.parseInt(iso.group(1)),
                    Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
      } catch (DateTimeException notADate) {
        // keep what was found
      }
    }
    return best;
  }

  private static Optional<LocalDate> date(String year, Month month, String day) {
    if (month == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  /**
   * Month names, full and short, in English and in the page's language ("avril", "Mai", "sept").
   */
  static Map<String, Month> months(Optional<String> language) {
    Map<String, Month> months = new HashMap<>();
    Locale page =
        language.map(tag -> Locale.forLanguageTag(tag.replace('_', '-'))).orElse(Locale.ENGLISH);
    for (Locale locale :
        page.getLanguage().equals("en") || page.getLanguage().isEmpty()
            ? new Locale[] {Locale.ENGLISH}
            : new Locale[] {page, Locale.ENGLISH}) {
      for (Month month : Month.values()) {
        for (TextStyle style :
            new TextStyle[] {
              TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE
            }) {
          String name = key(month.getDisplayName(style, locale));
          if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
            months.putIfAbsent(name, month);
          }
        }
      }
    }
    months.putIfAbsent("sept", Month.SEPTEMBER);
    return months;
  }

  private static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /**
   * The element's text with a space between the texts of its children ("By Ines Calloway" "April
   * 30, 2019").
   */
  private static String spacedText(Element element) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode textNode) {
            text.append(textNode.text()).append(' ');
          }
        },
        element);
    return ArticleExtractor.normalize(text.toString());
  }

  /** The next element in document order after {@code element} and its children. */
  private static Element nextAfter(Element element) {
    for (Element at = element; at != null; at = at.parent()) {
      Element sibling = at.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }
}
