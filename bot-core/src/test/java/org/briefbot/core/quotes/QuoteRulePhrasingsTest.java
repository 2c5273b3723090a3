package org.briefbot.core.quotes;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each rule that decides a statement's speaker, as {@code briefbot quotes --explain} names it, on
 * two invented stories phrased differently: what a user sees (the quoted words and the speaker's
 * canonical name) and the rule the explanation credits, so removing a rule fails both stories.
 * Assertions are soft, so a failing test reports every phrasing that broke, not just the first.
 */
@ExtendWith(SoftAssertionsExtension.class)
class QuoteRulePhrasingsTest {
  private static final QuoteFinder FINDER = new QuoteFinder();

  @InjectSoftAssertions private SoftAssertions softly;

  /** The statement whose words start so, in a story read under a headline. */
  private Quote statement(String wordsStart, String... lines) {
    List<Quote> quotes = FINDER.find("A headline\n\n" + String.join("\n", lines)).quotes();
    Quote found =
        quotes.stream()
            .filter(quote -> quote.text().startsWith(wordsStart))
            .findFirst()
            .orElse(null);
    if (found == null) {
      softly.fail("no statement starting \"" + wordsStart + "\" among " + texts(quotes));
    }
    return found;
  }

  private static List<String> texts(List<Quote> quotes) {
    return quotes.stream().map(Quote::text).toList();
  }

  private void assertSaid(Quote quote, String words, String speaker, String rule) {
    if (quote == null) {
      return;
    }
    softly.assertThat(quote.text()).isEqualTo(words);
    softly.assertThat(quote.speaker()).isEqualTo(speaker);
    softly.assertThat(quote.attributedBy()).startsWith(rule + " (");
  }

  // Marked quotes

  @Test
  void splitQuoteTag() {
    assertSaid(
        statement(
            "The bridge",
            "\"The bridge is safe,\" Mayor Lena Ortiz said. \"We checked every bolt.\""),
        "The bridge is safe. We checked every bolt.",
        "Lena Ortiz",
        "split-quote-tag");
    assertSaid(
        statement(
            "Nobody",
            "\"Nobody was hurt,\" said fire chief Omar Haddad, \"and the school will reopen on Monday.\""),
        "Nobody was hurt, and the school will reopen on Monday.",
        "Omar Haddad",
        "split-quote-tag");
  }

  @Test
  void tagAfterQuote() {
    assertSaid(
        statement(
            "The budget",
            "Council member Rita Vance spoke on Tuesday.",
            "\"The budget is a mess,\" Vance said."),
        "The budget is a mess,",
        "Rita Vance",
        "tag-after-quote");
    assertSaid(
        statement("Nobody", "\"Nobody was hurt in the blaze,\" said fire chief Omar Haddad."),
        "Nobody was hurt in the blaze,",
        "Omar Haddad",
        "tag-after-quote");
  }

  @Test
  void tagBeforeQuote() {
    assertSaid(
        statement(
            "We played", "Coach Dana Fields said: \"We played our worst game of the season.\""),
        "We played our worst game of the season.",
        "Dana Fields",
        "tag-before-quote");
    assertSaid(
        statement(
            "The rain",
            "On Monday, farmer Georg Lund told reporters: \"The rain came two weeks too late for the wheat.\""),
        "The rain came two weeks too late for the wheat.",
        "Georg Lund",
        "tag-before-quote");
  }

  @Test
  void leadInBeforeQuotedWords() {
    Quote busLanes =
        statement(
            "a gift",
            "Mayor Lena Ortiz called the new bus lanes \"a gift to tired commuters\" on Monday.");
    assertSaid(busLanes, "a gift to tired commuters", "Lena Ortiz", "lead-in-before-quoted-words");
    softly.assertThat(busLanes).extracting(Quote::kind).isEqualTo(QuoteKind.PARTIAL);
    assertSaid(
        statement(
            "the worst",
            "Senator Hal Brooks described the deal as \"the worst bargain in a generation\" during a speech."),
        "the worst bargain in a generation",
        "Hal Brooks",
        "lead-in-before-quoted-words");
  }

  @Test
  void tagAfterQuotedWords() {
    Quote doctor =
        statement(
            "without",
            "The plan would leave the valley \"without a single doctor,\" nurse Ada Kim said.");
    assertSaid(doctor, "without a single doctor,", "Ada Kim", "tag-after-quoted-words");
    softly.assertThat(doctor).extracting(Quote::kind).isEqualTo(QuoteKind.PARTIAL);
    assertSaid(
        statement(
            "a home",
            "The museum will be \"a home for every child in the city,\" curator Paolo Rossi said on Friday."),
        "a home for every child in the city,",
        "Paolo Rossi",
        "tag-after-quoted-words");
  }

  // Transcripts

  @Test
  void transcriptTurn() {
    String[] interview = {
      "Marta Silva runs the village shop. She spoke to John Park of the Valley Herald.",
      "PARK: Did anyone leave the village before the flood?",
      "SILVA: Only the young people. The old people stayed behind.",
      "PARK: Why did they stay?",
      "SILVA: They have lived here all their lives."
    };
    assertSaid(
        statement("Only the young", interview),
        "Only the young people. The old people stayed behind.",
        "Marta Silva",
        "transcript-turn");
    assertSaid(
        statement("Why did", interview), "Why did they stay?", "John Park", "transcript-turn");

    assertSaid(
        statement(
            "We lost half",
            "HOST: Tell us about the harvest this year.",
            "GUEST: I think the apples are small but very sweet.",
            "HOST: And the pears this year?",
            "GUEST: We lost half of them to the frost in April."),
        "We lost half of them to the frost in April.",
        "Guest",
        "transcript-turn");
  }

  // Reported speech

  @Test
  void reportedClause() {
    assertSaid(
        statement("the bridge", "Mayor Lena Ortiz said the bridge would reopen in May."),
        "the bridge would reopen in May",
        "Lena Ortiz",
        "reported-clause");
    assertSaid(
        statement(
            "that the clinic",
            "Health minister Carl Berg announced that the clinic would stay open on weekends."),
        "that the clinic would stay open on weekends",
        "Carl Berg",
        "reported-clause");
  }

  @Test
  void followOnClause() {
    assertSaid(
        statement(
            "that it had cost",
            "\"We are proud of this bridge,\" said Mayor Lena Ortiz, adding that it had cost less than planned."),
        "that it had cost less than planned",
        "Lena Ortiz",
        "follow-on-clause");
    assertSaid(
        statement(
            "that her team",
            "\"The season is not over,\" said coach Dana Fields, insisting that her team could still win the cup."),
        "that her team could still win the cup",
        "Dana Fields",
        "follow-on-clause");
  }

  @Test
  void claimNoun() {
    assertSaid(
        statement(
            "that the election",
            "Senator Hal Brooks repeated his claim that the election had been stolen from him."),
        "that the election had been stolen from him",
        "Hal Brooks",
        "claim-noun");
    assertSaid(
        statement(
            "that the pool",
            "Voters remember Mayor Lena Ortiz's promise that the pool would reopen by summer."),
        "that the pool would reopen by summer",
        "Lena Ortiz",
        "claim-noun");
  }

  @Test
  void reportedObject() {
    assertSaid(
        statement(
            "low wages",
            "Union leader Petra Novak cited low wages and long shifts as the reasons for the strike."),
        "low wages and long shifts as the reasons for the strike",
        "Petra Novak",
        "reported-object");
    assertSaid(
        statement(
            "lower taxes",
            "Economist Raj Patel called for lower taxes on small shops and cheaper loans for farmers."),
        "lower taxes on small shops and cheaper loans for farmers",
        "Raj Patel",
        "reported-object");
  }

  @Test
  void postposedTag() {
    assertSaid(
        statement(
            "The talks",
            "The talks failed because nobody would give ground, mediator Ines Roth said."),
        "The talks failed because nobody would give ground",
        "Ines Roth",
        "postposed-tag");
    assertSaid(
        statement(
            "Fewer trains",
            "Fewer trains will run on Sundays, rail manager Tom Reyes said on Friday."),
        "Fewer trains will run on Sundays",
        "Tom Reyes",
        "postposed-tag");
  }

  @Test
  void accordingTo() {
    assertSaid(
        statement(
            "the driver",
            "According to police chief Mark Dunn, the driver had been awake for thirty hours."),
        "the driver had been awake for thirty hours",
        "Mark Dunn",
        "according-to");
    assertSaid(
        statement(
            "The factory",
            "The factory will close in March, according to union leader Petra Novak."),
        "The factory will close in March",
        "Petra Novak",
        "according-to");
  }

  // Carry-over

  @Test
  void carriedFromEarlierInParagraph() {
    assertSaid(
        statement(
            "We lost",
            "Coach Dana Fields said the team had let the fans down. \"We lost the game in the first ten minutes.\""),
        "We lost the game in the first ten minutes.",
        "Dana Fields",
        "carried-from-earlier-in-paragraph");
    assertSaid(
        statement(
            "We sleep",
            "Nurse Ada Kim said the ward had been full since March. \"We sleep in the car between shifts.\""),
        "We sleep in the car between shifts.",
        "Ada Kim",
        "carried-from-earlier-in-paragraph");
  }

  @Test
  void carriedFromPreviousParagraph() {
    assertSaid(
        statement(
            "Prices",
            "\"The harvest is the best in ten years,\" farmer Georg Lund said.",
            "\"Prices will fall for everyone this winter.\""),
        "Prices will fall for everyone this winter.",
        "Georg Lund",
        "carried-from-previous-paragraph");
    assertSaid(
        statement(
            "We lost every",
            "\"The water reached the second floor,\" resident Mia Holt said.",
            "\"We lost every photograph we had.\""),
        "We lost every photograph we had.",
        "Mia Holt",
        "carried-from-previous-paragraph");
  }

  @Test
  void carriedFromLaterInParagraph() {
    assertSaid(
        statement(
            "The roof",
            "\"The roof leaked for years.\" \"Nobody listened to us,\" tenant Rosa Diaz said."),
        "The roof leaked for years.",
        "Rosa Diaz",
        "carried-from-later-in-paragraph");
    assertSaid(
        statement(
            "The trains",
            "\"The trains are always late.\" \"I lose an hour every day,\" commuter Ben Cole said."),
        "The trains are always late.",
        "Ben Cole",
        "carried-from-later-in-paragraph");
  }

  @Test
  void colonIntroduction() {
    assertSaid(
        statement(
            "The flames",
            "Fire chief Omar Haddad described the scene:",
            "\"The flames reached the roof in minutes.\""),
        "The flames reached the roof in minutes.",
        "Omar Haddad",
        "colon-introduction");
    assertSaid(
        statement(
            "We are running",
            "Nurse Ada Kim put it this way:",
            "\"We are running a hospital with half a staff.\""),
        "We are running a hospital with half a staff.",
        "Ada Kim",
        "colon-introduction");
  }

  // How the attribution's mention was read (the explanation's second half)

  private void assertReadAs(
      Quote quote, String words, String speaker, String mention, String reading) {
    if (quote == null) {
      return;
    }
    softly.assertThat(quote.text()).isEqualTo(words);
    softly.assertThat(quote.speaker()).isEqualTo(speaker);
    softly
        .assertThat(quote.attributedBy())
        .endsWith("; \u201C" + mention + "\u201D read as " + reading);
  }

  @Test
  void nameInAnAside() {
    assertReadAs(
        statement(
            "the clinic",
            "A ministry spokeswoman, Nadia Fischer, said the clinic would stay open."),
        "the clinic would stay open",
        "Nadia Fischer",
        "Nadia Fischer",
        "the name in an aside");
    assertReadAs(
        statement(
            "The ferry", "\"The ferry is safe,\" a harbour official, Tomas Lind, said on Monday."),
        "The ferry is safe,",
        "Tomas Lind",
        "Tomas Lind",
        "the name in an aside");
  }

  @Test
  void nameBeforeARoleAppositive() {
    assertReadAs(
        statement(
            "the wards",
            "The council heard from Ada Kim, head of the nurses' union, who said the wards were full."),
        "the wards were full",
        "Ada Kim",
        "Ada Kim",
        "the name before a role appositive");
    assertReadAs(
        statement(
            "the crane",
            "The board heard from Ivan Petrov, chief engineer of the port, who said the crane had been checked twice."),
        "the crane had been checked twice",
        "Ivan Petrov",
        "Ivan Petrov",
        "the name before a role appositive");
  }

  @Test
  void nameAfterAnInvertedRole() {
    assertReadAs(
        statement(
            "We need", "\"We need more nurses,\" said the head of the nurses' union, Ada Kim."),
        "We need more nurses,",
        "Ada Kim",
        "the head of the nurses' union, Ada Kim",
        "the name after an inverted role");
    assertReadAs(
        statement("The ferry", "\"The ferry is safe,\" said the captain of the ferry, Tomas Lind."),
        "The ferry is safe,",
        "Tomas Lind",
        "the captain of the ferry, Tomas Lind",
        "the name after an inverted role");
  }

  @Test
  void roleNounReferringBack() {
    assertReadAs(
        statement(
            "It took",
            "Mayor Lena Ortiz opened the bridge on Monday.",
            "\"It took ten years,\" the mayor said."),
        "It took ten years,",
        "Lena Ortiz",
        "the mayor",
        "a role or organisation noun referring back");
    assertReadAs(
        statement(
            "We need",
            "Dr. Ada Kim runs the only clinic in the valley.",
            "\"We need two more nurses,\" the doctor said."),
        "We need two more nurses,",
        "Ada Kim",
        "the doctor",
        "a role or organisation noun referring back");
  }

  @Test
  void officeOrWritingSpeaksForItsHolder() {
    String reading =
        "an office or a writing speaking for its holder (\"his office said\", \"her statement read\")";
    assertReadAs(
        statement(
            "that the club",
            "Coach Dana Fields lost her job on Monday. Her statement said that the club had treated her fairly."),
        "that the club had treated her fairly",
        "Dana Fields",
        "Her statement",
        reading);
    assertReadAs(
        statement(
            "the trial",
            "Judge Karin Olsen was ill on Monday. Her office said the trial would resume on Thursday."),
        "the trial would resume on Thursday",
        "Karin Olsen",
        "Her office",
        reading);
  }

  @Test
  void possessiveName() {
    assertReadAs(
        statement(
            "that the pool",
            "Voters remember Mayor Lena Ortiz's promise that the pool would reopen by summer."),
        "that the pool would reopen by summer",
        "Lena Ortiz",
        "Mayor Lena Ortiz's",
        "a possessive name");
    assertReadAs(
        statement(
            "that no school",
            "Critics mocked Senator Hal Brooks's pledge that no school would close while he was in office."),
        "that no school would close while he was in office",
        "Hal Brooks",
        "Senator Hal Brooks's",
        "a possessive name");
  }

  @Test
  void possessivePronounReferringBack() {
    assertReadAs(
        statement(
            "that the election",
            "Senator Hal Brooks repeated his claim that the election had been stolen from him."),
        "that the election had been stolen from him",
        "Hal Brooks",
        "his",
        "a possessive pronoun referring back");
    assertReadAs(
        statement(
            "that every player",
            "Coach Dana Fields kept her promise that every player would get a game."),
        "that every player would get a game",
        "Dana Fields",
        "her",
        "a possessive pronoun referring back");
  }

  @Test
  void pronounReferringBack() {
    assertReadAs(
        statement(
            "It took",
            "Mayor Lena Ortiz opened the bridge on Monday.",
            "\"It took ten years,\" she said."),
        "It took ten years,",
        "Lena Ortiz",
        "she",
        "a pronoun referring back");
    assertReadAs(
        statement(
            "the strike",
            "Union leader Petra Novak met the owners on Tuesday. She said the strike would go on."),
        "the strike would go on",
        "Petra Novak",
        "She",
        "a pronoun referring back");
  }

  @Test
  void groupPronounReferringBackToAnOrganisation() {
    String reading = "\"it\" or \"they\" referring back to an organisation or group";
    assertReadAs(
        statement(
            "Safety",
            "Northway Rail cancelled the night trains on Monday.",
            "\"Safety comes first,\" it said."),
        "Safety comes first,",
        "Northway Rail",
        "it",
        reading);
    assertReadAs(
        statement(
            "The prices",
            "Valley Farmers Union met in Riverton.",
            "\"The prices are too low,\" they said."),
        "The prices are too low,",
        "Valley Farmers Union",
        "they",
        reading);
  }

  @Test
  void aPronounWithNoAntecedentNamesNobody() {
    String reading = "a pronoun the story gives no antecedent for";
    Quote she = statement("We will", "\"We will never give up,\" she said.");
    assertReadAs(she, "We will never give up,", "", "she", reading);
    softly.assertThat(she).extracting(Quote::hasSpeaker).isEqualTo(false);
    Quote he =
        statement(
            "I have never",
            "The storm hit the coast on Monday night.",
            "\"I have never seen waves like that,\" he said.");
    assertReadAs(he, "I have never seen waves like that,", "", "he", reading);
    softly.assertThat(he).extracting(Quote::hasSpeaker).isEqualTo(false);
  }

  @Test
  void anUnnamedSourceIsDescribed() {
    String reading = "a description of an unnamed source";
    assertReadAs(
        statement("The talks", "\"The talks are over,\" a senior official said."),
        "The talks are over,",
        "a senior official",
        "a senior official",
        reading);
    assertReadAs(
        statement(
            "the patients",
            "Two clinics closed on Monday. A hospital spokeswoman said the patients had been moved."),
        "the patients had been moved",
        "A hospital spokeswoman",
        "A hospital spokeswoman",
        reading);
  }

  // Misreadings found while writing the phrasings above, each mended

  @Test
  void aSpeakerNamedAtTheEndOfTheSentenceKeepsNoFullStop() {
    assertSaid(
        statement(
            "We will rebuild",
            "\"We will rebuild the pier by spring,\" said engineer Ivan Petrov.",
            "The storm broke it in March."),
        "We will rebuild the pier by spring,",
        "Ivan Petrov",
        "tag-after-quote");
    assertSaid(
        statement(
            "The crane",
            "\"The crane was checked twice,\" said the chief engineer of the port, Ivan Petrov."),
        "The crane was checked twice,",
        "Ivan Petrov",
        "tag-after-quote");
  }

  @Test
  void aRoleWordTheTaggerTakesForAPronounStillLeadsToTheName() {
    assertSaid(
        statement(
            "We will rebuild",
            "\"We will rebuild the pier by spring,\" said harbour master Ivan Petrov."),
        "We will rebuild the pier by spring,",
        "Ivan Petrov",
        "tag-after-quote");
    assertSaid(
        statement(
            "Nobody saw", "\"Nobody saw the fire,\" said harbour pilot Jonas Berg on Friday."),
        "Nobody saw the fire,",
        "Jonas Berg",
        "tag-after-quote");
  }

  @Test
  void aFollowOnAfterAnInvertedTagIsAStatementOfItsOwn() {
    String bridge =
        "The bridge would reopen in May, said Mayor Lena Ortiz, adding that lorries would wait until June.";
    assertSaid(
        statement("The bridge", bridge),
        "The bridge would reopen in May",
        "Lena Ortiz",
        "postposed-tag");
    assertSaid(
        statement("that lorries", bridge),
        "that lorries would wait until June",
        "Lena Ortiz",
        "follow-on-clause");
    String trains =
        "Fewer trains will run on Sundays, said rail manager Tom Reyes on Friday, warning that fares would rise as well.";
    assertSaid(
        statement("Fewer trains", trains),
        "Fewer trains will run on Sundays",
        "Tom Reyes",
        "postposed-tag");
    assertSaid(
        statement("that fares", trains),
        "that fares would rise as well",
        "Tom Reyes",
        "follow-on-clause");
  }

  @Test
  void aRoleBeforeTheNameInATagWithToldIsStillThePersonNamed() {
    assertSaid(
        statement(
            "The season",
            "\"The season is not over,\" coach Dana Fields told reporters, insisting that her team could still win the cup."),
        "The season is not over,",
        "Dana Fields",
        "tag-after-quote");
    assertSaid(
        statement(
            "We trained",
            "\"We trained harder than anyone,\" coach Dana Fields told reporters, adding that the players needed rest."),
        "We trained harder than anyone,",
        "Dana Fields",
        "tag-after-quote");
  }
}
