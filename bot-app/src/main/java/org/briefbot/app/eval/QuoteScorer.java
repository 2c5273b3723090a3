package org.briefbot.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predicted quotes against gold ones exactly as the reference scorer ({@code
 * shared/tools/quote_score.py}) does: a gold quote matches a prediction that covers at least half
 * of its characters, one to one, best overlap first; the speaker is right when it names the same
 * person, titles aside. Adds breakdowns by the way the story names the speaker, and a lenient count
 * that also accepts the gold's resolved speaker where the gold gives one.
 */
public final class QuoteScorer {
  static final double THRESHOLD = 0.5;

  private static final Set<String> TITLES =
      Set.of(
          ("mr mrs ms miss dr sen senator rep gov governor president prime minister premier mayor chief "
                  + "secretary gen general sir dame lord prof professor the a an jr sr coach judge justice officer "
                  + "sgt cpl lt col capt st u s us")
              .split(" "));
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "who", "him", "her", "them");

  /**
   * A gold quote: its span, kind, speaker (the reference), how the story names them, and a resolved
   * name if known.
   */
  public record Gold(
      int start,
      int end,
      String kind,
      String speaker,
      String mentionType,
      String resolvedSpeaker) {}

  /** A predicted quote. */
  public record Predicted(int start, int end, String speaker) {}

  /**
   * Counts per group: gold quotes, those extracted, those attributed right (strictly and
   * leniently).
   */
  public static final class Tally {
    int gold;
    int extracted;
    int attributed;
    int attributedLenient;

    public int gold() {
      return gold;
    }

    public int extracted() {
      return extracted;
    }

    public int attributed() {
      return attributed;
    }

    public int attributedLenient() {
      return attributedLenient;
    }
  }

  private final Tally total = new Tally();
  private final Map<String, Tally> byKind = new TreeMap<>();
  private final Map<String, Tally> byMention = new LinkedHashMap<>();
  private int predicted;

  public QuoteScorer() {
    for (String type : List.of("name", "pronoun", "role noun", "none")) {
      byMention.put(type, new Tally());
    }
  }

  /** Adds one story's predictions and gold quotes. */
  public void add(List<Predicted> predictions, List<Gold> golds) {
    predicted += predictions.size();
    List<double[]> candidates = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      Gold gold = golds.get(g);
      int length = Math.max(1, gold.end() - gold.start());
      for (int p = 0; p < predictions.size(); p++) {
        Predicted prediction = predictions.get(p);
        int overlap =
            Math.max(
                0,
                Math.min(gold.end(), prediction.end())
                    - Math.max(gold.start(), prediction.start()));
        double ratio = (double) overlap / length;
        if (ratio >= THRESHOLD) {
          candidates.add(new double[] {ratio, g, p});
        }
      }
    }
    // The reference sorts (ratio, gold index, prediction index) tuples in reverse: ties go to the
    // later indices.
    candidates.sort(
        (a, b) -> {
          for (int i = 0; i < 3; i++) {
            int c = Double.compare(b[i], a[i]);
            if (c != 0) {
              return c;
            }
          }
          return 0;
        });
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedPrediction = new HashSet<>();
    Map<Integer, Integer> match = new LinkedHashMap<>();
    for (double[] candidate : candidates) {
      int g = (int) candidate[1];
      int p = (int) candidate[2];
      if (usedGold.contains(g) || usedPrediction.contains(p)) {
        continue;
      }
      usedGold.add(g);
      usedPrediction.add(p);
      match.put(g, p);
    }
    for (int g = 0; g < golds.size(); g++) {
      Gold gold = golds.get(g);
      List<Tally> tallies =
          List.of(
              total,
              byKind.computeIfAbsent(gold.kind(), k -> new Tally()),
              byMention.computeIfAbsent(gold.mentionType(), k -> new Tally()));
      boolean extracted = match.containsKey(g);
      String speaker = extracted ? predictions.get(match.get(g)).speaker() : "";
      boolean right = extracted && sameSpeaker(speaker, gold.speaker());
      boolean lenient =
          right
              || extracted
                  && gold.resolvedSpeaker() != null
                  && sameSpeaker(speaker, gold.resolvedSpeaker());
      for (Tally tally : tallies) {
        tally.gold++;
        tally.extracted += extracted ? 1 : 0;
        tally.attributed += right ? 1 : 0;
        tally.attributedLenient += lenient ? 1 : 0;
      }
    }
  }

  public int predicted() {
    return predicted;
  }

  public Tally total() {
    return total;
  }

  public Map<String, Tally> byKind() {
    return byKind;
  }

  public Map<String, Tally> byMention() {
    return byMention;
  }

  /**
   * Precision, recall and F1 of a count of right answers among all predictions and all gold quotes.
   */
  public Prf score(int right) {
    return Prf.of(right, predicted, total.gold);
  }

  /**
   * The reference's speaker match: titles dropped, same last word, or one name's words inside the
   * other's.
   */
  public static boolean sameSpeaker(String predicted, String gold) {
    List<String> p = words(predicted);
    List<String> g = words(gold);
    if (p.isEmpty() || g.isEmpty()) {
      return false;
    }
    if (p.get(p.size() - 1).equals(g.get(g.size() - 1))) {
      return true;
    }
    return new HashSet<>(g).containsAll(p) || new HashSet<>(p).containsAll(g);
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    Matcher matcher = WORD.matcher(name.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    while (matcher.find()) {
      String word = matcher.group();
      if (!TITLES.contains(word) && word.length() > 1) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * How the gold names its speaker: the gold's own {@code mention_type} when it has one (PolNeAR's
   * "nominal" is a role noun), else read from the mention's words.
   */
  public static String mentionType(String goldMentionType, String speakerMention) {
    if (goldMentionType != null && !goldMentionType.isEmpty()) {
      return switch (goldMentionType) {
        case "nominal" -> "role noun";
        default -> goldMentionType;
      };
    }
    String mention = speakerMention == null ? "" : speakerMention.strip();
    String lower = mention.toLowerCase(Locale.ROOT);
    if (mention.isEmpty()) {
      return "none";
    }
    if (PRONOUNS.contains(lower)) {
      return "pronoun";
    }
    if (Character.isLowerCase(mention.charAt(0))
        || lower.startsWith("the ")
        || lower.startsWith("a ")
        || lower.startsWith("an ")) {
      return "role noun";
    }
    return "name";
  }
}
