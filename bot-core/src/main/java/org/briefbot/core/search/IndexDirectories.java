package org.briefbot.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index directories on disk. The store is the source of truth, so an index that cannot be read
 * (half-written, damaged, from another Lucene version) is not repaired but emptied, to be
 * rebuilt from the store.
 */
final class IndexDirectories {
  private static final Logger LOG = LoggerFactory.getLogger(IndexDirectories.class);

  private IndexDirectories() {}

  /** The directory at {@code path} (created if missing), emptied first when what it holds cannot be read. */
  static Directory openReadable(Path path) {
    try {
      Files.createDirectories(path);
      FSDirectory directory = FSDirectory.open(path);
      if (DirectoryReader.indexExists(directory)) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
          reader.numDocs();
        } catch (IOException | RuntimeException unreadable) {
          LOG.warn("The index in {} cannot be read ({}); it is rebuilt from the store.", path, unreadable.toString());
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
