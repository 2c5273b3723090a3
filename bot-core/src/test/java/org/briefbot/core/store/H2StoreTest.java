package org.briefbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the default embedded H2 file database. */
class H2StoreTest extends StoreContract {
  @TempDir Path dataDir;

  @Override
  Database openFreshDatabase() {
    return Database.defaultH2(dataDir);
  }

  @Test
  void theFileDatabaseKeepsStoriesAcrossRestartsAndMigratesOnlyOnce() {
    stories.save(
        story("https://ledger.example/ferry", TEXT),
        StorySource.link("https://ledger.example/ferry", "Harbor Ledger", "A"),
        OptionalLong.empty());
    database.close();

    database = Database.defaultH2(dataDir);
    assertThat(new StoryStore(database).findByUrl("https://ledger.example/ferry")).isPresent();
    assertThat(dataDir.resolve("briefbot.mv.db")).exists();
  }

  @Test
  void idsKeepGrowingAcrossRestarts() {
    long first =
        stories
            .save(
                story("https://ledger.example/ferry", TEXT),
                StorySource.link("https://ledger.example/ferry", "Harbor Ledger", "A"),
                OptionalLong.empty())
            .story()
            .id();
    database.close();

    database = Database.defaultH2(dataDir);
    String later = TEXT.replace("a dollar", "two dollars");
    long second =
        new StoryStore(database)
            .save(
                story("https://ledger.example/ferry-2", later),
                StorySource.link("https://ledger.example/ferry-2", "Harbor Ledger", "B"),
                OptionalLong.empty())
            .story()
            .id();
    assertThat(second).isGreaterThan(first);
  }
}
