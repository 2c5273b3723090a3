package org.briefbot.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.StoryQuotes;
import org.briefbot.core.store.Sha256;

/**
 * Every quote of every story added, searchable by a fragment of its words ("who said …?") and by
 * speaker ("what did … say about …?"). A Lucene index, in memory or in a directory on disk; stories
 * are added as they arrive (or fed from the store at start-up) and replace their earlier version by
 * {@link StoryQuotes#storyId()}. Thread-safe.
 *
 * <p>A fragment matches whatever its words are in: order, missing words, inflection ("risks" /
 * "risking") and punctuation do not stop a match; they lower the hit's confidence.
 */
public final class WhoSaidIndex implements AutoCloseable {
  /** Quotes shorter than this many characters tell nothing on their own. */
  private static final int MIN_QUOTE_CHARS = 8;

  private static final Pattern NON_WORD_RUN = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A fragment longer than this many words is cut; a quote is found by far fewer. */
  private static final int MAX_QUERY_TERMS = 40;

  /** How many of the best-scoring quotes are weighed for order and coverage. */
  private static final int CANDIDATES = 20;

  /** Below this, a quote shares words with the fragment but is not the one asked about. */
  private static final double MIN_CONFIDENCE = 0.4;

  private static final String STORY = "story";
  private static final String TEXT = "text";
  private static final String CONTEXT = "context";
  private static final String SPEAKER = "speaker";
  private static final String DAY = "day";

  /** The same words by the same speaker, in whichever story: one key. */
  private static final String KEY = "key";

  private final Directory directory;
  private final Analyzer words = QuoteTextAnalyzer.words();
  private final Analyzer names = QuoteTextAnalyzer.names();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private WhoSaidIndex(Directory directory) throws IOException {
    this.directory = directory;
    Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(SPEAKER, names));
    Lucene.OpenIndex index = Lucene.open(directory, new IndexWriterConfig(perField));
    this.writer = index.writer();
    this.searchers = index.searchers();
  }

  /** An index held in memory, gone when closed. */
  public static WhoSaidIndex inMemory() {
    try {
      return new WhoSaidIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An index in the given directory (readable, or empty); closes it when closed. */
  public static WhoSaidIndex in(Directory directory) {
    try {
      return new WhoSaidIndex(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the who-said index", e);
    }
  }

  /** Adds a story's quotes, replacing those it had under the same id. */
  public void add(StoryQuotes story) {
    addAll(List.of(story));
  }

  /** Adds many stories at once (one refresh for all: the way to load a store). */
  public void addAll(Collection<StoryQuotes> stories) {
    try {
      for (StoryQuotes story : stories) {
        List<Document> documents = new ArrayList<>(story.quotes().size());
        for (Quote quote : story.quotes()) {
          if (quote.text().strip().length() >= MIN_QUOTE_CHARS) {
            documents.add(document(story, quote));
          }
        }
        if (documents.isEmpty()) {
          // Not updateDocuments with no documents: Lucene's buffer accounting trips over it.
          writer.deleteDocuments(new Term(STORY, story.storyId()));
        } else {
          writer.updateDocuments(new Term(STORY, story.storyId()), documents);
        }
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add to the who-said index", e);
    }
  }

  /** Removes a story's quotes. */
  public void remove(String storyId) {
    try {
      writer.deleteDocuments(new Term(STORY, storyId));
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove from the who-said index", e);
    }
  }

  /** Writes what was added to the directory, so that an on-disk index survives a crash. */
  public void commit() {
    commit(commitData());
  }

  /**
   * Makes everything added durable, with {@code data} (the store's watermark) recorded beside it.
   */
  public void commit(Map<String, String> data) {
    Lucene.commit(writer, data, "who-said index");
  }

  /** What the last commit recorded beside the index, empty for a new index. */
  public Map<String, String> commitData() {
    return Lucene.commitData(writer);
  }

  /** Removes every quote (before a rebuild). */
  public void clear() {
    try {
      writer.deleteDocuments(new MatchAllDocsQuery());
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the who-said index", e);
    }
  }

  /** How many quotes the index holds. */
  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * The quotes that best match a fragment of their words, best first, one per distinct quote and
   * speaker, each from the earliest stored story that carries it (a wire quote printed by ten
   * outlets is answered with the first to print it).
   *
   * @param fragment some words of the quote, as remembered
   * @param limit at most this many hits
   */
  public List<WhoSaidHit> whoSaid(String fragment, int limit) {
    List<String> terms = terms(words, fragment);
    if (terms.isEmpty() || limit <= 0) {
      return List.of();
    }
    if (terms.size() > MAX_QUERY_TERMS) {
      terms = terms.subList(0, MAX_QUERY_TERMS);
    }
    // Any of the words: Lucene's top-k pruning keeps this fast however common they are; order,
    // missing words and rare words are then weighed on the few best candidates.
    BooleanQuery.Builder anyWords = new BooleanQuery.Builder();
    for (String term : new LinkedHashSet<>(terms)) {
      anyWords.add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD);
    }
    Query query = anyWords.build();
    List<String> queryTerms = terms;
    return withSearcher(
        searcher -> {
          Map<String, Double> weights = idfs(searcher.getIndexReader(), queryTerms);
          TopDocs top = searcher.search(query, Math.max(CANDIDATES, limit * 2));
          List<WhoSaidHit> hits = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document document = searcher.storedFields().document(scoreDoc.doc);
            double confidence = matchConfidence(weights, queryTerms, document.get(TEXT));
            if (confidence >= MIN_CONFIDENCE && seen.add(dedupeKey(document))) {
              hits.add(hit(earliest(searcher, document), confidence));
            }
          }
          hits.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
          return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        });
  }

  /**
   * What a person said, newest first; about a topic when one is given, best match first.
   *
   * @param person the speaker's name or part of it ("Blinken", "Antony Blinken")
   * @param topic words the quote or its sentence should contain, or "" for anything
   * @param limit at most this many hits
   */
  public List<WhoSaidHit> quotesBy(String person, String topic, int limit) {
    List<String> nameTerms = terms(names, person);
    if (nameTerms.isEmpty() || limit <= 0) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    // The last word of a name is the surname: it must match; first names help rank.
    query.add(new TermQuery(new Term(SPEAKER, nameTerms.get(nameTerms.size() - 1))), Occur.MUST);
    for (String term : nameTerms.subList(0, nameTerms.size() - 1)) {
      query.add(new TermQuery(new Term(SPEAKER, term)), Occur.SHOULD);
    }
    List<String> topicTerms = topic == null ? List.of() : terms(words, topic);
    if (topicTerms.size() > MAX_QUERY_TERMS) {
      topicTerms = topicTerms.subList(0, MAX_QUERY_TERMS);
    }
    if (!topicTerms.isEmpty()) {
      BooleanQuery.Builder about = new BooleanQuery.Builder();
      for (String term : new LinkedHashSet<>(topicTerms)) {
        about.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), 2f), Occur.SHOULD);
        about.add(new TermQuery(new Term(CONTEXT, term)), Occur.SHOULD);
      }
      query.add(about.build(), Occur.MUST);
    }
    List<String> wanted = topicTerms;
    return withSearcher(
        searcher -> {
          Map<String, Double> weights = idfs(searcher.getIndexReader(), wanted);
          TopDocs top =
              wanted.isEmpty()
                  ? searcher.search(
                      query.build(),
                      limit * 4,
                      new Sort(new SortField(DAY, SortField.Type.LONG, true)))
                  : searcher.search(query.build(), limit * 4);
          List<WhoSaidHit> hits = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document document = searcher.storedFields().document(scoreDoc.doc);
            if (!seen.add(dedupeKey(document))) {
              continue;
            }
            double confidence = nameConfidence(nameTerms, document.get(SPEAKER));
            if (!wanted.isEmpty()) {
              confidence *=
                  topicConfidence(
                      weights, wanted, document.get(TEXT) + " " + document.get(CONTEXT));
            }
            hits.add(hit(document, confidence));
            if (hits.size() == limit) {
              break;
            }
          }
          return hits;
        });
  }

  /**
   * Speakers on record whose name matches what a person has typed so far (the last word as a
   * prefix), those with the most quotes first: what a platform offers while the name is typed.
   */
  public List<String> speakersMatching(String typed, int limit) {
    List<String> typedTerms = terms(names, typed == null ? "" : typed);
    Query query;
    if (typedTerms.isEmpty()) {
      query = new MatchAllDocsQuery();
    } else {
      BooleanQuery.Builder builder = new BooleanQuery.Builder();
      for (String term : typedTerms.subList(0, typedTerms.size() - 1)) {
        builder.add(new TermQuery(new Term(SPEAKER, term)), Occur.MUST);
      }
      builder.add(
          new PrefixQuery(new Term(SPEAKER, typedTerms.get(typedTerms.size() - 1))), Occur.MUST);
      query = builder.build();
    }
    return withSearcher(
        searcher -> {
          Map<String, Integer> quotes = new HashMap<>();
          for (ScoreDoc scoreDoc : searcher.search(query, 500).scoreDocs) {
            String speaker = searcher.storedFields().document(scoreDoc.doc).get(SPEAKER);
            if (speaker != null && !speaker.isBlank()) {
              quotes.merge(speaker, 1, Integer::sum);
            }
          }
          return quotes.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(Math.max(0, limit))
              .map(Map.Entry::getKey)
              .toList();
        });
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the who-said index", e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Document document(StoryQuotes story, Quote quote) {
    Document document = new Document();
    document.add(new StringField(STORY, story.storyId(), Field.Store.YES));
    document.add(
        new StringField(
            KEY, Sha256.hex(dedupeKey(quote.speaker(), quote.text())), Field.Store.YES));
    document.add(new TextField(TEXT, NewsText.fold(quote.text()), Field.Store.NO));
    document.add(new StoredField(TEXT, quote.text()));
    document.add(new TextField(CONTEXT, NewsText.fold(quote.context()), Field.Store.NO));
    document.add(new StoredField(CONTEXT, quote.context()));
    document.add(new TextField(SPEAKER, NewsText.fold(quote.speaker()), Field.Store.NO));
    document.add(new StoredField(SPEAKER, quote.speaker()));
    document.add(new StoredField("role", quote.role()));
    document.add(new StoredField("kind", quote.kind().label()));
    document.add(new StoredField("title", story.title()));
    document.add(new StoredField("outlet", story.outlet()));
    document.add(new StoredField("url", story.url()));
    story.published().ifPresent(day -> document.add(new StoredField("published", day.toString())));
    document.add(
        new NumericDocValuesField(
            DAY, story.published().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)));
    return document;
  }

  /**
   * Of the stored copies of the quote in {@code document}, the one of the earliest story (dated
   * ones first).
   */
  private static Document earliest(IndexSearcher searcher, Document document) throws IOException {
    TopDocs copies = searcher.search(new TermQuery(new Term(KEY, document.get(KEY))), 50);
    Document first = document;
    long firstDay = day(document);
    for (ScoreDoc copy : copies.scoreDocs) {
      Document candidate = searcher.storedFields().document(copy.doc);
      long day = day(candidate);
      if (day < firstDay) {
        first = candidate;
        firstDay = day;
      }
    }
    return first;
  }

  private static long day(Document document) {
    String day = document.get("published");
    try {
      return day == null ? Long.MAX_VALUE : LocalDate.parse(day).toEpochDay();
    } catch (DateTimeParseException unreadable) {
      return Long.MAX_VALUE;
    }
  }

  private static WhoSaidHit hit(Document document, double confidence) {
    Optional<LocalDate> published = Optional.empty();
    String day = document.get("published");
    if (day != null) {
      try {
        published = Optional.of(LocalDate.parse(day));
      } catch (DateTimeParseException unreadable) {
        published = Optional.empty();
      }
    }
    return new WhoSaidHit(
        document.get(TEXT),
        document.get(SPEAKER),
        document.get("role"),
        QuoteKind.fromLabel(document.get("kind")),
        document.get(CONTEXT),
        document.get(STORY),
        document.get("title"),
        document.get("outlet"),
        published,
        document.get("url"),
        Math.round(confidence * 100) / 100.0);
  }

  /** One hit per quote and speaker: a wire story's quote printed by ten outlets is one answer. */
  private static String dedupeKey(Document document) {
    return dedupeKey(document.get(SPEAKER), document.get(TEXT));
  }

  private static String dedupeKey(String speaker, String text) {
    return speaker.toLowerCase(Locale.ROOT)
        + "\u0000"
        + NON_WORD_RUN
            .matcher(NewsText.fold(text).toLowerCase(Locale.ROOT))
            .replaceAll(" ")
            .strip();
  }

  /**
   * How much of the fragment the quote holds, its rarer words counting more, and in how much of the
   * same order: 1 when every word is there in order.
   */
  private double matchConfidence(
      Map<String, Double> weights, List<String> queryTerms, String quote) {
    List<String> quoteTerms = terms(words, quote);
    double coverage = coverage(weights, new HashSet<>(quoteTerms));
    double order = (double) longestCommonSubsequence(queryTerms, quoteTerms) / queryTerms.size();
    return coverage * (0.75 + 0.25 * order);
  }

  private double topicConfidence(
      Map<String, Double> weights, List<String> topicTerms, String text) {
    return topicTerms.isEmpty() ? 1 : coverage(weights, new HashSet<>(terms(words, text)));
  }

  /** The share of the asked words present, each weighted by its rarity. */
  private static double coverage(Map<String, Double> weights, Set<String> present) {
    double all = 0;
    double found = 0;
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      all += weight.getValue();
      if (present.contains(weight.getKey())) {
        found += weight.getValue();
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /**
   * BM25's inverse document frequency of each distinct word in the quote text. A word no quote has
   * (misremembered, or a typo) weighs as much as an average word of the fragment, not as the rarest
   * word there is.
   */
  private static Map<String, Double> idfs(IndexReader reader, List<String> terms)
      throws IOException {
    Map<String, Double> weights = new java.util.LinkedHashMap<>();
    int documents = Math.max(1, reader.numDocs());
    double known = 0;
    int knownCount = 0;
    for (String term : terms) {
      if (!weights.containsKey(term)) {
        int frequency = reader.docFreq(new Term(TEXT, term));
        double idf =
            frequency == 0 ? -1 : Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
        weights.put(term, idf);
        if (frequency > 0) {
          known += idf;
          knownCount++;
        }
      }
    }
    double average = knownCount == 0 ? 1 : known / knownCount;
    weights.replaceAll((term, idf) -> idf < 0 ? average : idf);
    return weights;
  }

  private double nameConfidence(List<String> nameTerms, String speaker) {
    Set<String> present = new HashSet<>(terms(names, speaker));
    long matched = nameTerms.stream().filter(present::contains).count();
    return (double) matched / nameTerms.size();
  }

  /**
   * Longest common subsequence of two word lists (the fragment's are few; the quote's are capped).
   */
  private static int longestCommonSubsequence(List<String> a, List<String> b) {
    int bLength = Math.min(b.size(), 2_000);
    int[] previous = new int[bLength + 1];
    int[] current = new int[bLength + 1];
    for (String wordA : a) {
      for (int j = 1; j <= bLength; j++) {
        current[j] =
            wordA.equals(b.get(j - 1))
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[bLength];
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    return text == null || text.isBlank()
        ? new ArrayList<>()
        : Lucene.terms(analyzer, TEXT, NewsText.fold(text));
  }

  private <T> T withSearcher(Lucene.SearchAction<T> action) {
    return Lucene.withSearcher(searchers, action, "who-said index");
  }
}
