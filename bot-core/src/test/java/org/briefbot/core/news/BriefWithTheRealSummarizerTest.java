package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BriefCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.summary.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What /brief of a link shows a person when the story is summarized by the real summarizer, not a
 * stand-in.
 */
class BriefWithTheRealSummarizerTest {
  private static final List<String> SURGERY =
      List.of(
          "The village of Ostry will get its first doctor's surgery in twenty years after the regional health board approved the plan on Wednesday.",
          "The regional health board on Wednesday approved a plan for Ostry's first doctor's surgery in twenty years.",
          "A retired nurse who led the campaign said patients now drive an hour to see a doctor.",
          "The surgery will open in the old post office next spring with two doctors and a nurse.",
          "Building work is expected to start in the autumn.");

  @TempDir Path dataDir;

  @Test
  void theCardShowsTheSummarizersSentencesNotTheLeadRepeated() throws IOException {
    StoryAnalyzer analyzer = new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 2);
    try (TestNewsSite site = new TestNewsSite();
        Database database = Database.defaultH2(dataDir);
        NewsIngestion news =
            new NewsIngestion(
                database,
                new HttpFetcher(
                    FetchSettings.defaults().withAllowPrivateAddresses(true),
                    TestNewsSite.RESOLVER),
                analyzer,
                new MutableClock(Instant.parse("2024-06-01T08:00:00Z")),
                2);
        SearchIndex search = SearchIndex.inMemory()) {
      search.keepInStep(news.stories(), news.ingester(), Runnable::run);
      CommandRouter router =
          new CommandRouter(
              List.of(
                  new BriefCommand(
                      news.ingester(),
                      news.stories(),
                      analyzer,
                      search,
                      Clock.fixed(Instant.parse("2024-06-02T08:00:00Z"), ZoneOffset.UTC))),
              List.of());
      site.page(
          "valley.example",
          "/ostry",
          TestNewsSite.article("A village wins its long campaign", "Valley Post", null, SURGERY));

      Reply reply =
          router.dispatchText(
              "/brief " + site.url("valley.example", "/ostry"),
              new Requester("u1", "Ana", Set.of()),
              Place.channel(Platform.DISCORD, "G1", "C1"));

      assertThat(reply.isError()).isFalse();
      // The second sentence says the first again: the summary gives the nurse's point instead.
      assertThat(reply.sections().get(0).bullets()).containsExactly(SURGERY.get(0), SURGERY.get(2));
    }
  }
}
