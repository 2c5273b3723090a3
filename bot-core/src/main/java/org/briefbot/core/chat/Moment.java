package org.briefbot.core.chat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A time in a reply, typed so that no renderer can drop part of it: the instant, the zone it is
 * meant in, and what of it to show. Discord writes it as {@code <t:…:f>}, Slack as {@code
 * <!date^…>}, both in each reader's own zone; the console (and every fallback text) as {@link
 * #plain}, in the moment's zone.
 *
 * @param instant when
 * @param zone the zone the time is meant in (a digest's own zone; UTC for a story's day)
 * @param shown what a reader is shown of it
 */
public record Moment(Instant instant, ZoneId zone, Shown shown) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** What of a moment a reader sees. */
  public enum Shown {
    /** The day only: a story's publication. */
    DATE,
    /** The day and the time of day: a digest's next run, a delivery. */
    DATE_TIME,
    /** The time of day only. */
    TIME
  }

  public Moment {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(shown, "shown");
  }

  /** A day, as a story's publication date is given (UTC). */
  public static Moment day(Instant instant) {
    return new Moment(instant, ZoneOffset.UTC, Shown.DATE);
  }

  /** A day and time of day, meant in {@code zone}. */
  public static Moment dateTime(Instant instant, ZoneId zone) {
    return new Moment(instant, zone, Shown.DATE_TIME);
  }

  /**
   * The moment as text, in its zone: "7 Dec 2026", "Mon 7 Dec 07:00 (Europe/Berlin)", "07:00
   * (UTC)". A time of day names its zone, since the reader's may differ.
   */
  public String plain() {
    var local = instant.atZone(zone);
    return switch (shown) {
      case DATE -> DAY.format(local);
      case DATE_TIME -> DAY_AND_TIME.format(local) + " (" + zone.getId() + ")";
      case TIME -> TIME.format(local) + " (" + zone.getId() + ")";
    };
  }

  /** Seconds since the epoch, as Discord's and Slack's time markup take them. */
  public long epochSecond() {
    return instant.getEpochSecond();
  }
}
