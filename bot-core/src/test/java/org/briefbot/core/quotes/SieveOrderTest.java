package org.briefbot.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sieve order written in {@link SieveOrder#ORDER} is the order the sieves run in, and the names
 * {@code quotes --explain} prints follow it: where two sieves could decide a statement, the
 * explanation names the earlier one.
 */
class SieveOrderTest {
  private final QuoteFinder finder = new QuoteFinder();

  /** The names the sieves of each stage record, in the order the built lists hold them. */
  private static List<Sieve> recordedNames() {
    StoryReading story = StoryReading.of("Headline\n\nThe council met on Monday.");
    SieveOrder order =
        new SieveOrder(
            story.tokens(), new Attribution(story.tokens(), story.people(), story.speakers()));
    List<Sieve> names = new ArrayList<>();
    order.markedQuotes.forEach(sieve -> names.add(sieve.name()));
    names.add(Sieve.TRANSCRIPT_TURN);
    order.reportedSpeech.forEach(sieve -> names.add(sieve.name()));
    order.carryOver.forEach(sieve -> names.add(sieve.name()));
    return names;
  }

  @Test
  void theBuiltSievesRunInTheWrittenOrderUnderTheNamesExplainPrints() {
    List<String> written = new ArrayList<>();
    SieveOrder.STAGES.forEach(written::addAll);

    List<String> printed = recordedNames().stream().map(Sieve::label).toList();

    // one name a sieve, in the written order; the inverted tag prints as the postposed tag it reads
    assertThat(printed)
        .isEqualTo(
            written.stream()
                .map(name -> name.equals("inverted-tag") ? "postposed-tag" : name)
                .toList());
  }

  @Test
  void everyNameExplainCanPrintHasASieveAndTheNamesComeInTheOrderTheSievesRun() {
    Set<Sieve> firstRun = new LinkedHashSet<>(recordedNames());

    assertThat(List.copyOf(firstRun)).containsExactly(Sieve.values());
  }

  private Quote quote(String sentence) {
    return finder.find("Bridge to be rebuilt\n\n" + sentence).quotes().stream()
        .filter(q -> q.text().startsWith("a disgrace"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void quotedWordsWithAVerbBeforeThemAndATagAfterAreExplainedByTheLeadInSieveWhichRunsFirst() {
    // each of the two sieves decides these quoted words when it is the only one that can
    Quote tagAfterOnly =
        quote("The bridge is \"a disgrace to the city,\" her deputy Tom Reyes said.");
    assertThat(tagAfterOnly.speaker()).isEqualTo("Tom Reyes");
    assertThat(tagAfterOnly.attributedBy()).startsWith("tag-after-quoted-words (");

    Quote both =
        quote(
            "At the meeting, Mayor Ann Lee called the bridge \"a disgrace to the city,\" her deputy"
                + " Tom Reyes said.");

    assertThat(both.speaker()).isEqualTo("Ann Lee");
    assertThat(both.attributedBy()).startsWith("lead-in-before-quoted-words (");
  }
}
