package org.briefbot.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of quote attribution, each a resource file under {@code quotes/words/}: words
 * separated by white space, any number a line, {@code #} to the end of a line a comment. All are
 * read in lower case, so a list is one place to look up and to change.
 */
final class WordLists {
  private static final String FOLDER = "words/";

  private WordLists() {}

  /**
   * The words of the list {@code name} ({@code words/name.txt}); fails loudly when it is missing.
   */
  static Set<String> load(String name) {
    Set<String> words = new HashSet<>();
    for (String line : lines(name)) {
      int comment = line.indexOf('#');
      String content = comment >= 0 ? line.substring(0, comment) : line;
      for (String word : content.strip().split("\\s+")) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(words);
  }

  /**
   * The mapping of the list {@code name}: each line's words before {@code ->} map to the words
   * after it ({@code sen sen. -> senator}), all lower case.
   */
  static Map<String, Set<String>> mapping(String name) {
    Map<String, Set<String>> mapping = new HashMap<>();
    for (String line : phrases(name)) {
      int arrow = line.indexOf("->");
      if (arrow < 0) {
        throw new IllegalStateException("no \"->\" in a line of word list " + name + ": " + line);
      }
      Set<String> targets = Set.of(line.substring(arrow + 2).strip().split("\\s+"));
      for (String word : line.substring(0, arrow).strip().split("\\s+")) {
        mapping.put(word, targets);
      }
    }
    return Map.copyOf(mapping);
  }

  /**
   * The phrases of the list {@code name}, one a line, lower case, comments and blank lines skipped.
   */
  static List<String> phrases(String name) {
    List<String> phrases = new ArrayList<>();
    for (String line : lines(name)) {
      String phrase = line.startsWith("#") ? "" : line.strip().toLowerCase(Locale.ROOT);
      if (!phrase.isEmpty()) {
        phrases.add(phrase);
      }
    }
    return List.copyOf(phrases);
  }

  private static List<String> lines(String name) {
    String path = FOLDER + name + ".txt";
    InputStream in = WordLists.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("word list missing from the classpath: " + path);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
    return lines;
  }
}
