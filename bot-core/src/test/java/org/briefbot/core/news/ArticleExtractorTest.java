package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The extractor on saved pages of different layouts (written for these tests): each must yield the
 * story's first and last paragraphs and none of the page furniture around them.
 */
class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  static byte[] page(String name) {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/news/pages/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Article extract(String name, String url) {
    String type = name.endsWith(".xhtml") ? "application/xhtml+xml" : "text/html";
    return extractor.extract(page(name), Optional.empty(), type, HttpUrl.get(url));
  }

  @Test
  void classicNewsPageKeepsTheStoryAndDropsAdsLinksAndSidebars() {
    Article article =
        extract(
            "classic-news.html",
            "https://ledger.example/local/2024/03/flood-wall-vote?utm_source=rss");

    assertThat(article.title()).isEqualTo("Harbor City council votes to rebuild flood wall");
    assertThat(article.outlet()).isEqualTo("The Harbor Ledger");
    assertThat(article.author()).contains("Marisol Teague and Dev Okafor");
    assertThat(article.publishedAt()).contains(Instant.parse("2024-03-14T21:05:00Z"));
    assertThat(article.canonicalUrl())
        .isEqualTo("https://ledger.example/local/2024/03/flood-wall-vote");
    assertThat(article.paragraphs()).hasSize(8);
    assertThat(article.paragraphs().get(0))
        .startsWith("The Harbor City council voted 7-2 on Thursday night");
    assertThat(article.paragraphs().get(7)).endsWith("who had voted for the wall.");
    assertThat(article.body())
        .doesNotContain(
            "ADVERTISEMENT",
            "Read more",
            "Most read",
            "Ferry fares",
            "Subscribe now",
            "Share this story",
            "Copyright",
            "Workers inspect");
  }

  @Test
  void blogPostLeavesCommentsAndWidgetsOutAndFindsTheAuthorInTheJsonLdGraph() {
    Article article = extract("wordpress-blog.html", "https://fieldnotes.example/pears/");

    assertThat(article.title()).isEqualTo("Why the valley orchard co-op is betting on pears");
    assertThat(article.outlet()).isEqualTo("Fieldnotes Weekly");
    assertThat(article.author()).contains("Hollis Varga");
    assertThat(article.publishedAt()).contains(Instant.parse("2023-10-02T08:30:00Z"));
    assertThat(article.paragraphs().get(0))
        .startsWith("For forty years the Linden Valley orchard cooperative");
    assertThat(article.paragraphs())
        .last()
        .asString()
        .isEqualTo(
            "The co-op expects to sell its first pears at the valley's harvest market in 2027.");
    assertThat(article.body())
        .doesNotContain(
            "A slow payoff",
            "I have been buying",
            "Leave a Reply",
            "Recent Posts",
            "Hops growers",
            "Tagged");
  }

  @Test
  void tableLayoutWithBrokenLinesGivesParagraphsAndTheTitleFromTheTitleTag() {
    Article article = extract("div-soup.html", "http://courier.example/news/rail-strike.html");

    assertThat(article.title()).isEqualTo("Rail strike called off hours before deadline");
    assertThat(article.outlet()).isEqualTo("Northern Courier");
    assertThat(article.paragraphs()).hasSize(6);
    assertThat(article.paragraphs().get(0))
        .startsWith("A planned 48-hour strike on the northern rail network");
    assertThat(article.paragraphs().get(5))
        .isEqualTo("The ballot on the agreement will close at the end of the month.");
    assertThat(article.body())
        .doesNotContain("Today's poll", "Print this page", "Archive", "Published 9 June");
  }

  @Test
  void teasersOfOtherStoriesInSidebarsAndTheNewsletterBoxStayOut() {
    Article article =
        extract(
            "main-with-sidebars.html",
            "https://skyward.example/space/tessaly-tenth-moon?fbclid=abc");

    assertThat(article.title())
        .isEqualTo("Observatory finds a tenth moon around the gas giant Tessaly-b");
    assertThat(article.outlet()).isEqualTo("Skyward Science Desk");
    assertThat(article.author()).contains("Priya Chandrasekar");
    assertThat(article.publishedAt()).contains(Instant.parse("2021-11-30T00:00:00Z"));
    assertThat(article.canonicalUrl())
        .isEqualTo("https://skyward.example/space/tessaly-tenth-moon");
    assertThat(article.paragraphs().get(0))
        .startsWith("Astronomers at the Corvid Ridge Observatory");
    assertThat(article.body()).contains("\"Every time we thought the count was finished");
    assertThat(article.paragraphs())
        .last()
        .asString()
        .isEqualTo(
            "The findings were accepted for publication in a planetary science journal this week.");
    assertThat(article.body())
        .doesNotContain("Glacier", "battery", "Comet", "Sign up", "Advertisement");
  }

  @Test
  void charsetDeclaredOnlyInTheMetaTagIsHonouredAndTheBylineBecomesTheAuthor() {
    Article article = extract("latin1-meta-charset.html", "https://bulletin.example/cafe-fee");

    assertThat(article.title()).isEqualTo("Caf\u00e9 owners fight the new terrace fee");
    assertThat(article.author()).contains("Ren\u00e9e M\u00fcller");
    assertThat(article.paragraphs().get(0))
        .contains("caf\u00e9s along Riverside Quay", "\u00a33,000");
    assertThat(article.body())
        .contains("Jos\u00e9 Albuquerque")
        .doesNotContain("By Ren\u00e9e", "\uFFFD");
  }

  @Test
  void charsetFromTheHeaderWinsOverTheDefault() {
    byte[] latin1 =
        ("<html><body><article>"
                + "<p>Le caf\u00e9 du port a rouvert ses portes ce matin apr\u00e8s des travaux, "
                + "and the owners said the new terrace would seat forty people when the weather allows it again this spring.</p>")
            .repeat(3)
            .getBytes(StandardCharsets.ISO_8859_1);
    Article article =
        extractor.extract(
            latin1,
            Optional.of(StandardCharsets.ISO_8859_1),
            "text/html",
            HttpUrl.get("https://port.example/cafe"));
    assertThat(article.body()).contains("caf\u00e9 du port", "apr\u00e8s");
  }

  @Test
  void xhtmlPageIsRead() {
    Article article = extract("xhtml-article.xhtml", "https://gazette.example/library-tools");

    assertThat(article.title()).isEqualTo("Town library opens a tool-lending shelf");
    assertThat(article.outlet()).isEqualTo("Elm Falls Gazette");
    assertThat(article.author()).contains("Corinne Abara");
    assertThat(article.publishedAt()).contains(Instant.parse("2020-05-06T10:00:00Z"));
    assertThat(article.paragraphs()).hasSize(5);
  }

  @Test
  void paywallPhrasesAreFoundInAnyCaseAndNearMissesAreNot() {
    assertThat(ArticleExtractor.hasPaywallWords("Story teaser. SUBSCRIBE TO CONTINUE reading."))
        .isTrue();
    assertThat(
            ArticleExtractor.hasPaywallWords(
                "You have reached your Limit Of Free Articles this month"))
        .isTrue();
    assertThat(ArticleExtractor.hasPaywallWords("Unlock this story for a dollar")).isTrue();
    assertThat(
            ArticleExtractor.hasPaywallWords(
                "Newspaper subscriptions fell by a third, the report found."))
        .isFalse();
    assertThat(ArticleExtractor.hasPaywallWords("The council met on Monday.")).isFalse();
  }

  @Test
  void paywallStubIsRefusedAsAPaywall() {
    assertThatThrownBy(() -> extract("paywall-stub.html", "https://quarry.example/mill"))
        .isInstanceOf(FetchException.class)
        .hasMessage("That article is behind a paywall; Briefbot can only see its first lines.");
  }

  @Test
  void indexPageIsRefusedAsNoArticle() {
    assertThatThrownBy(() -> extract("no-article-index.html", "https://ledger.example/"))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("That page has no article text Briefbot can read");
  }

  @Test
  void aCanonicalLinkToAnotherSiteIsIgnored() {
    String html =
        new String(page("xhtml-article.xhtml"), StandardCharsets.UTF_8)
            .replace(
                "<head>",
                "<head><link rel=\"canonical\" href=\"https://other-outlet.example/their-story\" />");
    Article article =
        extractor.extract(
            html.getBytes(StandardCharsets.UTF_8),
            Optional.empty(),
            "text/html",
            HttpUrl.get("https://gazette.example/library-tools?utm_campaign=x"));
    assertThat(article.canonicalUrl()).isEqualTo("https://gazette.example/library-tools");
  }

  @Test
  void plainTextPageTakesItsFirstShortLineAsTheTitle() {
    String text =
        "Ferry service resumes after storm\n\n"
            + "The ferry between the harbor and the islands resumed its full timetable on Monday morning after three days in which storms kept every boat in port. "
                .repeat(2)
            + "\n\nOperators said the first sailings were full of islanders returning home and of supplies for the shops, which had run short of bread and milk over the weekend.";
    Article article =
        extractor.extract(
            text.getBytes(StandardCharsets.UTF_8),
            Optional.empty(),
            "text/plain",
            HttpUrl.get("https://isles.example/ferry.txt"));
    assertThat(article.title()).isEqualTo("Ferry service resumes after storm");
    assertThat(article.paragraphs()).hasSize(2);
    assertThat(article.outlet()).isEqualTo("isles.example");
  }
}
