package org.briefbot.core.store;

/**
 * What storing a story did.
 *
 * @param story the stored story (the one already there, when this was a duplicate)
 * @param created true when the story is new; false when it was already stored under this address or
 *     with the same text, and only the source was added
 * @param sourceAdded true when this address or feed was new for the story
 */
public record SaveResult(StoredStory story, boolean created, boolean sourceAdded) {}
