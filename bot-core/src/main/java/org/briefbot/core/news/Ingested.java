package org.briefbot.core.news;

import org.briefbot.core.store.StoredStory;

/**
 * A story brought in.
 *
 * @param story the story as stored (the one already there, for a duplicate)
 * @param outcome whether it is new
 */
public record Ingested(StoredStory story, Outcome outcome) {

  public enum Outcome {
    /** Fetched, analysed and stored now. */
    STORED,
    /** This address was already stored: not fetched again, or read again and found unchanged. */
    ALREADY_STORED,
    /**
     * Fetched, and found to be a stored story under another address (same canonical link or same
     * text): a source was added.
     */
    MERGED,
    /**
     * Already stored, and read again: its page had changed, and the story was stored again in place
     * with what changed.
     */
    UPDATED
  }
}
