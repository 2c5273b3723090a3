package org.briefbot.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * An item read from a feed, to be queued.
 *
 * @param guid the item's GUID (Atom id), or its link when it has none
 * @param url the canonical address of the story it links to
 */
public record NewFeedItem(
    String guid, String url, Optional<String> title, Optional<Instant> publishedAt) {}
