package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The card around a story — date, headline, outlet, byline — from pages written for these tests,
 * one source of each at a time, around the same invented story.
 */
class StoryCardMetadataTest {
  private static final String STORY =
      """
      <p>The Brackwater town council voted on Tuesday to turn the closed rope works by the canal into a covered market,
      ending a dispute that had run for most of a decade and split the town's traders into two camps.</p>
      <p>Under the plan, forty stalls will open on the ground floor of the old works next spring, and the upper floor will
      be let to small workshops at rents the council has promised to hold for five years.</p>
      <p>Traders who sell on the square said the move would bring them out of the rain, while shop owners on the high street
      worried that shoppers would stop at the canal and never walk up the hill to their doors.</p>
      <p>The council's own survey found that most residents wanted the market, and that the works would cost less to repair
      than to pull down, a finding that settled the vote in the end.</p>
      """;
  private static final HttpUrl URL =
      HttpUrl.get("https://www.brackwater-post.example/town/rope-works-market");
  private static final Instant APRIL_30 = Instant.parse("2019-04-30T08:00:00Z");
  private static final Instant APRIL_30_DAY = Instant.parse("2019-04-30T00:00:00Z");

  private final ArticleExtractor extractor = new ArticleExtractor();

  private Article extract(String head, String header) {
    return extract(head, header, "en");
  }

  private Article extract(String head, String header, String language) {
    String html =
        "<!DOCTYPE html><html lang=\""
            + language
            + "\"><head><meta charset=\"utf-8\">"
            + head
            + "</head><body>"
            + "<nav><a href=\"/\">Home</a></nav><main><article><header>"
            + header
            + "</header>"
            + STORY
            + "</article></main>"
            + "<aside><ul><li><a href=\"/other\">Ferry fares rise</a> <time datetime=\"2026-11-30T10:00:00Z\">Yesterday</time></li></ul></aside>"
            + "</body></html>";
    return extractor.extract(
        html.getBytes(StandardCharsets.UTF_8), Optional.empty(), "text/html", URL);
  }

  // Dates, one source each, in order of trust.

  @Test
  void dateFromJsonLdOfATypeOtherThanNewsArticle() {
    Article article =
        extract(
            "<title>Market for the rope works</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"VideoObject\",\"name\":\"Rope works\",\"datePublished\":\"2019-04-30T08:00:00Z\"}"
                + "</script>",
            "<h1>Market for the rope works</h1>");
    assertThat(article.publishedAt()).contains(APRIL_30);
  }

  @Test
  void dateFromMicrodataInsideTheArticle() {
    Article article =
        extract(
            "<title>Market for the rope works</title>",
            "<h1>Market for the rope works</h1><meta itemprop=\"datePublished\" content=\"2019-04-30T08:00:00Z\">");
    assertThat(article.publishedAt()).contains(APRIL_30);
  }

  @Test
  void dateFromOpenGraphArticlePublishedTime() {
    Article article =
        extract(
            "<title>Market for the rope works</title>"
                + "<meta property=\"article:published_time\" content=\"2019-04-30T10:00:00+02:00\">",
            "<h1>Market for the rope works</h1>");
    assertThat(article.publishedAt()).contains(APRIL_30);
  }

  @Test
  void dateFromACommonMetaName() {
    Article article =
        extract(
            "<title>Market for the rope works</title><meta name=\"parsely-pub-date\" content=\"2019-04-30T08:00:00Z\">",
            "<h1>Market for the rope works</h1>");
    assertThat(article.publishedAt()).contains(APRIL_30);
  }

  @Test
  void dateFromTheTimeElementInTheArticleHeaderNotTheSidebarsNorTheUpdatedOne() {
    Article article =
        extract(
            "<title>Market for the rope works</title>",
            "<h1>Market for the rope works</h1>"
                + "<p class=\"meta\">By Ines Calloway · <time datetime=\"2019-04-30T08:00:00Z\">30 April</time>"
                + " · Updated <time class=\"updated\" datetime=\"2019-05-02T16:00:00Z\">2 May</time></p>");
    assertThat(article.publishedAt()).contains(APRIL_30);
  }

  @Test
  void anUpdatedTimeAloneIsNotTakenForThePublicationDate() {
    Article article =
        extract(
            "<title>Market for the rope works</title>",
            "<h1>Market for the rope works</h1><p>Updated <time class=\"updated\" datetime=\"2019-05-02T16:00:00Z\">2 May</time></p>");
    assertThat(article.publishedAt()).isEmpty();
  }

  @Test
  void dateFromTheTextUnderTheHeadline() {
    Article article =
        extract(
            "<title>Market for the rope works</title>",
            "<h1>Market for the rope works</h1><div class=\"info\"><span>By Ines Calloway</span><span>April 30, 2019</span></div>");
    assertThat(article.publishedAt()).contains(APRIL_30_DAY);
  }

  @Test
  void datePrintedWithATimeAndAnUpdateIsThePublishedOne() {
    Article article =
        extract(
            "<title>Market for the rope works</title>",
            "<h1>Market for the rope works</h1>"
                + "<div>Published 7:00 AM ET Thu, 3 Jan 2019 Updated 9:15 AM ET Fri, 4 Jan 2019</div>");
    assertThat(article.publishedAt()).contains(Instant.parse("2019-01-03T00:00:00Z"));
  }

  @Test
  void printedDatesInSeveralFormatsAndThePagesLanguage() {
    var english = PrintedDates.months(Optional.of("en"));
    assertThat(PrintedDates.inLine("Sept. 3, 2024 at 5:10 p.m.", english))
        .contains(LocalDate.of(2024, 9, 3));
    assertThat(PrintedDates.inLine("By Ines Calloway | 30th April 2019", english))
        .contains(LocalDate.of(2019, 4, 30));
    assertThat(PrintedDates.inLine("2019-04-30 08:00", english))
        .contains(LocalDate.of(2019, 4, 30));
    assertThat(PrintedDates.inLine("Updated April 30, 2019", english)).isEmpty();
    assertThat(
            PrintedDates.inLine("Publié le 30 avril 2019", PrintedDates.months(Optional.of("fr"))))
        .contains(LocalDate.of(2019, 4, 30));
    assertThat(
            PrintedDates.inLine(
                "30. April 2019, 08:00 Uhr", PrintedDates.months(Optional.of("de"))))
        .contains(LocalDate.of(2019, 4, 30));
    assertThat(PrintedDates.inLine("30 de abril de 2019", PrintedDates.months(Optional.of("es"))))
        .contains(LocalDate.of(2019, 4, 30));
  }

  @Test
  void publishedBeatsModifiedWhateverTheOrder() {
    Article article =
        extract(
            "<title>Market for the rope works</title>"
                + "<meta property=\"article:modified_time\" content=\"2020-01-01T00:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2020-01-01T00:00:00Z\","
                + "\"headline\":\"Market for the rope works\",\"datePublished\":\"2019-04-30T08:00:00Z\"}</script>",
            "<h1>Market for the rope works</h1>");
    assertThat(article.publishedAt()).contains(APRIL_30);
  }

  @Test
  void aPageWithNoDateAnywhereHasNone() {
    Article article =
        extract(
            "<title>Market for the rope works</title><meta property=\"article:modified_time\" content=\"2020-01-01T00:00:00Z\">",
            "<h1>Market for the rope works</h1><p class=\"byline\">By Ines Calloway</p>");
    assertThat(article.publishedAt()).isEmpty();
  }

  // Titles.

  @Test
  void titleFromOpenGraphWithoutTheSiteName() {
    Article article =
        extract(
            "<title>Allergies Health Center</title><meta property=\"og:site_name\" content=\"Brackwater Post\">"
                + "<meta property=\"og:title\" content=\"Rope works to become a covered market | Brackwater Post\">",
            "<h1>Rope works</h1>");
    assertThat(article.title()).isEqualTo("Rope works to become a covered market");
  }

  @Test
  void titleFromJsonLdHeadlineBeforeASectionTitle() {
    Article article =
        extract(
            "<title>Allergies Health Center</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"Article\",\"headline\":\"Rope works to become a covered market\"}</script>",
            "");
    assertThat(article.title()).isEqualTo("Rope works to become a covered market");
  }

  @Test
  void titleFromTheH1BeforeASectionTitle() {
    Article article =
        extract(
            "<title>Allergies Health Center</title>",
            "<h1>Rope works to become a covered market</h1>");
    assertThat(article.title()).isEqualTo("Rope works to become a covered market");
  }

  @Test
  void titleFromTheTitleTagWithoutTheSiteSuffix() {
    Article article =
        extract("<title>Rope works to become a covered market - Brackwater Post</title>", "");
    assertThat(article.title()).isEqualTo("Rope works to become a covered market");
    assertThat(article.outlet()).isEqualTo("Brackwater Post");
  }

  @Test
  void aDashInsideAHeadlineIsNotTakenForASiteSuffix() {
    Article article =
        extract(
            "<meta property=\"og:site_name\" content=\"Brackwater Post\">"
                + "<meta property=\"og:title\" content=\"Rope works to reopen - as a market\">",
            "");
    assertThat(article.title()).isEqualTo("Rope works to reopen - as a market");
  }

  // Outlet and byline.

  @Test
  void anOutletThatIsAnAddressIsShownAsTheBareHost() {
    Article article =
        extract(
            "<title>Market for the rope works</title><meta property=\"og:site_name\" content=\"http://www.brackwater-post.example\">",
            "<h1>Market for the rope works</h1>");
    assertThat(article.outlet()).isEqualTo("brackwater-post.example");
  }

  @Test
  void withoutASiteNameTheOutletIsTheHostWithoutWww() {
    Article article =
        extract("<title>Market for the rope works</title>", "<h1>Market for the rope works</h1>");
    assertThat(article.outlet()).isEqualTo("brackwater-post.example");
  }

  @Test
  void outletAndBylineFromJsonLd() {
    Article article =
        extract(
            "<title>Market for the rope works</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Market for the rope works\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Brackwater Post\"},"
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ines Calloway\"}]}</script>",
            "<h1>Market for the rope works</h1>");
    assertThat(article.outlet()).isEqualTo("The Brackwater Post");
    assertThat(article.author()).contains("Ines Calloway");
  }
}
