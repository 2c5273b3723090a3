package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mention stages on stories written for these tests: names, role nouns, pronouns. */
class MentionResolutionTest {

  @Test
  void nameMentionsGiveTheRoleFromATitleOrAnAppositiveAndJoinTheSurnameToTheFullName() {
    StoryReading story =
        StoryReading.of(
            String.join(
                "\n",
                "Dam inspection ordered",
                "",
                "Water Minister Odile Ferrand ordered an inspection of the Brevik dam on Monday.",
                "Jonas Aalto, the chief engineer of the dam, said the concrete was sound.",
                "Ferrand said the inspection would take a month."));

    assertThat(story.referent(story.token("Ferrand", 1))).isEqualTo("Odile Ferrand");
    assertThat(story.people().persons())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("Odile Ferrand");
              assertThat(p.role()).isEqualTo("Water Minister");
            });
    assertThat(story.people().persons())
        .anySatisfy(
            p -> {
              assertThat(p.name()).isEqualTo("Jonas Aalto");
              assertThat(p.role()).contains("chief engineer");
            });
  }

  @Test
  void aRoleNounRefersBackToThePersonWithThatRoleAndTheCompanyToTheFirmJustNamed() {
    StoryReading story =
        StoryReading.of(
            String.join(
                "\n",
                "Bakery chain expands",
                "",
                "Mayor Ilse Brandt opened the new market hall on Friday.",
                "Halvor Bakeries Inc. announced twelve new shops in the region.",
                "The company said it would hire 200 people, and the mayor said the town needed the work."));

    assertThat(story.referent(story.token("company", 0))).isEqualTo("Halvor Bakeries Inc.");
    assertThat(story.referent(story.token("mayor", 0))).isEqualTo("Ilse Brandt");
  }

  @Test
  void aPronounRefersToTheLatestPersonOfItsGenderWhoWasTheSubject() {
    StoryReading story =
        StoryReading.of(
            String.join(
                "\n",
                "Orchestra gets new conductor",
                "",
                "Conductor Miriam Holt met the board's chairman, Peter Lund, on Tuesday.",
                "She said the orchestra would tour in the spring.",
                "He said the board had approved the budget."));

    assertThat(story.referent(story.token("She", 0))).isEqualTo("Miriam Holt");
    assertThat(story.referent(story.token("He", 0))).isEqualTo("Peter Lund");
  }

  @Test
  void aLoneCapitalisedWordIsAPersonForPronounsOnlyOnceItIsSeenSpeaking() {
    StoryReading story =
        StoryReading.of(
            String.join(
                "\n",
                "Harbour plan",
                "",
                "Varga spoke at the harbour on Monday.",
                "He said the plan was late."));
    int he = story.token("He", 0);
    People.Entity varga = story.people().byName("Varga");

    assertThat(varga).isNotNull();
    assertThat(story.people().resolvePronoun(he, Lexicon.Gender.MALE)).isNull();
    story.speakers().add(varga);
    assertThat(story.people().resolvePronoun(he, Lexicon.Gender.MALE)).isSameAs(varga);
  }
}
