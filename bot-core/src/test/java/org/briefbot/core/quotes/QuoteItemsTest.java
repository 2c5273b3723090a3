package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One item per contiguous quoted span, on stories written for these tests. */
class QuoteItemsTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> items(String story) {
    return finder.find(story).quotes().stream().flatMap(q -> q.items().stream()).toList();
  }

  @Test
  void aQuoteSplitByItsTagIsTwoItemsWithOneSpeakerAndNeitherHoldsTheTag() {
    String story =
        "Ferry fares\n\n\"We tried,\" said Ingrid Solberg, the harbour master. \"It did not work.\"\n"
            + "\"We asked twice,\" Solberg said, \"but nobody answered.\"\n";

    List<Quote> items = items(story);

    assertThat(items)
        .extracting(Quote::text)
        .containsExactly(
            "We tried,", "It did not work.", "We asked twice,", "but nobody answered.");
    assertThat(items).extracting(Quote::speaker).containsOnly("Ingrid Solberg");
    for (Quote item : items) {
      String span = story.substring(item.span().start(), item.span().end());
      assertThat(span).isEqualTo(item.text()).doesNotContain("said");
    }
  }

  @Test
  void aQuoteRunningOverTwoParagraphsStaysOneItem() {
    String story =
        "Mill closes\n\nUnion leader Carla Moreau said: \"The owners took the subsidies.\n\n"
            + "\"Now they take the jobs.\"\n";

    List<Quote> items = items(story);

    assertThat(items)
        .filteredOn(q -> q.kind() == QuoteKind.DIRECT)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.speaker()).isEqualTo("Carla Moreau");
              assertThat(q.text())
                  .isEqualTo("The owners took the subsidies. Now they take the jobs.");
            });
  }
}
