package org.briefbot.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTextTest {
  /** An invented story laid out the way news sites and wire copy print one. */
  static final String STORY =
      String.join(
          "\n",
          "Business",
          "Harbour city opens its first tidal power station",
          "",
          "Harbour city opens its first tidal power station",
          "Apr 2, 2025",
          "By Mara Quist, Coastal Wire",
          "",
          "PORTHAVEN, April 2 (Coastal Wire) — The city of Porthaven switched on its first tidal power station on Wednesday, "
              + "mayor Elin Sato said, calling it \u201Ca turning point for the coast.\u201D",
          "The station\u2019s twelve turbines will supply about 8,000 homes, the utility said.",
          "Source: Coastal Wire");

  @Test
  void tellsLayoutApartFromBody() {
    NewsDocument doc = NewsText.parse(STORY);
    assertThat(doc.title()).contains("Harbour city opens its first tidal power station");
    assertThat(doc.byline()).contains("Mara Quist, Coastal Wire");
    assertThat(doc.outlet()).contains("Coastal Wire");
    assertThat(doc.dateLine()).contains("Apr 2, 2025");
    assertThat(doc.dateline()).contains("PORTHAVEN, April 2 (Coastal Wire)");
    assertThat(doc.paragraphs())
        .extracting(Paragraph::kind)
        .containsExactly(
            Paragraph.Kind.SECTION_LABEL,
            Paragraph.Kind.HEADLINE,
            Paragraph.Kind.REPEATED_HEADLINE,
            Paragraph.Kind.DATE,
            Paragraph.Kind.BYLINE,
            Paragraph.Kind.BODY,
            Paragraph.Kind.BODY,
            Paragraph.Kind.TRAILER);
    assertThat(doc.bodyText())
        .startsWith("The city of Porthaven switched on")
        .doesNotContain("Source:")
        .doesNotContain("By Mara");
  }

  @Test
  void foldingKeepsOffsetsOfTheOriginal() {
    NewsDocument doc = NewsText.parse(STORY);
    assertThat(doc.folded()).hasSameSizeAs(doc.text());
    assertThat(doc.folded())
        .contains("\"a turning point for the coast.\"")
        .contains("station's")
        .doesNotContain("\u2014");
    Paragraph first = doc.bodyParagraphs().get(0);
    assertThat(first.span().of(doc.text())).startsWith("The city").endsWith("coast.\u201D");
  }

  @Test
  void aSpeakerBeforeAColonIsNotADateline() {
    NewsDocument doc =
        NewsText.parse("Minister Ray Okafor said: the budget will pass before the summer recess.");
    assertThat(doc.dateline()).isEmpty();
    assertThat(doc.bodyText()).startsWith("Minister Ray Okafor said:");
  }

  @Test
  void allCapitalsDatelineWithDashIsCut() {
    NewsDocument doc =
        NewsText.parse(
            "NAIROBI - Farmers in the highlands expect a record tea harvest this year, growers said.");
    assertThat(doc.dateline()).contains("NAIROBI");
    assertThat(doc.bodyText()).startsWith("Farmers in the highlands");
  }

  @Test
  void htmlPastedAsTextIsReadAsItsParagraphs() {
    NewsDocument doc =
        NewsText.parse(
            "<html><head><title>T</title><script>var x = 1;</script></head><body>"
                + "<h1>Bridge reopens after repairs</h1><p>The old bridge reopened on Monday after two years of repairs.</p>"
                + "<p>Traffic is expected to return to normal by Friday, officials said.</p></body></html>");
    assertThat(doc.title()).contains("Bridge reopens after repairs");
    assertThat(doc.bodyParagraphs()).hasSize(2);
    assertThat(doc.text()).doesNotContain("<p>").doesNotContain("var x");
  }

  @Test
  void textWithoutSentencePunctuationIsStillBody() {
    NewsDocument doc =
        NewsText.parse("storm closes schools across the valley\nroads flooded near the river");
    assertThat(doc.bodyParagraphs()).hasSize(2);
    assertThat(doc.title()).isEmpty();
  }

  @Test
  void badInputGetsAOneLineReason() {
    assertThatThrownBy(() -> NewsText.parse(""))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> NewsText.parse("  \n\t "))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> NewsText.parse("abc\u0000\u0001def"))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> NewsText.parse("a".repeat(NewsText.MAX_CHARS + 1)))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessageContaining("too long");
    assertThatThrownBy(() -> NewsText.parse("<html><body><script>x()</script></body></html>"))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessageContaining("no readable text");
    for (String input : List.of("", "\u0000")) {
      assertThatThrownBy(() -> NewsText.parse(input))
          .isInstanceOf(UnsupportedTextException.class)
          .message()
          .isNotBlank()
          .doesNotContain("\n")
          .doesNotContain("Exception");
    }
  }
}
