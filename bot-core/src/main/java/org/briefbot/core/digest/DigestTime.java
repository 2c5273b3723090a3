package org.briefbot.core.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.chat.UserFacingException;

/**
 * When a digest goes out: a local time in an IANA time zone, every day or on weekdays. The
 * occurrence of a local date is that date's local time, resolved the way clocks move: a time the
 * spring change skips (02:30) is the same moment an hour later (03:30), and a time the autumn
 * change repeats is its first occurrence — so every local date has exactly one.
 */
public record DigestTime(LocalTime time, ZoneId zone, Days days) {
  private static final Pattern HH_MM = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  /** Which days a digest goes out. */
  public enum Days {
    DAILY,
    WEEKDAYS;

    public boolean includes(LocalDate date) {
      return this == DAILY
          || (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws UserFacingException naming the accepted words
     */
    public static Days parse(String typed) {
      String word = typed.strip().toLowerCase(Locale.ROOT);
      return switch (word) {
        case "daily", "every-day", "everyday" -> DAILY;
        case "weekdays", "weekday", "workdays" -> WEEKDAYS;
        default ->
            throw new UserFacingException(
                "The days must be daily or weekdays, not \"" + typed.strip() + "\".");
      };
    }
  }

  /** One occurrence: the local date it belongs to and the moment it falls on. */
  public record Occurrence(LocalDate date, Instant at) {}

  public DigestTime {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(days, "days");
  }

  /** The first occurrence strictly after {@code after}. */
  public Occurrence next(Instant after) {
    LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
    while (true) {
      if (days.includes(date)) {
        Instant at = at(date);
        if (at.isAfter(after)) {
          return new Occurrence(date, at);
        }
      }
      date = date.plusDays(1);
    }
  }

  /**
   * The moment of a local date's occurrence (ZonedDateTime.of moves a skipped time forward, takes a
   * repeated one's first).
   */
  public Instant at(LocalDate date) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  /** How a moment reads in this zone: "Mon 9 Mar 08:00". */
  public String local(Instant instant) {
    return SHOWN.format(instant.atZone(zone));
  }

  /** "08:00 Europe/Berlin, weekdays". */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%02d:%02d %s, %s",
        time.getHour(),
        time.getMinute(),
        zone.getId(),
        days.label());
  }

  /**
   * Reads {@code 08:00} or {@code 8:00}.
   *
   * @throws UserFacingException naming what is wrong
   */
  public static LocalTime parseTime(String typed) {
    Matcher m = HH_MM.matcher(typed.strip());
    if (!m.matches()) {
      throw new UserFacingException(
          "The time must be hours and minutes like 08:00, not \"" + typed.strip() + "\".");
    }
    int hours = Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    if (hours > 23 || minutes > 59) {
      throw new UserFacingException(
          "There is no time " + typed.strip() + ": hours go from 00 to 23, minutes from 00 to 59.");
    }
    return LocalTime.of(hours, minutes);
  }

  /**
   * Reads an IANA zone name ({@code Europe/Berlin}, {@code UTC}); case is forgiven.
   *
   * @throws UserFacingException for a name that is no zone
   */
  public static ZoneId parseZone(String typed) {
    String name = typed.strip();
    Optional<String> known =
        ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(name)).findFirst();
    if (known.isPresent()) {
      return ZoneId.of(known.get());
    }
    if (name.equalsIgnoreCase("UTC") || name.equalsIgnoreCase("Z")) {
      return ZoneId.of("UTC");
    }
    throw new UserFacingException(
        "\""
            + name
            + "\" is not a time zone Briefbot knows. Use an IANA name such as "
            + "Europe/Berlin, America/New_York or UTC.");
  }

  /** "08:00". */
  public String timeText() {
    return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }
}
