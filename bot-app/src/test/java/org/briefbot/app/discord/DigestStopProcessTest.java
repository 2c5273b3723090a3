package org.briefbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.discord.fake.FakeDiscord.path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.briefbot.app.BriefbotProcess;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.digest.DigestDelivery;
import org.briefbot.core.digest.DigestRun;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.digest.DigestTime;
import org.briefbot.core.digest.Subscription;
import org.briefbot.core.news.FetchSettings;
import org.briefbot.core.news.HostResolver;
import org.briefbot.core.news.HttpFetcher;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.store.Database;
import org.briefbot.discord.fake.FakeDiscord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Briefbot in its own process on Discord and PostgreSQL, stopped with SIGTERM while it posts due
 * digests: the digests it was posting reach their channels and are recorded as posted (none left
 * "unconfirmed"), it claims no other, and another process posts the rest, each once.
 */
class DigestStopProcessTest {
  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void sigtermDuringADigestRunRecordsWhatWasPostedAndHandsTheRestBack(@TempDir Path dataDir)
      throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        FakeDiscord discord = new FakeDiscord()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Map<Long, String> channelOf = new HashMap<>();
      try (Database database = Database.open(url, "postgres", null)) {
        DigestStore store = new DigestStore(database);
        Instant now = Instant.now();
        // Due a minute ago, more of them than one process posts side by side.
        Instant due = now.minus(1, ChronoUnit.MINUTES);
        DigestTime time =
            new DigestTime(
                LocalTime.ofInstant(due, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                ZoneOffset.UTC,
                DigestTime.Days.DAILY);
        for (String channel : FakeDiscord.DIGEST_CHANNEL_IDS) {
          Subscription subscription =
              store.subscribe(
                  Place.channel(Platform.DISCORD, FakeDiscord.GUILD_ID, channel),
                  new DigestStore.Settings(
                      time, true, List.of(), List.of(), 5, Optional.empty(), true),
                  new DigestTime.Occurrence(due.atZone(ZoneOffset.UTC).toLocalDate(), due),
                  "tester",
                  now);
          channelOf.put(subscription.id(), channel);
        }
      }
      assertThat(FakeDiscord.DIGEST_CHANNEL_IDS).hasSizeGreaterThan(DigestDelivery.POSTING_THREADS);
      // Each post is with Discord for a while, so the stop comes while posts are under way.
      discord.delayChannelPosts(Duration.ofSeconds(3));

      Process briefbot =
          BriefbotProcess.in(
                  dataDir,
                  FakeDiscordEnvironment.with(
                      discord,
                      Map.of(
                          "BRIEFBOT_DISCORD_GUILD",
                          FakeDiscord.GUILD_ID,
                          "BRIEFBOT_DB_URL",
                          url,
                          "BRIEFBOT_DB_USER",
                          "postgres")))
              .start();
      try {
        discord.await(path("POST", "/channels/9200000000000000"), WAIT);
        briefbot.destroy(); // SIGTERM, as systemd, Docker and Kubernetes stop a service
        assertThat(briefbot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS))
            .as(BriefbotProcess.output(dataDir))
            .isTrue();
      } finally {
        briefbot.destroyForcibly();
      }
      String output =
          BriefbotProcess.output(dataDir)
              + "\n--- Discord saw:\n"
              + FakeDiscord.paths(discord.requests());

      List<String> postedByTheStopped = new ArrayList<>();
      List<Subscription> handedBack = new ArrayList<>();
      try (Database database = Database.open(url, "postgres", null)) {
        DigestStore store = new DigestStore(database);
        for (Map.Entry<Long, String> subscription : channelOf.entrySet()) {
          List<DigestRun> runs = store.runs().latest(subscription.getKey(), 5);
          int shown = discord.visibleInChannel(subscription.getValue()).size();
          if (runs.isEmpty()) {
            assertThat(shown).as("not claimed, so not posted: " + output).isZero();
            handedBack.add(store.find(subscription.getKey()).orElseThrow());
            continue;
          }
          assertThat(runs).as(output).hasSize(1);
          assertThat(runs.get(0).state())
              .as("the post that reached the channel is recorded as posted: " + output)
              .isEqualTo(DigestRun.State.POSTED);
          assertThat(shown).isEqualTo(1);
          postedByTheStopped.add(subscription.getValue());
        }
        assertThat(postedByTheStopped).as(output).isNotEmpty();
        assertThat(handedBack).as("claims stop at SIGTERM: " + output).isNotEmpty();
        assertThat(handedBack)
            .allMatch(subscription -> !subscription.nextRunAt().isAfter(Instant.now()));

        // Another process's next check posts the rest, once each.
        RecordingPoster other = new RecordingPoster();
        try (NewsIngestion news =
            new NewsIngestion(
                database,
                new HttpFetcher(FetchSettings.defaults(), HostResolver.system()),
                text -> {
                  throw new AssertionError("no story is analysed");
                },
                Clock.systemUTC(),
                1)) {
          DigestDelivery digests =
              new DigestDelivery(
                  store,
                  news.stories(),
                  news.feeds(),
                  List.of(other),
                  DigestDelivery.DigestSettings.defaults(),
                  Clock.systemUTC());
          digests.runDue();
          digests.runDue();
        }
        assertThat(other.channels)
            .containsExactlyInAnyOrderElementsOf(
                handedBack.stream().map(s -> s.place().channelId()).toList());
      }
      assertThat(output).doesNotContain("unconfirmed").doesNotContain("digest gap");
    }
  }

  /** Another process's Discord: the channels it posted to. */
  private static final class RecordingPoster implements ChannelPoster {
    final List<String> channels = new CopyOnWriteArrayList<>();

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public Delivery post(Place place, Reply reply) {
      channels.add(place.channelId());
      return new Delivery.Posted("m-" + place.channelId());
    }
  }
}
