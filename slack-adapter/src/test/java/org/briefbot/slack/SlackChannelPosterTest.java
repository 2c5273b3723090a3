package org.briefbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.Optional;
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
    assertThat(poster.post(Place.channel(Platform.SLACK, "T1", "C1"), digest))
        .isEqualTo(new Delivery.Posted("1700000000.000100"));
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
