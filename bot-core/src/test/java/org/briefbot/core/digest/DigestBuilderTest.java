package org.briefbot.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefbot.core.digest.DigestStories.at;
import static org.briefbot.core.digest.DigestStories.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest a channel would get from a day of stored stories (invented, see {@link
 * DigestStories}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestBuilderTest {
  private Database database;
  private StoryStore store;
  private DigestBuilder builder;
  private StoredStory ledger;
  private StoredStory courier;
  private StoredStory post;
  private StoredStory postUpdate;
  private StoredStory dunmore;
  private StoredStory festival;

  @BeforeAll
  void storeTheDay(@TempDir Path dataDir) {
    database = Database.defaultH2(dataDir);
    store = new StoryStore(database);
    builder = new DigestBuilder(store);
    ledger =
        store(
            store,
            "https://ledger.example/caldwick-bridge",
            "Harbor Ledger",
            "Caldwick bridge collapses into the Tarn",
            Optional.of(at(7, 10)),
            at(7, 20),
            DigestStories.COLLAPSE_LEDGER);
    courier =
        store(
            store,
            "https://courier.example/news/old-mill-bridge",
            "Northern Courier",
            "Vans plunge into river as Old Mill Bridge gives way",
            Optional.of(at(8, 0)),
            at(8, 5),
            DigestStories.COLLAPSE_COURIER);
    post =
        store(
            store,
            "https://valleypost.example/2026/03/14/bridge",
            "Valley Post",
            "Old Mill Bridge collapse: four injured",
            Optional.of(at(7, 45)),
            at(7, 50),
            DigestStories.COLLAPSE_POST);
    postUpdate =
        store(
            store,
            "https://valleypost.example/2026/03/14/bridge-flood",
            "Valley Post",
            "Flood water undermined Old Mill Bridge, investigators say",
            Optional.of(at(19, 30)),
            at(19, 40),
            DigestStories.COLLAPSE_POST_UPDATE);
    dunmore =
        store(
            store,
            "https://courier.example/news/dunmore-footbridge",
            "Northern Courier",
            "Dunmore footbridge to close for repainting",
            Optional.of(at(10, 0)),
            at(10, 5),
            DigestStories.DUNMORE_BRIDGE);
    festival =
        store(
            store,
            "https://appleby.example/festival",
            "Appleby Gazette",
            "Record crowd at Appleby orchard festival",
            Optional.empty(),
            at(12, 0),
            DigestStories.ORCHARD_FESTIVAL);
  }

  @AfterAll
  void close() {
    database.close();
  }

  private List<StoredStory> day() {
    return store.latest(100);
  }

  @Test
  void theSameEventFromThreeOutletsIsOneItemAndComesFirst() {
    Digest digest = builder.build(day(), DigestOptions.defaults());

    assertThat(digest.items()).hasSize(3);
    DigestItem collapse = digest.items().get(0);
    assertThat(collapse.storyIds())
        .containsExactlyInAnyOrder(ledger.id(), courier.id(), post.id(), postUpdate.id());
    assertThat(collapse.headline())
        .isIn(ledger.title(), courier.title(), post.title(), postUpdate.title());
    assertThat(digest.storyIds())
        .containsExactlyInAnyOrder(
            ledger.id(), courier.id(), post.id(), postUpdate.id(), dunmore.id(), festival.id());
  }

  @Test
  void aDifferentBridgeStoryOfTheSameOutletStaysItsOwnItem() {
    Digest digest = builder.build(day(), DigestOptions.defaults());

    assertThat(digest.items())
        .filteredOn(item -> item.storyIds().contains(dunmore.id()))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.storyIds()).containsExactly(dunmore.id());
              assertThat(item.headline()).isEqualTo("Dunmore footbridge to close for repainting");
            });
  }

  @Test
  void sourcesAreOnePerOutletWithLinksInTheOrderTheOutletsFirstReported() {
    DigestItem collapse = builder.build(day(), DigestOptions.defaults()).items().get(0);

    assertThat(collapse.sources())
        .extracting(DigestItem.Source::outlet)
        .containsExactly("Harbor Ledger", "Valley Post", "Northern Courier");
    // Valley Post reported second (7:45); its link is its latest story on the event, the update.
    assertThat(collapse.sources())
        .extracting(DigestItem.Source::url)
        .containsExactly(
            "https://ledger.example/caldwick-bridge",
            "https://valleypost.example/2026/03/14/bridge-flood",
            "https://courier.example/news/old-mill-bridge");
    assertThat(collapse.sources().get(0).publishedAt()).contains(at(7, 10));
  }

  @Test
  void theItemSaysTheNewsInOneOrTwoSentencesFromTheOutletsWithoutRepeatingItself() {
    DigestItem collapse = builder.build(day(), DigestOptions.defaults()).items().get(0);
    List<String> summaries =
        Stream.of(ledger, courier, post, postUpdate)
            .flatMap(story -> story.summarySentences().stream())
            .toList();

    assertThat(collapse.sentences())
        .hasSizeBetween(1, 2)
        .doesNotHaveDuplicates()
        .allSatisfy(sentence -> assertThat(summaries).contains(sentence));
    assertThat(String.join(" ", collapse.sentences())).contains("Old Mill Bridge");
  }

  @Test
  void theStrongestQuoteIsDirectAndBySomeoneSeveralOutletsQuote() {
    Digest digest = builder.build(day(), DigestOptions.defaults());

    StoryQuote quote = digest.items().get(0).quote().orElseThrow();
    assertThat(quote.speaker()).isEqualTo("Ellen Varga");
    assertThat(quote.kind()).isEqualTo(StoryQuote.Kind.DIRECT);
    assertThat(quote.text()).startsWith("This could have been a catastrophe");
    assertThat(digest.items())
        .filteredOn(item -> item.storyIds().contains(festival.id()))
        .singleElement()
        .satisfies(
            item ->
                assertThat(item.quote())
                    .hasValueSatisfying(q -> assertThat(q.speaker()).isEqualTo("Hanna Lind")));
  }

  @Test
  void topicsKeepOnlyTheEventsThatNameThem() {
    assertThat(builder.build(day(), new DigestOptions(5, List.of("Festival"))).items())
        .singleElement()
        .satisfies(item -> assertThat(item.storyIds()).containsExactly(festival.id()));
    // A word of its own, or with an ending: "bridge" is not in "footbridge"; "collapse" is in
    // "collapsed".
    assertThat(builder.build(day(), new DigestOptions(5, List.of("bridge"))).items())
        .singleElement()
        .satisfies(item -> assertThat(item.storyIds()).contains(ledger.id()));
    assertThat(builder.build(day(), new DigestOptions(5, List.of("collapse"))).items())
        .singleElement()
        .satisfies(item -> assertThat(item.storyIds()).contains(ledger.id()));
    assertThat(builder.build(day(), new DigestOptions(5, List.of("footbridge", "apples"))).items())
        .hasSize(2);
    // Any form of the word, as a topic search matches: "festivals" finds the festival, "crowds"
    // the record crowd.
    assertThat(builder.build(day(), new DigestOptions(5, List.of("festivals"))).items())
        .singleElement()
        .satisfies(item -> assertThat(item.storyIds()).containsExactly(festival.id()));
    assertThat(builder.build(day(), new DigestOptions(5, List.of("crowds"))).items())
        .singleElement()
        .satisfies(item -> assertThat(item.storyIds()).containsExactly(festival.id()));
    // A keyword inside another word is not a match: "ridge" is in "bridge", "age" in "page".
    assertThat(builder.build(day(), new DigestOptions(5, List.of("ridge", "age"))).isEmpty())
        .isTrue();
  }

  @Test
  void excludedTopicsLeaveOutEveryStoryThatNamesThemOnAnyFormOfTheWord() {
    List<Long> all = builder.build(day(), DigestOptions.defaults()).storyIds();
    // "crowd" leaves out the festival's story ("crowds"), whatever the others say.
    Digest without = builder.build(day(), new DigestOptions(5, List.of(), List.of("crowd")));

    assertThat(without.storyIds()).doesNotContain(festival.id()).isNotEmpty();
    assertThat(without.storyIds()).hasSize(all.size() - 1);
    // Topics and excluded topics together: the festival matches a topic but is left out.
    assertThat(
            builder
                .build(day(), new DigestOptions(5, List.of("crowds", "railway"), List.of("crowd")))
                .storyIds())
        .doesNotContain(festival.id());
  }

  @Test
  void anEventMatchingMoreOfTheTopicsRanksAboveAnEqualOneMatchingFewer() {
    // Without topics the festival (fetched at noon) ranks above the Dunmore story (ten o'clock),
    // both one outlet.
    List<DigestItem> items =
        builder
            .build(day(), new DigestOptions(5, List.of("apples", "footbridge", "railway")))
            .items();

    assertThat(items)
        .extracting(item -> item.storyIds().get(0))
        .containsExactly(dunmore.id(), festival.id());
  }

  @Test
  void atMostTheItemsAsked() {
    Digest digest = builder.build(day(), new DigestOptions(1, List.of()));

    assertThat(digest.items())
        .singleElement()
        .satisfies(item -> assertThat(item.storyIds()).contains(ledger.id()));
  }

  @Test
  void noStoriesMakeAnEmptyDigest() {
    assertThat(builder.build(List.of(), DigestOptions.defaults()).isEmpty()).isTrue();
    assertThat(builder.build(List.of(), DigestOptions.defaults()).storyIds()).isEmpty();
  }

  @Test
  void aStoryWithoutADateCountsFromWhenItWasFetched() {
    DigestItem festivalItem =
        builder.build(day(), DigestOptions.defaults()).items().stream()
            .filter(item -> item.storyIds().contains(festival.id()))
            .findFirst()
            .orElseThrow();

    assertThat(festivalItem.sources())
        .singleElement()
        .satisfies(
            source -> {
              assertThat(source.publishedAt()).isEmpty();
              assertThat(source.url()).isEqualTo("https://appleby.example/festival");
            });
    // Fetched at noon, after the Dunmore story was published at ten: both one outlet, the festival
    // ranks above.
    List<DigestItem> items = builder.build(day(), DigestOptions.defaults()).items();
    assertThat(items.get(1).storyIds()).containsExactly(festival.id());
    assertThat(items.get(2).storyIds()).containsExactly(dunmore.id());
  }

  @Test
  void storiesThatAllLackADateStillMakeADigest() {
    StoredStory undated =
        new StoredStory(
            ledger.id(),
            ledger.url(),
            ledger.canonicalUrl(),
            ledger.title(),
            ledger.outlet(),
            ledger.author(),
            Optional.empty(),
            Instant.parse("2026-03-15T06:00:00Z"),
            ledger.text(),
            ledger.summary(),
            ledger.language(),
            ledger.contentHash(),
            ledger.wordCount());
    Digest digest = builder.build(List.of(festival, undated), DigestOptions.defaults());

    assertThat(digest.items()).hasSize(2);
    assertThat(digest.items())
        .extracting(item -> item.storyIds().get(0))
        .containsExactly(ledger.id(), festival.id());
    assertThat(digest.items())
        .allSatisfy(
            item ->
                assertThat(item.sources())
                    .singleElement()
                    .satisfies(source -> assertThat(source.publishedAt()).isEmpty()));
  }
}
