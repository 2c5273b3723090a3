package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.HostResolver;
import org.briefbot.core.news.HttpFetcher;
import org.briefbot.core.news.MutableClock;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.CuttableProxy;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.EmbeddedPostgresServer;
import org.briefbot.core.store.StoreUnavailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL away (the connections to it cut, new ones refused; or hung, accepting and never
 * answering) and back: an answer that needs the database says within seconds that the store is
 * unavailable, answers that need no database go on meanwhile on the same answer workers, and the
 * answers are as usual once the database is back, with nothing restarted.
 */
class StoreOutageTest {
  private static EmbeddedPostgresServer postgres;

  @BeforeAll
  static void startServer() throws IOException {
    postgres = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    postgres.close();
  }

  @Test
  void anAnswerThatNeedsTheDatabaseSaysTheStoreIsAwayQuicklyAndRecoversByItself() throws Exception {
    try (Outage outage = new Outage()) {
      Reply before = outage.feedsList();
      assertThat(before.isError()).as(text(before)).isFalse();

      outage.proxy.cut();
      long started = System.nanoTime();
      Reply during = outage.feedsList();
      Duration waited = Duration.ofNanos(System.nanoTime() - started);
      assertThat(during.isError()).isTrue();
      assertThat(text(during)).isEqualTo(StoreUnavailable.MESSAGE);
      assertThat(waited).isLessThan(Database.CONNECTION_TIMEOUT.plusSeconds(3));

      // Back: the pool drops the connections that broke and opens new ones; the asker at most
      // hears the same sentence once more.
      outage.proxy.restore();
      assertThat(text(outage.answeredAgain())).isEqualTo(text(before));
    }
  }

  @Test
  void aDatabaseThatAcceptsAndNeverAnswersIsCalledUnavailableWithinSeconds() throws Exception {
    try (Outage outage = new Outage()) {
      Reply before = outage.feedsList();
      assertThat(before.isError()).as(text(before)).isFalse();

      // The connection just used goes back to the pool unchecked: the next statement on it meets
      // the hung socket; a connection opened now meets a login that never ends.
      outage.proxy.hang();
      for (int asked = 0; asked < 2; asked++) {
        long started = System.nanoTime();
        Reply during = outage.feedsList();
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(text(during)).isEqualTo(StoreUnavailable.MESSAGE);
        assertThat(waited).isLessThan(Database.SOCKET_TIMEOUT.plusSeconds(3));
      }

      outage.proxy.restore();
      assertThat(text(outage.answeredAgain())).isEqualTo(text(before));
    }
  }

  @Test
  void answersThatNeedNoDatabaseAreNotQueuedBehindAnswersWaitingForIt() throws Exception {
    try (Outage outage = new Outage()) {
      AnswerWorkers workers =
          new AcknowledgementsFirst().answerWorkers("answer", 2, new LinkedBlockingQueue<>());
      try {
        Reply helpBefore = outage.ask("/help");
        outage.proxy.hang();
        List<CompletableFuture<Reply>> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          waiting.add(CompletableFuture.supplyAsync(outage::feedsList, workers));
        }
        Reply help =
            CompletableFuture.supplyAsync(() -> outage.ask("/help"), workers)
                .get(30, TimeUnit.SECONDS);

        assertThat(help.isError()).as(text(help)).isFalse();
        assertThat(text(help)).isEqualTo(text(helpBefore));
        // Each of those waits at least the pool's check of a connection: none is over yet.
        assertThat(waiting).noneMatch(CompletableFuture::isDone);
        for (CompletableFuture<Reply> answer : waiting) {
          assertThat(text(answer.get(30, TimeUnit.SECONDS))).isEqualTo(StoreUnavailable.MESSAGE);
        }
      } finally {
        workers.shutdownNow();
      }
    }
  }

  /** A router over feeds kept in PostgreSQL behind a relay the test cuts or hangs. */
  private static final class Outage implements AutoCloseable {
    final CuttableProxy proxy;
    final Database database;
    final NewsIngestion news;
    final CommandRouter router;
    final Requester asker = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
    final Place channel = Place.channel(Platform.DISCORD, "guild-1", "news-room");

    Outage() throws Exception {
      String direct = postgres.freshDatabaseUrl("outage");
      java.net.URI address = java.net.URI.create(direct.substring("jdbc:".length()));
      proxy = new CuttableProxy(address.getPort());
      database = Database.open(proxy.relayed(direct), "postgres", null);
      news =
          new NewsIngestion(
              database,
              new HttpFetcher(FetchSettings.defaults(), HostResolver.system()),
              text -> {
                throw new AssertionError("no feed is read");
              },
              new MutableClock(Instant.parse("2026-06-01T08:00:00Z")),
              1);
      CommandRouter[] self = new CommandRouter[1];
      router =
          new CommandRouter(
              List.of(new FeedsCommand(news), new HelpCommand(() -> self[0].commands())),
              List.of());
      self[0] = router;
    }

    Reply ask(String text) {
      return router.dispatchText(text, asker, channel);
    }

    Reply feedsList() {
      return ask("/feeds list");
    }

    /** The answer once the database is back, asked again while it still says it is away. */
    Reply answeredAgain() throws InterruptedException {
      Reply after = feedsList();
      for (int asked = 1; after.isError() && asked < 40; asked++) {
        assertThat(text(after)).isEqualTo(StoreUnavailable.MESSAGE);
        Thread.sleep(250);
        after = feedsList();
      }
      assertThat(after.isError()).as(text(after)).isFalse();
      return after;
    }

    @Override
    public void close() throws IOException {
      news.close();
      database.close();
      proxy.close();
    }
  }

  private static String text(Reply reply) {
    return reply.sections().stream()
        .flatMap(section -> section.text().stream())
        .reduce("", (a, b) -> a + b);
  }
}
