package org.briefbot.core.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Updates stored on the default embedded H2 file database. */
class H2StoryUpdatesTest extends StoryUpdatesContract {
  @TempDir Path dataDir;

  @Override
  Database openFreshDatabase() {
    return Database.defaultH2(dataDir);
  }
}
