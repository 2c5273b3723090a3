package org.briefbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BriefCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.QuotesByCommand;
import org.briefbot.core.command.Requester;
import org.briefbot.core.command.WhoSaidCommand;
import org.briefbot.core.news.ArticleFetcher;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.NlpStoryAnalyzer;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.news.StoryIngester;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.StoryStore;
import org.briefbot.core.summary.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index on disk: kept in step with the store, caught up by its watermark, rebuilt when
 * lost.
 */
class SearchIndexTest {
  static final String LIBRARY =
      """
      Library stays open late

      The central library will stay open until ten at night on weekdays during the exam season, after a petition signed by nine hundred students.

      "Quiet is a resource like any other, and we have plenty of it," said head librarian Agnes Wren, who announced the change on Friday.

      Staff will work extra evening shifts, and security guards will patrol the car park after dark.
      """;
  static final String BRIDGE =
      """
      Old Mill bridge closed

      Engineers closed the Old Mill bridge to all traffic on Tuesday after an inspection found cracks in two of its steel supports.

      "We are not willing to take any chances with a structure that carries eight thousand vehicles a day," said Imogen Thale, the county's chief engineer.

      Drivers have been told to use the ring road, which adds about fifteen minutes to the journey.
      """;
  static final String ORCHARD =
      """
      Orchard harvest ends early

      Growers in the valley finished picking apples two weeks early after a dry and unusually warm summer ripened the fruit.

      "The trees gave us everything they had before the first frost," said Tomasz Wierzba, who runs the largest orchard in the valley.

      Cider makers said prices would rise because the apples were smaller than usual.
      """;

  private final StoryAnalyzer analyzer =
      new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 2);
  private final Requester asker = new Requester("u1", "Ana", java.util.Set.of());

  private StoryIngester ingester(Database database) {
    return new StoryIngester(
        ArticleFetcher.create(FetchSettings.defaults()),
        analyzer,
        new StoryStore(database),
        Clock.systemUTC());
  }

  private CommandRouter router(StoryIngester ingester, StoryStore store, SearchIndex search) {
    return new CommandRouter(
        List.of(
            new WhoSaidCommand(search),
            new QuotesByCommand(search),
            new BriefCommand(
                ingester,
                store,
                analyzer,
                search,
                Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC))),
        List.of());
  }

  /** Runs what it is given when told to: the background of a test. */
  static final class HeldExecutor implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }
  }

  @Test
  void storiesStoredBeforeAndAfterStartAreBothAnsweredAndAStoryIsIndexedOnce(@TempDir Path dir) {
    try (Database database = Database.defaultH2(dir)) {
      ingester(database).ingestText("library", LIBRARY);
    }
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      StoryIngester ingester = ingester(database);
      search.keepInStep(new StoryStore(database), ingester, Runnable::run);
      List<WhoSaidHit> before = search.quotes().whoSaid("quiet is a resource", 1);
      assertThat(before).extracting(WhoSaidHit::speaker).containsExactly("Agnes Wren");
      assertThat(before.get(0).storyTitle()).isEqualTo("Library stays open late");
      assertThat(before.get(0).context()).contains("said head librarian Agnes Wren");

      assertThat(search.quotes().whoSaid("not willing to take chances with a structure", 1))
          .isEmpty();
      ingester.ingestText("bridge", BRIDGE);
      assertThat(search.quotes().whoSaid("not willing to take chances with a structure", 1))
          .extracting(WhoSaidHit::speaker)
          .containsExactly("Imogen Thale");
      assertThat(search.stories().search("cracked supports", Instant.now(), 5).best())
          .extracting(StoryIndex.StoryHit::headline)
          .containsExactly("Old Mill bridge closed");

      ingester.ingestText("bridge", BRIDGE); // stored already: no second copy in the index
      assertThat(search.quotes().whoSaid("not willing to take chances with a structure", 5))
          .hasSize(1);
      assertThat(search.stories().size()).isEqualTo(2);
    }
  }

  /** Stores the library story with the index kept in step, then the bridge story without it. */
  private void storeTheBridgeWhileTheBotIsNotRunning(Path dir) {
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      StoryIngester ingester = ingester(database);
      search.keepInStep(new StoryStore(database), ingester, Runnable::run);
      ingester.ingestText("library", LIBRARY);
    }
    // A separate ingest (another store handle, no index) stores a story while the bot is stopped.
    try (Database database = Database.defaultH2(dir)) {
      ingester(database).ingestText("bridge", BRIDGE);
    }
  }

  /** Asks on a thread of its own, as a platform's answer worker does. */
  private static Thread asking(CompletableFuture<Reply> answer, Supplier<Reply> ask) {
    Thread thread = new Thread(() -> answer.complete(ask.get()), "asker");
    thread.start();
    return thread;
  }

  /** Until the asker waits for something, or has answered. */
  private static void untilWaitingOrDone(Thread asker) {
    while (asker.isAlive() && asker.getState() != Thread.State.TIMED_WAITING) {
      Thread.onSpinWait();
    }
  }

  @Test
  void aStoryStoredWhileTheBotWasNotRunningIsInTheFirstAnswersAfterAStart(@TempDir Path dir)
      throws Exception {
    storeTheBridgeWhileTheBotIsNotRunning(dir);
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      HeldExecutor background = new HeldExecutor();
      StoryIngester ingester = ingester(database);
      CommandRouter router = router(ingester, new StoryStore(database), search);
      search.keepInStep(new StoryStore(database), ingester, background);

      // The first answers are asked before the index has caught up with the store.
      CompletableFuture<Reply> brief = new CompletableFuture<>();
      CompletableFuture<Reply> quotes = new CompletableFuture<>();
      Thread briefAsker =
          asking(
              brief, () -> router.dispatchText("/brief cracked supports", asker, Place.console()));
      Thread quotesAsker =
          asking(quotes, () -> router.dispatchText("/quotes Thale", asker, Place.console()));
      untilWaitingOrDone(briefAsker);
      untilWaitingOrDone(quotesAsker);
      background.runAll();

      assertThat(brief.get().plainText()).isEqualTo("1 stored story mentions it.");
      assertThat(brief.get().sections())
          .flatExtracting(Reply.Section::stories)
          .extracting(Reply.StoryLine::title)
          .containsExactly("Old Mill bridge closed");
      assertThat(quotes.get().sections())
          .flatExtracting(Reply.Section::quotes)
          .extracting(Reply.QuoteLine::speaker, Reply.QuoteLine::quote)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "Imogen Thale",
                  "We are not willing to take any chances with a structure that carries eight"
                      + " thousand vehicles a day,"));
      // The story the index held before the stop answers as well.
      assertThat(
              router
                  .dispatchText(
                      "/whosaid quiet is a resource like any other", asker, Place.console())
                  .title())
          .hasValueSatisfying(title -> assertThat(title).contains("Agnes Wren, head librarian"));
    }
  }

  @Test
  void anAnswerWhileTheCatchUpTakesLongerSaysSoAndTheNextFindsTheStory(@TempDir Path dir) {
    storeTheBridgeWhileTheBotIsNotRunning(dir);
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      HeldExecutor background = new HeldExecutor();
      StoryIngester ingester = ingester(database);
      CommandRouter router = router(ingester, new StoryStore(database), search);
      search.keepInStep(new StoryStore(database), ingester, background);

      Reply meanwhile = router.dispatchText("/brief cracked supports", asker, Place.console());
      assertThat(meanwhile.plainText())
          .isEqualTo(
              "Briefbot has just started and is still catching up with the stories stored"
                  + " meanwhile; ask again in a moment.");
      assertThat(meanwhile.isError()).isFalse();

      background.runAll();
      assertThat(router.dispatchText("/brief cracked supports", asker, Place.console()).sections())
          .flatExtracting(Reply.Section::stories)
          .extracting(Reply.StoryLine::title)
          .containsExactly("Old Mill bridge closed");
    }
  }

  @Test
  void anIndexDeletedWhileStoppedIsRebuiltAndSaysStillIndexingMeanwhile(@TempDir Path dir)
      throws Exception {
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      StoryIngester ingester = ingester(database);
      search.keepInStep(new StoryStore(database), ingester, Runnable::run);
      ingester.ingestText("library", LIBRARY);
      ingester.ingestText("bridge", BRIDGE);
    }
    SearchIndex.deleteOnDisk(dir.resolve("index"));

    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      HeldExecutor background = new HeldExecutor();
      StoryIngester ingester = ingester(database);
      CommandRouter router = router(ingester, new StoryStore(database), search);
      search.keepInStep(new StoryStore(database), ingester, background);

      Reply meanwhile = router.dispatchText("/whosaid quiet is a resource", asker, Place.console());
      assertThat(meanwhile.plainText()).startsWith("Still indexing the stored stories (0 of 2)");
      assertThat(router.dispatchText("/brief bridge", asker, Place.console()).plainText())
          .startsWith("Still indexing");
      assertThat(router.dispatchText("/quotes Wren", asker, Place.console()).plainText())
          .startsWith("Still indexing");

      background.runAll();
      assertThat(search.awaitReady(Duration.ZERO)).isTrue();
      assertThat(search.stillIndexing()).isEmpty();
      assertThat(
              router.dispatchText("/whosaid quiet is a resource", asker, Place.console()).title())
          .contains("Agnes Wren, head librarian");
      assertThat(router.dispatchText("/brief bridge", asker, Place.console()).plainText())
          .startsWith("1 stored story mentions it.");
    }
  }

  @Test
  void anUnreadableIndexIsRebuiltFromTheStore(@TempDir Path dir) throws IOException {
    unreadableIndexIsRebuilt(dir, file -> true);
  }

  @Test
  void anIndexWhoseSegmentsAreDamagedButNotItsCommitIsRebuiltFromTheStore(@TempDir Path dir)
      throws IOException {
    unreadableIndexIsRebuilt(dir, file -> !file.getFileName().toString().startsWith("segments"));
  }

  private void unreadableIndexIsRebuilt(Path dir, java.util.function.Predicate<Path> damaged)
      throws IOException {
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      StoryIngester ingester = ingester(database);
      search.keepInStep(new StoryStore(database), ingester, Runnable::run);
      ingester.ingestText("orchard", ORCHARD);
    }
    try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals("write.lock"))
              .filter(damaged)
              .toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.onDisk(dir.resolve("index"))) {
      search.keepInStep(new StoryStore(database), ingester(database), Runnable::run);
      assertThat(search.quotes().whoSaid("the trees gave us everything", 1))
          .extracting(WhoSaidHit::speaker)
          .containsExactly("Tomasz Wierzba");
      assertThat(search.stories().search("apple harvest", Instant.now(), 5).total()).isEqualTo(1);
    }
  }

  @Test
  void storiesAnotherProcessStoresAreFoundWhenTheIndexCatchesUp(@TempDir Path dir) {
    try (Database database = Database.defaultH2(dir);
        SearchIndex search = SearchIndex.inMemory()) {
      search.keepInStep(new StoryStore(database), ingester(database), Runnable::run);
      // An ingester the index does not listen to: as if another process had stored the story.
      ingester(database).ingestText("orchard", ORCHARD);
      assertThat(search.quotes().whoSaid("the trees gave us everything", 1)).isEmpty();

      search.catchUp();

      assertThat(search.quotes().whoSaid("the trees gave us everything", 1))
          .extracting(WhoSaidHit::speaker)
          .containsExactly("Tomasz Wierzba");
    }
  }
}
