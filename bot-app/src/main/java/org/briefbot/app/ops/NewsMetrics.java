package org.briefbot.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.briefbot.core.news.FeedPoller;
import org.briefbot.core.news.Ingested;
import org.briefbot.core.news.NewsObserver;
import org.briefbot.core.store.StoredStory;

/**
 * News in as the operator sees it: {@code briefbot_feed_reads_total{outcome}}, {@code
 * briefbot_feed_items_total{outcome,reason}} (each queued item: stored, updated, duplicate, refused
 * for good, failed for now), {@code briefbot_linked_stories_total{outcome,reason}} (each story
 * fetched for a link someone gave, with the same outcomes) and {@code
 * briefbot_stories_stored_total} (every new story, from a feed or a link). Labels are fixed words;
 * no address is ever one.
 */
final class NewsMetrics implements NewsObserver {
  private final MeterRegistry registry;
  private final Counter stored;

  NewsMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.stored =
        Counter.builder("briefbot.stories.stored")
            .description("Stories stored anew, from feeds and from links")
            .register(registry);
  }

  /** Counts a story stored anew. */
  void storyStored(StoredStory story) {
    stored.increment();
  }

  @Override
  public void feedRead(FeedPoller.Status status) {
    Counter.builder("briefbot.feed.reads")
        .description("Feed reads, by outcome")
        .tag("outcome", status.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }

  @Override
  public void itemBroughtIn(Ingested.Outcome outcome) {
    item(label(outcome), "none");
  }

  @Override
  public void itemNotBroughtIn(String reason, boolean mayPass) {
    item(mayPass ? "failed" : "refused", reason);
  }

  @Override
  public void linkBroughtIn(Ingested.Outcome outcome) {
    count(
        "briefbot.linked.stories",
        "Stories fetched for links, by outcome and reason",
        label(outcome),
        "none");
  }

  /** A story stored anew, stored again because its page changed, or one already stored. */
  private static String label(Ingested.Outcome outcome) {
    return switch (outcome) {
      case STORED -> "stored";
      case UPDATED -> "updated";
      case ALREADY_STORED, MERGED -> "duplicate";
    };
  }

  @Override
  public void linkNotBroughtIn(String reason, boolean mayPass) {
    count(
        "briefbot.linked.stories",
        "Stories fetched for links, by outcome and reason",
        mayPass ? "failed" : "refused",
        reason);
  }

  private void item(String outcome, String reason) {
    count(
        "briefbot.feed.items",
        "Queued feed items worked on, by outcome and reason",
        outcome,
        reason);
  }

  private void count(String name, String description, String outcome, String reason) {
    Counter.builder(name)
        .description(description)
        .tag("outcome", outcome)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }
}
