package org.briefbot.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Stored stories whose page changed: the new version replaces the old in place (same id, same
 * address, so nothing that points at the story breaks and no second story appears), and each change
 * is kept as an update — when, the headline it had, the sentences it gained and lost — for {@code
 * /brief <url>}, digests and alerts to tell. Also when each story's page was last read, and the
 * validators it answered with, so that reading it again is a conditional request.
 */
public final class StoryUpdates {
  private static final String COLUMNS =
      "id, story_id, updated_at, old_title, added_text, removed_text";

  private final Jdbi jdbi;
  private final QuotedPeople quotedPeople;

  public StoryUpdates(Database database) {
    this.jdbi = database.jdbi();
    this.quotedPeople = new QuotedPeople(jdbi);
  }

  /**
   * What changed in a story.
   *
   * @param oldTitle the headline before, when the headline changed
   * @param added the sentences the new version has and the old had not, in story order
   * @param removed the sentences the old version had and the new has not, in story order
   */
  public record Change(Optional<String> oldTitle, List<String> added, List<String> removed) {
    public Change {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }

    /** Whether anything a reader sees changed. */
    public boolean isEmpty() {
      return oldTitle.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    /** What changed, counted: "2 new sentences, 1 removed, new headline". */
    public String counted() {
      List<String> parts = new java.util.ArrayList<>();
      if (!added.isEmpty()) {
        parts.add(added.size() + (added.size() == 1 ? " new sentence" : " new sentences"));
      }
      if (!removed.isEmpty()) {
        parts.add(removed.size() + " removed");
      }
      if (oldTitle.isPresent()) {
        parts.add("new headline");
      }
      return String.join(", ", parts);
    }
  }

  /** A change stored: its id (ascending as updates are stored), the story's and when. */
  public record StoryUpdate(long id, long storyId, Instant updatedAt, Change change) {}

  /**
   * The validators of a page read, sent back on the next read ({@code If-None-Match}, {@code
   * If-Modified-Since}); either may be absent.
   */
  public record PageValidators(Optional<String> etag, Optional<String> lastModified) {
    public static final PageValidators NONE =
        new PageValidators(Optional.empty(), Optional.empty());
  }

  /**
   * When a story's page was last read (when it was first stored, if never since) and its
   * validators, if the story is stored.
   */
  public record PageCheck(Instant checkedAt, PageValidators validators) {}

  /**
   * Replaces the story with its new version — text, headline, summary, sentences, quotes — records
   * the change, marks the feed item that asked done, and notes the page read, in one transaction.
   *
   * @return the update
   */
  public StoryUpdate save(
      long storyId,
      NewStory story,
      Change change,
      PageValidators validators,
      OptionalLong feedItemId,
      Instant now) {
    Map<String, Long> people = quotedPeople.of(story);
    return jdbi.inTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE stories SET title = :title, author = COALESCE(:author, author),"
                      + " published_at = COALESCE(:publishedAt, published_at), story_text = :text,"
                      + " summary = :summary, language = :language, content_hash = :hash,"
                      + " word_count = :words, checked_at = :now, page_etag = :etag,"
                      + " page_last_modified = :lastModified WHERE id = :id")
              .bind("title", StoryStore.clip(story.title(), 1000))
              .bind("author", story.author().map(a -> StoryStore.clip(a, 500)).orElse(null))
              .bind("publishedAt", story.publishedAt().orElse(null))
              .bind("text", story.text())
              .bind("summary", StoryStore.clip(story.summaryText(), 20000))
              .bind("language", story.language())
              .bind("hash", story.contentHash())
              .bind("words", story.wordCount())
              .bind("now", now)
              .bind("etag", validators.etag().map(e -> StoryStore.clip(e, 500)).orElse(null))
              .bind(
                  "lastModified",
                  validators.lastModified().map(m -> StoryStore.clip(m, 100)).orElse(null))
              .bind("id", storyId)
              .execute();
          StoryRows.delete(h, storyId);
          StoryRows.insertSentences(h, storyId, story);
          StoryRows.insertQuotes(h, storyId, story, people);
          long id =
              h.createUpdate(
                      "INSERT INTO story_updates (story_id, updated_at, old_title, added_text, removed_text)"
                          + " VALUES (:story, :now, :oldTitle, :added, :removed)")
                  .bind("story", storyId)
                  .bind("now", now)
                  .bind(
                      "oldTitle", change.oldTitle().map(t -> StoryStore.clip(t, 1000)).orElse(null))
                  .bind("added", lines(change.added()))
                  .bind("removed", lines(change.removed()))
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          if (feedItemId.isPresent()) {
            FeedItemQueue.markDone(h, feedItemId.getAsLong(), storyId, now);
          }
          return new StoryUpdate(id, storyId, now, change);
        });
  }

  /**
   * Notes that the story's page was read and had not changed (or changed only in what no reader
   * sees), with the validators it answered with, and marks the feed item that asked done.
   */
  public void checked(
      long storyId, PageValidators validators, OptionalLong feedItemId, Instant now) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE stories SET checked_at = :now, page_etag = :etag,"
                      + " page_last_modified = :lastModified WHERE id = :id")
              .bind("now", now)
              .bind("etag", validators.etag().map(e -> StoryStore.clip(e, 500)).orElse(null))
              .bind(
                  "lastModified",
                  validators.lastModified().map(m -> StoryStore.clip(m, 100)).orElse(null))
              .bind("id", storyId)
              .execute();
          if (feedItemId.isPresent()) {
            FeedItemQueue.markDone(h, feedItemId.getAsLong(), storyId, now);
          }
        });
  }

  /** When the story's page was last read, and its validators; empty when it is not stored. */
  public Optional<PageCheck> pageCheck(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT fetched_at, checked_at, page_etag, page_last_modified FROM stories WHERE id = :id")
                .bind("id", storyId)
                .map(
                    (rs, ctx) -> {
                      Instant checked = StoryStore.instant(rs, "checked_at");
                      return new PageCheck(
                          checked != null ? checked : StoryStore.instant(rs, "fetched_at"),
                          new PageValidators(
                              Optional.ofNullable(rs.getString("page_etag")),
                              Optional.ofNullable(rs.getString("page_last_modified"))));
                    })
                .findOne());
  }

  /** The story's latest update, if it ever changed. */
  public Optional<StoryUpdate> latest(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM story_updates WHERE story_id = :story ORDER BY id DESC")
                .bind("story", storyId)
                .setMaxRows(1)
                .map(StoryUpdates::update)
                .findFirst());
  }

  /**
   * The updates stored at or after {@code since}, oldest first, at most {@code limit}: what an
   * alert that tells of changed stories, or anything else that follows the news, asks for.
   */
  public List<StoryUpdate> since(Instant since, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM story_updates WHERE updated_at >= :since ORDER BY updated_at, id")
                .bind("since", since)
                .setMaxRows(limit)
                .map(StoryUpdates::update)
                .list());
  }

  /** The updates with ids above {@code afterId}, ascending, at most {@code limit}. */
  public List<StoryUpdate> after(long afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM story_updates WHERE id > :after ORDER BY id")
                .bind("after", afterId)
                .setMaxRows(limit)
                .map(StoryUpdates::update)
                .list());
  }

  /** The latest update of each of these stories that has one, by story id. */
  public Map<Long, StoryUpdate> latestOf(List<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(
        h -> {
          Map<Long, StoryUpdate> latest = new java.util.HashMap<>();
          h.createQuery(
                  "SELECT "
                      + COLUMNS
                      + " FROM story_updates WHERE story_id IN (<stories>) ORDER BY id")
              .bindList("stories", storyIds)
              .map(StoryUpdates::update)
              .forEach(update -> latest.put(update.storyId(), update));
          return latest;
        });
  }

  static StoryUpdate update(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StoryUpdate(
        rs.getLong("id"),
        rs.getLong("story_id"),
        StoryStore.instant(rs, "updated_at"),
        new Change(
            Optional.ofNullable(rs.getString("old_title")),
            split(rs.getString("added_text")),
            split(rs.getString("removed_text"))));
  }

  /** Sentences one a line, within the column (the first sentences are the ones kept). */
  private static String lines(List<String> sentences) {
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      String line = sentence.replace('\n', ' ').strip();
      if (text.length() + line.length() + 1 > 20000) {
        break;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
    }
    return text.toString();
  }

  private static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
