package org.briefbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the store promises, run against each database it supports (H2 and PostgreSQL subclasses).
 */
abstract class StoreContract {
  static final Instant NOW = Instant.parse("2024-05-01T12:00:00.123456Z");
  static final String TEXT =
      "Ferry fares rise again\n\n"
          + "The harbor ferry will cost a dollar more from April, the operator said on Monday. "
          + "\"We held prices for three years and cannot hold them any longer,\" said Nadia Frost, the operator's chief executive.\n\n"
          + "Commuters' groups said they would ask the council to step in.";

  Database database;
  StoryStore stories;
  FeedStore feeds;
  FeedItemQueue queue;

  /** A fresh, empty database for each test. */
  abstract Database openFreshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = openFreshDatabase();
    stories = new StoryStore(database);
    feeds = new FeedStore(database);
    queue = new FeedItemQueue(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  static NewStory story(String canonicalUrl, String text) {
    return story(canonicalUrl, text, Optional.of("chief executive"));
  }

  static NewStory story(String canonicalUrl, String text, Optional<String> speakerRole) {
    int first = text.indexOf("The harbor");
    int second = text.indexOf("\"We held");
    int third = text.indexOf("Commuters'");
    List<StorySentence> sentences =
        List.of(
            new StorySentence(0, 0, first, text.indexOf("Monday.") + 7),
            new StorySentence(1, 0, second, text.indexOf("executive.") + 10),
            new StorySentence(2, 1, third, text.length()));
    int quoteStart = second + 1;
    List<StoryQuote> quotes =
        List.of(
            new StoryQuote(
                quoteStart,
                text.indexOf(",\" said"),
                StoryQuote.Kind.DIRECT,
                "Nadia Frost",
                speakerRole,
                text.substring(quoteStart, text.indexOf(",\" said"))));
    return new NewStory(
        canonicalUrl + "?utm_source=x",
        canonicalUrl,
        "Ferry fares rise again",
        "Harbor Ledger",
        Optional.of("Dev Okafor"),
        Optional.of(Instant.parse("2024-04-30T08:15:00Z")),
        NOW,
        text,
        sentences,
        List.of(0, 2),
        quotes,
        "eng",
        Sha256.hex(text.substring(first)),
        48);
  }

  @Test
  void aStoryIsStoredWholeWithItsSentencesSummaryQuotesAndSpeaker() {
    SaveResult result =
        stories.save(
            story("https://ledger.example/ferry", TEXT),
            StorySource.link(
                "https://ledger.example/ferry", "Harbor Ledger", "Ferry fares rise again"),
            OptionalLong.empty());

    assertThat(result.created()).isTrue();
    StoredStory stored = stories.findByUrl("https://ledger.example/ferry").orElseThrow();
    assertThat(stored.title()).isEqualTo("Ferry fares rise again");
    assertThat(stored.author()).contains("Dev Okafor");
    assertThat(stored.publishedAt()).contains(Instant.parse("2024-04-30T08:15:00Z"));
    assertThat(stored.fetchedAt()).isEqualTo(NOW);
    assertThat(stored.text()).isEqualTo(TEXT);
    assertThat(stored.summarySentences())
        .containsExactly(
            "The harbor ferry will cost a dollar more from April, the operator said on Monday.",
            "Commuters' groups said they would ask the council to step in.");
    assertThat(stories.summarySentences(stored.id())).containsExactly(0, 2);
    assertThat(stories.sentences(stored.id()))
        .extracting(s -> s.text(stored.text()))
        .element(1)
        .asString()
        .startsWith("\"We held prices");
    assertThat(stories.quotes(stored.id()))
        .singleElement()
        .satisfies(
            quote -> {
              assertThat(quote.speaker()).isEqualTo("Nadia Frost");
              assertThat(quote.kind()).isEqualTo(StoryQuote.Kind.DIRECT);
              assertThat(stored.text().substring(quote.start(), quote.end()))
                  .isEqualTo("We held prices for three years and cannot hold them any longer");
            });
    String role =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT role FROM people WHERE canonical_name = 'Nadia Frost'")
                        .mapTo(String.class)
                        .one());
    assertThat(role).isEqualTo("chief executive");
  }

  @Test
  void aSpeakerFirstMetByTwoStoriesAtOnceIsOnePerson() throws Exception {
    // Another ingestion worker has just added the same new person and not yet committed.
    try (org.jdbi.v3.core.Handle other = database.jdbi().open()) {
      other.begin();
      other
          .createUpdate(
              "INSERT INTO people (canonical_name, role) VALUES ('Nadia Frost', 'chief executive')")
          .execute();
      java.util.concurrent.CompletableFuture<SaveResult> saving =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  stories.save(
                      story("https://ledger.example/ferry", TEXT),
                      StorySource.link(
                          "https://ledger.example/ferry",
                          "Harbor Ledger",
                          "Ferry fares rise again"),
                      OptionalLong.empty()));
      assertThat(awaitALockWait(saving))
          .as("the save waits on the other's uncommitted row")
          .isTrue();
      other.commit();
      assertThat(saving.get(30, java.util.concurrent.TimeUnit.SECONDS).created()).isTrue();
    }
    StoredStory stored = stories.findByUrl("https://ledger.example/ferry").orElseThrow();
    assertThat(stories.quotes(stored.id()))
        .extracting(StoryQuote::speaker)
        .containsExactly("Nadia Frost");
    long people =
        database
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM people").mapTo(Long.class).one());
    assertThat(people).isOne();
  }

  /** Whether some session came to wait for a row another holds before {@code work} was done. */
  private boolean awaitALockWait(java.util.concurrent.Future<?> work) throws InterruptedException {
    String waiting =
        database.isPostgres()
            ? "SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
            // (H2 names no blocker for a wait on a unique key: the insert still under way is the
            // wait)
            : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE 'INSERT INTO people%'";
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (!work.isDone() && System.nanoTime() < deadline) {
      if (database.jdbi().withHandle(h -> h.createQuery(waiting).mapTo(Long.class).one()) > 0) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  @Test
  void aSpeakerQuotedByManyStoriesIsOnePersonWhoseMissingRoleIsFilledInOnce() {
    String[] fares = {"a dollar", "two dollars", "three dollars"};
    List<Optional<String>> roles =
        List.of(Optional.empty(), Optional.of("chief executive"), Optional.of("chair"));
    for (int i = 0; i < fares.length; i++) {
      String text = TEXT.replace("a dollar", fares[i]);
      stories.save(
          story("https://ledger.example/ferry-" + i, text, roles.get(i)),
          StorySource.link("https://ledger.example/ferry-" + i, "Harbor Ledger", "Ferry fares"),
          OptionalLong.empty());
    }

    List<String> people =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT canonical_name || ' / ' || role FROM people")
                        .mapTo(String.class)
                        .list());
    assertThat(people).containsExactly("Nadia Frost / chief executive");
    long speakers =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(DISTINCT person_id) FROM quotes WHERE person_id IS NOT NULL")
                        .mapTo(Long.class)
                        .one());
    long quotes =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM quotes WHERE person_id IS NOT NULL")
                        .mapTo(Long.class)
                        .one());
    assertThat(quotes).isEqualTo(3);
    assertThat(speakers).isOne();
  }

  @Test
  void theSameStoryUnderASecondAddressIsOneStoryWithTwoSources() {
    stories.save(
        story("https://ledger.example/ferry", TEXT),
        StorySource.link("https://ledger.example/ferry", "Harbor Ledger", "A"),
        OptionalLong.empty());
    // The wire copy on another site: another headline above the same body.
    String retitled = TEXT.replace("Ferry fares rise again", "Ferry fares up by $1");
    SaveResult second =
        stories.save(
            story("https://wire.example/ferry-fares", retitled),
            StorySource.link("https://wire.example/ferry-fares", "Wire", "Ferry fares up by $1"),
            OptionalLong.empty());

    assertThat(second.created()).isFalse();
    assertThat(second.sourceAdded()).isTrue();
    assertThat(stories.count()).isEqualTo(1);
    assertThat(stories.sourceUrls(second.story().id()))
        .containsExactly("https://ledger.example/ferry", "https://wire.example/ferry-fares");
    assertThat(stories.findByUrl("https://wire.example/ferry-fares"))
        .map(StoredStory::id)
        .contains(second.story().id());
  }

  @Test
  void aStoryThatCannotBeStoredWholeLeavesNothingBehind() {
    NewStory good = story("https://ledger.example/ferry", TEXT);
    // Two sentences with one index: the sentence insert fails after the story row went in.
    List<StorySentence> clashing =
        List.of(good.sentences().get(0), new StorySentence(0, 0, 30, 40));
    NewStory broken =
        new NewStory(
            good.url(),
            good.canonicalUrl(),
            good.title(),
            good.outlet(),
            good.author(),
            good.publishedAt(),
            good.fetchedAt(),
            good.text(),
            clashing,
            List.of(0),
            good.quotes(),
            good.language(),
            good.contentHash(),
            good.wordCount());

    assertThatThrownBy(
            () ->
                stories.save(
                    broken,
                    StorySource.link(good.canonicalUrl(), "Harbor Ledger", "A"),
                    OptionalLong.empty()))
        .isInstanceOf(RuntimeException.class);
    assertThat(stories.count()).isZero();
    assertThat(countRows("story_sources") + countRows("quotes") + countRows("sentences")).isZero();
    // The speakers directory is filled ahead of the story, in transactions of its own: a speaker
    // may stay, known by name, with nothing of the failed story pointing at them.
    assertThat(countRows("people")).isLessThanOrEqualTo(1);
  }

  @Test
  void feedsAreOwnedPerWorkspaceAndSharedFeedsArePolledOnce() {
    FeedOwner guild = new FeedOwner("discord", "111");
    FeedOwner workspace = new FeedOwner("slack", "T222");
    Feed first =
        feeds.add("https://ledger.example/rss.xml", guild, "u1", Duration.ofMinutes(15), NOW);
    Feed again =
        feeds.add("https://ledger.example/rss.xml", workspace, "u2", Duration.ofMinutes(15), NOW);
    feeds.add("https://wire.example/atom", workspace, "u2", Duration.ofMinutes(15), NOW);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(feeds.list(guild))
        .extracting(Feed::url)
        .containsExactly("https://ledger.example/rss.xml");
    assertThat(feeds.list(workspace))
        .extracting(Feed::url)
        .containsExactly("https://ledger.example/rss.xml", "https://wire.example/atom");
    assertThat(feeds.due(NOW, 10)).hasSize(2);

    assertThat(feeds.remove("https://ledger.example/rss.xml", guild)).isTrue();
    assertThat(feeds.findByUrl("https://ledger.example/rss.xml"))
        .isPresent(); // the workspace still has it
    assertThat(feeds.remove("https://ledger.example/rss.xml", workspace)).isTrue();
    assertThat(feeds.findByUrl("https://ledger.example/rss.xml")).isEmpty();
  }

  @Test
  void onlyAnOwnerCanRemoveAFeedAndRemovingItTwiceSaysSo() {
    FeedOwner guild = new FeedOwner("discord", "111");
    FeedOwner stranger = new FeedOwner("discord", "999");
    feeds.add("https://ledger.example/rss.xml", guild, "u1", Duration.ofMinutes(15), NOW);

    assertThat(feeds.remove("https://ledger.example/rss.xml", stranger)).isFalse();
    assertThat(feeds.list(guild))
        .extracting(Feed::url)
        .containsExactly("https://ledger.example/rss.xml");
    assertThat(feeds.remove("https://wire.example/never-added", guild)).isFalse();
    assertThat(feeds.remove("https://ledger.example/rss.xml", guild)).isTrue();
    assertThat(feeds.remove("https://ledger.example/rss.xml", guild)).isFalse();
    assertThat(feeds.list(guild)).isEmpty();
  }

  @Test
  void anUnchangedFeedCountsAsASuccessfulRead() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    feeds.recordFailure(
        feed.id(),
        "ledger.example took longer than 10 seconds to answer.",
        NOW,
        NOW.plusSeconds(60),
        3);

    feeds.recordNotModified(feed.id(), NOW.plusSeconds(60), NOW.plusSeconds(960));

    Feed read = feeds.find(feed.id()).orElseThrow();
    assertThat(read.consecutiveFailures()).isZero();
    assertThat(read.lastError()).isEmpty();
    assertThat(read.lastSuccessAt()).contains(NOW.plusSeconds(60));
    assertThat(read.nextPollAt()).isEqualTo(NOW.plusSeconds(960));
  }

  @Test
  void aClaimedFeedIsNotClaimedTwice() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    assertThat(feeds.claim(feed, NOW.plusSeconds(300))).isTrue();
    assertThat(feeds.claim(feed, NOW.plusSeconds(300))).isFalse();
    assertThat(feeds.due(NOW, 10)).isEmpty();
  }

  @Test
  void aPollQueuesOnlyItemsNotSeenBeforeAndKeepsTheValidators() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    List<NewFeedItem> items =
        List.of(
            new NewFeedItem(
                "guid-1", "https://ledger.example/a", Optional.of("A"), Optional.empty()),
            new NewFeedItem(
                "guid-2", "https://ledger.example/b", Optional.of("B"), Optional.of(NOW)));
    assertThat(
            feeds.recordFetched(
                feed.id(),
                Optional.of("Ledger"),
                Optional.of("\"e1\""),
                Optional.empty(),
                items,
                NOW,
                NOW.plusSeconds(900)))
        .isEqualTo(2);
    assertThat(
            feeds.recordFetched(
                feed.id(),
                Optional.of("Ledger"),
                Optional.of("\"e2\""),
                Optional.empty(),
                List.of(
                    items.get(1),
                    new NewFeedItem(
                        "guid-3", "https://ledger.example/c", Optional.empty(), Optional.empty())),
                NOW,
                NOW.plusSeconds(900)))
        .isEqualTo(1);

    Feed polled = feeds.find(feed.id()).orElseThrow();
    assertThat(polled.etag()).contains("\"e2\"");
    assertThat(polled.title()).contains("Ledger");
    assertThat(polled.nextPollAt()).isEqualTo(NOW.plusSeconds(900));
    assertThat(queue.due(NOW, 10))
        .extracting(FeedItem::guid)
        .containsExactly("guid-1", "guid-2", "guid-3");
  }

  @Test
  void anItemListedTwiceInOnePollIsQueuedOnceInTheFeedsOrder() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    NewFeedItem first =
        new NewFeedItem("guid-1", "https://ledger.example/a", Optional.of("A"), Optional.of(NOW));
    List<NewFeedItem> items =
        List.of(
            first,
            new NewFeedItem(
                "guid-2", "https://ledger.example/b", Optional.empty(), Optional.empty()),
            new NewFeedItem(
                "guid-1",
                "https://ledger.example/a-again",
                Optional.of("A again"),
                Optional.empty()));
    assertThat(
            feeds.recordFetched(
                feed.id(), Optional.empty(), Optional.empty(), Optional.empty(), items, NOW, NOW))
        .isEqualTo(2);
    assertThat(
            feeds.recordFetched(
                feed.id(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                NOW,
                NOW))
        .isZero();

    assertThat(queue.items(feed.id()))
        .extracting(FeedItem::url)
        .containsExactly("https://ledger.example/a", "https://ledger.example/b");
  }

  @Test
  void aFeedThatKeepsFailingIsDisabledWithItsReasonAndAddingItAgainRevivesIt() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    Feed failed = feed;
    for (int i = 1; i <= 3; i++) {
      failed =
          feeds.recordFailure(
              feed.id(),
              "ledger.example had a server error (HTTP 503); try again later.",
              NOW,
              NOW.plusSeconds(60L * i),
              3);
      assertThat(failed.consecutiveFailures()).isEqualTo(i);
      assertThat(failed.isDisabled()).isEqualTo(i == 3);
    }
    assertThat(failed.disabledReason())
        .contains("ledger.example had a server error (HTTP 503); try again later.");
    assertThat(feeds.due(NOW.plusSeconds(86_400), 10)).isEmpty();

    Feed revived =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    assertThat(revived.isDisabled()).isFalse();
    assertThat(revived.consecutiveFailures()).isZero();
  }

  @Test
  void aQueuedItemIsLeasedRetriedAndLeavesTheQueueWithItsStory() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    feeds.recordFetched(
        feed.id(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(
            new NewFeedItem(
                "g", "https://ledger.example/ferry", Optional.empty(), Optional.empty())),
        NOW,
        NOW);
    FeedItem item = queue.due(NOW, 1).get(0);

    assertThat(queue.claim(item.id(), NOW, NOW.plusSeconds(120))).isTrue();
    assertThat(queue.claim(item.id(), NOW, NOW.plusSeconds(120))).isFalse();
    assertThat(queue.due(NOW.plusSeconds(60), 10)).isEmpty();
    // The worker died: once the lease is over the item is due again.
    assertThat(queue.due(NOW.plusSeconds(121), 10))
        .extracting(FeedItem::id)
        .containsExactly(item.id());

    assertThat(queue.claim(item.id(), NOW.plusSeconds(121), NOW.plusSeconds(240))).isTrue();
    queue.markFailed(
        item.id(),
        "ledger.example took longer than 10 seconds to answer.",
        NOW.plusSeconds(121),
        Optional.of(NOW.plusSeconds(300)),
        5);
    assertThat(queue.find(item.id()).orElseThrow().state()).isEqualTo(FeedItem.State.PENDING);
    assertThat(queue.find(item.id()).orElseThrow().attempts()).isEqualTo(2);

    assertThat(queue.claim(item.id(), NOW.plusSeconds(300), NOW.plusSeconds(400))).isTrue();
    SaveResult saved =
        stories.save(
            story("https://ledger.example/ferry", TEXT),
            new StorySource(
                "https://ledger.example/ferry",
                "Harbor Ledger",
                "Ferry",
                OptionalLong.of(feed.id())),
            OptionalLong.of(item.id()));
    FeedItem done = queue.find(item.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(FeedItem.State.DONE);
    assertThat(done.storyId()).hasValue(saved.story().id());
    assertThat(stories.feedIds(saved.story().id())).containsExactly(feed.id());
  }

  @Test
  void itemsAreClaimedInBatchesAndEachGoesToOneClaimer() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    List<NewFeedItem> items = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      items.add(
          new NewFeedItem(
              "g" + i, "https://ledger.example/" + i, Optional.empty(), Optional.empty()));
    }
    feeds.recordFetched(
        feed.id(), Optional.empty(), Optional.empty(), Optional.empty(), items, NOW, NOW);

    List<FeedItem> first = queue.claimDue(NOW, NOW.plusSeconds(120), 3);
    List<FeedItem> second = queue.claimDue(NOW, NOW.plusSeconds(120), 3);

    assertThat(first).extracting(FeedItem::guid).containsExactly("g0", "g1", "g2");
    assertThat(first).allSatisfy(item -> assertThat(item.attempts()).isEqualTo(1));
    assertThat(second).extracting(FeedItem::guid).containsExactly("g3", "g4");
    assertThat(queue.claimDue(NOW, NOW.plusSeconds(120), 3)).isEmpty();
    assertThat(queue.claimDue(NOW.plusSeconds(121), NOW.plusSeconds(240), 10)).hasSize(5);
  }

  @Test
  void anItemThatCannotSucceedIsGivenUpAtOnce() {
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    feeds.recordFetched(
        feed.id(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(
            new NewFeedItem(
                "g", "https://ledger.example/report.pdf", Optional.empty(), Optional.empty())),
        NOW,
        NOW);
    FeedItem item = queue.due(NOW, 1).get(0);
    queue.claim(item.id(), NOW, NOW.plusSeconds(60));
    queue.markFailed(
        item.id(),
        "That link is a PDF; Briefbot reads web pages and feeds, not PDFs.",
        NOW,
        Optional.empty(),
        5);

    FeedItem failed = queue.find(item.id()).orElseThrow();
    assertThat(failed.state()).isEqualTo(FeedItem.State.FAILED);
    assertThat(failed.lastError())
        .contains("That link is a PDF; Briefbot reads web pages and feeds, not PDFs.");
  }

  @Test
  void theQueueCountsItsItemsByState() {
    assertThat(queue.counts())
        .containsExactly(
            Map.entry(FeedItem.State.PENDING, 0),
            Map.entry(FeedItem.State.DONE, 0),
            Map.entry(FeedItem.State.FAILED, 0));
    Feed feed =
        feeds.add(
            "https://ledger.example/rss.xml", FeedOwner.CONSOLE, "me", Duration.ofMinutes(15), NOW);
    feeds.recordFetched(
        feed.id(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(
            new NewFeedItem("g1", "https://ledger.example/1", Optional.empty(), Optional.empty()),
            new NewFeedItem("g2", "https://ledger.example/2", Optional.empty(), Optional.empty()),
            new NewFeedItem(
                "g3", "https://ledger.example/report.pdf", Optional.empty(), Optional.empty())),
        NOW,
        NOW);
    FeedItem pdf = queue.items(feed.id()).get(2);
    queue.claim(pdf.id(), NOW, NOW.plusSeconds(60));
    queue.markFailed(
        pdf.id(),
        "That link is a PDF; Briefbot reads web pages and feeds, not PDFs.",
        NOW,
        Optional.empty(),
        5);

    assertThat(queue.counts())
        .containsExactly(
            Map.entry(FeedItem.State.PENDING, 2),
            Map.entry(FeedItem.State.DONE, 0),
            Map.entry(FeedItem.State.FAILED, 1));
  }

  @Test
  void
      anIndexReadsStoriesInBatchesWithTheirSentencesAndQuotesAndLearnsWhichCameThroughAPlacesFeeds() {
    FeedOwner guild = new FeedOwner("discord", "g1");
    Feed ledger =
        feeds.add("https://ledger.example/rss.xml", guild, "u1", Duration.ofMinutes(15), NOW);
    long ferry =
        stories
            .save(
                story("https://ledger.example/ferry", TEXT),
                new StorySource(
                    "https://ledger.example/ferry",
                    "Harbor Ledger",
                    "A",
                    OptionalLong.of(ledger.id())),
                OptionalLong.empty())
            .story()
            .id();
    String other = TEXT.replace("a dollar", "two dollars");
    long pasted =
        stories
            .save(
                story("https://wire.example/ferry", other),
                StorySource.link("https://wire.example/ferry", "Wire", "B"),
                OptionalLong.empty())
            .story()
            .id();

    assertThat(stories.storyIdsAfter(0, 10)).containsExactly(ferry, pasted);
    assertThat(stories.storyIdsAfter(ferry, 10)).containsExactly(pasted);
    assertThat(stories.storyIdsAfter(0, 1)).containsExactly(ferry);
    List<IndexableStory> batch = stories.forIndexing(List.of(pasted, ferry));
    assertThat(batch).extracting(s -> s.story().id()).containsExactly(ferry, pasted);
    assertThat(batch.get(1).story().text()).isEqualTo(other);
    assertThat(batch.get(1).sentences()).hasSize(3);
    assertThat(batch.get(1).quotes())
        .extracting(StoryQuote::speaker)
        .containsExactly("Nadia Frost");
    assertThat(stories.inFeedsOf(guild, List.of(ferry, pasted))).containsExactly(ferry);
    assertThat(stories.inFeedsOf(new FeedOwner("slack", "T1"), List.of(ferry, pasted))).isEmpty();
  }

  int countRows(String table) {
    return database
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }
}
