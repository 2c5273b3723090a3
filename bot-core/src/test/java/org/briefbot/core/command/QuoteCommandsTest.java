package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.StoryQuotes;
import org.briefbot.core.quotes.WhoSaidIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /whosaid, /quotes and the plain questions, as a person in the console would use them. */
class QuoteCommandsTest {
  private final WhoSaidIndex index = WhoSaidIndex.inMemory();
  private final CommandRouter router;
  private final Requester person = new Requester("u1", "Ana", java.util.Set.of());
  private final Place place = Place.console();

  QuoteCommandsTest() {
    index.addAll(List.of(
        story("ferry-1", "Ferry service to Skarra resumes", LocalDate.of(2024, 3, 4),
            quote("We will run the ferry alone if the council will not help us.", "Ingrid Solberg", "Harbour Master",
                "\"We will run the ferry alone if the council will not help us,\" Solberg said."),
            quote("The new timetable starts in April and adds a morning crossing.", "Ingrid Solberg", "Harbour Master",
                "\"The new timetable starts in April and adds a morning crossing,\" she added.")),
        story("ferry-2", "Skarra council answers harbour master", LocalDate.of(2024, 3, 9),
            quote("The council has always paid its share of the ferry.", "Karl Dahl", "council leader",
                "\"The council has always paid its share of the ferry,\" said council leader Karl Dahl."))));
    router = new CommandRouter(List.of(new WhoSaidCommand(index), new QuotesByCommand(index)), List.of(new QuoteQuestions()));
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static Quote quote(String text, String speaker, String role, String context) {
    return new Quote(text, QuoteKind.DIRECT, new TextSpan(1, 1 + text.length()), List.of(new TextSpan(1, 1 + text.length())),
        speaker, role, speaker, context);
  }

  private static StoryQuotes story(String id, String title, LocalDate day, Quote... quotes) {
    return new StoryQuotes(id, title, "Skarra Gazette", Optional.of(day), "https://example.org/" + id, List.of(quotes));
  }

  @Test
  void whoSaidAnswersWithSpeakerRoleStoryDateAndSentence() {
    Reply reply = router.dispatchText("/whosaid \u201Crun the ferry alone\u201D", person, place);

    assertThat(reply.isError()).isFalse();
    assertThat(reply.title()).contains("Ingrid Solberg, Harbour Master");
    assertThat(reply.link()).contains("https://example.org/ferry-1");
    assertThat(reply.sections().get(0).quotes()).containsExactly(new Reply.QuoteLine(
        "We will run the ferry alone if the council will not help us.", "Ingrid Solberg", "Harbour Master"));
    assertThat(reply.sections().get(1).text()).contains(
        "\"We will run the ferry alone if the council will not help us,\" Solberg said.");
    assertThat(reply.sections().get(2).fields()).contains(
        new Reply.Field("Story", "Ferry service to Skarra resumes"), new Reply.Field("Outlet", "Skarra Gazette"),
        new Reply.Field("Date", "4 March 2024", Optional.of(java.time.Instant.parse("2024-03-04T00:00:00Z"))));
  }

  @Test
  void aPlainQuestionIsAnsweredLikeTheCommand() {
    Reply reply = router.dispatchText("who said \"the council has always paid its share\"?", person, place);

    assertThat(reply.title()).contains("Karl Dahl, council leader");
  }

  @Test
  void wordsNoOneSaidGetAPlainAnswerAndNoWordsGetAHint() {
    Reply none = router.dispatchText("/whosaid volcanoes erupted overnight", person, place);
    assertThat(none.isError()).isFalse();
    assertThat(none.sections().get(0).text().orElseThrow()).startsWith("No stored quote has those words");

    Reply empty = router.dispatchText("/whosaid \"\"", person, place);
    assertThat(empty.isError()).isTrue();
    assertThat(empty.sections().get(0).text().orElseThrow()).contains("/whosaid we will do it alone");
  }

  @Test
  void quotesOfAPersonNewestFirstAndAboutATopic() {
    Reply all = router.dispatchText("/quotes Ingrid Solberg", person, place);
    assertThat(all.title()).contains("What Ingrid Solberg said");
    assertThat(all.sections().get(0).quotes()).hasSize(2);

    Reply timetable = router.dispatchText("/quotes Solberg timetable", person, place);
    assertThat(timetable.title()).contains("What Ingrid Solberg said about timetable");
    assertThat(timetable.sections().get(0).quotes()).extracting(Reply.QuoteLine::quote)
        .containsExactly("The new timetable starts in April and adds a morning crossing.");
    assertThat(timetable.footer()).contains("From: Ferry service to Skarra resumes (2024-03-04)");
  }

  @Test
  void whatDidSomeoneSayIsAPlainQuestionToo() {
    Reply reply = router.dispatchText("What did Karl Dahl say about the ferry?", person, place);

    assertThat(reply.title()).contains("What Karl Dahl said about the ferry");
    assertThat(reply.sections().get(0).quotes()).extracting(Reply.QuoteLine::speaker).containsOnly("Karl Dahl");
  }

  @Test
  void aPersonWithNoQuotesIsSaidSo() {
    Reply reply = router.dispatchText("/quotes Nobody Known", person, place);

    assertThat(reply.sections().get(0).text()).contains("No stored quote of Nobody Known.");
  }

  @Test
  void otherPlainWordsAreNotQuoteQuestions() {
    QuoteQuestions questions = new QuoteQuestions();
    assertThat(questions.recognise("who saidnothing")).isEmpty();
    assertThat(questions.recognise("what did they do")).isEmpty();
    assertThat(questions.recognise("who said?")).isEmpty();
  }
}
