package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.quotes.WhoSaidHit;
import org.briefbot.core.quotes.WhoSaidIndex;
import org.briefbot.core.store.Database;
import org.briefbot.core.store.StoryStore;
import org.briefbot.core.summary.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhoSaidFeedTest {
  private static final String LIBRARY = "Library stays open late\n\n" + String.join("\n\n", TestStories.LIBRARY);
  private static final String BRIDGE = "Old Mill bridge closed\n\n" + String.join("\n\n", TestStories.BRIDGE);

  private static StoryIngester ingester(Database database) {
    return new StoryIngester(ArticleFetcher.create(FetchSettings.defaults()),
        new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 3), new StoryStore(database), Clock.systemUTC());
  }

  @Test
  void storiesStoredBeforeAndAfterStartAreBothAnswered(@TempDir Path dir) {
    try (Database database = Database.defaultH2(dir)) {
      ingester(database).ingestText("library", LIBRARY);
    }
    // A restart: the index is rebuilt from the store, then follows new stories.
    try (Database database = Database.defaultH2(dir); WhoSaidIndex index = WhoSaidIndex.inMemory()) {
      StoryIngester ingester = ingester(database);
      WhoSaidFeed.connect(new StoryStore(database), ingester, index);
      List<WhoSaidHit> before = index.whoSaid("quiet is a resource", 1);
      assertThat(before).hasSize(1);
      assertThat(before.get(0).speaker()).isEqualTo("Agnes Wren");
      assertThat(before.get(0).storyTitle()).isEqualTo("Library stays open late");
      assertThat(before.get(0).context()).contains("said head librarian Agnes Wren");

      assertThat(index.whoSaid("not willing to take chances with a structure", 1)).isEmpty();
      ingester.ingestText("bridge", BRIDGE);
      List<WhoSaidHit> after = index.whoSaid("not willing to take chances with a structure", 1);
      assertThat(after).extracting(WhoSaidHit::speaker).containsExactly("Imogen Thale");

      ingester.ingestText("bridge", BRIDGE); // stored already: no second copy in the index
      assertThat(index.whoSaid("not willing to take chances with a structure", 5)).hasSize(1);
    }
  }
}
