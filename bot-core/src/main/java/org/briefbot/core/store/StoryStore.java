package org.briefbot.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Stories with their sentences, quotes and sources. A story is stored whole or not at all: story,
 * sentences, quotes, people, source and the feed item it came from go in one transaction. A story
 * is stored once: a known address or the same text under another address only adds a source; a
 * story whose page changed is stored again in place by {@link StoryUpdates}.
 */
public final class StoryStore {
  private static final String STORY_COLUMNS =
      "s.id, s.url, s.canonical_url, s.title, s.outlet, s.author, s.published_at,"
          + " s.fetched_at, s.story_text, s.summary, s.language, s.content_hash, s.word_count";

  /** Two writers storing the same story at once: the loser retries and finds the winner's. */
  static final int ATTEMPTS = 3;

  private static final Set<String> CONFLICT_STATES = Set.of("23505", "HYT00", "40001", "40P01");

  private final Jdbi jdbi;
  private final QuotedPeople quotedPeople;
  private final StoryUpdates updates;

  public StoryStore(Database database) {
    this.jdbi = database.jdbi();
    this.quotedPeople = new QuotedPeople(jdbi);
    this.updates = new StoryUpdates(database);
  }

  /** The changes of stored stories whose pages changed, over the same database. */
  public StoryUpdates updates() {
    return updates;
  }

  public Optional<StoredStory> find(long id) {
    return jdbi.withHandle(h -> find(h, id));
  }

  /** The story found at a canonical address (any of its sources), if stored. */
  public Optional<StoredStory> findByUrl(String canonicalUrl) {
    return jdbi.withHandle(h -> findByUrl(h, canonicalUrl));
  }

  public Optional<StoredStory> findByContentHash(String contentHash) {
    return jdbi.withHandle(h -> findByHash(h, contentHash));
  }

  /** The story stored under any of these canonical addresses or with this text, in one query. */
  public Optional<StoredStory> findSame(List<String> canonicalUrls, String contentHash) {
    return jdbi.withHandle(h -> findSame(h, canonicalUrls, contentHash));
  }

  /**
   * Stores a story, or adds the source to the story already stored under its address or text.
   *
   * @param feedItemId the queued feed item this story answers, marked done in the same transaction
   */
  public SaveResult save(NewStory story, StorySource source, OptionalLong feedItemId) {
    Map<String, Long> people = quotedPeople.of(story);
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(h -> saveIn(h, story, source, feedItemId, people));
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConcurrentConflict(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Adds a source to a stored story (a second link, a second feed) and marks the feed item done.
   *
   * @return whether the source was new
   */
  public boolean addSource(long storyId, StorySource source, OptionalLong feedItemId) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(
            h -> {
              boolean added = addSourceIn(h, storyId, source, Instant.now());
              if (feedItemId.isPresent()) {
                FeedItemQueue.markDone(h, feedItemId.getAsLong(), storyId, Instant.now());
              }
              return added;
            });
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConcurrentConflict(e)) {
          throw e;
        }
      }
    }
  }

  private SaveResult saveIn(
      Handle h,
      NewStory story,
      StorySource source,
      OptionalLong feedItemId,
      Map<String, Long> people) {
    Instant now = Instant.now();
    Optional<StoredStory> existing =
        findSame(h, List.of(story.canonicalUrl(), source.url()), story.contentHash());
    if (existing.isPresent()) {
      long id = existing.get().id();
      boolean added = addSourceIn(h, id, source, now);
      if (!source.url().equals(story.canonicalUrl())) {
        added |=
            addSourceIn(
                h, id, StorySource.link(story.canonicalUrl(), story.outlet(), story.title()), now);
      }
      if (feedItemId.isPresent()) {
        FeedItemQueue.markDone(h, feedItemId.getAsLong(), id, now);
      }
      return new SaveResult(existing.get(), false, added);
    }
    long id =
        h.createUpdate(
                "INSERT INTO stories (url, canonical_url, title, outlet, author, published_at, fetched_at,"
                    + " story_text, summary, language, content_hash, word_count) VALUES (:url, :canonicalUrl, :title, :outlet,"
                    + " :author, :publishedAt, :fetchedAt, :text, :summary, :language, :hash, :words)")
            .bind("url", story.url())
            .bind("canonicalUrl", story.canonicalUrl())
            .bind("title", clip(story.title(), 1000))
            .bind("outlet", clip(story.outlet(), 300))
            .bind("author", story.author().map(a -> clip(a, 500)).orElse(null))
            .bind("publishedAt", story.publishedAt().orElse(null))
            .bind("fetchedAt", story.fetchedAt())
            .bind("text", story.text())
            .bind("summary", clip(story.summaryText(), 20000))
            .bind("language", story.language())
            .bind("hash", story.contentHash())
            .bind("words", story.wordCount())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    StoryRows.insertSentences(h, id, story);
    StoryRows.insertQuotes(h, id, story, people);
    if (!source.url().equals(story.canonicalUrl())) {
      addSourceIn(
          h, id, StorySource.link(story.canonicalUrl(), story.outlet(), story.title()), now);
    }
    addSourceIn(h, id, source, now);
    if (feedItemId.isPresent()) {
      FeedItemQueue.markDone(h, feedItemId.getAsLong(), id, now);
    }
    StoredStory stored =
        new StoredStory(
            id,
            story.url(),
            story.canonicalUrl(),
            clip(story.title(), 1000),
            clip(story.outlet(), 300),
            story.author().map(a -> clip(a, 500)),
            story.publishedAt().map(Database::toDatabase).map(OffsetDateTime::toInstant),
            Database.toDatabase(story.fetchedAt()).toInstant(),
            story.text(),
            clip(story.summaryText(), 20000),
            story.language(),
            story.contentHash(),
            story.wordCount());
    return new SaveResult(stored, true, true);
  }

  private static boolean addSourceIn(Handle h, long storyId, StorySource source, Instant now) {
    boolean added = false;
    Optional<Long> owner =
        h.createQuery("SELECT story_id FROM story_sources WHERE url = :url")
            .bind("url", source.url())
            .mapTo(Long.class)
            .findOne();
    if (owner.isEmpty()) {
      h.createUpdate(
              "INSERT INTO story_sources (story_id, url, outlet, title, first_seen_at) VALUES (:story, :url, :outlet, :title, :now)")
          .bind("story", storyId)
          .bind("url", source.url())
          .bind("outlet", clip(source.outlet(), 300))
          .bind("title", clip(source.title(), 1000))
          .bind("now", now)
          .execute();
      added = true;
    }
    if (source.feedId().isPresent()) {
      int known =
          h.createQuery(
                  "SELECT COUNT(*) FROM story_feeds WHERE story_id = :story AND feed_id = :feed")
              .bind("story", storyId)
              .bind("feed", source.feedId().getAsLong())
              .mapTo(Integer.class)
              .one();
      if (known == 0) {
        h.createUpdate(
                "INSERT INTO story_feeds (story_id, feed_id, seen_at) VALUES (:story, :feed, :now)")
            .bind("story", storyId)
            .bind("feed", source.feedId().getAsLong())
            .bind("now", now)
            .execute();
        added = true;
      }
    }
    return added;
  }

  public List<StorySentence> sentences(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT idx, paragraph, start_offset, end_offset FROM sentences"
                        + " WHERE story_id = :story ORDER BY idx")
                .bind("story", storyId)
                .map(
                    (rs, ctx) ->
                        new StorySentence(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list());
  }

  /** Indexes of the summary's sentences, in summary order. */
  public List<Integer> summarySentences(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT idx FROM sentences WHERE story_id = :story AND summary_rank IS NOT NULL"
                        + " ORDER BY summary_rank")
                .bind("story", storyId)
                .mapTo(Integer.class)
                .list());
  }

  public List<StoryQuote> quotes(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT start_offset, end_offset, kind, speaker, speaker_role, quote_text FROM quotes"
                        + " WHERE story_id = :story ORDER BY idx")
                .bind("story", storyId)
                .map(
                    (rs, ctx) ->
                        new StoryQuote(
                            rs.getInt(1),
                            rs.getInt(2),
                            StoryQuote.Kind.of(rs.getString(3)),
                            rs.getString(4),
                            Optional.ofNullable(rs.getString(5)),
                            rs.getString(6)))
                .list());
  }

  /**
   * The quotes of several stories in one query, by story id (a story without quotes maps to an
   * empty list), each story's in order.
   */
  public Map<Long, List<StoryQuote>> quotes(Collection<Long> storyIds) {
    return jdbi.withHandle(h -> quotes(h, storyIds));
  }

  private static Map<Long, List<StoryQuote>> quotes(Handle h, Collection<Long> storyIds) {
    Map<Long, List<StoryQuote>> byStory = new LinkedHashMap<>();
    storyIds.forEach(id -> byStory.put(id, new ArrayList<>()));
    if (storyIds.isEmpty()) {
      return byStory;
    }
    h.createQuery(
            "SELECT story_id, start_offset, end_offset, kind, speaker, speaker_role, quote_text"
                + " FROM quotes WHERE story_id IN (<stories>) ORDER BY story_id, idx")
        .bindList("stories", List.copyOf(new LinkedHashSet<>(storyIds)))
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getLong(1),
                    new StoryQuote(
                        rs.getInt(2),
                        rs.getInt(3),
                        StoryQuote.Kind.of(rs.getString(4)),
                        rs.getString(5),
                        Optional.ofNullable(rs.getString(6)),
                        rs.getString(7))))
        .forEach(entry -> byStory.get(entry.getKey()).add(entry.getValue()));
    return byStory;
  }

  /** Every canonical address the story was found at, the first first. */
  public List<String> sourceUrls(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT url FROM story_sources WHERE story_id = :story ORDER BY id")
                .bind("story", storyId)
                .mapTo(String.class)
                .list());
  }

  /** The feeds the story came through. */
  public List<Long> feedIds(long storyId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT feed_id FROM story_feeds WHERE story_id = :story ORDER BY feed_id")
                .bind("story", storyId)
                .mapTo(Long.class)
                .list());
  }

  /** The stories of these ids that are stored, in the order of the ids. */
  public List<StoredStory> findAll(List<Long> ids) {
    List<StoredStory> found = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += 500) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      Map<Long, StoredStory> byId = new java.util.HashMap<>();
      jdbi.useHandle(
          h ->
              h.createQuery("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id IN (<ids>)")
                  .bindList("ids", chunk)
                  .map(StoryStore::story)
                  .forEach(story -> byId.put(story.id(), story)));
      chunk.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(found::add);
    }
    return found;
  }

  /** The most recently fetched stories. */
  public List<StoredStory> latest(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + STORY_COLUMNS
                        + " FROM stories s ORDER BY s.fetched_at DESC, s.id DESC")
                .setMaxRows(limit)
                .map(StoryStore::story)
                .list());
  }

  /**
   * The ids of stored stories above {@code afterId}, ascending, at most {@code limit}: how an index
   * catches up.
   */
  public List<Long> storyIdsAfter(long afterId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM stories WHERE id > :after ORDER BY id")
                .bind("after", afterId)
                .setMaxRows(limit)
                .mapTo(Long.class)
                .list());
  }

  /**
   * The stories of these ids with their sentences and quotes, in id order, in three queries (a
   * search index reads the store in batches of these).
   */
  public List<IndexableStory> forIndexing(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h -> {
          Map<Long, StoredStory> found = new TreeMap<>();
          h.createQuery("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id IN (<ids>)")
              .bindList("ids", ids)
              .map(StoryStore::story)
              .forEach(story -> found.put(story.id(), story));
          Map<Long, List<StorySentence>> sentences = new TreeMap<>();
          h.createQuery(
                  "SELECT story_id, idx, paragraph, start_offset, end_offset FROM sentences WHERE story_id IN (<ids>)"
                      + " ORDER BY story_id, idx")
              .bindList("ids", ids)
              .map(
                  (rs, ctx) ->
                      Map.entry(
                          rs.getLong(1),
                          new StorySentence(
                              rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5))))
              .forEach(
                  row ->
                      sentences
                          .computeIfAbsent(row.getKey(), id -> new ArrayList<>())
                          .add(row.getValue()));
          Map<Long, List<StoryQuote>> quotes = quotes(h, ids);
          List<IndexableStory> stories = new ArrayList<>(found.size());
          found.forEach(
              (id, story) ->
                  stories.add(
                      new IndexableStory(
                          story,
                          sentences.getOrDefault(id, List.of()),
                          quotes.getOrDefault(id, List.of()))));
          return stories;
        });
  }

  /** Which of these stories came through a feed the owner subscribes to. */
  public Set<Long> inFeedsOf(FeedOwner owner, Collection<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return Set.of();
    }
    return jdbi.withHandle(
        h ->
            Set.copyOf(
                h.createQuery(
                        "SELECT DISTINCT sf.story_id FROM story_feeds sf"
                            + " JOIN feed_owners o ON o.feed_id = sf.feed_id"
                            + " WHERE o.platform = :platform AND o.workspace_id = :workspace AND sf.story_id IN (<ids>)")
                    .bind("platform", owner.platform())
                    .bind("workspace", owner.workspaceId())
                    .bindList("ids", List.copyOf(storyIds))
                    .mapTo(Long.class)
                    .list()));
  }

  /** Every stored story's id, oldest first. */
  public List<Long> storyIds() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT id FROM stories ORDER BY id").mapTo(Long.class).list());
  }

  public int count() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM stories").mapTo(Integer.class).one());
  }

  private static Optional<StoredStory> find(Handle h, long id) {
    return h.createQuery("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.id = :id")
        .bind("id", id)
        .map(StoryStore::story)
        .findOne();
  }

  private static Optional<StoredStory> findByUrl(Handle h, String canonicalUrl) {
    return h.createQuery(
            "SELECT "
                + STORY_COLUMNS
                + " FROM stories s JOIN story_sources src ON src.story_id = s.id"
                + " WHERE src.url = :url")
        .bind("url", canonicalUrl)
        .map(StoryStore::story)
        .findOne();
  }

  private static Optional<StoredStory> findSame(Handle h, List<String> canonicalUrls, String hash) {
    // A UNION rather than "content_hash = :hash OR id IN (…)": H2 reads every story for the OR.
    return h.createQuery(
            "SELECT "
                + STORY_COLUMNS
                + " FROM stories s WHERE s.id IN (SELECT id FROM stories WHERE content_hash = :hash"
                + " UNION SELECT story_id FROM story_sources WHERE url IN (<urls>)) ORDER BY s.id")
        .bind("hash", hash)
        .bindList("urls", canonicalUrls)
        .setMaxRows(1)
        .map(StoryStore::story)
        .findFirst();
  }

  private static Optional<StoredStory> findByHash(Handle h, String hash) {
    return h.createQuery("SELECT " + STORY_COLUMNS + " FROM stories s WHERE s.content_hash = :hash")
        .bind("hash", hash)
        .map(StoryStore::story)
        .findOne();
  }

  private static StoredStory story(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StoredStory(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("canonical_url"),
        rs.getString("title"),
        rs.getString("outlet"),
        Optional.ofNullable(rs.getString("author")),
        Optional.ofNullable(instant(rs, "published_at")),
        instant(rs, "fetched_at"),
        rs.getString("story_text"),
        rs.getString("summary"),
        rs.getString("language"),
        rs.getString("content_hash").strip(),
        rs.getInt("word_count"));
  }

  /** A {@code TIMESTAMP WITH TIME ZONE} column as an instant, null when null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** The value cut to a column's length, with an ellipsis when cut. */
  public static String clip(String value, int max) {
    if (value == null || value.length() <= max) {
      return value;
    }
    return value.substring(0, max - 1) + "\u2026";
  }

  /** SQLState 23505 — unique violation in H2 and PostgreSQL alike. */
  /**
   * Whether a failed transaction met another one storing the same thing at the same time, and is
   * worth running again: a unique key taken meanwhile (23505), or a lock it waited on too long
   * (H2's 50200) or a deadlock (40001, 40P01).
   */
  static boolean isConcurrentConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
