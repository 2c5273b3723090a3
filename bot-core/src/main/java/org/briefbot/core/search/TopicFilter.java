package org.briefbot.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.store.StoredStory;

/**
 * Whether a story is about words a person gave, matched as {@code /brief <topic>} matches them
 * ({@link StoryIndex}: English analysis, so "bikes" finds "bike" and "biking"): a story passes when
 * its headline, summary or body has one of the included words or phrases (or nothing is included)
 * and none of the excluded ones.
 *
 * <p>Words are written as typed: "bikes cycling" is two words; with commas each part is one term,
 * several words of a part a phrase ("climate, energy prices"); words in double quotes are a phrase
 * ({@code "bike lanes"}). Immutable and thread-safe.
 */
public final class TopicFilter {
  /** At most this many words or phrases on each side. */
  public static final int MAX_TERMS = 20;

  private static final Analyzer ENGLISH = new EnglishAnalyzer();
  private static final TopicFilter NONE = new TopicFilter(List.of(), List.of());

  private final List<Term> include;
  private final List<Term> exclude;

  private TopicFilter(List<Term> include, List<Term> exclude) {
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
  }

  /** The filter every story passes. */
  public static TopicFilter none() {
    return NONE;
  }

  /**
   * The filter of the words a person typed (either may be empty or null).
   *
   * @throws UserFacingException when a word or phrase has nothing a story could be matched on (only
   *     stop words or signs)
   */
  public static TopicFilter parse(String include, String exclude) {
    return new TopicFilter(terms(include), terms(exclude));
  }

  /** Whether nothing is included or excluded, so every story passes. */
  public boolean isEmpty() {
    return include.isEmpty() && exclude.isEmpty();
  }

  /** The included words and phrases as given, phrases in double quotes. */
  public List<String> included() {
    return include.stream().map(Term::shown).toList();
  }

  /** The excluded words and phrases as given, phrases in double quotes. */
  public List<String> excluded() {
    return exclude.stream().map(Term::shown).toList();
  }

  /** The included words in a form {@link #parse} reads back ("bikes, \"bike lanes\""). */
  public String includeText() {
    return String.join(", ", included());
  }

  /** The excluded words in a form {@link #parse} reads back. */
  public String excludeText() {
    return String.join(", ", excluded());
  }

  /**
   * What the filter holds, for a person: {@code about bikes or "bike lanes", not sport}, {@code
   * every story} when empty.
   */
  public String describe() {
    if (isEmpty()) {
      return "every story";
    }
    List<String> parts = new ArrayList<>();
    if (!include.isEmpty()) {
      parts.add("about " + String.join(" or ", included()));
    }
    if (!exclude.isEmpty()) {
      parts.add((include.isEmpty() ? "except " : "not ") + String.join(" or ", excluded()));
    }
    return String.join(", ", parts);
  }

  /** Whether the story passes: an included term (if any is given) and no excluded one. */
  public boolean matches(StoredStory story) {
    return matches(Text.of(story));
  }

  /** Whether the text passes: an included term (if any is given) and no excluded one. */
  public boolean matches(Text text) {
    return excludedBy(text).isEmpty() && (include.isEmpty() || !matchedBy(text).isEmpty());
  }

  /** The included words and phrases the story has, as given, in the filter's order. */
  public List<String> matchedBy(Text text) {
    return include.stream().filter(term -> term.in(text)).map(Term::shown).toList();
  }

  /** The first excluded word or phrase the story has, as given, if any: why it is left out. */
  public Optional<String> excludedBy(Text text) {
    return exclude.stream().filter(term -> term.in(text)).map(Term::shown).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TopicFilter that
        && included().equals(that.included())
        && excluded().equals(that.excluded());
  }

  @Override
  public int hashCode() {
    return included().hashCode() * 31 + excluded().hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * A story's headline, summary and body analysed once, for any number of filters to look at.
   * Immutable.
   */
  public static final class Text {
    private final Map<String, List<Integer>> positions;

    private Text(Map<String, List<Integer>> positions) {
      this.positions = positions;
    }

    /** A stored story's headline, summary and text. */
    public static Text of(StoredStory story) {
      return of(story.title(), story.summary(), story.text());
    }

    /** Any headline, summary and body (a feed item's title and description). */
    public static Text of(String headline, String summary, String body) {
      Map<String, List<Integer>> positions = new HashMap<>();
      int base = 0;
      for (String part : new String[] {headline, summary, body}) {
        if (part == null || part.isEmpty()) {
          continue;
        }
        List<Analysed> terms = analyse(part);
        for (Analysed term : terms) {
          positions
              .computeIfAbsent(term.term(), t -> new ArrayList<>())
              .add(base + term.position());
        }
        // a phrase never runs from the headline into the summary
        base += (terms.isEmpty() ? 0 : terms.get(terms.size() - 1).position()) + 100;
      }
      return new Text(positions);
    }

    private boolean has(List<Analysed> phrase) {
      List<Integer> starts = positions.get(phrase.get(0).term());
      if (starts == null) {
        return false;
      }
      int first = phrase.get(0).position();
      for (int start : starts) {
        boolean all = true;
        for (int i = 1; i < phrase.size() && all; i++) {
          List<Integer> at = positions.get(phrase.get(i).term());
          all = at != null && at.contains(start + phrase.get(i).position() - first);
        }
        if (all) {
          return true;
        }
      }
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private record Analysed(String term, int position) {}

  /** A word or phrase: its analysed terms with their relative positions, and how it was given. */
  private record Term(String shown, List<Analysed> analysed) {
    boolean in(Text text) {
      return text.has(analysed);
    }
  }

  private static List<Term> terms(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    String folded = NewsText.fold(typed).strip();
    List<String> given = new ArrayList<>();
    List<Boolean> quoted = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    boolean commas = false;
    String[] parts = folded.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean phrase = i % 2 == 1 && i < parts.length - 1;
      if (phrase) {
        String words = parts[i].strip().replaceAll("\\s+", " ");
        if (!words.isEmpty()) {
          given.add(words);
          quoted.add(true);
        }
        rest.append(" , ");
      } else {
        commas |= parts[i].contains(",");
        rest.append(parts[i]);
      }
    }
    for (String part : rest.toString().split(commas ? "," : "[,\\s]+")) {
      String words = part.strip().replaceAll("\\s+", " ");
      if (!words.isEmpty()) {
        given.add(words);
        quoted.add(words.contains(" "));
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < given.size() && terms.size() < MAX_TERMS; i++) {
      String words = given.get(i);
      List<Analysed> analysed = analyse(words);
      if (analysed.isEmpty()) {
        throw new UserFacingException(
            "\""
                + words
                + "\" has no word a story could be matched on; give a word such as a name or a"
                + " subject.");
      }
      String shown = quoted.get(i) ? "\"" + words + "\"" : words;
      String key = analysed.stream().map(Analysed::term).collect(Collectors.joining(" "));
      if (seen.add(key)) {
        terms.add(new Term(shown, analysed));
      }
    }
    return terms;
  }

  private static List<Analysed> analyse(String text) {
    List<Analysed> terms = new ArrayList<>();
    try (TokenStream stream = ENGLISH.tokenStream("body", NewsText.fold(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.add(new Analysed(term.toString(), position));
      }
      stream.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return terms;
  }
}
