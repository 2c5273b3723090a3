package org.briefbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.digest.DigestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What storing updates promises, run against each database the store supports (H2 and PostgreSQL
 * subclasses): a story stored again in place with its change, the page's last read and validators,
 * the updates since a time, and a feed item queued again when the feed changed what it says of it.
 */
abstract class StoryUpdatesContract {
  static final Instant NOW = StoreContract.NOW;
  static final String CHANGED =
      StoreContract.TEXT.replace(
          "Commuters' groups said they would ask the council to step in.",
          "Commuters' groups said they would ask the council to step in. The council agreed on Tuesday.");

  Database database;
  StoryStore stories;
  StoryUpdates updates;

  abstract Database openFreshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = openFreshDatabase();
    stories = new StoryStore(database);
    updates = stories.updates();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aStoryStoredAgainKeepsItsIdAndAddressAndTakesTheNewTextAndTheChange() {
    NewStory first = StoreContract.story("https://ledger.example/ferry", StoreContract.TEXT);
    long id =
        stories
            .save(
                first,
                StorySource.link(first.canonicalUrl(), "Harbor Ledger", "A"),
                OptionalLong.empty())
            .story()
            .id();
    assertThat(updates.pageCheck(id).orElseThrow().checkedAt()).isEqualTo(NOW);
    assertThat(updates.latest(id)).isEmpty();

    NewStory second = StoreContract.story("https://ledger.example/ferry", CHANGED);
    NewStory retitled =
        new NewStory(
            second.url(),
            second.canonicalUrl(),
            "Ferry fares rise again; council steps in",
            second.outlet(),
            Optional.empty(),
            Optional.empty(),
            second.fetchedAt(),
            second.text(),
            second.sentences(),
            second.summary(),
            second.quotes(),
            second.language(),
            Sha256.hex(CHANGED),
            second.wordCount() + 5);
    Instant later = NOW.plus(Duration.ofHours(3));
    StoryUpdates.Change change =
        new StoryUpdates.Change(
            Optional.of("Ferry fares rise again"),
            List.of("The council agreed on Tuesday."),
            List.of());
    StoryUpdates.StoryUpdate update =
        updates.save(
            id,
            retitled,
            change,
            new StoryUpdates.PageValidators(Optional.of("\"v2\""), Optional.empty()),
            OptionalLong.empty(),
            later);

    StoredStory stored = stories.find(id).orElseThrow();
    assertThat(stories.count()).isEqualTo(1);
    assertThat(stored.title()).isEqualTo("Ferry fares rise again; council steps in");
    assertThat(stored.text()).isEqualTo(CHANGED);
    assertThat(stored.author())
        .as("a page that no longer names the author keeps it")
        .contains("Dev Okafor");
    assertThat(stored.publishedAt()).contains(Instant.parse("2024-04-30T08:15:00Z"));
    assertThat(stored.fetchedAt()).as("first seen stays").isEqualTo(NOW);
    assertThat(stories.sentences(id)).hasSize(3);
    assertThat(stories.quotes(id)).hasSize(1);
    assertThat(updates.latest(id)).contains(update);
    assertThat(update.change()).isEqualTo(change);
    assertThat(updates.since(later, 10)).containsExactly(update);
    assertThat(updates.since(later.plusMillis(1), 10)).isEmpty();
    assertThat(updates.after(0, 10)).containsExactly(update);
    assertThat(updates.latestOf(List.of(id, id + 1))).containsOnlyKeys(id);
    StoryUpdates.PageCheck check = updates.pageCheck(id).orElseThrow();
    assertThat(check.checkedAt()).isEqualTo(later);
    assertThat(check.validators().etag()).contains("\"v2\"");

    updates.checked(
        id,
        new StoryUpdates.PageValidators(
            Optional.empty(), Optional.of("Tue, 30 Apr 2024 08:00:00 GMT")),
        OptionalLong.empty(),
        later.plusSeconds(60));
    assertThat(updates.pageCheck(id).orElseThrow().validators().lastModified())
        .contains("Tue, 30 Apr 2024 08:00:00 GMT");
    assertThat(updates.latest(id)).contains(update);
  }

  @Test
  void aFeedItemWhoseFingerprintChangesAfterItsStoryWasStoredIsQueuedAgainAndANewGuidIsNew() {
    FeedStore feeds = new FeedStore(database);
    FeedItemQueue queue = new FeedItemQueue(database);
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    NewFeedItem item =
        new NewFeedItem(
            "guid-1",
            "https://ledger.example/ferry",
            Optional.of("A"),
            Optional.of(NOW),
            Optional.of("r1"));
    assertThat(
            feeds.recordFetched(
                feed.id(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(item),
                NOW,
                NOW))
        .isEqualTo(1);
    FeedItem queued = queue.due(NOW, 10).get(0);
    NewStory story = StoreContract.story("https://ledger.example/ferry", StoreContract.TEXT);
    stories.save(
        story,
        StorySource.link(story.canonicalUrl(), "Harbor Ledger", "A"),
        OptionalLong.of(queued.id()));
    assertThat(queue.due(NOW, 10)).isEmpty();

    // Listed again unchanged: nothing. Dated again: queued again, as no new item.
    assertThat(
            feeds.recordFetched(
                feed.id(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(item),
                NOW,
                NOW))
        .isZero();
    assertThat(queue.due(NOW, 10)).isEmpty();
    Instant redated = NOW.plus(Duration.ofDays(1));
    NewFeedItem again =
        new NewFeedItem(
            "guid-1",
            "https://ledger.example/ferry",
            Optional.of("A"),
            Optional.of(redated),
            Optional.of("r2"));
    assertThat(
            feeds.recordFetched(
                feed.id(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(again),
                redated,
                redated))
        .isZero();

    List<FeedItem> due = queue.due(redated, 10);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).id()).isEqualTo(queued.id());
    assertThat(due.get(0).publishedAt()).contains(redated);
    assertThat(due.get(0).storyId()).as("it knows its story: its page is read again").isPresent();
    assertThat(due.get(0).attempts()).isZero();
  }

  @Test
  void aChannelWithNoDigestHasNoUpdatedStoriesToTell() {
    assertThat(
            new DigestStore(database)
                .runs()
                .updatedSinceTaken(Place.channel(Platform.DISCORD, "G1", "C1"), NOW, 10))
        .isEmpty();
  }
}
