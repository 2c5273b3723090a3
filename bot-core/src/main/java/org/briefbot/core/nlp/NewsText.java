package org.briefbot.core.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns raw story text into a {@link NewsDocument}: checks that it is text a person could mean,
 * converts HTML pasted as text, folds typography, and tells the headline, date line, byline,
 * dateline and trailers apart from the body. Pure and thread-safe.
 */
public final class NewsText {

  /** Longest text analysed; a story of 150,000 words is far past any news story. */
  public static final int MAX_CHARS = 1_000_000;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:By|BY|by)\\s+(\\p{Lu}[\\p{L}.'\\- ]{1,60}(?:,\\s*[\\p{L} .'\\-]{2,60})?)$");
  private static final Pattern TRAILER =
      Pattern.compile(
          "^(?:Source|Sources|SOURCE|Reporting by|Writing by|Editing by|Additional reporting|Copyright|©|\\(c\\)|All rights reserved"
              + "|Follow (?:us|him|her) on|Read more|Read the rest|Related:|Sign up|Click here|Share this|\\(Reporting by|\\(Writing by|\\(Editing by)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /**
   * Parsed once: jsoup parses a selector string at every call, here once for every ancestor of
   * every block.
   */
  private static final Evaluator TEXT_BLOCK_CONTAINERS = QueryParser.parse("p, li, blockquote");

  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s:\\-]+$");
  private static final Pattern SOURCE_TRAILER =
      Pattern.compile("^(?:Source|SOURCE)s?\\s*:\\s*(.{2,60})$");
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\w*,?\\s+)?"
              + "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\w*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
              + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\w*\\.?,?\\s+\\d{4}"
              + "|\\d{4}-\\d{2}-\\d{2})"
              + "(?:[ ,T]+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*[A-Z]{2,4}|Z|[+-]\\d{2}:?\\d{2})?)?\\s*$");

  /**
   * A dateline at the head of the first body paragraph: an all-capitals place ("WASHINGTON —"), or
   * a place with a country tag, a date or an agency ("Washington [US], March 23:", "LONDON, March 3
   * (Reuters) -"). A capitalised word alone before a colon is not one: "Blinken said:" must stay
   * prose.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?<place>\\p{Lu}[\\p{Lu} .'\\-]{1,40}?"
              + "|\\p{Lu}[\\p{L}.'\\-]+(?: \\p{Lu}[\\p{L}.'\\-]+){0,3}(?=\\s*[\\[(,]))"
              + "(?<tag>\\s*[\\[(][\\p{L} .]{2,30}[\\])])?"
              + "(?<date>,\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\w*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
              + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\w*\\.?(?:\\s+\\d{4})?))?"
              + "(?<agency>\\s*\\([\\p{L} .]{2,30}\\))?"
              + "\\s*(?::|--|[-\u2013\u2014])\\s+");

  private NewsText() {}

  /**
   * Parses a story.
   *
   * @throws UnsupportedTextException when the text is empty, too long, or not text at all
   */
  public static NewsDocument parse(String raw) {
    String text = checkedText(raw);
    if (looksLikeHtml(text)) {
      text = htmlToText(text);
      if (text.isBlank()) {
        throw new UnsupportedTextException("That HTML has no readable text in it.");
      }
    }
    String folded = fold(text);
    List<TextSpan> blocks = paragraphSpans(folded);
    List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
    Optional<String> title = Optional.empty();
    Optional<String> byline = Optional.empty();
    Optional<String> outlet = Optional.empty();
    Optional<String> dateline = Optional.empty();
    Optional<String> dateLine = Optional.empty();
    boolean inBody = false;
    for (TextSpan block : blocks) {
      String line = block.of(folded);
      Paragraph.Kind kind;
      Matcher byMatcher = BYLINE.matcher(line);
      if (byMatcher.matches() && wordCount(line) <= 10) {
        kind = Paragraph.Kind.BYLINE;
        byline = byline.or(() -> Optional.of(byMatcher.group(1).trim()));
      } else if (TRAILER.matcher(line).matches()
          && (inBody || wordCount(line) <= 12)
          && wordCount(line) <= 40) {
        kind = Paragraph.Kind.TRAILER;
        Matcher source = SOURCE_TRAILER.matcher(line);
        if (source.matches()) {
          outlet = outlet.or(() -> Optional.of(source.group(1).trim()));
        }
      } else if (DATE_LINE.matcher(line).matches()) {
        kind = Paragraph.Kind.DATE;
        dateLine = dateLine.or(() -> Optional.of(line));
      } else if (!inBody && !isProse(line)) {
        if (wordCount(line) <= 2 && title.isEmpty()) {
          kind = Paragraph.Kind.SECTION_LABEL;
        } else if (title.isPresent() && sameHeadline(title.get(), line)) {
          kind = Paragraph.Kind.REPEATED_HEADLINE;
        } else if (title.isEmpty()) {
          kind = Paragraph.Kind.HEADLINE;
          title = Optional.of(line);
        } else {
          kind = Paragraph.Kind.HEADLINE;
        }
      } else {
        kind = Paragraph.Kind.BODY;
        if (!inBody) {
          Matcher datelineMatcher = DATELINE.matcher(line);
          if (datelineMatcher.lookingAt() && datelineMatcher.end() < line.length()) {
            dateline =
                Optional.of(
                    TRAILING_SEPARATORS
                        .matcher(line.substring(0, datelineMatcher.end()))
                        .replaceAll("")
                        .trim());
            block = new TextSpan(block.start() + datelineMatcher.end(), block.end());
          }
        }
        inBody = true;
      }
      paragraphs.add(new Paragraph(block, kind));
    }
    if (paragraphs.stream().noneMatch(Paragraph::isBody)) {
      // A text of headline-like lines only (no sentence punctuation anywhere): still prose to read.
      paragraphs.replaceAll(
          p ->
              p.kind() == Paragraph.Kind.HEADLINE || p.kind() == Paragraph.Kind.SECTION_LABEL
                  ? new Paragraph(p.span(), Paragraph.Kind.BODY)
                  : p);
      if (paragraphs.stream().noneMatch(Paragraph::isBody)) {
        throw new UnsupportedTextException(
            "There is no story text in that, only a headline, date or byline.");
      }
      title = Optional.empty();
    }
    return new NewsDocument(text, folded, title, byline, outlet, dateline, dateLine, paragraphs);
  }

  /**
   * Maps typographic characters to their ASCII look-alikes one for one, so that offsets into the
   * folded text are offsets into the original: curly quotes, primes and guillemets to straight
   * quotes, dashes and minus to a hyphen, exotic spaces to a space.
   */
  public static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] =
          switch (chars[i]) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0',
                '\u2002',
                '\u2003',
                '\u2007',
                '\u2009',
                '\u200A',
                '\u202F',
                '\u205F',
                '\u3000',
                '\t' ->
                ' ';
            default -> chars[i];
          };
    }
    return new String(chars);
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /** "Zoë" → "Zoe", "André" → "Andre": the letters without their accents. */
  public static String withoutAccents(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        return COMBINING_MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("");
      }
    }
    return text;
  }

  /** Whether a line reads like a sentence of prose rather than a headline or label. */
  static boolean isProse(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    boolean terminal =
        last == '.'
            || last == '!'
            || last == '?'
            || last == '"'
            || last == '\''
            || last == ')'
            || last == ':';
    return (terminal && wordCount(trimmed) >= 4) || wordCount(trimmed) > 25;
  }

  /** Words as runs of non-space characters. */
  public static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static boolean sameHeadline(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  /** Non-blank lines, trimmed; a paragraph is a line, as news feeds and wire copy lay them out. */
  private static List<TextSpan> paragraphSpans(String text) {
    List<TextSpan> spans = new ArrayList<>();
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int from = 0;
    while (true) {
      boolean found = breaks.find();
      int to = found ? breaks.start() : text.length();
      int start = from;
      int end = to;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        spans.add(new TextSpan(start, end));
      }
      if (!found) {
        return spans;
      }
      from = breaks.end();
    }
  }

  private static String checkedText(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new UnsupportedTextException("There is no text to read: the input is empty.");
    }
    if (raw.length() > MAX_CHARS) {
      throw new UnsupportedTextException(
          String.format(
              Locale.ROOT,
              "That text is too long (%,d characters); Briefbot reads stories of up to %,d.",
              raw.length(),
              MAX_CHARS));
    }
    int control = 0;
    int replacement = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == 0) {
        throw new UnsupportedTextException(
            "That is not text (it holds binary bytes); send a story as plain text or a link.");
      }
      if (c == '\uFFFD') {
        replacement++;
      } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control + replacement > Math.max(2, raw.length() / 50)) {
      throw new UnsupportedTextException(
          "That is not text (it holds binary bytes); send a story as plain text or a link.");
    }
    return raw.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
  }

  static boolean looksLikeHtml(String text) {
    String head =
        text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.startsWith("<body")
        || (head.startsWith("<")
            && (head.contains("<p>")
                || head.contains("<p ")
                || head.contains("<div")
                || head.contains("<br")));
  }

  /** Keeps block structure: one paragraph a line, so the story's paragraphs survive. */
  private static String htmlToText(String html) {
    Document document = Jsoup.parse(html);
    document
        .select("script, style, noscript, nav, header, footer, aside, form, figure figcaption")
        .remove();
    StringBuilder out = new StringBuilder();
    Element title = document.selectFirst("h1");
    if (title == null && !document.title().isBlank()) {
      out.append(document.title().strip()).append('\n');
    }
    for (Element block : document.select("h1, h2, h3, p, li, blockquote")) {
      if (block.parents().stream().anyMatch(parent -> parent.is(TEXT_BLOCK_CONTAINERS))) {
        continue; // already taken with its enclosing block
      }
      String line = block.text().strip();
      if (!line.isEmpty()) {
        out.append(line).append('\n');
      }
    }
    if (out.isEmpty()) {
      out.append(document.body() == null ? "" : document.body().wholeText().strip());
    }
    return out.toString().strip();
  }
}
