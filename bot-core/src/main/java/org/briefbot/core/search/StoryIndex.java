package org.briefbot.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.briefbot.core.nlp.NewsText;

/**
 * Every stored story's headline, summary and body, searchable by topic: BM25 over the three (the
 * headline weighs most), English analysis (stop words out, Porter stems: "invasions" finds
 * "invasion"), words in double quotes as a phrase, fresher stories lifted. Holds what a list of
 * stories shows (headline, link, outlet, date, first summary sentence), so a topic search needs no
 * database read. Thread-safe.
 */
public final class StoryIndex implements AutoCloseable {
  private static final String ID = "id";
  private static final String HEADLINE = "headline";
  private static final String SUMMARY = "summary";
  private static final String BODY = "body";
  private static final String DAY = "day";

  /**
   * Headline, summary and body as one field of words alone (no frequencies, positions or norms):
   * how many stories match a topic of words is counted on it, one list a word, instead of going
   * through the three fields' lists for every match.
   */
  private static final String ANY = "any";

  private static final FieldType WORDS_ONLY = wordsOnly();
  private static final Map<String, Float> FIELD_WEIGHTS =
      Map.of(HEADLINE, 3f, SUMMARY, 2f, BODY, 1f);

  /** How many of the best by relevance alone are weighed again with their freshness. */
  private static final int RERANKED = 300;

  /** A story published today counts this much more than an old one of the same relevance... */
  private static final double FRESH_BONUS = 0.5;

  /** ...a story this many days old half as much more. */
  private static final double BONUS_HALF_LIFE_DAYS = 30;

  /** A topic longer than this many words is cut: a topic is a few words. */
  private static final int MAX_QUERY_WORDS = 24;

  private final Directory directory;
  private final Analyzer english = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private StoryIndex(Directory directory) throws IOException {
    this.directory = directory;
    Lucene.OpenIndex index =
        Lucene.open(directory, new IndexWriterConfig(english).setRAMBufferSizeMB(48));
    this.writer = index.writer();
    this.searchers = index.searchers();
  }

  /** An index held in memory, gone when closed. */
  public static StoryIndex inMemory() {
    return in(new ByteBuffersDirectory());
  }

  /**
   * An index in the given directory (readable, or empty: see {@link IndexDirectories}); closes it
   * when closed.
   */
  public static StoryIndex in(Directory directory) {
    try {
      return new StoryIndex(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the story index", e);
    }
  }

  /**
   * A story as the index takes it.
   *
   * @param id the store's key
   * @param headline its title
   * @param summary its summary, one sentence a line
   * @param body its text
   * @param url its link, "" when none
   * @param outlet the site's name
   * @param date when it was published (else fetched)
   * @param published whether {@code date} is the publication date the page gave
   */
  public record IndexedStory(
      long id,
      String headline,
      String summary,
      String body,
      String url,
      String outlet,
      Instant date,
      boolean published) {}

  /**
   * A story that matched a topic.
   *
   * @param date when it was published, or first seen when the page gave no date
   * @param published whether {@code date} is the publication date (cards show no other as one)
   * @param lead the summary's first sentence, "" when none
   * @param score relevance with recency, comparable only within one search
   */
  public record StoryHit(
      long id,
      String headline,
      String url,
      String outlet,
      Instant date,
      boolean published,
      String lead,
      double score) {}

  /**
   * What a topic search found.
   *
   * @param total how many stories match the topic
   * @param best the best of them, best first (the freshness weighed among the best few hundred)
   */
  public record TopicMatches(int total, List<StoryHit> best) {}

  /** Adds stories, replacing those stored under the same ids. */
  public void addAll(Collection<IndexedStory> stories) {
    try {
      for (IndexedStory story : stories) {
        writer.updateDocument(new Term(ID, Long.toString(story.id())), document(story));
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add to the story index", e);
    }
  }

  /** Whether a story of that id is in the index. */
  public boolean contains(long id) {
    return withSearcher(
        searcher -> searcher.count(new TermQuery(new Term(ID, Long.toString(id)))) > 0);
  }

  /** How many stories the index holds. */
  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /** Removes every story (before a rebuild). */
  public void clear() {
    try {
      writer.deleteDocuments(new org.apache.lucene.search.MatchAllDocsQuery());
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the story index", e);
    }
  }

  /**
   * What the last commit recorded beside the index (the store's watermark), empty for a new index.
   */
  public Map<String, String> commitData() {
    return Lucene.commitData(writer);
  }

  /** Makes everything added durable, with {@code data} recorded beside it. */
  public void commit(Map<String, String> data) {
    Lucene.commit(writer, data, "story index");
  }

  /**
   * The stories that match a topic, best first: every word (or quoted phrase) must be in the
   * headline, summary or body; BM25 ranks them, and of the best few hundred a fresher story goes up
   * (up to {@value #FRESH_BONUS} more for today's, half that for a month-old one).
   *
   * @param topic words, "phrases in double quotes"
   * @param now the time freshness is measured from
   * @param limit at most this many of the best
   */
  public TopicMatches search(String topic, Instant now, int limit) {
    Optional<Query> query = query(topic);
    if (query.isEmpty() || limit <= 0) {
      return new TopicMatches(0, List.of());
    }
    long today = now.getEpochSecond() / 86_400;
    return withSearcher(
        searcher -> {
          TopDocs top = searcher.search(query.get(), Math.max(RERANKED, limit));
          if (top.scoreDocs.length == 0) {
            return new TopicMatches(0, List.of());
          }
          int total =
              top.totalHits.relation == org.apache.lucene.search.TotalHits.Relation.EQUAL_TO
                  ? (int) top.totalHits.value
                  : searcher.count(countQuery(topic));
          List<ScoreDoc> ranked = new ArrayList<>(List.of(top.scoreDocs));
          ranked.sort(java.util.Comparator.comparingInt(scoreDoc -> scoreDoc.doc));
          List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
          int leafIndex = -1;
          NumericDocValues days = null;
          for (ScoreDoc scoreDoc : ranked) {
            int leaf = ReaderUtil.subIndex(scoreDoc.doc, leaves);
            if (leaf != leafIndex) {
              leafIndex = leaf;
              days = leaves.get(leaf).reader().getNumericDocValues(DAY);
            }
            int local = scoreDoc.doc - leaves.get(leaf).docBase;
            long age =
                days != null && days.advanceExact(local)
                    ? Math.max(0, today - days.longValue())
                    : Long.MAX_VALUE / 2;
            scoreDoc.score *= (float) (1 + FRESH_BONUS * Math.pow(0.5, age / BONUS_HALF_LIFE_DAYS));
          }
          ranked.sort(
              (a, b) ->
                  a.score != b.score
                      ? Float.compare(b.score, a.score)
                      : Integer.compare(a.doc, b.doc));
          List<StoryHit> hits = new ArrayList<>();
          for (ScoreDoc scoreDoc : ranked.subList(0, Math.min(limit, ranked.size()))) {
            Document document = searcher.storedFields().document(scoreDoc.doc);
            hits.add(
                new StoryHit(
                    Long.parseLong(document.get(ID)),
                    document.get(HEADLINE),
                    document.get("url"),
                    document.get("outlet"),
                    Instant.ofEpochSecond(document.getField("seconds").numericValue().longValue()),
                    !"no".equals(document.get("published")),
                    document.get("lead"),
                    scoreDoc.score));
          }
          return new TopicMatches(total, hits);
        });
  }

  /** Whether the topic has any word the index would look for (not only stop words or signs). */
  public boolean isSearchable(String topic) {
    return query(topic).isPresent();
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the story index", e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Document document(IndexedStory story) {
    Document document = new Document();
    String id = Long.toString(story.id());
    document.add(new StringField(ID, id, Field.Store.YES));
    document.add(new TextField(HEADLINE, NewsText.fold(story.headline()), Field.Store.NO));
    document.add(new StoredField(HEADLINE, story.headline()));
    document.add(new TextField(SUMMARY, NewsText.fold(story.summary()), Field.Store.NO));
    document.add(new TextField(BODY, NewsText.fold(story.body()), Field.Store.NO));
    String lead = story.summary().isEmpty() ? "" : story.summary().split("\n", 2)[0];
    document.add(new StoredField("lead", lead));
    document.add(new StoredField("url", story.url()));
    document.add(new StoredField("outlet", story.outlet()));
    document.add(new StoredField("seconds", story.date().getEpochSecond()));
    document.add(new StoredField("published", story.published() ? "yes" : "no"));
    document.add(new NumericDocValuesField(DAY, story.date().getEpochSecond() / 86_400));
    document.add(
        new Field(
            ANY,
            NewsText.fold(story.headline())
                + "\n"
                + NewsText.fold(story.summary())
                + "\n"
                + NewsText.fold(story.body()),
            WORDS_ONLY));
    return document;
  }

  private static FieldType wordsOnly() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /**
   * Each word, or "quoted phrase", must be in one of the fields at least; the headline counts most.
   * Empty when nothing is left to look for.
   */
  private Optional<Query> query(String topic) {
    return clauses(
        topic,
        word -> anyField(field -> new TermQuery(new Term(field, word))),
        phrase -> anyField(field -> new PhraseQuery(field, phrase)));
  }

  /**
   * The stories {@link #query} matches, unscored: a word in {@link #ANY}, a phrase (positions are
   * kept in the three fields alone) in one of the fields.
   */
  private Query countQuery(String topic) {
    return clauses(
            topic,
            word -> new TermQuery(new Term(ANY, word)),
            phrase -> anyField(field -> new PhraseQuery(field, phrase)))
        .orElseThrow();
  }

  private Optional<Query> clauses(
      String topic,
      java.util.function.Function<String, Query> ofWord,
      java.util.function.Function<String[], Query> ofPhrase) {
    if (topic == null || topic.isBlank()) {
      return Optional.empty();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    String folded = NewsText.fold(topic).replace('\u201C', '"').replace('\u201D', '"');
    String[] parts = folded.split("\"", -1);
    for (int i = 0; i < parts.length && clauses < MAX_QUERY_WORDS; i++) {
      boolean phrase = i % 2 == 1 && i < parts.length - 1;
      List<String> words = analyzed(parts[i]);
      if (words.isEmpty()) {
        continue;
      }
      if (phrase && words.size() > 1) {
        all.add(ofPhrase.apply(words.toArray(String[]::new)), Occur.MUST);
        clauses++;
      } else {
        for (String word : words.subList(0, Math.min(words.size(), MAX_QUERY_WORDS - clauses))) {
          all.add(ofWord.apply(word), Occur.MUST);
          clauses++;
        }
      }
    }
    return clauses == 0 ? Optional.empty() : Optional.of(all.build());
  }

  private static Query anyField(java.util.function.Function<String, Query> perField) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    FIELD_WEIGHTS.forEach(
        (field, weight) -> any.add(new BoostQuery(perField.apply(field), weight), Occur.SHOULD));
    return any.build();
  }

  private List<String> analyzed(String text) {
    return Lucene.terms(english, BODY, text);
  }

  private <T> T withSearcher(Lucene.SearchAction<T> action) {
    return Lucene.withSearcher(searchers, action, "story index");
  }
}
