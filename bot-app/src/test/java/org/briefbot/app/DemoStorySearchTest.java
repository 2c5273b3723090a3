package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.console.ConsoleRenderer;
import org.briefbot.app.news.DemoStories;
import org.briefbot.app.news.NewsSetup;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user sees over the bundled demo story, with the bot put together as the launcher does
 * it: database, the demo story, the search index on disk, the commands.
 */
class DemoStorySearchTest {
  private static final StoryAnalyzer ANALYZER = NewsSetup.analyzer(3);
  private static final Requester ASKER = new Requester("u1", "Ana", java.util.Set.of());
  private static final String HEADLINE =
      "Blinken reiterates U.S. opposition to Israeli invasion of Rafah";

  @TempDir static Path dataDir;

  @BeforeAll
  static void storeTheDemoStory() {
    try (Database database = Database.defaultH2(dataDir);
        NewsIngestion news = NewsIngestion.create(database, FetchSettings.defaults(), ANALYZER);
        SearchIndex search = SearchIndex.onDisk(dataDir.resolve("index"))) {
      search.keepInStep(news.stories(), news.ingester(), Runnable::run);
      assertThat(DemoStories.storeMissing(news.ingester())).isEqualTo(1);
    }
  }

  private interface Session {
    void use(CommandRouter router) throws Exception;
  }

  /**
   * A start of the bot over the stored demo story, its index caught up (or rebuilt) before the
   * first question.
   */
  private void withBot(Session session) throws Exception {
    try (Database database = Database.defaultH2(dataDir);
        NewsIngestion news = NewsIngestion.create(database, FetchSettings.defaults(), ANALYZER);
        SearchIndex search = SearchIndex.onDisk(dataDir.resolve("index"))) {
      NewsSetup.keepIndexInStep(search, news);
      assertThat(search.awaitReady(Duration.ofSeconds(30))).isTrue();
      DigestDelivery digests =
          new DigestDelivery(
              new DigestStore(database),
              news.stories(),
              news.feeds(),
              List.of(),
              BriefbotConfig.Digest.defaults().settings(),
              Clock.systemUTC());
      session.use(
          CommandSet.create(
              news,
              ANALYZER,
              search,
              digests,
              new org.briefbot.core.alert.AlertDelivery(
                  new org.briefbot.core.alert.AlertStore(database),
                  news.stories(),
                  news.feeds(),
                  List.of(),
                  org.briefbot.core.alert.AlertDelivery.AlertSettings.defaults(),
                  Clock.systemUTC())));
    }
  }

  private static Reply ask(CommandRouter router, String line) {
    return router.dispatchText(line, ASKER, Place.console());
  }

  private static Reply.QuoteCheck check(Reply reply) {
    return reply.sections().stream()
        .flatMap(s -> s.quoteCheck().stream())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void briefOfATopicFindsTheStoryByAWordOfItsBodyAndByStemsOfItsHeadline() throws Exception {
    withBot(
        router -> {
          for (String topic : new String[] {"Egypt", "israeli invasions", "\"ground operation\""}) {
            Reply reply = ask(router, "/brief " + topic);
            assertThat(reply.isError()).as(topic).isFalse();
            assertThat(reply.plainText()).as(topic).startsWith("1 stored story mentions it.");
            assertThat(reply.sections())
                .flatExtracting(Reply.Section::stories)
                .extracting(Reply.StoryLine::title)
                .as(topic)
                .containsExactly(HEADLINE);
          }
          Reply none = ask(router, "/brief volcano eruption");
          assertThat(none.isError()).isTrue();
          assertThat(none.plainText())
              .startsWith("No stored story mentions \u201Cvolcano eruption\u201D yet.");
        });
  }

  @Test
  void aMisquoteOfBlinkenShowsTheWordsLeftOut() throws Exception {
    withBot(
        router -> {
          Reply reply =
              ask(
                  router,
                  "/whosaid Hamas is responsible for the worst massacre since the Holocaust");

          assertThat(reply.title().orElseThrow()).contains("Blinken");
          assertThat(reply.sections().get(0).text().orElseThrow())
              .startsWith("Not the exact wording on record.");
          Reply.QuoteCheck check = check(reply);
          assertThat(check.exact()).isFalse();
          assertThat(check.runs(Reply.QuoteCheck.Mark.MISSING)).contains("of the Jewish people");
          assertThat(check.runs(Reply.QuoteCheck.Mark.ADDED)).isEmpty();
          assertThat(reply.sections())
              .flatExtracting(Reply.Section::fields)
              .extracting(Reply.Field::name)
              .contains("Outlet", "Date");
          assertThat(new ConsoleRenderer(200).render(reply))
              .contains("massacre {+of the Jewish people+} since the Holocaust");
        });
  }

  @Test
  void netanyahusWordsAreExact() throws Exception {
    withBot(
        router -> {
          Reply reply = ask(router, "/whosaid we will do it alone");

          assertThat(reply.title().orElseThrow()).contains("Netanyahu");
          assertThat(reply.sections().get(0).text())
              .contains("Exact: these are the words on record.");
          assertThat(check(reply).exact()).isTrue();
          assertThat(ask(router, "who said \"we will do it alone\"?").title())
              .isEqualTo(reply.title());
        });
  }

  @Test
  void blinkenIsFoundByEitherNameAndADescriptionIsNoName() throws Exception {
    withBot(
        router -> {
          for (String name : new String[] {"Blinken", "Antony Blinken"}) {
            Reply reply = ask(router, "/quotes " + name);
            assertThat(reply.title()).as(name).contains("What Antony Blinken said");
            assertThat(reply.sections())
                .flatExtracting(Reply.Section::stories)
                .extracting(Reply.StoryLine::title)
                .as(name)
                .isNotEmpty()
                .containsOnly(HEADLINE);
          }
          assertThat(ask(router, "/quotes the secretary").plainText())
              .contains("describes someone");
          assertThat(
                  router.suggestions(
                      "quotes", java.util.Optional.empty(), "person", "Blin", Place.console()))
              .contains("Antony Blinken");
        });
  }

  @Test
  void anIndexDeletedWhileTheBotWasStoppedIsRebuiltAndAnswersRightAfter() throws Exception {
    SearchIndex.deleteOnDisk(dataDir.resolve("index"));

    withBot(
        router -> {
          assertThat(ask(router, "/whosaid we will do it alone").title().orElseThrow())
              .contains("Netanyahu");
          assertThat(ask(router, "/brief Egypt").plainText())
              .startsWith("1 stored story mentions it.");
        });
  }
}
