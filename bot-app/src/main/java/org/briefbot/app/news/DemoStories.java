package org.briefbot.app.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefbot.core.news.StoryIngester;

/**
 * The demo stories the jar carries ({@code samples/}), stored on first start through the same
 * analysis and store as fetched stories, so that the console has something to answer from.
 */
public final class DemoStories {
  static final List<String> SAMPLES = List.of("blinken-rafah.txt");

  private DemoStories() {}

  /** Stores the samples not stored yet; returns how many were new. */
  public static int storeMissing(StoryIngester ingester) {
    int stored = 0;
    for (String sample : SAMPLES) {
      try (InputStream in = DemoStories.class.getResourceAsStream("/samples/" + sample)) {
        if (in == null) {
          continue; // a build without the samples
        }
        String name = "sample/" + sample.replaceFirst("\\.txt$", "");
        if (ingester
                .ingestText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                .outcome()
            == org.briefbot.core.news.Ingested.Outcome.STORED) {
          stored++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the bundled sample " + sample + " cannot be read", e);
      }
    }
    return stored;
  }
}
