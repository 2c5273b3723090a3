package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.news.FeedImport;
import org.briefbot.core.news.FeedList;

/**
 * What a person is told of an OPML list imported — in chat by {@code /feeds import}, on the command
 * line by {@code briefbot feeds import}: one summary (added, already there, refused) with the first
 * few refusals and their reasons, and what of the file was not a feed.
 */
public final class FeedImportText {
  /** The refusals told one by one; the rest are counted. */
  static final int REFUSALS_SHOWN = 3;

  private FeedImportText() {}

  public static String of(String fileName, FeedImport done) {
    StringBuilder text =
        new StringBuilder("Imported ")
            .append(fileName)
            .append(": added ")
            .append(done.added().size())
            .append(", already there ")
            .append(done.alreadyThere().size())
            .append(", refused ")
            .append(done.refused().size())
            .append(".");
    List<String> reasons = new ArrayList<>();
    for (FeedImport.Refusal refusal : done.refused()) {
      if (reasons.size() == REFUSALS_SHOWN) {
        break;
      }
      reasons.add(refusal.url() + ": " + refusal.reason());
    }
    if (!reasons.isEmpty()) {
      text.append(" Refused ").append(String.join(" ", withStops(reasons)));
      int more = done.refused().size() - reasons.size();
      if (more > 0) {
        text.append(" And ").append(more).append(" more refused.");
      }
    }
    FeedList list = done.list();
    List<String> skipped = new ArrayList<>();
    if (list.withoutAddress() > 0) {
      skipped.add(
          list.withoutAddress()
              + (list.withoutAddress() == 1 ? " outline names" : " outlines name")
              + " no feed (no xmlUrl)");
    }
    if (list.listedTwice() > 0) {
      skipped.add(
          list.listedTwice()
              + (list.listedTwice() == 1 ? " feed is" : " feeds are")
              + " listed twice and read once");
    }
    if (list.folders() > 0) {
      skipped.add(
          "the feeds of "
              + list.folders()
              + (list.folders() == 1 ? " folder are" : " folders are")
              + " imported without their folders");
    }
    if (!skipped.isEmpty()) {
      String joined = String.join("; ", skipped);
      text.append(' ').append(Character.toUpperCase(joined.charAt(0))).append(joined.substring(1));
      text.append('.');
    }
    if (!done.added().isEmpty()) {
      text.append(
          " The newest story of each new feed is stored now; the rest follow within minutes.");
    }
    return text.toString();
  }

  /** Each reason ends with a stop, so that they read as sentences one after the other. */
  private static List<String> withStops(List<String> reasons) {
    return reasons.stream().map(r -> r.endsWith(".") ? r : r + ".").toList();
  }
}
