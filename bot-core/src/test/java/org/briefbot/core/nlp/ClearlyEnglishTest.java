package org.briefbot.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClearlyEnglishTest {
  static final String GERMAN_QUOTING_ENGLISH =
      "Der Bürgermeister von Hafenstadt hat am Dienstag die neue Straßenbahnlinie "
          + "eröffnet. \"This is a great day for the city and for all of the people who have waited so long,\" sagte er auf "
          + "Englisch vor den Gästen aus London. Die Kosten des Projekts sind nach Angaben der Stadt um zwölf Millionen Euro "
          + "gestiegen, und die Opposition fordert eine Untersuchung. Die ersten Züge sollen ab Mai im Takt von zehn Minuten "
          + "fahren, wie die Verkehrsbetriebe mitteilten.";
  static final String DUTCH =
      "De gemeenteraad van Havenstad heeft dinsdag besloten om de nieuwe tramlijn toch aan te leggen. "
          + "Volgens de wethouder zijn de kosten met twaalf miljoen euro gestegen, maar is het project nog steeds de moeite "
          + "waard. De oppositie wil een onafhankelijk onderzoek naar de begroting. De eerste trams moeten in mei gaan rijden, "
          + "met een tram om de tien minuten, zo meldt het vervoersbedrijf.";

  @Test
  void englishNewsIsClearlyEnglish() {
    assertThat(ClearlyEnglish.test(NewsTextTest.STORY)).isTrue();
    assertThat(
            ClearlyEnglish.test(
                "The council said on Tuesday that the new tram line would cost twelve million dollars "
                    + "more than planned, and the opposition has called for an inquiry into the budget."))
        .isTrue();
  }

  @Test
  void aGermanStoryQuotingEnglishIsLeftToTheModel() {
    assertThat(ClearlyEnglish.test(GERMAN_QUOTING_ENGLISH)).isFalse();
  }

  @Test
  void aDutchStoryIsLeftToTheModel() {
    assertThat(ClearlyEnglish.test(DUTCH)).isFalse();
  }

  @Test
  void aListOfNamesIsLeftToTheModel() {
    assertThat(
            ClearlyEnglish.test(
                "Ursula von der Leyen, Pedro Sánchez, Giorgia Meloni, Mark Rutte, Olaf Scholz"))
        .isFalse();
  }
}
