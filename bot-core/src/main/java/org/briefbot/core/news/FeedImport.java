package org.briefbot.core.news;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;

/**
 * The feeds of an OPML list added to an owner, each through the same checked add as {@code /feeds
 * add} ({@link NewsIngestion#addAndRead}): fetched and parsed before it is added, refused with the
 * reason when it cannot be read. A feed the owner already reads is not fetched again.
 *
 * @param list the list as read
 * @param added the feeds added now (their address as added: a page's feed, when a page was listed)
 * @param alreadyThere the feeds the owner already read
 * @param refused the feeds refused, each with its reason, in the list's order
 */
public record FeedImport(
    FeedList list, List<String> added, List<String> alreadyThere, List<Refusal> refused) {

  /** A feed of the list that was not added, and why. */
  public record Refusal(String url, String reason) {}

  /**
   * Adds every feed of {@code list} the owner does not read yet.
   *
   * @param readNow how many of each new feed's newest stories are brought in before it returns
   */
  public static FeedImport run(
      NewsIngestion news, FeedList list, FeedOwner owner, String addedBy, int readNow) {
    Set<String> reading = new HashSet<>();
    for (Feed feed : news.feeds().list(owner)) {
      reading.add(feed.url());
    }
    List<String> added = new ArrayList<>();
    List<String> already = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    for (FeedList.Entry entry : list.feeds()) {
      if (reading.contains(entry.url())) {
        already.add(entry.url());
        continue;
      }
      try {
        NewsIngestion.FeedAdded feed = news.addAndRead(entry.url(), owner, addedBy, readNow);
        String address = feed.poll().feed().url();
        if (reading.add(address)) {
          added.add(address);
        } else {
          already.add(entry.url());
        }
      } catch (UserFacingException | org.briefbot.core.nlp.UnsupportedTextException refusal) {
        refused.add(new Refusal(entry.url(), refusal.getMessage()));
      }
    }
    return new FeedImport(list, added, already, refused);
  }
}
