package org.briefbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.ChannelPoster.Delivery;
import org.briefbot.core.chat.ChannelPoster.Earlier;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.junit.jupiter.api.Test;

/** A digest the core posts again with its key is printed once by the console that printed it. */
class ConsoleChannelPosterTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final ConsoleChannelPoster poster =
      new ConsoleChannelPoster(
          new ConsoleRenderer(80), new PrintStream(printed, true, StandardCharsets.UTF_8));

  @Test
  void aPostWithAKeyItPrintedIsNotPrintedAgainAndIsFound() {
    Reply digest = Reply.builder().title("Digest — Mon 1 Jun").text("Three stories.").build();
    ChannelPoster.PostKey key = new ChannelPoster.PostKey("digest-2s");
    Instant now = Instant.parse("2026-06-01T08:00:00Z");
    assertThat(poster.earlier(Place.console(), key, now, now))
        .isEqualTo(new Earlier.NoneRepeated());

    Delivery first = poster.post(Place.console(), digest, key);
    Delivery again = poster.post(Place.console(), digest, key);

    assertThat(again).isEqualTo(first);
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text.split("Digest — Mon 1 Jun", -1)).hasSize(2); // printed once
    assertThat(poster.earlier(Place.console(), key, now, now))
        .isEqualTo(new Earlier.Found(((Delivery.Posted) first).messageId()));
  }
}
