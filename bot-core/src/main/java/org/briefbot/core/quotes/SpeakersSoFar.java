package org.briefbot.core.quotes;

import java.util.HashSet;
import java.util.Set;
import org.briefbot.core.quotes.People.Entity;

/**
 * The people attribution has seen speaking so far ("Caddell said"), as the story is read. A single
 * capitalised word never seen with a title or first name is a person only once it speaks; pronoun
 * resolution, which attribution calls as it goes ("his claim that …"), reads this to know, so its
 * answer depends on what was read before: the stage order {@link QuoteFinder} documents, the sieve
 * order of {@link SieveOrder}, story order within a stage. Kept apart from {@link Entity}, which
 * the name pass writes and later stages only read.
 */
final class SpeakersSoFar {
  private final Set<Entity> speakers = new HashSet<>();

  /** Notes that an entity spoke; organisations speak too, but are never persons. */
  void add(Entity entity) {
    if (!entity.organisation) {
      speakers.add(entity);
    }
  }

  boolean contains(Entity entity) {
    return speakers.contains(entity);
  }
}
