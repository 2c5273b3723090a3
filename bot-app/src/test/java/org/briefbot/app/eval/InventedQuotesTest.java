package org.briefbot.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteFinder;
import org.briefbot.core.quotes.QuoteKind;
import org.junit.jupiter.api.Test;

/**
 * The quote finder over invented stories of everyday news
 * (src/test/resources/eval/invented-quotes.txt), scored with the reference rule: the figures must
 * stay at or above those recorded here and in docs/BENCHMARKS.md.
 */
class InventedQuotesTest {
  /**
   * Attribution F1 over every predicted item (reported speech included, which this gold does not
   * list).
   */
  private static final double MIN_ATTRIBUTION_F1 = 0.88;

  /** Attribution F1 over the predicted quotations (direct and partial) alone. */
  private static final double MIN_QUOTATION_ATTRIBUTION_F1 = 1.0;

  /** Share of gold direct quotes found with the right speaker. */
  private static final double MIN_DIRECT_RIGHT = 1.0;

  record Story(String id, String text, List<QuoteScorer.Gold> gold) {}

  /** The stories written alongside the rules they check. */
  static List<Story> stories() throws IOException {
    return stories("/eval/invented-quotes.txt");
  }

  /**
   * Stories of a resource in this format: "=== id", the text, "--- gold", one line a statement:
   * kind | speaker | words.
   */
  static List<Story> stories(String resource) throws IOException {
    String file;
    try (InputStream in = InventedQuotesTest.class.getResourceAsStream(resource)) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Story> stories = new ArrayList<>();
    for (String block : file.split("(?m)^=== ")) {
      if (block.startsWith("#") || block.isBlank()) {
        continue;
      }
      String id = block.substring(0, block.indexOf('\n')).strip();
      String rest = block.substring(block.indexOf('\n') + 1);
      int goldAt = rest.indexOf("--- gold\n");
      String text = rest.substring(0, goldAt);
      List<QuoteScorer.Gold> gold = new ArrayList<>();
      for (String line : rest.substring(goldAt + "--- gold\n".length()).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split(" \\| ", 3);
        int start = text.indexOf(fields[2]);
        if (start < 0) {
          throw new IllegalStateException(id + ": gold quote not in the text: " + fields[2]);
        }
        gold.add(
            new QuoteScorer.Gold(
                start, start + fields[2].length(), fields[0], fields[1], "name", fields[1]));
      }
      stories.add(new Story(id, text, gold));
    }
    return stories;
  }

  /**
   * The reference rule's figures over a set of stories: every item, quotations alone, direct
   * quotes.
   */
  record Scores(
      int stories,
      int gold,
      int predicted,
      Prf attribution,
      int quotationsPredicted,
      Prf quotationAttribution,
      int directRight,
      int directGold) {
    double directRightShare() {
      return (double) directRight / directGold;
    }

    String summary(String name) {
      return String.format(
          Locale.ROOT,
          "%s %d, gold %d: all items predicted %d, attribution P %.3f R %.3f F1 %.3f;"
              + " quotations predicted %d, attribution P %.3f R %.3f F1 %.3f; direct to the right speaker %.3f (%d of %d)",
          name,
          stories,
          gold,
          predicted,
          attribution.precision(),
          attribution.recall(),
          attribution.f1(),
          quotationsPredicted,
          quotationAttribution.precision(),
          quotationAttribution.recall(),
          quotationAttribution.f1(),
          directRightShare(),
          directRight,
          directGold);
    }
  }

  static Scores score(List<Story> stories) {
    QuoteFinder finder = new QuoteFinder();
    QuoteScorer all = new QuoteScorer();
    QuoteScorer quotations = new QuoteScorer();
    for (Story story : stories) {
      List<QuoteScorer.Predicted> predicted = new ArrayList<>();
      List<QuoteScorer.Predicted> quoted = new ArrayList<>();
      for (Quote quote : finder.find(story.text()).quotes()) {
        for (Quote item : quote.items()) {
          QuoteScorer.Predicted p =
              new QuoteScorer.Predicted(item.span().start(), item.span().end(), item.speaker());
          predicted.add(p);
          if (item.kind() != QuoteKind.INDIRECT) {
            quoted.add(p);
          }
        }
      }
      all.add(predicted, story.gold());
      quotations.add(quoted, story.gold());
    }
    QuoteScorer.Tally direct = all.byKind().get("direct");
    return new Scores(
        stories.size(),
        all.total().gold(),
        all.predicted(),
        all.score(all.total().attributed()),
        quotations.predicted(),
        quotations.score(quotations.total().attributed()),
        direct.attributed(),
        direct.gold());
  }

  @Test
  void theFinderKeepsItsRecordedScoresOnTheInventedStories() throws IOException {
    Scores scores = score(stories());
    System.out.println(scores.summary("invented stories"));

    assertThat(scores.attribution().f1()).isGreaterThanOrEqualTo(MIN_ATTRIBUTION_F1);
    assertThat(scores.quotationAttribution().f1())
        .isGreaterThanOrEqualTo(MIN_QUOTATION_ATTRIBUTION_F1);
    assertThat(scores.directRightShare()).isGreaterThanOrEqualTo(MIN_DIRECT_RIGHT);
  }
}
