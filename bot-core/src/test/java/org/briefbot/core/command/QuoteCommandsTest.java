package org.briefbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.Reply.QuoteCheck.Mark;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.StoryQuotes;
import org.briefbot.core.search.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * /whosaid (with its quote check), /quotes and the plain questions, over invented stories, as a
 * person would use them.
 */
class QuoteCommandsTest {
  private static final String ALONE =
      "We will run the ferry alone if the council will not help us.";
  private static final String RENT =
      "Nobody should have to choose between rent and a ferry ticket.";

  private final SearchIndex search = SearchIndex.inMemory();
  private final CommandRouter router;
  private final Requester person = new Requester("u1", "Ana", java.util.Set.of());
  private final Place place = Place.console();

  QuoteCommandsTest() {
    search
        .quotes()
        .addAll(
            List.of(
                // A reprint, stored first, of the Gazette's story two days later: the Gazette
                // printed the words first.
                story(
                    "coast-1",
                    "Coast Times",
                    "Skarra ferry to resume",
                    LocalDate.of(2024, 3, 6),
                    quote(
                        ALONE,
                        "Ingrid Solberg",
                        "Harbour Master",
                        "\"" + ALONE + "\" Solberg said.")),
                story(
                    "ferry-1",
                    "Skarra Gazette",
                    "Ferry service to Skarra resumes",
                    LocalDate.of(2024, 3, 4),
                    quote(
                        ALONE,
                        "Ingrid Solberg",
                        "Harbour Master",
                        "\"" + ALONE.replace("us.", "us,") + "\" Solberg said."),
                    quote(
                        "The new timetable starts in April and adds a morning crossing.",
                        "Ingrid Solberg",
                        "Harbour Master",
                        "\"The new timetable starts in April and adds a morning crossing,\" she added.")),
                story(
                    "ferry-2",
                    "Skarra Gazette",
                    "Skarra council answers harbour master",
                    LocalDate.of(2024, 3, 9),
                    quote(
                        "The council has always paid its share of the ferry.",
                        "Karl Dahl",
                        "council leader",
                        "\"The council has always paid its share of the ferry,\" said council leader Karl Dahl."),
                    new Quote(
                        "the council would review the ferry subsidy in May",
                        QuoteKind.INDIRECT,
                        new TextSpan(1, 40),
                        List.of(new TextSpan(1, 40)),
                        "Karl Dahl",
                        "council leader",
                        "he",
                        "He said the council would review the ferry subsidy in May.")),
                story(
                    "fares-1",
                    "Northern Wire",
                    "Union asks for lower ferry fares",
                    LocalDate.of(2024, 3, 12),
                    quote(
                        RENT,
                        "Ole Brekke",
                        "union organiser",
                        "\"" + RENT + "\" said union organiser Ole Brekke."),
                    quote(
                        "The harbour is closed to visitors after dark.",
                        "a harbour official",
                        "",
                        "\"The harbour is closed to visitors after dark,\" a harbour official said.")),
                story(
                    "fares-2",
                    "Skarra Gazette",
                    "Council member backs cheaper tickets",
                    LocalDate.of(2024, 3, 15),
                    quote(
                        RENT,
                        "Mette Lind",
                        "council member",
                        "\"" + RENT + "\" Lind told the meeting."),
                    quote(
                        "The ferry will leave on time all summer.",
                        "Ingrid Solberg",
                        "Harbour Master",
                        "\"The ferry will leave on time all summer,\" Solberg said."))));
    router =
        new CommandRouter(
            List.of(new WhoSaidCommand(search), new QuotesByCommand(search)),
            List.of(new QuoteQuestions()));
  }

  @AfterEach
  void close() {
    search.close();
  }

  private static Quote quote(String text, String speaker, String role, String context) {
    return new Quote(
        text,
        QuoteKind.DIRECT,
        new TextSpan(1, 1 + text.length()),
        List.of(new TextSpan(1, 1 + text.length())),
        speaker,
        role,
        speaker,
        context);
  }

  private static StoryQuotes story(
      String id, String outlet, String title, LocalDate day, Quote... quotes) {
    return new StoryQuotes(
        id, title, outlet, Optional.of(day), "https://example.org/" + id, List.of(quotes));
  }

  private static Reply.QuoteCheck check(Reply reply) {
    return reply.sections().stream()
        .flatMap(s -> s.quoteCheck().stream())
        .findFirst()
        .orElseThrow();
  }

  private static List<Reply.Field> fields(Reply reply) {
    return reply.sections().stream().flatMap(s -> s.fields().stream()).toList();
  }

  @Test
  void exactWordsAreSaidExactWithTheFirstStoryToPrintThem() {
    Reply reply = router.dispatchText("/whosaid \u201Crun the ferry alone\u201D", person, place);

    assertThat(reply.isError()).isFalse();
    assertThat(reply.title()).contains("Ingrid Solberg, Harbour Master");
    assertThat(reply.sections().get(0).text()).contains("Exact: these are the words on record.");
    Reply.QuoteCheck check = check(reply);
    assertThat(check.exact()).isTrue();
    assertThat(check.exactWords()).isTrue();
    assertThat(check.words())
        .extracting(Reply.QuoteCheck.Word::text)
        .containsExactly("run", "the", "ferry", "alone");
    assertThat(check.words()).extracting(Reply.QuoteCheck.Word::mark).containsOnly(Mark.SAME);
    assertThat(check.startsMidQuote()).isTrue();
    assertThat(check.endsMidQuote()).isTrue();
    assertThat(reply.sections().get(1).text())
        .contains("\"" + ALONE.replace("us.", "us,") + "\" Solberg said.");
    // The Gazette of 4 March, not the Coast Times reprint of 6 March.
    assertThat(reply.link()).contains("https://example.org/ferry-1");
    assertThat(fields(reply))
        .contains(
            new Reply.Field("Story", "Ferry service to Skarra resumes"),
            new Reply.Field("Outlet", "Skarra Gazette"),
            Reply.Field.date("Date", Instant.parse("2024-03-04T00:00:00Z")));
  }

  @Test
  void caseAccentsAndPunctuationDoNotMakeAMisquote() {
    Reply reply = router.dispatchText("/whosaid RUN THE F\u00C9RRY, ALONE!", person, place);

    assertThat(reply.title()).contains("Ingrid Solberg, Harbour Master");
    assertThat(reply.sections().get(0).text()).contains("Exact: these are the words on record.");
    assertThat(check(reply).exact()).isTrue();
  }

  @Test
  void misquotedWordsAreShownAgainstTheRecordWordByWord() {
    Reply reply =
        router.dispatchText(
            "/whosaid we will run the ferry if the council does not help", person, place);

    assertThat(reply.title()).contains("Ingrid Solberg, Harbour Master");
    assertThat(reply.sections().get(0).text().orElseThrow())
        .startsWith("Not the exact wording on record.")
        .contains("Left out: alone \u2026 will.")
        .contains("Not in the record: does.");
    Reply.QuoteCheck check = check(reply);
    assertThat(check.exact()).isFalse();
    assertThat(check.runs(Mark.MISSING)).containsExactly("alone", "will");
    assertThat(check.runs(Mark.ADDED)).containsExactly("does");
    assertThat(check.runs(Mark.SAME))
        .containsExactly("We will run the ferry", "if the council", "not help");
    assertThat(check.startsMidQuote()).isFalse();
    assertThat(check.endsMidQuote()).isTrue();
  }

  @Test
  void twoPeopleWhoSaidTheSameWordsAreBothNamed() {
    Reply reply =
        router.dispatchText(
            "/whosaid nobody should have to choose between rent and a ferry ticket", person, place);

    assertThat(reply.title().orElseThrow())
        .startsWith("Said by ")
        .contains("Ole Brekke")
        .contains("Mette Lind");
    assertThat(reply.sections())
        .extracting(s -> s.heading().orElse(""))
        .contains("Ole Brekke, union organiser", "Mette Lind, council member");
    assertThat(reply.sections().stream().flatMap(s -> s.quoteCheck().stream()))
        .hasSize(2)
        .allSatisfy(check -> assertThat(check.exact()).isTrue());
    assertThat(fields(reply))
        .contains(
            new Reply.Field("Outlet", "Northern Wire"),
            new Reply.Field("Outlet", "Skarra Gazette"));
  }

  @Test
  void reportedSpeechIsNeverShownAsAQuotation() {
    Reply reply =
        router.dispatchText(
            "/whosaid the council would review the ferry subsidy in May", person, place);

    assertThat(reply.title()).contains("Karl Dahl, council leader");
    assertThat(reply.sections().get(0).text().orElseThrow())
        .startsWith("On record only as reported speech");
    assertThat(check(reply).exactWords()).isFalse();
    assertThat(reply.sections().stream().flatMap(s -> s.quotes().stream()))
        .noneMatch(Reply.QuoteLine::exactWords);
  }

  @Test
  void aPlainQuestionIsAnsweredLikeTheCommand() {
    Reply reply =
        router.dispatchText("who said \"the council has always paid its share\"?", person, place);

    assertThat(reply.title()).contains("Karl Dahl, council leader");
  }

  @Test
  void wordsNothingMatchesWellGetAPlainAnswerNotTheNearestSpeaker() {
    Reply none = router.dispatchText("/whosaid volcanoes erupted overnight", person, place);
    assertThat(none.isError()).isFalse();
    assertThat(none.plainText()).startsWith("Nothing on record matches those words well enough");

    Reply weak =
        router.dispatchText(
            "/whosaid the mayor said the ferry tickets would be free for pensioners",
            person,
            place);
    assertThat(weak.plainText()).startsWith("Nothing on record matches those words well enough");
    assertThat(weak.title()).isEmpty();

    Reply empty = router.dispatchText("/whosaid \"\"", person, place);
    assertThat(empty.isError()).isTrue();
    assertThat(empty.sections().get(0).text().orElseThrow())
        .contains("/whosaid we will do it alone");
  }

  @Test
  void quotesOfAPersonByAnyPartOfTheNameNewestFirstWithOutletAndDate() {
    for (String name : List.of("Solberg", "Ingrid Solberg")) {
      Reply all = router.dispatchText("/quotes " + name, person, place);
      assertThat(all.title()).contains("What Ingrid Solberg said");
      List<Reply.Section> statements =
          all.sections().stream().filter(s -> !s.quotes().isEmpty()).toList();
      assertThat(statements)
          .extracting(s -> s.quotes().get(0).quote())
          .containsExactly(
              "The ferry will leave on time all summer.",
              ALONE,
              "The new timetable starts in April and adds a morning crossing.");
      Reply.StoryLine newest = statements.get(0).stories().get(0);
      assertThat(newest.outlet()).isEqualTo("Skarra Gazette");
      assertThat(newest.date().map(Moment::instant))
          .contains(Instant.parse("2024-03-15T00:00:00Z"));
      assertThat(newest.title()).isEqualTo("Council member backs cheaper tickets");
    }

    Reply timetable = router.dispatchText("/quotes Solberg timetable", person, place);
    assertThat(timetable.title()).contains("What Ingrid Solberg said about timetable");
    assertThat(timetable.sections())
        .flatExtracting(Reply.Section::quotes)
        .extracting(Reply.QuoteLine::quote)
        .containsExactly("The new timetable starts in April and adds a morning crossing.");
  }

  @Test
  void aDescriptionIsNoName() {
    Reply reply = router.dispatchText("/quotes the harbour official", person, place);

    assertThat(reply.isError()).isTrue();
    assertThat(reply.plainText()).contains("describes someone; give their name");
    assertThat(router.dispatchText("/quotes official", person, place).plainText())
        .startsWith("No stored quote of official");
  }

  @Test
  void speakersAreSuggestedAsANameIsTyped() {
    assertThat(router.suggestions("quotes", Optional.empty(), "person", "Sol", place))
        .containsExactly("Ingrid Solberg");
    assertThat(router.suggestions("quotes", Optional.empty(), "person", "harb", place)).isEmpty();
  }

  @Test
  void whatDidSomeoneSayIsAPlainQuestionToo() {
    Reply reply = router.dispatchText("What did Karl Dahl say about the ferry?", person, place);

    assertThat(reply.title()).contains("What Karl Dahl said about the ferry");
    assertThat(reply.sections())
        .flatExtracting(Reply.Section::quotes)
        .extracting(Reply.QuoteLine::speaker)
        .containsOnly("Karl Dahl");
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

  @Test
  void manyStatementsArePagedAndTheAnswerSaysHowManyThereAre() {
    String[] subjects = {
      "bridge", "tunnel", "harbour", "school", "clinic", "market", "library", "station", "airport",
      "stadium", "museum", "theatre"
    };
    List<StoryQuotes> stories = new java.util.ArrayList<>();
    for (int i = 0; i < subjects.length; i++) {
      String words = "The new " + subjects[i] + " opens on the first of the month.";
      stories.add(
          story(
              "works-" + i,
              "Skarra Gazette",
              "Works on the " + subjects[i],
              LocalDate.of(2024, 4, 1 + i),
              quote(words, "Petra Voll", "works director", "\"" + words + "\" Voll said.")));
    }
    search.quotes().addAll(stories);

    Reply first = router.dispatchText("/quotes Voll", person, place);
    assertThat(first.plainText()).contains("12 statements on record", "Page 1 of 2.");
    assertThat(first.sections()).flatExtracting(Reply.Section::quotes).hasSize(8);
    assertThat(first.actions())
        .extracting(org.briefbot.core.chat.Action::label)
        .containsExactly("Next \u25B6");

    Reply second = router.dispatchAction(first.actions().get(0).call().id(), person, place);
    assertThat(second.plainText()).contains("12 statements on record", "Page 2 of 2.");
    assertThat(second.sections())
        .flatExtracting(Reply.Section::quotes)
        .extracting(Reply.QuoteLine::quote)
        .containsExactly(
            "The new school opens on the first of the month.",
            "The new harbour opens on the first of the month.",
            "The new tunnel opens on the first of the month.",
            "The new bridge opens on the first of the month.");
    assertThat(second.actions())
        .extracting(a -> a.call().typed())
        .containsExactly("/quotes person:Voll page:1");

    // The typed form the console shows gives the same page; a page past the end is the last.
    assertThat(router.dispatchText("/quotes person:Voll page:2", person, place).sections())
        .isEqualTo(second.sections());
    assertThat(router.dispatchText("/quotes Voll page:9", person, place).plainText())
        .contains("Page 2 of 2.");
  }
}
