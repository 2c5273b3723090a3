package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.search.WhoSaidHit;
import org.briefbot.core.store.StoredStory;
import org.junit.jupiter.api.Test;

class StoryPassageTest {
  private static final String FIRST = "The ferry to Kelp Island will run twice a day from May.";
  private static final String SECOND =
      "\u201CWe waited eleven years for this boat,\u201D said harbour master Ada Lindqvist.";
  private static final String THIRD = "The council meets again on Tuesday.";

  @Test
  void showsTheParagraphAroundTheWordsWithTheHeadlineAndLink() {
    Reply passage =
        StoryPassage.around(story(FIRST + "\n" + SECOND + "\n" + THIRD), "we  waited ELEVEN");

    assertThat(passage.title()).contains("Ferry to Kelp Island from May");
    assertThat(paragraph(passage)).isEqualTo(SECOND);
    assertThat(passage.link()).contains("https://news.example/ferry");
  }

  @Test
  void aParagraphThatRunsOnIsCutToTheSentencesAroundTheWords() {
    String filler = "The crossing takes forty minutes in calm weather. ".repeat(30);
    Reply passage = StoryPassage.around(story(filler + SECOND + " " + filler), "eleven years");

    String shown = paragraph(passage);
    assertThat(shown).contains("eleven years").startsWith("The crossing").endsWith("weather.");
    assertThat(shown.length()).isLessThan(filler.length());
  }

  @Test
  void wordsNoLongerInTheStoryAreRefusedWithTheReason() {
    assertThatThrownBy(() -> StoryPassage.around(story(FIRST), "eleven years"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("no longer in the stored story")
        .hasMessageContaining("/whosaid");
  }

  @Test
  void showInStoryCarriesTheStoryAndTheQuotesOpeningWordsWhole() {
    String quote = "We waited eleven years for this boat and we would wait eleven more for it";
    Action action = WhoSaidCommand.showInStory(hit(quote, "Ada Lindqvist", "42")).orElseThrow();

    assertThat(action.call().command()).isEqualTo("brief");
    assertThat(action.call().options()).containsEntry("story", "42");
    String near = action.call().options().get("near");
    assertThat(quote).startsWith(near);
    assertThat(near.length()).isLessThanOrEqualTo(48);
    assertThat(quote.charAt(near.length())).isEqualTo(' ');
    assertThat(action.fits()).isTrue();
  }

  @Test
  void noShowInStoryForAQuoteWithoutAStoredStory() {
    assertThat(WhoSaidCommand.showInStory(hit("We waited", "Ada Lindqvist", "demo-1"))).isEmpty();
  }

  @Test
  void otherQuotesOnlyForANamedSpeaker() {
    assertThat(WhoSaidCommand.otherQuotesBy(hit("We waited", "Ada Lindqvist", "42")))
        .map(Action::label)
        .contains("Other quotes by Ada Lindqvist");
    assertThat(WhoSaidCommand.otherQuotesBy(hit("We waited", "the council", "42"))).isEmpty();
    assertThat(WhoSaidCommand.otherQuotesBy(hit("We waited", "", "42"))).isEmpty();
  }

  private static String paragraph(Reply reply) {
    return reply.sections().stream()
        .flatMap(section -> section.blocks().stream())
        .filter(Reply.Paragraph.class::isInstance)
        .map(block -> ((Reply.Paragraph) block).text())
        .findFirst()
        .orElseThrow();
  }

  private static WhoSaidHit hit(String quote, String speaker, String storyId) {
    return new WhoSaidHit(
        quote,
        speaker,
        "",
        QuoteKind.DIRECT,
        quote,
        storyId,
        "Ferry",
        "Example News",
        Optional.empty(),
        "https://news.example/ferry",
        1.0);
  }

  private static StoredStory story(String body) {
    return new StoredStory(
        42,
        "https://news.example/ferry",
        "https://news.example/ferry",
        "Ferry to Kelp Island from May",
        "Example News",
        Optional.empty(),
        Optional.empty(),
        Instant.parse("2026-12-01T08:00:00Z"),
        body,
        "",
        "en",
        "hash",
        body.split(" ").length);
  }
}
