package org.briefbot.core.digest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.schedule.BackgroundJobs;
import org.briefbot.core.store.Database;

/**
 * A Briefbot process as {@link DigestFailoverTest} kills it: the background jobs with their default
 * timing on the test's PostgreSQL, posting digests to a local stand-in of the platform (one HTTP
 * request a post, the channel in the body). Arguments: JDBC URL, the stand-in's URL, how many
 * milliseconds its clock runs ahead.
 */
public final class DigestPostingChild {
  private DigestPostingChild() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    URI platform = URI.create(args[1]);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(Long.parseLong(args[2])));
    HttpClient http = HttpClient.newHttpClient();
    ChannelPoster poster =
        new ChannelPoster() {
          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public Delivery post(Place place, Reply reply) {
            try {
              HttpResponse<String> answer =
                  http.send(
                      HttpRequest.newBuilder(platform)
                          .POST(HttpRequest.BodyPublishers.ofString(place.channelId()))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              return new Delivery.Posted(answer.body());
            } catch (Exception e) {
              return new Delivery.Failed("The stand-in could not be reached.", false);
            }
          }
        };
    Database database = Database.open(url, "postgres", null);
    NewsIngestion news = DigestFixtures.newsReadingNoStory(database, clock);
    DigestDelivery digests =
        new DigestDelivery(
            new DigestStore(database),
            news.stories(),
            news.feeds(),
            List.of(poster),
            DigestDelivery.DigestSettings.defaults(),
            clock);
    BackgroundJobs.start(
        database, digests, news, clock, BackgroundJobs.Timing.defaults(), List.of());
    System.out.println("started");
    Thread.currentThread().join(); // until killed
  }
}
