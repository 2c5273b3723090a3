package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes and speakers of short stories written for these tests. */
class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private static final String HARBOUR_STORY =
      String.join(
          "\n",
          "Port authority approves new harbour wall",
          "",
          "Ostrava Bay Harbour Commissioner Miriam Kowalczyk said on Tuesday that the new sea wall would be finished before the winter storms.",
          "\"We have waited for this wall for twenty years, and the town will finally sleep through a storm,\" Kowalczyk said at a meeting in the town hall.",
          "\"The cost is high, but the cost of doing nothing is higher,\" the commissioner added.",
          "Fisherman Tomas Hrubý, who has worked in the bay for three decades, was less sure.",
          "\"I told her that the wall will push the waves onto the northern beach,\" he said.",
          "Hrubý said he had asked Kowalczyk to publish the engineers' report before the vote.");

  @Test
  void directQuotesGoToTheNamedSpeakerAndTheRoleNounAfterThem() {
    QuoteAnalysis analysis = finder.find(HARBOUR_STORY);

    Quote first = quoteStartingWith(analysis, "We have waited");
    assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(first.speaker()).isEqualTo("Miriam Kowalczyk");
    assertThat(first.role()).isEqualTo("Ostrava Bay Harbour Commissioner");
    assertThat(first.text()).endsWith("through a storm,");
    assertThat(HARBOUR_STORY.substring(first.span().start(), first.span().end()))
        .isEqualTo(first.text());

    Quote second = quoteStartingWith(analysis, "The cost is high");
    assertThat(second.speaker()).isEqualTo("Miriam Kowalczyk");
    assertThat(second.speakerMention()).isEqualTo("the commissioner");
  }

  @Test
  void aPronounGoesToTheLatestSubjectNotToThePersonAddressed() {
    QuoteAnalysis analysis = finder.find(HARBOUR_STORY);

    assertThat(quoteStartingWith(analysis, "I told her").speaker()).isEqualTo("Tomas Hrubý");
  }

  @Test
  void reportedSpeechIsIndirectAndKeepsItsSpeaker() {
    QuoteAnalysis analysis = finder.find(HARBOUR_STORY);

    Quote wall = quoteStartingWith(analysis, "that the new sea wall");
    assertThat(wall.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(wall.speaker()).isEqualTo("Miriam Kowalczyk");
    Quote report = quoteStartingWith(analysis, "he had asked Kowalczyk");
    assertThat(report.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(report.speaker()).isEqualTo("Tomas Hrubý");
  }

  @Test
  void thePeopleOfTheStoryAreMergedWithTheirRoles() {
    QuoteAnalysis analysis = finder.find(HARBOUR_STORY);

    assertThat(analysis.person("Miriam Kowalczyk"))
        .map(Person::role)
        .contains("Ostrava Bay Harbour Commissioner");
    assertThat(analysis.people()).extracting(Person::name).doesNotContain("Kowalczyk");
    assertThat(analysis.person("Tomas Hrubý")).isPresent();
  }

  @Test
  void anInvertedAttributionWithAnAppositiveNamesTheSpeakerAndTheirRole() {
    String story =
        "Volunteers cleaned the river banks of Lindale on Saturday morning.\n"
            + "\"We filled forty bags before lunch,\" said Odile Ferrand, the coordinator of the clean-up group.\n"
            + "The council will collect the bags on Monday.";

    Quote quote = finder.find(story).quotes().get(0);

    assertThat(quote.speaker()).isEqualTo("Odile Ferrand");
    assertThat(quote.role()).isEqualTo("coordinator of the clean-up group");
  }

  @Test
  void aSplitQuoteIsOneStatementWithTwoParts() {
    String story =
        "The bakery on Mill Street closed after ninety years of trading in the old town.\n"
            + "\"We baked bread here every morning,\" said owner Piet Vandersloot. \"Now the ovens are cold.\"\n";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes).hasSize(1);
    Quote quote = quotes.get(0);
    assertThat(quote.parts()).hasSize(2);
    assertThat(quote.text())
        .isEqualTo("We baked bread here every morning. Now the ovens are cold.");
    assertThat(quote.speaker()).isEqualTo("Piet Vandersloot");
    assertThat(quote.role()).isEqualTo("owner");
  }

  @Test
  void aQuoteOverSeveralParagraphsReopensEachParagraphAndClosesOnce() {
    String story =
        "The mayor of Fennick spoke at length about the flood defences on Thursday evening.\n"
            + "Mayor Agnes Lidell said: \"The river rose faster than any model predicted.\n"
            + "\"We moved four hundred families in one night, and nobody was hurt.\n"
            + "\"That is what preparation buys you.\"\n"
            + "The council meets again next week.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).parts()).hasSize(3);
    assertThat(quotes.get(0).text()).startsWith("The river rose").endsWith("preparation buys you.");
    assertThat(quotes.get(0).speaker()).isEqualTo("Agnes Lidell");
  }

  @Test
  void aFollowOnQuoteWithoutAttributionKeepsThePreviousSpeaker() {
    String story =
        "Train services between Arlow and Breck will resume on Monday after repairs to the bridge.\n"
            + "\"The bridge is safe again,\" said Rail Minister Jonas Vettel.\n"
            + "\"Passengers have been patient, and we thank them for it.\"\n"
            + "Repairs cost more than planned.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "Passengers have been patient").speaker())
        .isEqualTo("Jonas Vettel");
  }

  @Test
  void quotedWordsInsideTheWritersSentenceArePartial() {
    String story =
        "The chief executive of Corvel Foods, Hanna Berglund, met the unions on Wednesday.\n"
            + "Berglund said the plan was aimed at \"keeping every factory open\" through the coming year.";

    QuoteAnalysis analysis = finder.find(story);

    Quote partial = quoteStartingWith(analysis, "keeping every factory open");
    assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(partial.speaker()).isEqualTo("Hanna Berglund");
  }

  @Test
  void scareQuotesApostrophesAndTitlesAreNotStatements() {
    String story =
        "The so-called \"reform\" of the town's parking rules has angered shop owners.\n"
            + "Owners' groups meet in the library, where the film \"The Last Harbour Road\" is shown tonight.\n"
            + "Nobody has said what the council plans next.";

    assertThat(finder.find(story).quotes()).isEmpty();
  }

  @Test
  void singleQuotesInsideDoubleOnesStayInTheOuterQuote() {
    String story =
        "A debate on school meals filled the hall in Westbury on Tuesday night.\n"
            + "\"When my son says 'the food is cold', I believe him,\" said parent Ruth Okafor.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).text())
        .isEqualTo("When my son says 'the food is cold', I believe him,");
    assertThat(quotes.get(0).speaker()).isEqualTo("Ruth Okafor");
  }

  @Test
  void curlyQuotesWorkLikeStraightOnes() {
    String story =
        "Snow closed the mountain pass above Kellen for the third time this month.\n"
            + "\u201CWe cannot keep the road open in these winds,\u201D said Road Chief Ivo Marsh.";

    Quote quote = finder.find(story).quotes().get(0);

    assertThat(quote.text()).isEqualTo("We cannot keep the road open in these winds,");
    assertThat(quote.speaker()).isEqualTo("Ivo Marsh");
  }

  @Test
  void organisationsSpeakAndAccordingToNamesTheSource() {
    String story =
        "Heavy rain flooded the lower districts of Marrow City overnight.\n"
            + "The Marrow Health Ministry said in a statement that two clinics had been closed until further notice.\n"
            + "According to the ministry, no patients were harmed during the evacuation of the clinics.";

    QuoteAnalysis analysis = finder.find(story);

    Quote statement = quoteStartingWith(analysis, "that two clinics");
    assertThat(statement.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(statement.speaker()).isEqualTo("Marrow Health Ministry");
    assertThat(quoteStartingWith(analysis, "no patients were harmed").speaker())
        .isEqualTo("Marrow Health Ministry");
  }

  @Test
  void reportedSpeechWithADayBetweenVerbAndClause() {
    String story =
        "Negotiators from the two shipping firms met in Dorne for a week of talks.\n"
            + "Union leader Carla Mendes said on Friday the talks had failed.";

    Quote quote = quoteStartingWith(finder.find(story), "the talks had failed");

    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker()).isEqualTo("Carla Mendes");
  }

  @Test
  void aQuoteNoOneIsSaidToHaveSaidHasNoSpeaker() {
    String story =
        "The old lighthouse at Pell Point was painted white again this spring.\n"
            + "\"A light for every ship that passes in the night\" is painted above its door.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes).singleElement().satisfies(quote -> assertThat(quote.speaker()).isEmpty());
  }

  @Test
  void aLongAttributionBetweenTwoHalvesStillJoinsThemAndStateTagsDoNotHideTheName() {
    String story =
        "Lawmakers in Annapolis argued late into the night over the new water rules.\n"
            + "\"The rules are fair,\" Rep. Dana Whitlock (D-Md.) said in a phone interview. \"Every farm will have time to adapt.\"\n"
            + "\"This is a disgrace to every farmer,\" said Sen. Oren Castell, a member of the agriculture committee who grew up "
            + "on a dairy farm near the bay. \"Nobody asked us.\"";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes).extracting(Quote::speaker).containsExactly("Dana Whitlock", "Oren Castell");
    assertThat(quotes).allSatisfy(quote -> assertThat(quote.parts()).hasSize(2));
  }

  @Test
  void aPossessiveApostropheIsNotAQuoteMarkBetweenSubjectAndVerb() {
    String story =
        "A new clinic opened in the port district of Leval on Monday morning.\n"
            + "Rosa Imbert, who runs the nurses' union at the old hospital, said, \"We have waited ten years for this.\"";

    assertThat(quoteStartingWith(finder.find(story), "We have waited ten years").speaker())
        .isEqualTo("Rosa Imbert");
  }

  @Test
  void asSomeonePutItAttributesTheQuoteThatFollows() {
    String story =
        "Few people expected the vote on the harbour tax to be close this year.\n"
            + "As the economist Lukas Berner put it, \"a tax nobody sees is a tax nobody fights.\"";

    assertThat(quoteStartingWith(finder.find(story), "a tax nobody sees").speaker())
        .isEqualTo("Lukas Berner");
  }

  @Test
  void sheGoesToTheWomanWhenAManWasNamedLast() {
    String story =
        "Governor Helen Marsh signed the budget on Friday after a week of talks.\n"
            + "Treasurer Paul Okonjo had asked for deeper cuts to the road programme.\n"
            + "\"We found a budget that keeps every school open,\" she said.";

    assertThat(quoteStartingWith(finder.find(story), "We found a budget").speaker())
        .isEqualTo("Helen Marsh");
  }

  @Test
  void aTranscriptIsCutIntoTurnsOfTheSpeakersItNames() {
    String story =
        "Governor Helen Marsh spoke to the Harbour Gazette about the new bridge on Sunday.\n"
            + "A partial transcript follows:\n"
            + "\"HOLLIS: Will the council approve the new bridge this year?\n"
            + "\"MARSH: We expect a vote in March. The money is there and the designs are finished.\n"
            + "\"But the river authority still has to sign off on the foundations.\n"
            + "\"HOLLIS: And if it does not sign off?";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly(
            "Will the council approve the new bridge this year?",
            "We expect a vote in March. The money is there and the designs are finished.",
            "But the river authority still has to sign off on the foundations.",
            "And if it does not sign off?");
    assertThat(quotes)
        .extracting(Quote::speaker)
        .containsExactly("Hollis", "Helen Marsh", "Helen Marsh", "Hollis");
    assertThat(quotes).allSatisfy(quote -> assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT));
  }

  @Test
  void aLabelBeforeAColonIsNoSpeaker() {
    String story =
        "The council met on Monday to vote on the harbour budget.\n"
            + "UPDATE: The vote was moved to Thursday after a long debate.\n"
            + "WASHINGTON: Lawmakers in the capital were watching the harbour vote closely.";

    assertThat(finder.find(story).quotes()).isEmpty();
  }

  @Test
  void reportedSpeechIsReadWhereTheTaggerStumbles() {
    String story =
        "The harbour board met in Leval on Friday to discuss the fees.\n"
            + "Board member Ines Lachance said her colleague had not read the engineers' report.\n"
            + "The fees will double next year, Sen. Dana Whitlock (D-Md.) told the Harbour Gazette on Thursday.\n"
            + "Most fishermen would pay more than they earn in a month, according to the business-friendly Pell Institute.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly(
            "her colleague had not read the engineers' report",
            "The fees will double next year",
            "Most fishermen would pay more than they earn in a month");
    assertThat(quotes)
        .extracting(Quote::speaker)
        .containsExactly("Ines Lachance", "Dana Whitlock", "Pell Institute");
    assertThat(quotes).allSatisfy(quote -> assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT));
  }

  @Test
  void heGoesToTheSourceOfAnInvertedAttributionJustBefore() {
    String story =
        "Mayor Tom Berg said on Monday that the harbour fees would rise in the spring.\n"
            + "The rise could slow the recovery of the port, noted economist Karl Weber.\n"
            + "\"Traders will move to Rosport if the fees double,\" he wrote in a note to clients.";

    assertThat(quoteStartingWith(finder.find(story), "Traders will move").speaker())
        .isEqualTo("Karl Weber");
  }

  @Test
  void reportedSpeechFindsItsSpeakerPastTimesLinksAndNumbers() {
    String story =
        "Mayor Tom Berg is seeking a second term in the harbour town of Leval.\n"
            + "Elected officials from both parties say the mayor has earned a second term.\n"
            + "Leval Harbour Bank this month announced it would close two branches in the old town.\n"
            + "Berg has said about 20 traders have asked for a delay.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly(
            "the mayor has earned a second term",
            "it would close two branches in the old town",
            "about 20 traders have asked for a delay");
    assertThat(quotes)
        .extracting(Quote::speaker)
        .containsExactly("Elected officials from both parties", "Leval Harbour Bank", "Tom Berg");
  }

  @Test
  void itAndTheySpeakForTheOrganisationOrGroupBeforeThem() {
    String story =
        "The harbour board raised the port fees again on Monday.\n"
            + "The city council sent a letter to the harbour board on Thursday. It says the new fees break the charter of the port.\n"
            + "Dock workers protested outside the offices of the board on Friday. They said the fees would cost 200 jobs.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "the new fees break").speaker()).isEqualTo("city council");
    assertThat(quoteStartingWith(quotes, "the fees would cost").speaker())
        .isEqualTo("Dock workers");
  }

  @Test
  void aSpeakerWithAStateTagAndAnAppositiveBeforeTheVerbIsFound() {
    String story =
        "Mayor Tom Berg defended the harbour fees on Monday.\n"
            + "\"If the board wanted any other port's books, they'd just go get them,\" Rep. Jim Harlow (R-Ohio), an oversight "
            + "panel member, said in a phone interview.";

    assertThat(quoteStartingWith(finder.find(story), "If the board wanted").speaker())
        .isEqualTo("Jim Harlow");
  }

  @Test
  void aQuoteSplitByASpeakerAndAnAsideOnHowTheySaidItIsOneStatement() {
    String story =
        "The harbour board met in Leval on Friday.\n"
            + "\"Every time you say that,\" Berg said, referring to the one percent excuse, \"you give ammunition to the people "
            + "who want to close the port.\"\n"
            + "\"We will vote,\" Berg said, pointing to the agenda on the wall, \"Nobody can stop that.\"";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "Every time you say that").parts()).hasSize(2);
    assertThat(quoteStartingWith(quotes, "We will vote").parts())
        .as("a new sentence is a new quote")
        .hasSize(1);
  }

  @Test
  void aQuoteThatLostItsClosingMarkDoesNotTakeTheNextSpeakersWords() {
    String story =
        "Harbour workers reacted angrily on Friday.\n"
            + "\u201cIt is an insult to every docker,\u201d Rep. Dana Whitlock (D-Ohio) said Friday. \u201cIf the port is not "
            + "ours, then whose is it.\n"
            + "\u201cI have been thinking about where we are as a town,\u201d added Rep. Carl Ostrander (D-Ind.), the leader "
            + "of the harbour caucus. \u201cWe are used to whistles. We are not used to howls.\u201d";

    List<Quote> quotes = finder.find(story).quotes();

    Quote whitlock = quoteStartingWith(quotes, "It is an insult");
    assertThat(whitlock.speaker()).isEqualTo("Dana Whitlock");
    assertThat(whitlock.text()).contains("whose is it").doesNotContain("thinking");
    Quote ostrander = quoteStartingWith(quotes, "I have been thinking");
    assertThat(ostrander.speaker()).isEqualTo("Carl Ostrander");
    assertThat(ostrander.text()).contains("not used to howls");
  }

  @Test
  void aQuestionBeforeAnAnswerIsNotReportedAsTheAnswerersWords() {
    String story =
        "Mayor Tom Berg spoke to reporters.\n"
            + "When asked about reports that the port paid no tax for a decade, Berg boasted, \"That makes us smart.\"";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes).extracting(Quote::text).noneMatch(text -> text.contains("When asked"));
    assertThat(quoteStartingWith(quotes, "That makes us smart").speaker()).isEqualTo("Tom Berg");
  }

  @Test
  void aReportInTheVerbsObjectIsIndirectSpeech() {
    String story =
        "Harbour board clashes over dredging\n"
            + "Commissioner Miriam Kowalczyk called for a moratorium on dredging in the northern basin. "
            + "The fishermen's union cited damage to the oyster beds as the reason for its protest. "
            + "Mayor Tom Berg questioned whether the board had the money for another survey. "
            + "The dredging called for by the plan was never started.";

    List<Quote> quotes = finder.find(story).quotes();

    Quote moratorium = quoteStartingWith(quotes, "a moratorium on dredging");
    assertThat(moratorium.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(moratorium.speaker()).isEqualTo("Miriam Kowalczyk");
    assertThat(quoteStartingWith(quotes, "damage to the oyster beds").speaker())
        .isEqualTo("fishermen's union");
    assertThat(quoteStartingWith(quotes, "whether the board had").speaker()).isEqualTo("Tom Berg");
    assertThat(quotes).extracting(Quote::text).noneMatch(text -> text.startsWith("by the plan"));
  }

  @Test
  void quotedWordsWovenIntoAReportAreItsPartialQuotesNotASecondStatement() {
    String story =
        "Harbour fees divide the council\n"
            + "Mayor Tom Berg spoke in Leval on Monday. He said Commissioner Kowalczyk favors a \u201cstrongman approach.\u201d "
            + "He said he wanted to speak \u201cdirectly to the dockers\u201d and let them know that \u201cthe port is theirs.\u201d\n"
            + "Dana Whitlock, an outside adviser to the council on harbour and budget issues and an associate professor at the "
            + "Leval School of Law, said that the council was \"taking a close look\" at the fees.\n"
            + "Details aside, the mayor's fee plan offers a stark alternative and sends a clear message that a top priority "
            + "\"is keeping the port open,\" Ms. Whitlock said.";

    List<Quote> quotes = finder.find(story).quotes();

    Quote strongman = quoteStartingWith(quotes, "strongman approach");
    assertThat(strongman.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(strongman.speaker()).isEqualTo("Tom Berg");
    assertThat(strongman.context()).startsWith("He said Commissioner Kowalczyk favors");
    assertThat(quoteStartingWith(quotes, "directly to the dockers").speaker())
        .isEqualTo("Tom Berg");
    assertThat(quoteStartingWith(quotes, "the port is theirs").speaker()).isEqualTo("Tom Berg");
    assertThat(quoteStartingWith(quotes, "taking a close look").speaker())
        .isEqualTo("Dana Whitlock");
    assertThat(quoteStartingWith(quotes, "is keeping the port open").speaker())
        .isEqualTo("Dana Whitlock");
    // each statement once: no reported clause repeating the quoted words around it
    assertThat(quotes)
        .extracting(Quote::text)
        .noneMatch(
            text ->
                text.startsWith("Commissioner Kowalczyk favors")
                    || text.startsWith("he wanted to speak")
                    || text.startsWith("that the council was")
                    || text.startsWith("Details aside"));
  }

  @Test
  void heGoesToTheNewSubjectNotToAnEarlierSourceOrSomeoneTheQuoteNames() {
    String story =
        "Harbour vote looms\n"
            + "\"He has never shown an ambition for the harbour board,\" said Quentin Marsh, a historian at Leval University.\n"
            + "Tom Berg bristles at the suggestion he is not ready. \"I have won every vote in this town,\" he said.\n"
            + "While Berg had the support of the dockers, that is not the case for the fishermen, which worries Henry Crespo, "
            + "president of the Leval-based fishermen's association.\n"
            + "\"No one is fighting for the fishermen. Berg had the dockers. We have nobody,\" he said.\n"
            + "Dan McLaughlin at the Leval Review agreed with Crespo.\n"
            + "\"If the mayor's goal was to split the harbour, he succeeded,\" he wrote.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "I have won every vote").speaker()).isEqualTo("Tom Berg");
    assertThat(quoteStartingWith(quotes, "No one is fighting").speaker()).isEqualTo("Henry Crespo");
    assertThat(quoteStartingWith(quotes, "If the mayor's goal").speaker())
        .isEqualTo("Dan McLaughlin");
  }

  @Test
  void aLoneSurnameMeansTheNamesakeTheStoryCallsByIt() {
    String story =
        "Harbour rivals make peace\n"
            + "Commissioner Ted Varga is endorsing Mayor Tom Berg. Varga said the harbour needs one voice.\n"
            + "Berg once mocked Varga's wife, Heidi Varga, and his father, Rafael Varga.\n"
            + "\"I am not in the habit of supporting people who attack my wife,\" Varga said in July.";

    assertThat(quoteStartingWith(finder.find(story), "I am not in the habit").speaker())
        .isEqualTo("Ted Varga");
  }

  @Test
  void aNameInQuotesIsNotTheFirstHalfOfTheNextQuote() {
    String story =
        "The Rev. Al Brandt took calls from listeners to his \"Keepin' It Real\" radio program who said they "
            + "had doubts about the mayor. \"Not voting is an insult to the harbour,\" Mr. Brandt said in an interview.";

    Quote quote = quoteStartingWith(finder.find(story), "Not voting is an insult");
    assertThat(quote.parts()).hasSize(1);
    assertThat(quote.speaker()).isEqualTo("Al Brandt");
  }

  @Test
  void aSubjectBeforeAnAsideBetweenDashesIsStillTheSubject() {
    String story =
        "Quentin Marsh, a historian at Leval University, spoke first.\n"
            + "The fees became an issue in the campaign, with Tom Berg \u2014 who has called for a ban \u2014 attacking the plan.\n"
            + "\u201cThe plan would sink the port,\u201d he said.";

    assertThat(quoteStartingWith(finder.find(story), "The plan would sink").speaker())
        .isEqualTo("Tom Berg");
  }

  @Test
  void anySourceAfterAccordingToAndAGroupSayingThereIsReported() {
    String story =
        "About 9,000 dockers work in the harbour, according to federal statistics.\n"
            + "Many lawmakers say there are also safety concerns at the northern quay.";

    List<Quote> quotes = finder.find(story).quotes();

    Quote dockers = quoteStartingWith(quotes, "About 9,000 dockers");
    assertThat(dockers.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(dockers.speaker()).isEqualTo("federal statistics");
    assertThat(quoteStartingWith(quotes, "there are also safety concerns").speaker())
        .isEqualTo("Many lawmakers");
  }

  @Test
  void aContractedPronounAndAnAttributionPastALongAppositiveFindTheirSpeakers() {
    String story =
        "Mayor Tom Berg spoke at the harbour on Friday.\n"
            + "He\u2019s claiming that smuggling is \u201ca big, big problem in this port\u201d but \u201cnobody talks about it.\u201d\n"
            + "\"It has the virtue of being cheap,\" Leonard E. Burman, director of the Leval Harbour Policy Center and a "
            + "professor at the Maxwell School of Leval University, said of the mayor's plan. \"It does not make the port worse.\"";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "a big, big problem").speaker()).isEqualTo("Tom Berg");
    Quote virtue = quoteStartingWith(quotes, "It has the virtue");
    assertThat(virtue.speaker()).isEqualTo("Leonard E. Burman");
    assertThat(virtue.text()).contains("does not make the port worse");
  }

  @Test
  void verdictsClaimsAndPromisesAreReportedSpeech() {
    String story =
        "Harbour race turns sour\n"
            + "Hillary Varga and her husband Bill Varga run the ferry company. Bill Varga spoke first.\n"
            + "The Berg campaign called the charges unsubstantiated and invented by former employees. "
            + "Mayor Tom Berg called half of the commissioner's supporters \u201cdeckhands.\u201d\n"
            + "Fact-checkers looked at Berg's claim that there have been thousands of thefts at the port.\n"
            + "Mrs. Varga has embraced the mayor's plan, promising to meet and exceed its goals for the ferries.\n"
            + "He called Varga on Monday.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "the charges unsubstantiated").speaker())
        .isEqualTo("Berg campaign");
    assertThat(quoteStartingWith(quotes, "deckhands").speaker()).isEqualTo("Tom Berg");
    assertThat(quoteStartingWith(quotes, "that there have been thousands").speaker())
        .isEqualTo("Tom Berg");
    assertThat(quoteStartingWith(quotes, "to meet and exceed").speaker())
        .as("Mrs. means the woman")
        .isEqualTo("Hillary Varga");
    assertThat(quotes)
        .extracting(Quote::text)
        .noneMatch(text -> text.startsWith("Varga on Monday"));
  }

  @Test
  void aReportedClauseEndsWhereAnotherSpeakerIntroducesAQuote() {
    String story =
        "When Mayor Tom Berg noted that the port has paid no tax for years \u2015 as was true for the years its books "
            + "were public \u2015 Commissioner Dana Whitlock boasted, \u201cThat makes us smart.\u201d";

    List<Quote> quotes = finder.find(story).quotes();

    Quote noted = quoteStartingWith(quotes, "that the port has paid no tax");
    assertThat(noted.speaker()).isEqualTo("Tom Berg");
    assertThat(noted.text()).doesNotContain("boasted");
    assertThat(quoteStartingWith(quotes, "That makes us smart").speaker())
        .isEqualTo("Dana Whitlock");
  }

  @Test
  void quotedWordsAfterAVerbOfAttackAreTheAttackersWords() {
    String story =
        "In an August speech, Mayor Tom Berg attacked \u201cthe hateful ideology of the ferry lobby \u2013 its contempt "
            + "for dockers and fishermen.\u201d\nIn July, Commissioner Dana Whitlock dismissed the plan as a \u201cfairy tale for "
            + "tourists.\u201d";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "the hateful ideology").speaker()).isEqualTo("Tom Berg");
    assertThat(quoteStartingWith(quotes, "fairy tale for tourists").speaker())
        .isEqualTo("Dana Whitlock");
  }

  @Test
  void subjectsPastDashAsidesYearsAndPollShares() {
    String story =
        "Harbour poll divides the town\n"
            + "Aaron Kall -- co-editor of Harbour Days, a book on the port's debates -- said the mayor tended to make "
            + "announcements at those meetings.\n"
            + "John Dickey, the chief executive of Ora Ferries -- the company that runs the night boats -- told me the boats "
            + "would keep running.\n"
            + "The mayor has a frosty relationship with Dana Whitlock, now the harbour commissioner, who in 2010 said the "
            + "port's most important goal was to stay open.\n"
            + "However, 63 percent said the mayor was right to keep the fees.\n"
            + "A lawyer for the dockers, David Schulz, said no decision had been made about an appeal.\n"
            + "In her 2003 book, Commissioner Whitlock noted the quay's weakness.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "the mayor tended to make").speaker())
        .isEqualTo("Aaron Kall");
    assertThat(quoteStartingWith(quotes, "the boats would keep running").speaker())
        .isEqualTo("John Dickey");
    assertThat(quoteStartingWith(quotes, "the port's most important goal").speaker())
        .isEqualTo("Dana Whitlock");
    assertThat(quoteStartingWith(quotes, "the mayor was right").speaker()).isEqualTo("63 percent");
    assertThat(quoteStartingWith(quotes, "no decision had been made").speaker())
        .isEqualTo("David Schulz");
    assertThat(quoteStartingWith(quotes, "the quay's weakness").speaker())
        .isEqualTo("Dana Whitlock");
  }

  @Test
  void namingPromisingAndStressingReportTheirObjects() {
    String story =
        "Harbour fees\n"
            + "Mayor Tom Berg has called the dredging plan a hoax invented by the ferry lobby. "
            + "Commissioner Dana Whitlock is promising lower fees for the fishermen and a new quay. "
            + "The port will publish its accounts next month, a spokesman announced Monday morning.";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quoteStartingWith(quotes, "the dredging plan a hoax").speaker())
        .isEqualTo("Tom Berg");
    assertThat(quoteStartingWith(quotes, "lower fees for the fishermen").speaker())
        .isEqualTo("Dana Whitlock");
    assertThat(quoteStartingWith(quotes, "The port will publish").speaker())
        .isEqualTo("a spokesman");
  }

  @Test
  void aTranscriptsNoteInParenthesesIsNobodysWords() {
    String story =
        "The harbour debate, as transcribed.\n"
            + "\"BERG: We will keep the port open, and we will keep the fees low for every boat.\n"
            + "\"(CROSSTALK.)\n"
            + "\"WHITLOCK: The fees are not the question, the quay is.\"";

    List<Quote> quotes = finder.find(story).quotes();

    assertThat(quotes).extracting(Quote::text).noneMatch(text -> text.contains("CROSSTALK"));
    assertThat(quoteStartingWith(quotes, "We will keep the port open").kind())
        .isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void aFirmNamedStrategiesOrPartnersIsAnOrganisationNotASheOrHe() {
    String story =
        "Commissioner Dana Whitlock led the debate on the harbour fees.\n"
            + "\"The campaign hit the mayor hard,\" said Kenneth Baer, a former official who runs Leval Strategies.\n"
            + "On Monday night, the commissioner leaned in heavy and often. She started off with the fees. "
            + "She then peppered him with questions about the quay.\n"
            + "\"Why won't he publish the accounts?\" she said.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "Why won't he publish").speaker())
        .isEqualTo("Dana Whitlock");
    assertThat(analysis.people())
        .filteredOn(person -> person.name().equals("Leval Strategies"))
        .extracting(Person::organisation)
        .containsOnly(true);
  }

  @Test
  void aVerbInATitleCaseHeadlineEndsTheNameBeforeIt() {
    String story =
        "Maria Whitlock Goes After Tom Berg.\n\n"
            + "Commissioner Whitlock attacked the mayor on Monday. She started with the fees.\n"
            + "\u201cWhy won't he publish the accounts?\u201d she said.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(analysis.people())
        .extracting(Person::name)
        .contains("Maria Whitlock")
        .doesNotContain("Maria Whitlock Goes");
    assertThat(quoteStartingWith(analysis, "Why won't he publish").speaker())
        .isEqualTo("Maria Whitlock");

    QuoteAnalysis sees =
        finder.find(
            "Ruth Okafor Sees Ferry Fares Rising.\n\n"
                + "Mayor Okafor spoke on Monday.\n\u201cThe fares will rise again,\u201d she said.");
    assertThat(sees.people()).extracting(Person::name).contains("Ruth Okafor");
    assertThat(quoteStartingWith(sees, "The fares will rise").speaker()).isEqualTo("Ruth Okafor");
  }

  @Test
  void hometownAsidesAndAbbreviatedCouncilTitlesDoNotHideTheSpeaker() {
    String story =
        "Ferry fares to rise in Port Alder\n\n"
            + "Port Alder council voted on Tuesday to raise ferry fares by a third.\n\n"
            + "Lena Marsh, 52, of Cedar Cove, Ont., said she would stop taking the ferry to work. "
            + "She said the fare had already doubled since 2019.\n\n"
            + "\"Nobody asked the people who ride it every day,\" said Coun. Ivo Brandt, who voted against the plan. "
            + "\"We balanced the budget,\" said Mayor Ruth Okafor.\n\n"
            + "The councillor added that he would ask for a review next spring. The city says it will publish the ridership figures.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "she would stop taking").speaker())
        .isEqualTo("Lena Marsh");
    assertThat(quoteStartingWith(analysis, "the fare had already doubled").speaker())
        .isEqualTo("Lena Marsh");
    Quote nobody = quoteStartingWith(analysis, "Nobody asked");
    assertThat(nobody.speaker()).isEqualTo("Ivo Brandt");
    assertThat(nobody.role()).isEqualTo("Councillor");
    assertThat(nobody.text()).doesNotContain("balanced");
    assertThat(quoteStartingWith(analysis, "We balanced the budget").speaker())
        .isEqualTo("Ruth Okafor");
    assertThat(quoteStartingWith(analysis, "that he would ask for a review").speaker())
        .isEqualTo("Ivo Brandt");
    assertThat(quoteStartingWith(analysis, "it will publish").speaker()).isEqualTo("city");
    assertThat(analysis.people()).extracting(Person::name).doesNotContain("Ont.", "Cedar Cove");
  }

  @Test
  void aNameInAnAppositiveIsTheSubjectAndARelativeClauseDoesNotSpeak() {
    String story =
        "Wildfire nears Fort Brennan\n\n"
            + "\"The wind is pushing it toward the highway,\" fire officer Dana Whitfield said.\n\n"
            + "In an interview, the town's mayor, Gordon Pike, said he was proud of how residents had helped one another.\n\n"
            + "\"People opened their homes to strangers,\" he said.\n\n"
            + "Residents who spoke to the Northern Ledger said they were frustrated by the lack of information.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "People opened their homes").speaker())
        .isEqualTo("Gordon Pike");
    assertThat(quoteStartingWith(analysis, "they were frustrated").speakerMention())
        .isEqualTo("Residents");
  }

  @Test
  void theDoctorTheMotherAndTheCompanyAreThePeopleAndFirmJustNamed() {
    String story =
        "Rural clinics to stay open\n\n"
            + "Health Minister Jean-Yves Duclos said Tuesday the clinics would stay open all night.\n\n"
            + "Dr. Priya Raman, an emergency physician in Kapuskasing, said her clinic had closed on 40 nights this year.\n\n"
            + "\"We send people home and hope they don't get worse,\" the 41-year-old doctor said.\n\n"
            + "\"We're exhausted,\" said Lyne Cote, a nurse in Hearst. The mother of three says she works four double shifts a week.\n\n"
            + "Pharmacy chain Northway Canada will staff the clinics. The company said it had hired 40 nurses.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "the clinics would stay open").speaker())
        .isEqualTo("Jean-Yves Duclos");
    assertThat(quoteStartingWith(analysis, "We send people home").speaker())
        .isEqualTo("Priya Raman");
    assertThat(quoteStartingWith(analysis, "she works four double shifts").speaker())
        .isEqualTo("Lyne Cote");
    assertThat(quoteStartingWith(analysis, "it had hired 40 nurses").speaker())
        .isEqualTo("Northway Canada");
  }

  @Test
  void aFirstNameOpeningASentenceAndATagInTheMiddleOfOne() {
    String story =
        "Harbour museum opens\n\n"
            + "Barack Okafor thanked the crowd on Saturday.\n\n"
            + "Visitors, he said, can see the old ships up close.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(analysis.people()).extracting(Person::name).contains("Barack Okafor");
    Quote visitors = quoteStartingWith(analysis, "Visitors");
    assertThat(visitors.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(visitors.speaker()).isEqualTo("Barack Okafor");
    assertThat(visitors.text()).isEqualTo("Visitors can see the old ships up close");
  }

  @Test
  void itSpeaksForTheCityThatActedJustBefore() {
    String story =
        "Campaign told to drop police images\n\n"
            + "The city of Port Alder sent a cease-and-desist letter to the campaign on Thursday. "
            + "It says the advertisement uses photographs of officers without permission.\n\n"
            + "The town sent its own letter. It says the images were taken at a funeral.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "the advertisement uses").speaker())
        .isEqualTo("Port Alder");
    assertThat(quoteStartingWith(analysis, "the images were taken").speakerMention())
        .isEqualTo("It");
    assertThat(quoteStartingWith(analysis, "the images were taken").speaker()).isEqualTo("town");
  }

  @Test
  void judgesAgesAndRelativeClausesStillFindThePersonNamed() {
    String story =
        "Driver jailed for harbour crash\n\n"
            + "Justice Marguerite Selby sentenced Kieran Lott to eight years on Friday.\n\n"
            + "\"You had been warned,\" the judge said.\n\n"
            + "Jenna Colbourne, 34, drove 70 kilometres to the hearing. \"There was nothing else to do,\" the 34-year-old said.\n\n"
            + "Ilsa Varga, who grew up in Antigonish, N.S., said she had known the victim for years.\n\n"
            + "Eleanor Whitby, 29, a junior doctor at St Aldric's, said staff had treated him for hours. "
            + "\"We did everything we could,\" she said.\n\n"
            + "The vote on the new bridge came after Mayor Harriet Osei broke a deadlock.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "You had been warned").speaker())
        .isEqualTo("Marguerite Selby");
    assertThat(quoteStartingWith(analysis, "There was nothing else").speaker())
        .isEqualTo("Jenna Colbourne");
    assertThat(quoteStartingWith(analysis, "she had known the victim").speaker())
        .isEqualTo("Ilsa Varga");
    assertThat(quoteStartingWith(analysis, "staff had treated him").speaker())
        .isEqualTo("Eleanor Whitby");
    assertThat(quoteStartingWith(analysis, "We did everything").speaker())
        .isEqualTo("Eleanor Whitby");
    assertThat(analysis.people())
        .filteredOn(person -> person.name().equals("Harriet Osei"))
        .extracting(Person::role)
        .containsExactly("Mayor");
  }

  @Test
  void firmsAreKnownByTheirShortNamesAndDepartmentsKeepTheirWholeName() {
    String story =
        "Rail merger draws fire\n\n"
            + "Brightwater Rail Corp. agreed on Monday to buy Kestrel Freight Lines.\n\n"
            + "The Department of Transport and Logistics said the deal would be reviewed. "
            + "The shippers' federation said it would ask for hearings.\n\n"
            + "Brightwater dismissed those concerns. It said most customers would still have two carriers.\n\n"
            + "In a statement, the Ministry of Ports said the figures counted every delay. It added that the port had hired 300 workers.\n\n"
            + "Rail delays rose 40 per cent last year, according to new figures released by the Northern Freight Council.\n\n"
            + "Daniela Ferreira-Walsh said shipments dropped.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "the deal would be reviewed").speaker())
        .isEqualTo("Department of Transport and Logistics");
    assertThat(quoteStartingWith(analysis, "most customers would still").speaker())
        .isEqualTo("Brightwater Rail Corp.");
    assertThat(quoteStartingWith(analysis, "that the port had hired").speaker())
        .isEqualTo("Ministry of Ports");
    assertThat(quoteStartingWith(analysis, "Rail delays rose").speaker())
        .isEqualTo("Northern Freight Council");
    assertThat(quoteStartingWith(analysis, "shipments dropped").speaker())
        .isEqualTo("Daniela Ferreira-Walsh");
  }

  @Test
  void wireStoryHabitsDatelinesAgenciesAndColons() {
    String story =
        "Shots fired at gas station\n\n"
            + "MILLBROOK, Sask. \u2014 \"I heard three pops,\" Harlan Pyke said. \"Then a car tore out of the lot.\"\n\n"
            + "The RCMP said in a news release that the clerk locked the doors. It praised the clerk's \"quick thinking.\"\n\n"
            + "Police have not said whether the two shootings are connected.\n\n"
            + "\"We're not used to this,\" Millbrook Mayor Desmond Quill said.\n\n"
            + "Asked about gangs, the mayor was blunt: \"I'd be lying if I said no.\"\n\n"
            + "Kasmar's state news agency quoted President Idris Malekov as saying his country \"will defend every metre.\"\n\n"
            + "Economist Prakash Varma told The Globe and Mail that the bigger risk was to tourism.\n\n"
            + "Her family said she had worked at the station for a decade. She was fearless, her daughter Ana Pyke said.\n\n"
            + "Mateo, now 11, plays hockey nearby. \"It's just our rink,\" he said.";

    QuoteAnalysis analysis = finder.find(story);

    Quote pops = quoteStartingWith(analysis, "I heard three pops");
    assertThat(pops.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(pops.speaker()).isEqualTo("Harlan Pyke");
    assertThat(pops.text()).isEqualTo("I heard three pops. Then a car tore out of the lot.");
    assertThat(quoteStartingWith(analysis, "quick thinking").speaker()).isEqualTo("RCMP");
    assertThat(analysis.quotes()).noneMatch(quote -> quote.text().contains("two shootings"));
    assertThat(quoteStartingWith(analysis, "I'd be lying").speaker()).isEqualTo("Desmond Quill");
    assertThat(quoteStartingWith(analysis, "will defend every metre").speaker())
        .isEqualTo("Idris Malekov");
    assertThat(quoteStartingWith(analysis, "that the bigger risk").speaker())
        .isEqualTo("Prakash Varma");
    assertThat(quoteStartingWith(analysis, "she had worked at the station").speakerMention())
        .isEqualTo("Her family");
    assertThat(quoteStartingWith(analysis, "She was fearless").speaker()).isEqualTo("Ana Pyke");
    assertThat(quoteStartingWith(analysis, "It's just our rink").speaker()).isEqualTo("Mateo");
  }

  @Test
  void aFirstNameMetBeforeTheFullNameIsTheSamePerson() {
    String story =
        "Baker remembered\n\n"
            + "Rosa Delvecchio ran the bakery on Dundas Street for 47 years.\n\n"
            + "\"If you walked into her kitchen, you were fed,\" her daughter Francesca says.\n\n"
            + "Francesca Delvecchio-Hart, the youngest of four children, remembers her mother rising at 3 a.m.\n\n"
            + "\"She never took a sick day,\" she said.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "If you walked into").speaker())
        .isEqualTo("Francesca Delvecchio-Hart");
    assertThat(quoteStartingWith(analysis, "She never took").speaker())
        .isEqualTo("Francesca Delvecchio-Hart");
  }

  @Test
  void rolesBeforeNamesOfficesFirmsAndClausesBeforeTheVerb() {
    String story =
        "Ferry strike enters second week\n\n"
            + "Corvania's transport minister, Viktor Sulyma, was less conciliatory. The minister said the government would respond.\n\n"
            + "\"Nobody came,\" said Chamari Perera.\n\n"
            + "A spokesperson for the ferry agency, Lalith Gunawardena, rejected the claims. He said warnings had been sent on Monday.\n\n"
            + "Another economist, Priyanka Rao of the Westmount Policy Centre, said the strike would cost millions.\n\n"
            + "Premier Gordon Ashby did not appear in public. His office later said he respected the union's position.\n\n"
            + "Workers picketed the Stuart Street yard on Saturday. Northvale Rail said in a statement that it was disappointed. "
            + "The company said its offer was fair.\n\n"
            + "Lumora, based in Palo Alto, California, said it would lend the ferries its software.\n\n"
            + "The union representing 3,400 deckhands says it will hold a strike vote next month. "
            + "Ninety per cent of members backed the walkout, according to the union.\n\n"
            + "The Retail Council of Northern Canada, which represents 4,000 stores, said sales had fallen. "
            + "It urged the government to \"end the strike now.\"\n\n"
            + "Health Minister Gordon Leclair said in an emailed statement that 12 ferries would run. "
            + "Denise Kowalchuk said her 84-year-old father waited 31 hours. The city said no further sailings would be cancelled.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "the government would respond").speaker())
        .isEqualTo("Viktor Sulyma");
    assertThat(quoteStartingWith(analysis, "warnings had been sent").speaker())
        .isEqualTo("Lalith Gunawardena");
    assertThat(quoteStartingWith(analysis, "the strike would cost").speaker())
        .isEqualTo("Priyanka Rao");
    assertThat(quoteStartingWith(analysis, "he respected the union's").speaker())
        .isEqualTo("Gordon Ashby");
    assertThat(quoteStartingWith(analysis, "its offer was fair").speaker())
        .isEqualTo("Northvale Rail");
    assertThat(quoteStartingWith(analysis, "it would lend").speaker()).isEqualTo("Lumora");
    assertThat(quoteStartingWith(analysis, "it will hold a strike vote").speakerMention())
        .isEqualTo("The union");
    assertThat(quoteStartingWith(analysis, "Ninety per cent").speakerMention())
        .isEqualTo("the union");
    assertThat(quoteStartingWith(analysis, "end the strike now").speaker())
        .isEqualTo("Retail Council of Northern Canada");
    assertThat(quoteStartingWith(analysis, "that 12 ferries would run").speaker())
        .isEqualTo("Gordon Leclair");
    assertThat(quoteStartingWith(analysis, "her 84-year-old father").speaker())
        .isEqualTo("Denise Kowalchuk");
    assertThat(quoteStartingWith(analysis, "no further sailings").speakerMention())
        .isEqualTo("The city");
  }

  @Test
  void speechVerbsTaggedAsNounsAndPeopleKnownByTheirAge() {
    String story =
        "Flood study\n\n"
            + "The authors caution that the sample was small. The Harbour Society estimates that 4,000 homes were damaged.\n\n"
            + "Bernard Gagnon lives alone above the shop. The 58-year-old retired mechanic says he woke at 4 a.m.";

    QuoteAnalysis analysis = finder.find(story);

    assertThat(quoteStartingWith(analysis, "that the sample was small").speakerMention())
        .isEqualTo("The authors");
    assertThat(quoteStartingWith(analysis, "that 4,000 homes").speaker())
        .isEqualTo("Harbour Society");
    assertThat(quoteStartingWith(analysis, "he woke at 4").speaker()).isEqualTo("Bernard Gagnon");
  }

  private static Quote quoteStartingWith(QuoteAnalysis analysis, String start) {
    return quoteStartingWith(analysis.quotes(), start);
  }

  private static Quote quoteStartingWith(List<Quote> quotes, String start) {
    Optional<Quote> found = quotes.stream().filter(q -> q.text().startsWith(start)).findFirst();
    assertThat(found).as("a quote starting with \"%s\" among %s", start, quotes).isPresent();
    return found.get();
  }
}
