package org.briefbot.app.news;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.briefbot.app.StoryInput;
import org.briefbot.core.news.FetchException;
import org.junit.jupiter.api.Test;

/** A story named by URL on the command line goes through the guarded fetcher. */
class StoryFetchTest {

  @Test
  void aLoopbackUrlIsRefusedInOneSentence() {
    assertThatThrownBy(() -> StoryInput.read("http://127.0.0.1:9/story"))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "Briefbot does not fetch private or local addresses (127.0.0.1, a loopback address).");
  }

  @Test
  void linksOfOtherSchemesAreRefusedAsLinksNotLookedForAsFiles() {
    assertThatThrownBy(() -> StoryInput.read("gopher://127.0.0.1/1"))
        .hasMessage("Briefbot only fetches http and https links, not gopher: links.");
    assertThatThrownBy(() -> StoryInput.read("file:///etc/passwd"))
        .hasMessage("Briefbot only fetches http and https links, not file: links.");
  }

  @Test
  void theCloudMetadataAddressIsRefused() {
    assertThatThrownBy(() -> StoryFetch.article("http://169.254.169.254/latest/meta-data/"))
        .hasMessage(
            "Briefbot does not fetch private or local addresses (169.254.169.254, a link-local address (where cloud metadata services live)).");
  }
}
