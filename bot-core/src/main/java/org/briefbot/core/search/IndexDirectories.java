package org.briefbot.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index directories on disk. The store is the source of truth, so an index that cannot be read
 * (half-written, damaged, from another Lucene version) is not repaired but emptied, to be rebuilt
 * from the store.
 */
final class IndexDirectories {
  private static final Logger LOG = LoggerFactory.getLogger(IndexDirectories.class);

  private IndexDirectories() {}

  /**
   * The index at {@code path} (created if missing) as {@code opener} opens it; emptied and opened
   * again when what it holds cannot be read. An index another process holds open is never emptied.
   */
  static <T> T open(Path path, Function<Directory, T> opener) {
    Directory directory = openChecked(path);
    try {
      return opener.apply(directory);
    } catch (RuntimeException unreadable) {
      if (inUse(unreadable)) {
        closeQuietly(directory);
        throw new UncheckedIOException(
            "The search index in "
                + path
                + " is in use by another Briefbot process; "
                + "give each process its own index directory (BRIEFBOT_INDEX_DIR).",
            new IOException(unreadable));
      }
      LOG.warn(
          "The index in {} cannot be read ({}); it is rebuilt from the store.",
          path,
          unreadable.toString());
      try {
        empty(directory);
      } catch (IOException e) {
        closeQuietly(directory);
        throw new UncheckedIOException("cannot empty the unreadable index in " + path, e);
      }
      return opener.apply(directory);
    }
  }

  /**
   * The directory, emptied first when its last commit cannot be read or there is none but files.
   */
  private static Directory openChecked(Path path) {
    try {
      Files.createDirectories(path);
      FSDirectory directory = FSDirectory.open(path);
      if (DirectoryReader.indexExists(directory)) {
        try {
          SegmentInfos.readLatestCommit(directory);
        } catch (IOException | RuntimeException unreadable) {
          LOG.warn(
              "The index in {} cannot be read ({}); it is rebuilt from the store.",
              path,
              unreadable.toString());
          empty(directory);
        }
      } else if (directory.listAll().length > 0) {
        // Files but no commit: a build interrupted before its first commit.
        empty(directory);
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index directory " + path, e);
    }
  }

  private static boolean inUse(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof LockObtainFailedException) {
        return true;
      }
    }
    return false;
  }

  private static void closeQuietly(Directory directory) {
    try {
      directory.close();
    } catch (IOException ignored) {
      // already failing; the first failure is the one to report
    }
  }

  private static void empty(Directory directory) throws IOException {
    for (String file : directory.listAll()) {
      if (!file.equals("write.lock")) {
        directory.deleteFile(file);
      }
    }
  }

  /** Deletes an index directory and everything in it (tests, and an operator's reset). */
  static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
