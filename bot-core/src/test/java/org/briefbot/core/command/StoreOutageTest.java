package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
 * PostgreSQL away (the connections to it cut, new ones refused) and back: an answer that needs the
 * database says within a couple of seconds that the store is unavailable, and answers as usual once
 * the database is back, with nothing restarted.
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
    String direct = postgres.freshDatabaseUrl("outage");
    java.net.URI address = java.net.URI.create(direct.substring("jdbc:".length()));
    try (CuttableProxy proxy = new CuttableProxy(address.getPort());
        Database database =
            Database.open(
                direct.replace(":" + address.getPort() + "/", ":" + proxy.port() + "/"),
                "postgres",
                null);
        NewsIngestion news =
            new NewsIngestion(
                database,
                new HttpFetcher(FetchSettings.defaults(), HostResolver.system()),
                text -> {
                  throw new AssertionError("no feed is read");
                },
                new MutableClock(Instant.parse("2026-06-01T08:00:00Z")),
                1)) {
      CommandRouter router = new CommandRouter(List.of(new FeedsCommand(news)), List.of());
      Requester asker = new Requester("u1", "Ana", Set.of(Permission.MANAGE_FEEDS));
      Place channel = Place.channel(Platform.DISCORD, "guild-1", "news-room");
      Reply before = router.dispatchText("/feeds list", asker, channel);
      assertThat(before.isError()).as(text(before)).isFalse();

      proxy.cut();
      long started = System.nanoTime();
      Reply during = router.dispatchText("/feeds list", asker, channel);
      Duration waited = Duration.ofNanos(System.nanoTime() - started);
      assertThat(during.isError()).isTrue();
      assertThat(text(during)).isEqualTo(StoreUnavailable.MESSAGE);
      assertThat(waited).isLessThan(Database.CONNECTION_TIMEOUT.plusSeconds(3));

      // Back: the pool drops the connections that broke and opens new ones; the asker at most
      // hears the same sentence once more.
      proxy.restore();
      Reply after = router.dispatchText("/feeds list", asker, channel);
      for (int asked = 1; after.isError() && asked < 20; asked++) {
        assertThat(text(after)).isEqualTo(StoreUnavailable.MESSAGE);
        Thread.sleep(250);
        after = router.dispatchText("/feeds list", asker, channel);
      }
      assertThat(after.isError()).as(text(after)).isFalse();
      assertThat(text(after)).isEqualTo(text(before));
    }
  }

  private static String text(Reply reply) {
    return reply.sections().stream()
        .flatMap(section -> section.text().stream())
        .reduce("", (a, b) -> a + b);
  }
}
