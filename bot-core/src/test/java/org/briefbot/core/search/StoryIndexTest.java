package org.briefbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  /**
   * More matches than a search scores in full: the count /brief shows must still be every story
   * that names the topic, wherever it names it.
   */
  @Test
  void aTopicOfThousandsOfStoriesCountsEveryOneOfThem() {
    try (StoryIndex index = StoryIndex.inMemory()) {
      List<StoryIndex.IndexedStory> stories = new ArrayList<>();
      for (int i = 0; i < 2_400; i++) {
        String where = i % 3 == 0 ? "harbour" : "quay";
        String headline = i % 4 == 0 ? "Ferries return to the harbours" : "Ferry timetable";
        String body =
            "The ferry left the "
                + where
                + " at dawn."
                + (i % 5 == 0 ? " The harbour wall was repaired." : "")
                + " Passengers waited on the pier.";
        stories.add(
            new StoryIndex.IndexedStory(
                i + 1L,
                headline,
                "The ferry left at dawn.",
                body,
                "https://news.example/" + i,
                "News",
                NOW.minusSeconds(3_600L * i),
                true));
      }
      index.addAll(stories);

      // harbour in the headline (i % 4 == 0), the body's first sentence (i % 3 == 0) or its
      // wall (i % 5 == 0): 2,400 - 2,400 * (3/4 * 2/3 * 4/5) = 1,440 stories.
      StoryIndex.TopicMatches harbour = index.search("harbour", NOW, 10);
      assertThat(harbour.total()).isEqualTo(1_440);
      assertThat(harbour.best()).hasSize(10);
      // ...and ferry, in every story
      assertThat(index.search("harbour ferries", NOW, 10).total()).isEqualTo(1_440);
      // the wall, as a phrase: every fifth story
      assertThat(index.search("\"harbour wall\"", NOW, 10).total()).isEqualTo(480);
      assertThat(index.search("\"harbour wall\" pier", NOW, 10).total()).isEqualTo(480);
      assertThat(index.search("harbour lighthouse", NOW, 10).total()).isZero();
    }
  }
}
