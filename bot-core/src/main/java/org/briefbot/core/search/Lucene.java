package org.briefbot.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * What every index of the bot does with Lucene the same way: terms of a text, a searcher lent and
 * returned, commits with data.
 */
public final class Lucene {
  private Lucene() {}

  /** A writer over an index and the searchers that read what it wrote. */
  public record OpenIndex(IndexWriter writer, SearcherManager searchers) {}

  /**
   * Opens the index in {@code directory} for writing (an empty one is created) with searchers over
   * it. When what it holds cannot be read, the writer is let go, its lock freed, before the failure
   * is thrown, so that the directory can be emptied and opened again ({@link IndexDirectories}).
   */
  public static OpenIndex open(Directory directory, IndexWriterConfig config) throws IOException {
    IndexWriter writer =
        new IndexWriter(directory, config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    try {
      return new OpenIndex(writer, new SearcherManager(writer, null));
    } catch (IOException | RuntimeException unreadable) {
      writer.rollback();
      throw unreadable;
    }
  }

  /** A search run with a searcher; may throw Lucene's IOException. */
  public interface SearchAction<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** Runs {@code action} with a current searcher, returned afterwards whatever happens. */
  public static <T> T withSearcher(
      SearcherManager searchers, SearchAction<T> action, String index) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return action.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the " + index, e);
    }
  }

  /** The user data the writer's last commit (or the next one) carries. */
  public static Map<String, String> commitData(IndexWriter writer) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    return data;
  }

  /** Makes everything added durable, with {@code data} recorded beside it. */
  public static void commit(IndexWriter writer, Map<String, String> data, String index) {
    try {
      writer.setLiveCommitData(Map.copyOf(data).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the " + index, e);
    }
  }
}
