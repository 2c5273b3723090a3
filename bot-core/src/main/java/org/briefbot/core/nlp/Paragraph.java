package org.briefbot.core.nlp;

/** One paragraph (a line or a block between blank lines) of a story, with what role it plays. */
public record Paragraph(TextSpan span, Kind kind) {

  /** What a paragraph is in the layout of a news story; only {@link #BODY} is prose to analyse. */
  public enum Kind {
    /** A one- or two-word section label above the headline ("World"). */
    SECTION_LABEL,
    HEADLINE,
    /** The headline again, as many pages print it twice. */
    REPEATED_HEADLINE,
    /** A line that is only a date ("Mar 23, 2024"). */
    DATE,
    /** "By Jane Doe" or "By Jane Doe, Reuters". */
    BYLINE,
    BODY,
    /** "Source: Xinhua", "(Reporting by …; Editing by …)", "Copyright …" and the like. */
    TRAILER
  }

  public boolean isBody() {
    return kind == Kind.BODY;
  }
}
