package org.briefbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteAnalysis;
import org.briefbot.core.quotes.QuoteFinder;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.StoryQuotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhoSaidIndexTest {

  private static Quote quote(String text, String speaker, String role, String context) {
    return new Quote(
        text,
        QuoteKind.DIRECT,
        new TextSpan(0, text.length()),
        List.of(new TextSpan(0, text.length())),
        speaker,
        role,
        speaker,
        context);
  }

  private static StoryQuotes harbour() {
    return new StoryQuotes(
        "harbour-1",
        "Harbour wall approved",
        "Bay Courier",
        Optional.of(LocalDate.of(2024, 5, 2)),
        "https://example.org/harbour",
        List.of(
            quote(
                "We have waited for this wall for twenty years, and the town will finally sleep through a storm,",
                "Miriam Kowalczyk",
                "Harbour Commissioner",
                "\"We have waited for this wall for twenty years, and the town will finally sleep through a storm,\" Kowalczyk said."),
            quote(
                "The wall will push the waves onto the northern beach.",
                "Tomas Hruby",
                "",
                "\"The wall will push the waves onto the northern beach,\" he said.")));
  }

  private static StoryQuotes bakery() {
    return new StoryQuotes(
        "bakery-1",
        "Mill Street bakery closes",
        "Town Post",
        Optional.of(LocalDate.of(2024, 6, 10)),
        "",
        List.of(
            quote(
                "We baked bread here every morning for ninety years.",
                "Piet Vandersloot",
                "owner",
                "\"We baked bread here every morning for ninety years,\" said owner Piet Vandersloot."),
            quote(
                "The harbour wall is good news for every shop on the front.",
                "Miriam Kowalczyk",
                "Harbour Commissioner",
                "\"The harbour wall is good news for every shop on the front,\" Kowalczyk added.")));
  }

  @Test
  void aFragmentFindsItsSpeakerStoryAndSentence() {
    try (WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      index.addAll(List.of(harbour(), bakery()));

      List<WhoSaidHit> hits = index.whoSaid("finally sleep through a storm", 5);

      assertThat(hits).isNotEmpty();
      WhoSaidHit best = hits.get(0);
      assertThat(best.speaker()).isEqualTo("Miriam Kowalczyk");
      assertThat(best.role()).isEqualTo("Harbour Commissioner");
      assertThat(best.storyTitle()).isEqualTo("Harbour wall approved");
      assertThat(best.outlet()).isEqualTo("Bay Courier");
      assertThat(best.published()).contains(LocalDate.of(2024, 5, 2));
      assertThat(best.url()).isEqualTo("https://example.org/harbour");
      assertThat(best.context()).contains("Kowalczyk said");
      assertThat(best.confidence()).isEqualTo(1.0);
    }
  }

  @Test
  void reorderedMisrememberedAndInflectedFragmentsStillFindTheQuoteWithLessConfidence() {
    try (WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      index.addAll(List.of(harbour(), bakery()));

      WhoSaidHit exact = index.whoSaid("we baked bread here every morning", 1).get(0);
      WhoSaidHit loose = index.whoSaid("every morning they were baking the bread!", 1).get(0);

      assertThat(loose.speaker()).isEqualTo("Piet Vandersloot");
      assertThat(loose.confidence()).isLessThan(exact.confidence()).isGreaterThan(0.3);
      assertThat(index.whoSaid("WAVES... northern beach?!", 1).get(0).speaker())
          .isEqualTo("Tomas Hruby");
    }
  }

  @Test
  void wordsNoQuoteHasFindNothing() {
    try (WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      index.add(harbour());

      assertThat(index.whoSaid("volcanic eruption in the mountains", 5)).isEmpty();
      assertThat(index.whoSaid("   ", 5)).isEmpty();
    }
  }

  @Test
  void whatAPersonSaidIsNewestFirstAndCanBeNarrowedToATopic() {
    try (WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      index.addAll(List.of(harbour(), bakery()));

      List<WhoSaidHit> all = index.quotesBy("Kowalczyk", "", 10);
      assertThat(all).extracting(WhoSaidHit::storyId).containsExactly("bakery-1", "harbour-1");

      List<WhoSaidHit> aboutShops = index.quotesBy("Miriam Kowalczyk", "shops", 10);
      assertThat(aboutShops)
          .extracting(WhoSaidHit::quote)
          .containsExactly("The harbour wall is good news for every shop on the front.");
      assertThat(index.quotesBy("Vandersloot", "storms", 10)).isEmpty();
    }
  }

  @Test
  void addingAStoryAgainReplacesItsQuotes() {
    try (WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      index.add(harbour());
      index.add(
          new StoryQuotes(
              "harbour-1",
              "Harbour wall approved (updated)",
              "Bay Courier",
              Optional.empty(),
              "",
              List.of(quote("The wall will be finished in October.", "Miriam Kowalczyk", "", ""))));

      assertThat(index.size()).isEqualTo(1);
      assertThat(index.whoSaid("finally sleep through a storm", 5)).isEmpty();
      index.remove("harbour-1");
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void theSameQuoteInTwoStoriesIsOneAnswer() {
    try (WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      index.add(harbour());
      index.add(
          new StoryQuotes(
              "harbour-2",
              "Wall approved, says commissioner",
              "Coast Daily",
              Optional.empty(),
              "",
              harbour().quotes()));

      assertThat(index.whoSaid("sleep through a storm", 5)).hasSize(1);
    }
  }

  @Test
  void anIndexOnDiskKeepsItsQuotesAcrossRuns(@TempDir Path directory) {
    try (WhoSaidIndex index = IndexDirectories.open(directory, WhoSaidIndex::in)) {
      index.add(harbour());
      index.commit();
    }
    try (WhoSaidIndex reopened = IndexDirectories.open(directory, WhoSaidIndex::in)) {
      assertThat(reopened.size()).isEqualTo(2);
      assertThat(reopened.whoSaid("northern beach", 1).get(0).speaker()).isEqualTo("Tomas Hruby");
    }
  }

  @Test
  void quotesFoundInAStoryGoStraightIntoTheIndex() {
    String story =
        "The bakery on Mill Street closed after ninety years of trading in the old town.\n"
            + "\"We baked bread here every morning,\" said owner Piet Vandersloot. \"Now the ovens are cold.\"\n";
    QuoteAnalysis analysis = new QuoteFinder().find(story);
    try (WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      index.add(
          new StoryQuotes("mill", "Bakery closes", "", Optional.empty(), "", analysis.quotes()));

      WhoSaidHit hit = index.whoSaid("the ovens are cold", 1).get(0);

      assertThat(hit.speaker()).isEqualTo("Piet Vandersloot");
      assertThat(hit.role()).isEqualTo("owner");
      assertThat(hit.context()).startsWith("\"We baked bread");
    }
  }
}
