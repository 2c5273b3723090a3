package org.briefbot.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * An item read from a feed, to be queued.
 *
 * @param guid the item's GUID (Atom id), or its link when it has none
 * @param url the canonical address of the story it links to
 * @param revision a fingerprint of what the feed says of the item: another one for a GUID queued
 *     before has the item's page read again; empty when the reader gives none
 */
public record NewFeedItem(
    String guid,
    String url,
    Optional<String> title,
    Optional<Instant> publishedAt,
    Optional<String> revision) {

  /** An item without a fingerprint: only a new GUID is queued. */
  public NewFeedItem(
      String guid, String url, Optional<String> title, Optional<Instant> publishedAt) {
    this(guid, url, title, publishedAt, Optional.empty());
  }
}
