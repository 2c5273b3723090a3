package org.briefbot.core.digest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.briefbot.core.alert.AlertDelivery;
import org.briefbot.core.alert.AlertStore;
import org.briefbot.core.news.NewsIngestion;
import org.briefbot.core.schedule.BackgroundJobs;
import org.briefbot.core.store.Database;

/**
 * A Briefbot process as {@link AlertRedeliveryTest} kills it: the background jobs with their
 * default timing on the test's PostgreSQL, posting alerts to the test's {@link StandInPlatform}
 * over HTTP. Arguments: JDBC URL, the stand-in's URL, how many milliseconds its clock runs ahead,
 * and where its poster stops for good ({@link StandInPlatform.HttpPoster.StopAt}).
 */
public final class AlertPostingChild {
  private AlertPostingChild() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    URI platform = URI.create(args[1]);
    Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(Long.parseLong(args[2])));
    StandInPlatform.HttpPoster poster =
        new StandInPlatform.HttpPoster(
            platform, StandInPlatform.HttpPoster.StopAt.valueOf(args[3]));
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
    AlertDelivery alerts =
        new AlertDelivery(
            new AlertStore(database),
            news.stories(),
            news.feeds(),
            List.of(poster),
            AlertDelivery.AlertSettings.defaults(),
            clock);
    BackgroundJobs.start(
        database, digests, alerts, news, clock, BackgroundJobs.Timing.defaults(), List.of());
    System.out.println("started");
    Thread.currentThread().join(); // until killed
  }
}
