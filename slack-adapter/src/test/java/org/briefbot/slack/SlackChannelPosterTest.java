package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackChannelPosterTest {
  private FakeSlack fake;
  private SlackChannelPoster poster;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlack();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(fake.apiUrl());
    poster =
        new SlackChannelPoster(
            Slack.getInstance(config),
            team -> Optional.of("xoxb-T1-0000000000-bottoken"),
            new BlockKitRenderer(),
            Duration.ofMillis(300));
  }

  @AfterEach
  void stop() throws Exception {
    fake.close();
  }

  @Test
  void postsToOneChannelAreSpacedAndOthersAreNot() {
    Reply digest = Reply.builder().title("Morning digest").text("Three stories.").build();
    long start = System.nanoTime();
    Delivery first = poster.post(Place.channel(Platform.SLACK, "T1", "C1"), digest);
    assertThat(first).isEqualTo(new Delivery.Posted(fake.historyOf("C1").get(0).ts()));
    assertThat(poster.post(Place.channel(Platform.SLACK, "T1", "C2"), digest).posted()).isTrue();
    long twoChannels = System.nanoTime() - start;
    assertThat(poster.post(Place.channel(Platform.SLACK, "T1", "C1"), digest).posted()).isTrue();
    assertThat(poster.post(Place.channel(Platform.SLACK, "T1", "C1"), digest).posted()).isTrue();
    long elapsed = System.nanoTime() - start;
    // The third and fourth posts to C1 each waited their turn of 300 ms.
    assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    assertThat(Duration.ofNanos(twoChannels)).isLessThan(Duration.ofMillis(600));
    assertThat(fake.sentTo("/api/chat.postMessage")).hasSize(4);
  }

  @Test
  void aPostWithAKeyIsFoundInTheChannelsHistoryByItsKeyAndOnlyThen() {
    Reply digest = Reply.builder().title("Morning digest").text("Three stories.").build();
    Place channel = Place.channel(Platform.SLACK, "T1", "C1");
    Instant started = Instant.now();
    ChannelPoster.PostKey key = new ChannelPoster.PostKey("digest-2s");

    // Before the post: nothing with the key, so posting it makes no second message.
    assertThat(poster.earlier(channel, key, started, started))
        .isEqualTo(new ChannelPoster.Earlier.NoneRepeated());
    Delivery posted = poster.post(channel, digest, key);
    poster.post(channel, digest, new ChannelPoster.PostKey("digest-2t"));
    poster.post(Place.channel(Platform.SLACK, "T1", "C2"), digest, key);

    JsonNode metadata = json(fake.sentTo("/api/chat.postMessage").get(0).form().get("metadata"));
    assertThat(metadata.path("event_type").asText()).isEqualTo("briefbot_post");
    assertThat(metadata.path("event_payload").path("key").asText()).isEqualTo("digest-2s");
    assertThat(poster.earlier(channel, key, started, Instant.now()))
        .isEqualTo(new ChannelPoster.Earlier.Found(((Delivery.Posted) posted).messageId()));
    assertThat(fake.sentTo("/api/conversations.history").get(1).form())
        .containsEntry("channel", "C1")
        .containsEntry("include_all_metadata", "1");
  }

  @Test
  void aKeyIsLookedForOnEveryPageOfTheHistory() {
    Reply digest = Reply.builder().title("Morning digest").text("Three stories.").build();
    Place channel = Place.channel(Platform.SLACK, "T1", "C1");
    Instant started = Instant.now();
    ChannelPoster.PostKey key = new ChannelPoster.PostKey("digest-2s");
    Delivery posted = poster.post(channel, digest, key);
    // Many messages since (the newest come first), so the keyed one is on a later page.
    for (int i = 0; i < SlackChannelPoster.HISTORY_PAGE + 5; i++) {
      fake.keep("C1", "UOTHER", "chatter " + i);
    }
    assertThat(poster.earlier(channel, key, started, Instant.now()))
        .isEqualTo(new ChannelPoster.Earlier.Found(((Delivery.Posted) posted).messageId()));
    assertThat(fake.sentTo("/api/conversations.history")).hasSize(2);
  }

  @Test
  void aHistoryThatCannotBeReadLeavesThePostUnknownWithSlacksAnswer() {
    fake.method("conversations.history", request -> "{\"ok\":false,\"error\":\"not_in_channel\"}");
    assertThat(
            poster.earlier(
                Place.channel(Platform.SLACK, "T1", "C1"),
                new ChannelPoster.PostKey("digest-2s"),
                Instant.now(),
                Instant.now()))
        .isEqualTo(
            new ChannelPoster.Earlier.Unknown(
                ChannelPoster.Earlier.Cause.LOOKUP_FAILED, "Slack answered not_in_channel"));
  }

  private static JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aChannelTheAppLeftIsAPermanentFailure() {
    fake.method("chat.postMessage", request -> "{\"ok\":false,\"error\":\"not_in_channel\"}");
    Delivery delivery =
        poster.post(
            Place.channel(Platform.SLACK, "T1", "C9"), Reply.builder().text("Digest").build());
    assertThat(delivery).isInstanceOf(Delivery.Failed.class);
    assertThat(((Delivery.Failed) delivery).permanent()).isTrue();
    assertThat(((Delivery.Failed) delivery).reason()).contains("not in that Slack channel");

    fake.method("chat.postMessage", request -> "{\"ok\":false,\"error\":\"ratelimited\"}");
    Delivery later =
        poster.post(
            Place.channel(Platform.SLACK, "T1", "C9"), Reply.builder().text("Digest").build());
    assertThat(((Delivery.Failed) later).permanent()).isFalse();
  }

  @Test
  void aPlaceOnAnotherPlatformIsRefused() {
    Delivery delivery =
        poster.post(Place.channel(Platform.DISCORD, "G1", "C1"), Reply.builder().text("x").build());
    assertThat(((Delivery.Failed) delivery).permanent()).isTrue();
    assertThat(fake.sent()).isEmpty();
  }
}
