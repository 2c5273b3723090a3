package org.briefbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.store.StoredStory;
import org.junit.jupiter.api.Test;

class TopicFilterTest {
  private static final StoredStory BIKE_LANES =
      story(
          "Council approves new bike lanes on Harbour Road",
          "The council voted for two protected lanes.\nWork starts in spring.",
          "Cyclists said the lanes were long overdue. Drivers worried about parking.");

  private static final StoredStory FOOTBALL =
      story(
          "Rovers win the cup final",
          "A late goal settled it.",
          "Fans cycled to the stadium on rented bikes after the match.");

  @Test
  void anyFormOfAWordMatchesAsABriefTopicDoes() {
    assertThat(TopicFilter.parse("bikes", "").matches(BIKE_LANES)).isTrue();
    assertThat(TopicFilter.parse("bike", "").matches(BIKE_LANES)).isTrue();
    assertThat(TopicFilter.parse("cyclist", "").matches(BIKE_LANES)).isTrue();
    assertThat(TopicFilter.parse("Approved", "").matches(BIKE_LANES)).isTrue();
    assertThat(TopicFilter.parse("trains", "").matches(BIKE_LANES)).isFalse();
  }

  @Test
  void aQuotedPhraseMustBeThereInThatOrder() {
    assertThat(TopicFilter.parse("\"bike lanes\"", "").matches(BIKE_LANES)).isTrue();
    assertThat(TopicFilter.parse("\"lanes bike\"", "").matches(BIKE_LANES)).isFalse();
    assertThat(TopicFilter.parse("\"rented bike\"", "").matches(FOOTBALL)).isTrue();
    assertThat(TopicFilter.parse("\u201Cbike lane\u201D", "").matches(FOOTBALL)).isFalse();
  }

  @Test
  void aPhraseDoesNotRunFromTheHeadlineIntoTheSummary() {
    StoredStory story = story("Harbour Road", "Council meets", "");
    assertThat(TopicFilter.parse("\"road council\"", "").matches(story)).isFalse();
    assertThat(TopicFilter.parse("\"harbour road\"", "").matches(story)).isTrue();
  }

  @Test
  void oneIncludedTermIsEnoughAndOneExcludedTermLeavesTheStoryOut() {
    TopicFilter filter = TopicFilter.parse("bikes trains", "football, \"cup final\"");
    assertThat(filter.matches(BIKE_LANES)).isTrue();
    assertThat(filter.matches(FOOTBALL)).isFalse();
    assertThat(filter.excludedBy(TopicFilter.Text.of(FOOTBALL))).contains("\"cup final\"");
    assertThat(filter.matchedBy(TopicFilter.Text.of(BIKE_LANES))).containsExactly("bikes");
  }

  @Test
  void headlineSummaryOrBodyCount() {
    assertThat(TopicFilter.parse("spring", "").matches(BIKE_LANES)).isTrue();
    assertThat(TopicFilter.parse("parking", "").matches(BIKE_LANES)).isTrue();
  }

  @Test
  void onlyExcludedWordsLetEveryOtherStoryThrough() {
    TopicFilter filter = TopicFilter.parse("", "goal");
    assertThat(filter.matches(BIKE_LANES)).isTrue();
    assertThat(filter.matches(FOOTBALL)).isFalse();
    assertThat(TopicFilter.none().matches(FOOTBALL)).isTrue();
    assertThat(TopicFilter.parse(null, " ").isEmpty()).isTrue();
  }

  @Test
  void commasMakeEachPartOneTermAndSeveralWordsAPhrase() {
    TopicFilter filter = TopicFilter.parse("climate, protected lanes", "");
    assertThat(filter.included()).containsExactly("climate", "\"protected lanes\"");
    assertThat(filter.matches(BIKE_LANES)).isTrue();
    assertThat(TopicFilter.parse("climate, lanes protected", "").matches(BIKE_LANES)).isFalse();
  }

  @Test
  void describesWhatItHoldsAndReadsItsOwnTextBack() {
    TopicFilter filter = TopicFilter.parse("bikes \"bike lanes\" Bikes", "sport");
    assertThat(filter.describe()).isEqualTo("about \"bike lanes\" or bikes, not sport");
    assertThat(TopicFilter.parse("", "sport").describe()).isEqualTo("except sport");
    assertThat(TopicFilter.none().describe()).isEqualTo("every story");
    assertThat(TopicFilter.parse(filter.includeText(), filter.excludeText())).isEqualTo(filter);
  }

  @Test
  void aTermOfOnlyStopWordsIsRefusedWithTheReason() {
    assertThatThrownBy(() -> TopicFilter.parse("\"the of\"", ""))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("\"the of\" has no word");
  }

  private static StoredStory story(String headline, String summary, String body) {
    return new StoredStory(
        1,
        "https://news.example/a",
        "https://news.example/a",
        headline,
        "Example News",
        Optional.empty(),
        Optional.empty(),
        Instant.parse("2026-12-01T08:00:00Z"),
        body,
        summary,
        "en",
        "hash",
        body.split(" ").length);
  }
}
