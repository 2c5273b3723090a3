package org.briefbot.core.store;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The people table as stories fill it: one row per canonical speaker, with a role once known. */
final class QuotedPeople {
  private final Jdbi jdbi;

  QuotedPeople(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * The people a story quotes, by canonical name, created on first mention. Each is made in a
   * transaction of its own, before the story's: workers storing stories that name the same new
   * people then never wait on each other's story (a person without a story harms nothing).
   */
  Map<String, Long> of(NewStory story) {
    Map<String, Optional<String>> roles = new TreeMap<>();
    for (StoryQuote quote : story.quotes()) {
      if (quote.hasSpeaker()) {
        roles.merge(quote.speaker(), quote.speakerRole(), (known, other) -> known.or(() -> other));
      }
    }
    Map<String, Long> ids = new TreeMap<>();
    if (roles.isEmpty()) {
      return ids;
    }
    // Most speakers are known after the first stories: one read finds them all, and only a new
    // person or a role to fill in costs a transaction.
    Map<String, KnownPerson> known = new TreeMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT id, canonical_name, role FROM people WHERE canonical_name IN (<names>)")
                .bindList(
                    "names",
                    roles.keySet().stream()
                        .map(name -> StoryStore.clip(name, 300))
                        .distinct()
                        .toList())
                .map(
                    (rs, ctx) ->
                        new KnownPerson(rs.getLong(1), rs.getString(2), rs.getString(3) != null))
                .forEach(person -> known.put(person.canonicalName(), person)));
    roles.forEach(
        (name, role) -> {
          KnownPerson person = known.get(StoryStore.clip(name, 300));
          if (person != null && (person.hasRole() || role.isEmpty())) {
            ids.put(name, person.id());
            return;
          }
          for (int attempt = 1; ; attempt++) {
            try {
              ids.put(name, jdbi.inTransaction(h -> personId(h, name, role)));
              return;
            } catch (RuntimeException e) {
              if (attempt >= StoryStore.ATTEMPTS || !StoryStore.isConcurrentConflict(e)) {
                throw e;
              }
            }
          }
        });
    return ids;
  }

  private record KnownPerson(long id, String canonicalName, boolean hasRole) {}

  /** The person of that canonical name, created on first mention; a role fills in a missing one. */
  private static long personId(Handle h, String name, Optional<String> role) {
    String canonical = StoryStore.clip(name, 300);
    Optional<Long> id =
        h.createQuery("SELECT id FROM people WHERE canonical_name = :name")
            .bind("name", canonical)
            .mapTo(Long.class)
            .findOne();
    if (id.isPresent()) {
      if (role.isPresent()) {
        h.createUpdate("UPDATE people SET role = :role WHERE id = :id AND role IS NULL")
            .bind("role", StoryStore.clip(role.get(), 300))
            .bind("id", id.get())
            .execute();
      }
      return id.get();
    }
    return h.createUpdate("INSERT INTO people (canonical_name, role) VALUES (:name, :role)")
        .bind("name", canonical)
        .bind("role", role.map(r -> StoryStore.clip(r, 300)).orElse(null))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }
}
