package org.briefbot.core.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.digest.DigestRun;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.digest.Subscription;
import org.briefbot.core.store.FeedStore;

/**
 * A digest as {@code /digest list} and the overview show it: when it goes out, from which feeds,
 * its status, its last delivery and its last problem, each time in the digest's own zone.
 */
final class DigestSummaries {
  private final DigestStore digests;
  private final FeedStore feeds;

  DigestSummaries(DigestStore digests, FeedStore feeds) {
    this.digests = digests;
    this.feeds = feeds;
  }

  /** The digest's section, headed "This channel" when asked from its own channel. */
  Reply.Section of(Subscription subscription, Place askedFrom) {
    List<Reply.Field> fields = new ArrayList<>();
    fields.add(new Reply.Field("When", subscription.time().describe()));
    fields.add(
        new Reply.Field(
            "From",
            feedsText(subscription)
                + (subscription.topics().isEmpty()
                    ? ""
                    : "; topics: " + String.join(", ", subscription.topics()))
                + (subscription.excluded().isEmpty()
                    ? ""
                    : "; leaving out: " + String.join(", ", subscription.excluded()))
                + "; up to "
                + subscription.maxItems()
                + " items"
                + subscription.mentionRole().map(r -> "; mentions @" + r).orElse("")));
    if (subscription.isPaused()) {
      fields.add(
          new Reply.Field(
              "Status",
              subscription
                  .pausedReason()
                  .map(r -> r + " Fix it, then /digest resume.")
                  .orElse("Paused; /digest resume starts it again.")));
    } else {
      fields.add(nextField(subscription));
    }
    List<DigestRun> runs = digests.runs().latest(subscription.id(), 30);
    runs.stream()
        .filter(r -> r.state() == DigestRun.State.POSTED)
        .findFirst()
        .ifPresent(
            run ->
                fields.add(
                    runField(
                        "Last delivered",
                        subscription,
                        run,
                        run.items() + (run.items() == 1 ? " item" : " items"))));
    runs.stream()
        .filter(
            r ->
                r.state() == DigestRun.State.FAILED
                    || r.state() == DigestRun.State.MISSED
                    || r.state() == DigestRun.State.UNCONFIRMED)
        .findFirst()
        .ifPresent(
            run ->
                fields.add(
                    runField(
                        problemName(run.state()), subscription, run, run.reason().orElse(""))));
    String heading =
        subscription.place().channelId().equals(askedFrom.channelId())
            ? "This channel"
            : "Channel " + subscription.place().channelId();
    return Reply.Section.fields(heading, fields);
  }

  private static String problemName(DigestRun.State state) {
    return switch (state) {
      case FAILED -> "Last failure";
      case MISSED -> "Last missed";
      default -> "Last unconfirmed";
    };
  }

  private static Reply.Field runField(
      String name, Subscription subscription, DigestRun run, String detail) {
    Instant at = run.finishedAt().orElse(run.startedAt());
    return Reply.Field.timed(name, Moment.dateTime(at, subscription.time().zone()), detail);
  }

  static Reply.Field nextField(Subscription subscription) {
    return Reply.Field.timed(
        "Next digest", Moment.dateTime(subscription.nextRunAt(), subscription.time().zone()), "");
  }

  private String feedsText(Subscription subscription) {
    if (subscription.allFeeds()) {
      return "all of the " + subscription.place().platform().placeWord() + "'s feeds";
    }
    List<String> urls = new ArrayList<>();
    for (long id : subscription.feedIds()) {
      feeds.find(id).ifPresent(feed -> urls.add(feed.url()));
    }
    return urls.isEmpty() ? "no feeds (its chosen feeds were removed)" : String.join(", ", urls);
  }
}
