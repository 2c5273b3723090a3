package org.briefbot.app.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * ROUGE-1, -2, -L and -Lsum (precision, recall, F1) of a summary against a reference, computed
 * exactly as the project's reference scorer {@code tools/rouge.py} (itself a copy of Google's
 * rouge_score and checked against ROUGE-1.5.5): lower case, everything but {@code [a-z0-9]} a
 * space, tokens longer than three letters Porter-stemmed (the original 1980 algorithm, which
 * OpenNLP's {@link PorterStemmer} implements); sentences for ROUGE-Lsum are lines, or, in a text
 * without line breaks, what the reference's regex splitter finds. Not thread-safe (the stemmer
 * keeps state): use one per thread.
 */
public final class Rouge {
  /**
   * Abbreviations after which a full stop does not end a sentence (the reference scorer's list).
   */
  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "lt",
          "col", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "insp", "det", "vs",
          "etc", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m");

  private static final Pattern CASED_SPLIT =
      Pattern.compile(
          "(?<=[.!?])(['\"\u2019\u201d)\\]]*)\\s+(?=['\"\u2018\u201c(\\[]?[A-Z0-9])",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern TOKENISED_SPLIT =
      Pattern.compile("\\s[.!?](?:\\s+'')?(?=\\s+\\S)", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z][A-Za-z.]*)\\.$");
  private static final Pattern SINGLE_CAPITAL = Pattern.compile("[A-Z]");

  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, String> stems = new HashMap<>();

  /**
   * Scores for one prediction against the best-matching of several references, metric by metric.
   */
  public RougeScores score(List<String> references, String prediction) {
    if (references.isEmpty()) {
      throw new IllegalArgumentException("no reference to score against");
    }
    RougeScores best = null;
    for (String reference : references) {
      RougeScores scores = score(reference, prediction);
      best = best == null ? scores : best.bestOf(scores);
    }
    return best;
  }

  public RougeScores score(String reference, String prediction) {
    List<List<String>> referenceSentences =
        sentences(reference).stream().map(this::tokens).toList();
    List<List<String>> predictionSentences =
        sentences(prediction).stream().map(this::tokens).toList();
    List<String> referenceTokens = referenceSentences.stream().flatMap(List::stream).toList();
    List<String> predictionTokens = predictionSentences.stream().flatMap(List::stream).toList();
    return new RougeScores(
        ngrams(referenceTokens, predictionTokens, 1),
        ngrams(referenceTokens, predictionTokens, 2),
        Prf.of(
            lcsLength(referenceTokens, predictionTokens),
            predictionTokens.size(),
            referenceTokens.size()),
        summaryLevelLcs(referenceSentences, predictionSentences));
  }

  /** Lower-cased, stemmed tokens of a text, as the reference scorer makes them. */
  public List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      while (i < lower.length() && !isAsciiAlphanumeric(lower.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lower.length() && isAsciiAlphanumeric(lower.charAt(i))) {
        i++;
      }
      if (i > start) {
        String token = lower.substring(start, i);
        tokens.add(token.length() > 3 ? stems.computeIfAbsent(token, stemmer::stem) : token);
      }
    }
    return tokens;
  }

  /**
   * Sentences of a summary or reference: its lines when it has several, else the regex splitter's.
   */
  public static List<String> sentences(String text) {
    if (pyStrip(text).indexOf('\n') >= 0) {
      return Arrays.stream(text.split("\n", -1)).filter(line -> !pyStrip(line).isEmpty()).toList();
    }
    return splitSentences(text);
  }

  /**
   * The reference scorer's regex sentence splitter (no model); a line break always ends a sentence.
   */
  public static List<String> splitSentences(String text) {
    List<String> out = new ArrayList<>();
    for (String rawParagraph : text.split("\n", -1)) {
      String paragraph = pyStrip(rawParagraph);
      if (paragraph.isEmpty()) {
        continue;
      }
      List<String> pieces = new ArrayList<>();
      int last = 0;
      if (isLowerCased(paragraph)) {
        Matcher m = TOKENISED_SPLIT.matcher(paragraph);
        while (m.find()) {
          pieces.add(paragraph.substring(last, m.end()));
          last = m.end();
        }
      } else {
        Matcher m = CASED_SPLIT.matcher(paragraph);
        while (m.find()) {
          Matcher word = LAST_WORD.matcher(paragraph.substring(last, m.start()));
          if (word.find()
              && (ABBREVIATIONS.contains(word.group(1).toLowerCase(Locale.ROOT))
                  || SINGLE_CAPITAL.matcher(word.group(1)).matches())) {
            continue; // "Mr. Smith", "U.S. officials", "John F. Kennedy"
          }
          pieces.add(paragraph.substring(last, m.start()) + m.group(1));
          last = m.end();
        }
      }
      pieces.add(paragraph.substring(last));
      for (String piece : pieces) {
        String stripped = pyStrip(piece);
        if (!stripped.isEmpty()) {
          out.add(stripped);
        }
      }
    }
    return out;
  }

  /** Tokenised, lower-cased corpora (fewer than 1% capitals) end sentences at " . ". */
  private static boolean isLowerCased(String paragraph) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < paragraph.length(); ) {
      int c = paragraph.codePointAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
      i += Character.charCount(c);
    }
    return letters > 0 && upper < 0.01 * letters;
  }

  private static Prf ngrams(List<String> reference, List<String> prediction, int n) {
    Map<List<String>, Integer> referenceCounts = ngramCounts(reference, n);
    Map<List<String>, Integer> predictionCounts = ngramCounts(prediction, n);
    int hits = 0;
    for (Map.Entry<List<String>, Integer> gram : referenceCounts.entrySet()) {
      hits += Math.min(gram.getValue(), predictionCounts.getOrDefault(gram.getKey(), 0));
    }
    return Prf.of(
        hits, Math.max(0, prediction.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  private static Map<List<String>, Integer> ngramCounts(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
    }
    return counts;
  }

  static int lcsLength(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String ai = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        current[j] =
            ai.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }

  /**
   * Summary-level union LCS (Lin 2004, section 3.2), with rouge_score's back-tracking and clipping.
   */
  static Prf summaryLevelLcs(
      List<List<String>> referenceSentences, List<List<String>> predictionSentences) {
    int m = referenceSentences.stream().mapToInt(List::size).sum();
    int n = predictionSentences.stream().mapToInt(List::size).sum();
    if (m == 0 || n == 0) {
      return new Prf(0, 0, 0);
    }
    Map<String, Integer> referenceLeft = new HashMap<>();
    Map<String, Integer> predictionLeft = new HashMap<>();
    referenceSentences.forEach(s -> s.forEach(t -> referenceLeft.merge(t, 1, Integer::sum)));
    predictionSentences.forEach(s -> s.forEach(t -> predictionLeft.merge(t, 1, Integer::sum)));
    int hits = 0;
    for (List<String> reference : referenceSentences) {
      TreeSet<Integer> union = new TreeSet<>();
      for (List<String> prediction : predictionSentences) {
        union.addAll(lcsReferenceIndices(reference, prediction));
      }
      for (int index : union) {
        String token = reference.get(index);
        if (predictionLeft.getOrDefault(token, 0) > 0 && referenceLeft.getOrDefault(token, 0) > 0) {
          hits++;
          predictionLeft.merge(token, -1, Integer::sum);
          referenceLeft.merge(token, -1, Integer::sum);
        }
      }
    }
    return Prf.of(hits, n, m);
  }

  /**
   * Positions in {@code reference} of one longest common subsequence, tie-broken as rouge_score
   * does.
   */
  private static List<Integer> lcsReferenceIndices(
      List<String> reference, List<String> prediction) {
    int rows = reference.size();
    int cols = prediction.size();
    int[][] table = new int[rows + 1][cols + 1];
    for (int i = 1; i <= rows; i++) {
      String ri = reference.get(i - 1);
      for (int j = 1; j <= cols; j++) {
        table[i][j] =
            prediction.get(j - 1).equals(ri)
                ? table[i - 1][j - 1] + 1
                : Math.max(table[i - 1][j], table[i][j - 1]);
      }
    }
    List<Integer> indices = new ArrayList<>();
    int i = rows;
    int j = cols;
    while (i > 0 && j > 0) {
      if (reference.get(i - 1).equals(prediction.get(j - 1))) {
        indices.add(i - 1);
        i--;
        j--;
      } else if (table[i][j - 1] > table[i - 1][j]) {
        j--;
      } else {
        i--;
      }
    }
    return indices;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /**
   * Python's {@code str.strip()}: its idea of white space is wider than {@link String#strip()}'s.
   */
  static String pyStrip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPyWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && isPyWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPyWhitespace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u0085'
        || (c >= '\u001c' && c <= '\u001f');
  }
}
