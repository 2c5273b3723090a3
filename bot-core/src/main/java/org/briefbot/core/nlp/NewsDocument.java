package org.briefbot.core.nlp;

import java.util.List;
import java.util.Optional;

/**
 * A story's text with its layout recognised: headline, dateline, byline and trailers told apart
 * from the body paragraphs. Offsets in {@link #paragraphs()} index {@link #text()} and equally
 * {@link #folded()}, which has the same length (see {@link NewsText#fold}).
 *
 * @param text the text as given (or as extracted from HTML)
 * @param folded {@code text} with typographic quotes, dashes and spaces folded to ASCII, same
 *     length
 * @param title the headline, when the text has one
 * @param byline the author line without its "By", when the text has one
 * @param outlet the source named in a trailer ("Source: Xinhua"), when there is one
 * @param dateline the dateline cut from the first body paragraph ("Washington [US], March 23"), if
 *     any
 * @param dateLine a line that only carries the date, if any
 */
public record NewsDocument(
    String text,
    String folded,
    Optional<String> title,
    Optional<String> byline,
    Optional<String> outlet,
    Optional<String> dateline,
    Optional<String> dateLine,
    List<Paragraph> paragraphs) {

  public NewsDocument {
    if (folded.length() != text.length()) {
      throw new IllegalArgumentException("folded text must keep the offsets of the text");
    }
    paragraphs = List.copyOf(paragraphs);
  }

  public List<Paragraph> bodyParagraphs() {
    return paragraphs.stream().filter(Paragraph::isBody).toList();
  }

  /** The body paragraphs' text joined by blank lines: what a person would call "the story". */
  public String bodyText() {
    StringBuilder body = new StringBuilder();
    for (Paragraph paragraph : bodyParagraphs()) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(paragraph.span().of(text));
    }
    return body.toString();
  }
}
