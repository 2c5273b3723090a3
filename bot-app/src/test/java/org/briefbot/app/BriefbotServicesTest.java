package org.briefbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefbot.app.config.BriefbotConfig;
import org.briefbot.app.config.Secrets;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.command.Requester;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the core: the database and the search index open side by side; when either cannot be
 * opened the person is told which and why in one sentence (no stack trace), and an index that did
 * open is closed again.
 */
class BriefbotServicesTest {
  private static final Requester ASKER = new Requester("u1", "Ana", java.util.Set.of());
  private static final Place CONSOLE = Place.channel(Platform.DISCORD, "G1", "C1");

  @TempDir Path dataDir;

  private static BriefbotConfig config(String jdbcUrl) {
    return new BriefbotConfig(
        "",
        new BriefbotConfig.Storage(jdbcUrl, "sa"),
        new BriefbotConfig.Fetch(false, 5, 10),
        new BriefbotConfig.Summary(3),
        new BriefbotConfig.Console(100),
        BriefbotConfig.Digest.defaults(),
        null,
        BriefbotConfig.Slack.defaults());
  }

  private BriefbotServices open(String jdbcUrl) {
    return BriefbotServices.open(
        config(jdbcUrl), Secrets.load(Map.of(), ""), dataDir.resolve("index"), List.of());
  }

  @Test
  void aSecondStartAnswersFromTheStoredDemoStoryAndItsIndex() throws Exception {
    try (BriefbotServices first = open(Database.h2Url(dataDir))) {
      assertThat(first.search().awaitReady(java.time.Duration.ofSeconds(30))).isTrue();
    }
    try (BriefbotServices second = open(Database.h2Url(dataDir))) {
      assertThat(second.database().schemaMigrated()).isFalse();
      org.briefbot.core.chat.Reply answer =
          second.router().dispatchText("/whosaid we will do it alone", ASKER, CONSOLE);
      assertThat(answer.title())
          .hasValueSatisfying(speaker -> assertThat(speaker).contains("Netanyahu"));
      assertThat(answer.plainText()).startsWith("Exact");
    }
  }

  @Test
  void anIndexInUseByAnotherProcessIsNamedInOneSentence() {
    try (SearchIndex elsewhere = SearchIndex.onDisk(dataDir.resolve("index"))) {
      assertThatThrownBy(() -> open(Database.h2Url(dataDir)))
          .isInstanceOf(UserFacingException.class)
          .hasMessageStartingWith("Briefbot cannot open its search index: ")
          .hasMessageContaining("in use by another Briefbot process")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsNamedAndTheIndexOpenedBesideItIsClosedAgain() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertThatThrownBy(() -> open("jdbc:postgresql://127.0.0.1:" + closedPort + "/briefbot"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageStartingWith("Briefbot cannot open its database")
        .hasMessageNotContaining("\n");
    // The index's lock was given up: another open of the directory succeeds.
    try (SearchIndex again = SearchIndex.onDisk(dataDir.resolve("index"))) {
      assertThat(again.stories().size()).isZero();
    }
  }
}
