package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Patterns of everyday news pages, each on two invented phrasings. */
class EverydayNewsPatternsTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> quotes(String... lines) {
    return finder.find(String.join("\n", lines)).quotes();
  }

  private String speakerOf(List<Quote> quotes, String start) {
    return quotes.stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow()
        .speaker();
  }

  @Test
  void anAcronymGivenInParenthesesStandsForTheFullName() {
    List<Quote> edc =
        quotes(
            "Shipyard loan",
            "",
            "Export Development Canada (EDC) will lend $40 million to the shipyard.",
            "\"This is the largest loan we have made to a shipbuilder,\" EDC said.",
            "\"The order book is full,\" it said.");
    assertThat(speakerOf(edc, "This is the largest")).isEqualTo("Export Development Canada");
    assertThat(speakerOf(edc, "The order book")).isEqualTo("Export Development Canada");

    List<Quote> fcac =
        quotes(
            "Bank fined",
            "",
            "The Financial Consumer Agency of Canada (FCAC) fined a lender on Monday.",
            "\"Customers paid fees they never agreed to,\" the FCAC said.");
    assertThat(speakerOf(fcac, "Customers paid")).isEqualTo("Financial Consumer Agency of Canada");
  }

  @Test
  void theBankOrTheTeamIsTheBodyJustNamed() {
    List<Quote> bank =
        quotes(
            "Bank appeals",
            "",
            "Prairie Trust said it would appeal the fine.",
            "\"We disagree with the findings,\" the bank said.");
    assertThat(speakerOf(bank, "We disagree")).isEqualTo("Prairie Trust");

    List<Quote> team =
        quotes(
            "Rovers sign striker",
            "",
            "Northway Hockey Club signed a new goalie on Friday.",
            "\"He stops pucks, and we need that,\" the team said in a statement.");
    assertThat(speakerOf(team, "He stops pucks")).isEqualTo("Northway Hockey Club");
  }

  @Test
  void aStatementOrAnOfficeSpeaksForItsHolder() {
    List<Quote> statement =
        quotes(
            "Minister resigns",
            "",
            "Former health minister Paula Gendron resigned her seat on Friday.",
            "\"I leave with a full heart,\" her statement read.");
    assertThat(speakerOf(statement, "I leave")).isEqualTo("Paula Gendron");

    List<Quote> office =
        quotes(
            "Premier silent",
            "",
            "Premier Luc Tremblay did not attend the meeting.",
            "\"The premier was in Ottawa all day,\" his office said.");
    assertThat(speakerOf(office, "The premier was")).isEqualTo("Luc Tremblay");
  }

  @Test
  void aDescribedSpeakerIsThePersonJustNamed() {
    List<Quote> lanky =
        quotes(
            "Bridge report",
            "",
            "Engineering professor Walter Schuh has studied the bridge for a decade.",
            "\"The steel is tired,\" the lanky, bespectacled professor said.");
    assertThat(speakerOf(lanky, "The steel")).isEqualTo("Walter Schuh");

    List<Quote> soft =
        quotes(
            "Choir wins",
            "",
            "Choir director Agnes Moller led the singers to first place.",
            "\"They sang like they meant it,\" the soft-spoken director said.");
    assertThat(speakerOf(soft, "They sang")).isEqualTo("Agnes Moller");
  }

  @Test
  void pageFurnitureIsNeitherAStatementNorAnAntecedent() {
    List<Quote> advert =
        quotes(
            "Storm cuts power",
            "",
            "Crews worked through the night, said Mayor Dan Reilly.",
            "Story continues below advertisement",
            "\"We will not stop until every house has light,\" he said.");
    assertThat(speakerOf(advert, "We will not stop")).isEqualTo("Dan Reilly");

    List<Quote> related =
        quotes(
            "Flood warning",
            "",
            "Fire Chief Nora Quist ordered the river road closed.",
            "RELATED: Watch the river rise in Millbrook",
            "Photo credit: Kevin Moss / Millbrook Daily",
            "\"Stay off the road until Sunday,\" she said.");
    assertThat(speakerOf(related, "Stay off the road")).isEqualTo("Nora Quist");
    assertThat(related)
        .noneMatch(q -> q.speaker().contains("Moss") || q.text().contains("Watch the river"));
  }

  @Test
  void theSectionLabelsOfARoundUpAreNoSpeakers() {
    List<Quote> markets =
        quotes(
            "Stocks rise",
            "",
            "Stocks rose on Tuesday.",
            "OVERSEAS: France's CAC 40 gained 0.8 per cent and Germany's DAX rose 0.5 per cent.",
            "ENERGY: Benchmark crude fell 60 cents to $71.20 a barrel.");
    assertThat(markets)
        .noneMatch(q -> q.speaker().equals("Overseas") || q.speaker().equals("Energy"));

    List<Quote> transcript =
        quotes(
            "Interview",
            "",
            "HOST: Welcome back to the show this morning.",
            "GUEST: Thank you for having me on again.",
            "HOST: What happens to the harbour now?",
            "GUEST: The wall gets built, and the town stays dry.");
    assertThat(speakerOf(transcript, "The wall gets built")).isEqualTo("Guest");
  }

  @Test
  void anUntaggedQuoteParagraphAfterAnIntroductionGoesToThePersonIntroduced() {
    List<Quote> introduced =
        quotes(
            "Emergency waits",
            "",
            "Tim Reyes of the Lakeview health authority says there are many reasons for the delays.",
            "\"The emergency department treats the sickest first.\"",
            "\"On a bad night that means a long wait for everyone else.\"");
    assertThat(speakerOf(introduced, "The emergency department")).isEqualTo("Tim Reyes");
    assertThat(speakerOf(introduced, "On a bad night")).isEqualTo("Tim Reyes");

    List<Quote> colon =
        quotes(
            "Pool to close",
            "",
            "Councillor Ahmed Karimi told reporters:",
            "\"We cannot keep a pool open that loses money every month.\"");
    assertThat(speakerOf(colon, "We cannot keep")).isEqualTo("Ahmed Karimi");
  }

  @Test
  void sheOrHeIsNeverAnOrganisation() {
    List<Quote> airline =
        quotes(
            "Routes cut",
            "",
            "Northern Skies Airlines cancelled four routes on Monday.",
            "\"It is a betrayal of every small town,\" she said.");
    assertThat(speakerOf(airline, "It is a betrayal")).isNotEqualTo("Northern Skies Airlines");

    List<Quote> ministry =
        quotes(
            "Clinic closes",
            "",
            "The Ministry of Health closed the Eastside clinic after an inspection.",
            "\"We were given no warning at all,\" he said.");
    assertThat(speakerOf(ministry, "We were given")).doesNotContain("Ministry");
  }

  @Test
  void theAgencyIsTheBodyJustNamedUnlessItsNameSaysItIsAnotherKind() {
    List<Quote> census =
        quotes(
            "Census count",
            "",
            "Statistics Canada released the first census figures on Wednesday.",
            "\"The population grew faster than in any count since 1957,\" the agency said.");
    assertThat(speakerOf(census, "The population grew")).isEqualTo("Statistics Canada");

    List<Quote> budget =
        quotes(
            "Deficit forecast",
            "",
            "The deficit will reach $40 billion, according to the Parliamentary Budget Office.",
            "\"Revenue fell short of every forecast,\" the agency said in its report.");
    assertThat(speakerOf(budget, "Revenue fell short")).isEqualTo("Parliamentary Budget Office");

    List<Quote> coalition =
        quotes(
            "Pipeline review",
            "",
            "The Clean Rivers Coalition asked for a new review of the pipeline.",
            "\"The review is complete and it stands,\" the agency said.");
    assertThat(speakerOf(coalition, "The review is complete")).doesNotContain("Coalition");
  }

  @Test
  void theAirlineOrTheUtilityIsTheFirmJustNamed() {
    List<Quote> airline =
        quotes(
            "Flights cut",
            "",
            "Harbourline Air cut six routes out of Moncton on Tuesday.",
            "\"Demand has not come back on those routes,\" the airline said.");
    assertThat(speakerOf(airline, "Demand has not")).isEqualTo("Harbourline Air");

    List<Quote> utility =
        quotes(
            "Power rates",
            "",
            "Kestrel Valley Power Inc. asked the board for a rate increase.",
            "\"Storm repairs cost us twice what we planned,\" the utility said.");
    assertThat(speakerOf(utility, "Storm repairs")).isEqualTo("Kestrel Valley Power Inc.");
  }

  @Test
  void aBodyIsCalledByTheFullestNameTheStoryGivesIt() {
    List<Quote> shortened =
        quotes(
            "Grocer expands",
            "",
            "Fenwick Harbour Foods Ltd. opened its tenth store on Saturday.",
            "Fenwick Harbour said it would hire 80 people.",
            "\"We are not done growing,\" Fenwick Harbour said.");
    assertThat(speakerOf(shortened, "We are not done")).isEqualTo("Fenwick Harbour Foods Ltd.");

    List<Quote> atStart =
        quotes(
            "Airline talks",
            "",
            "Pilots at Boreal Wings Airlines rejected the offer.",
            "Boreal Wings said it was disappointed.",
            "\"We will return to the table,\" Boreal Wings said.");
    assertThat(speakerOf(atStart, "We will return")).isEqualTo("Boreal Wings Airlines");
  }

  @Test
  void aReportedClauseEndsWhereAnotherSpeakersTagBegins() {
    List<Quote> editor =
        quotes(
            "Talks stall",
            "",
            "Sen. Paul Brandt met the premier on Friday.",
            "He vowed to keep trying, but the paper's political editor, Irene Castell, said the senator sounded tired.");
    assertThat(speakerOf(editor, "to keep trying")).isEqualTo("Paul Brandt");
    assertThat(editor)
        .noneMatch(
            q -> q.text().startsWith("to keep trying") && q.text().contains("sounded tired"));
    assertThat(speakerOf(editor, "the senator sounded tired")).isEqualTo("Irene Castell");

    List<Quote> coach =
        quotes(
            "Team ready",
            "",
            "Coach Marc Dube insisted his team was ready, while captain Ana Silva said the players were exhausted.");
    assertThat(speakerOf(coach, "his team was ready")).isEqualTo("Marc Dube");
    assertThat(coach)
        .noneMatch(
            q -> q.text().startsWith("his team was ready") && q.text().contains("exhausted"));
    assertThat(speakerOf(coach, "the players were exhausted")).isEqualTo("Ana Silva");
  }

  @Test
  void aParticipleOrPrepositionalOpenerIsNoStatementAndLeavesTheQuoteAfterItWhole() {
    List<Quote> talking =
        quotes(
            "Recount ends",
            "",
            "Reeve Hannah Lund kept her seat after a recount against Omar Farouk.",
            "Talking about how she felt after the count, Farouk said he would run again.",
            "Talking about how she felt after the count, \"I was numb for an hour,\" Farouk said.");
    assertThat(talking).noneMatch(q -> q.text().contains("after the count"));
    assertThat(speakerOf(talking, "he would run again")).isEqualTo("Omar Farouk");
    Quote numb =
        talking.stream().filter(q -> q.text().startsWith("I was numb")).findFirst().orElseThrow();
    assertThat(numb.speaker()).isEqualTo("Omar Farouk");
    assertThat(numb.kind()).isEqualTo(QuoteKind.DIRECT);

    List<Quote> interview =
        quotes(
            "Library plans",
            "",
            "Mayor Celia Brandt opened the new arena on Saturday.",
            "In a wide-ranging interview, \"The library comes next, and it comes this year,\" Brandt said.",
            "In an interview where he said little, coach Tom Avery thanked the fans.");
    assertThat(interview)
        .noneMatch(q -> q.text().startsWith("In a wide-ranging") || q.text().contains("little"));
    assertThat(speakerOf(interview, "The library comes next")).isEqualTo("Celia Brandt");
  }

  @Test
  void aStatementInASubordinateOpenerEndsWithTheClause() {
    List<Quote> after =
        quotes(
            "Count final",
            "",
            "Clerk Dana Morrow ran the count in Pine Hollow.",
            "After she said the count was final, the council thanked the volunteers.");
    assertThat(speakerOf(after, "the count was final")).isEqualTo("Dana Morrow");
    assertThat(after).noneMatch(q -> q.text().contains("thanked"));
  }

  @Test
  void aDescribedSpeakerMayBeCalledByANounTheTaggerReadsAsOne() {
    List<Quote> veteran =
        quotes(
            "Bridge report",
            "",
            "Civil engineer Marta Kowal has inspected the Ferry Road bridge for twenty years.",
            "\"I would not drive a loaded truck across it,\" the veteran engineer added.");
    assertThat(speakerOf(veteran, "I would not drive")).isEqualTo("Marta Kowal");

    List<Quote> rookie =
        quotes(
            "Shutout",
            "",
            "Elias Strom stopped all 28 shots in his first start in goal.",
            "\"I just tried to stay square to the puck,\" the rookie goaltender said.");
    assertThat(speakerOf(rookie, "I just tried")).isEqualTo("Elias Strom");
  }

  @Test
  void aRoleCapitalisedAsTheSentenceOpensIsNoPartOfTheName() {
    List<Quote> farmer =
        quotes(
            "Late rain",
            "",
            "Farmer John Lund said the rain came too late for the wheat.",
            "\"We lost half the crop,\" he said.");
    assertThat(speakerOf(farmer, "the rain came")).isEqualTo("John Lund");
    assertThat(speakerOf(farmer, "We lost half")).isEqualTo("John Lund");

    List<Quote> nurse =
        quotes("Clinic hours", "", "Nurse Maria Ortega said the clinic would open on Saturdays.");
    assertThat(speakerOf(nurse, "the clinic would")).isEqualTo("Maria Ortega");
  }

  @Test
  void aQuoteOnItsOwnAfterAParagraphAboutSomeoneIsTheirs() {
    List<Quote> baker =
        quotes(
            "Bakery turns 20",
            "",
            "Baker Gianni Marchetti has run the shop on Dundas Street for 20 years.",
            "",
            "\u201cWe never close on holidays.\u201d");
    assertThat(speakerOf(baker, "We never close")).isEqualTo("Gianni Marchetti");

    List<Quote> coach =
        quotes(
            "Coach stays on",
            "",
            "Coach Adaeze Okafor took over the swim club in 2019 and rebuilt its junior program.",
            "",
            "\"Nobody here expected a medal this soon.\"");
    assertThat(speakerOf(coach, "Nobody here")).isEqualTo("Adaeze Okafor");
  }

  @Test
  void aHyphenatedDescriptionIsReadWhole() {
    Quote chef =
        quotes(
                "Diner closes",
                "",
                "\u201cThe rent doubled in a year,\u201d says the self-made restaurateur.")
            .get(0);
    assertThat(chef.speakerMention()).isEqualTo("the self-made restaurateur");

    Quote rower =
        quotes("Regatta", "", "\"Nobody locks a door here,\" said the soft-spoken caretaker.")
            .get(0);
    assertThat(rower.speakerMention()).isEqualTo("the soft-spoken caretaker");
  }

  @Test
  void aReportSpeaksForTheBodyBehindIt() {
    List<Quote> institute =
        quotes(
            "Wages stall",
            "",
            "A new report from the Halden Institute says wages have stalled in the region.",
            "",
            "\u201cThe trend is accelerating,\u201d the report said.");
    assertThat(speakerOf(institute, "wages have stalled")).isEqualTo("Halden Institute");
    assertThat(speakerOf(institute, "The trend is")).isEqualTo("Halden Institute");

    List<Quote> council =
        quotes(
            "Transit study",
            "",
            "A study by the Lakeshore Transit Council found that buses run late.",
            "",
            "\"Riders wait twice as long as in 2015,\" the study said.");
    assertThat(speakerOf(council, "Riders wait")).isEqualTo("Lakeshore Transit Council");
  }

  @Test
  void aReportedClauseMayOpenWithAGerundOrAContraction() {
    List<Quote> gerund =
        quotes(
            "Arena plan",
            "",
            "Councillor Marc Delisle said having a new arena would help the junior teams.",
            "",
            "Coach Ana Ruiz said keeping the old rink costs the club too much.");
    assertThat(speakerOf(gerund, "having a new arena")).isEqualTo("Marc Delisle");
    assertThat(speakerOf(gerund, "keeping the old rink")).isEqualTo("Ana Ruiz");

    List<Quote> contraction =
        quotes(
            "Harbour race",
            "",
            "Former harbour chair Tomas Berg said Monday he's considering a run for mayor.",
            "",
            "Organizer Dana Quill said they're looking at a second site for the rally.");
    assertThat(speakerOf(contraction, "he's considering")).isEqualTo("Tomas Berg");
    assertThat(speakerOf(contraction, "they're looking")).isEqualTo("Dana Quill");
  }
}
