package org.briefbot.core.news;

import java.time.Duration;

/** Waits as people say them in messages: "45 seconds", "20 minutes", "3 hours", "2 days". */
final class Durations {
  private Durations() {}

  static String spoken(Duration wait) {
    long seconds = Math.max(wait.toSeconds(), 1);
    if (seconds < 120) {
      return plural(seconds, "second");
    }
    if (seconds < 2 * 3600) {
      return plural(Math.round(seconds / 60.0), "minute");
    }
    if (seconds < 2 * 86400) {
      return plural(Math.round(seconds / 3600.0), "hour");
    }
    return plural(Math.round(seconds / 86400.0), "day");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
