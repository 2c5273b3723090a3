package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

  @Test
  void aListReadsEveryWordOfEveryLineInLowerCaseAndSkipsComments() {
    // speech-verbs.txt: one verb's forms a line, a comment header
    assertThat(WordLists.load("speech-verbs"))
        .contains("say", "says", "said", "saying", "reiterated")
        .doesNotContain("#", "lexicon.speech_verbs");
    // not-names.txt holds a comment line in the middle ("… "of Bowie, Md., said"")
    assertThat(WordLists.load("not-names")).contains("md.", "monday").doesNotContain("bowie,");
  }

  @Test
  void aMissingListFailsWithItsName() {
    assertThatThrownBy(() -> WordLists.load("no-such-list"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("words/no-such-list.txt");
  }

  @Test
  void theLexiconAnswersFromItsFiles() {
    assertThat(Lexicon.SPEECH_VERBS.contains("reiterated")).isTrue();
    assertThat(Lexicon.ORGANISATION_WORDS.contains("ministry")).isTrue();
    assertThat(Lexicon.PERSONAL_TITLES.contains("sen.")).isTrue();
    // title-abbreviations.txt and role-synonyms.txt: "forms -> what they stand for"
    assertThat(Lexicon.expandTitle("cst.")).isEqualTo("constable");
    assertThat(Lexicon.expandTitle("mayor")).isEqualTo("mayor");
    assertThat(Lexicon.roleSynonyms("mpp")).containsExactlyInAnyOrder("lawmaker", "politician");
  }

  @Test
  void aFirstNameIsOfOneGenderUnlessListedAsGivenToBoth() {
    Set<String> both = new HashSet<>(WordLists.load("female-names"));
    both.retainAll(WordLists.load("male-names"));
    both.removeAll(WordLists.load("unisex-names"));

    assertThat(both).isEmpty();
    assertThat(Lexicon.genderOfFirstName("angela")).isEqualTo(Lexicon.Gender.FEMALE);
  }
}
