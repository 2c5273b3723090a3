package org.briefbot.core.digest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.FeedStore;
import org.briefbot.core.store.StoryStore;

/**
 * The process {@link KilledWhilePostingTest} kills: runs the due digests of an H2 file database at
 * a fixed moment with a poster that says "posting" and then hangs, as a platform call would when
 * the process is killed in it. Argument: the data directory.
 */
public final class DigestCrashChild {
  private DigestCrashChild() {}

  public static void main(String[] args) {
    Clock clock = Clock.fixed(Instant.parse(KilledWhilePostingTest.DUE), ZoneOffset.UTC);
    ChannelPoster hanging =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            System.out.println("posting");
            System.out.flush();
            while (true) {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery.Failed("interrupted", false);
              }
            }
          }
        };
    try (Database database = Database.defaultH2(Path.of(args[0]))) {
      new DigestDelivery(
              new DigestStore(database),
              new StoryStore(database),
              new FeedStore(database),
              List.of(hanging),
              DigestDelivery.DigestSettings.defaults(),
              clock)
          .runDue();
    }
  }
}
