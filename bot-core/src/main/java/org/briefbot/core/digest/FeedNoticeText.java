package org.briefbot.core.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.news.FeedHealthChange.Turn;

/**
 * What a channel is told of a feed its digest or alerts use: which feed, why, and what happens
 * next. The same words on every platform; its times are typed, so each reader sees them in their
 * own zone.
 */
final class FeedNoticeText {
  private FeedNoticeText() {}

  /**
   * One notice as it was recorded.
   *
   * @param feed the feed's name and address, as {@code /feeds list} shows it
   * @param url the feed's address, for the commands the notice names
   * @param reason the last failure's reason (empty when it is read again)
   * @param failures the failed reads in a row it tells of
   * @param failuresLeft the failed reads left before it is stopped
   * @param nextRead when it is read next, while it is read
   * @param zone the zone of the channel's digest (or of its server), for the console's times
   */
  record Notice(
      Turn turn,
      String feed,
      String url,
      String reason,
      int failures,
      int failuresLeft,
      Optional<Instant> nextRead,
      ZoneId zone) {}

  static Reply reply(Notice notice) {
    return switch (notice.turn()) {
      case FAILING -> failing(notice);
      case STOPPED -> stopped(notice);
      case READ_AGAIN -> readAgain(notice);
    };
  }

  private static Reply failing(Notice notice) {
    List<Reply.Field> fields = new ArrayList<>();
    fields.add(new Reply.Field("Feed", notice.feed()));
    fields.add(new Reply.Field("Why", notice.reason()));
    notice
        .nextRead()
        .ifPresent(
            at ->
                fields.add(Reply.Field.timed("Next try", Moment.dateTime(at, notice.zone()), "")));
    return Reply.builder()
        .title("A feed of this channel's news is failing")
        .text(
            "Briefbot could not read "
                + notice.feed()
                + " the last "
                + notice.failures()
                + " times it tried. It keeps trying; if "
                + notice.failuresLeft()
                + " more "
                + (notice.failuresLeft() == 1 ? "read fails" : "reads fail")
                + " in a row, Briefbot stops reading it and this channel's news goes on from the other feeds.")
        .section(Reply.Section.fields(fields))
        .footer(
            "/feeds list shows how each feed is read; /feeds remove "
                + notice.url()
                + " drops this one.")
        .build();
  }

  private static Reply stopped(Notice notice) {
    return Reply.builder()
        .title("A feed of this channel's news was stopped")
        .text(
            "Briefbot stopped reading "
                + notice.feed()
                + " after "
                + notice.failures()
                + " failed reads in a row. This channel's news goes on from the other feeds.")
        .section(Reply.Section.fields(List.of(new Reply.Field("Why", notice.reason()))))
        .footer(
            "Once the feed works again, /feeds add "
                + notice.url()
                + " reads it at once and starts it again.")
        .build();
  }

  private static Reply readAgain(Notice notice) {
    return Reply.builder()
        .title("A feed of this channel's news is read again")
        .text(
            "Briefbot read "
                + notice.feed()
                + " again after "
                + notice.failures()
                + " failed reads; its stories come into this channel as before.")
        .build();
  }
}
