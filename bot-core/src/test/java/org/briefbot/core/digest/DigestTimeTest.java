package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Occurrences and quote rendering without a database. */
class DigestTimeTest {
  @Test
  void reportedSpeechIsNeverMarkedAsExactWords() {
    var indirect =
        new org.briefbot.core.store.StoryQuote(
            0,
            5,
            org.briefbot.core.store.StoryQuote.Kind.INDIRECT,
            "Mara Quill",
            java.util.Optional.empty(),
            "the boats would run hourly");
    var partial =
        new org.briefbot.core.store.StoryQuote(
            0,
            5,
            org.briefbot.core.store.StoryQuote.Kind.PARTIAL,
            "Mara Quill",
            java.util.Optional.empty(),
            "every hour");
    assertThat(DigestReply.quoteLine(indirect).exactWords()).isFalse();
    assertThat(DigestReply.quoteLine(partial).exactWords()).isTrue();
  }

  @Test
  void nextOccurrencesSkipWeekends() {
    DigestTime weekdays =
        new DigestTime(
            java.time.LocalTime.of(8, 0), ZoneId.of("Europe/Berlin"), DigestTime.Days.WEEKDAYS);
    // Friday 5 June 2026, after 08:00 Berlin: the next is Monday.
    DigestTime.Occurrence next = weekdays.next(Instant.parse("2026-06-05T07:00:00Z"));
    assertThat(next.date()).isEqualTo(java.time.LocalDate.of(2026, 6, 8));
    assertThat(next.at()).isEqualTo(Instant.parse("2026-06-08T06:00:00Z"));
  }

  @Test
  void everyLocalDateHasOneOccurrenceAcrossBothChangesInBerlin() {
    DigestTime at0230 =
        new DigestTime(
            java.time.LocalTime.of(2, 30), ZoneId.of("Europe/Berlin"), DigestTime.Days.DAILY);
    assertThat(at0230.at(java.time.LocalDate.of(2026, 3, 29)))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    assertThat(at0230.at(java.time.LocalDate.of(2026, 10, 25)))
        .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    DigestTime.Occurrence afterFirst = at0230.next(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(afterFirst.date()).isEqualTo(java.time.LocalDate.of(2026, 10, 26));
  }
}
