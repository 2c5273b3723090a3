package org.briefbot.core.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollRhythmTest {
  private static final Duration START = Duration.ofMinutes(15);

  @Test
  void aFeedThatKeepsPostingIsReadMoreOftenDownToTheFloor() {
    assertThat(PollRhythm.after(START, 3)).isEqualTo(Duration.ofSeconds(450));
    assertThat(PollRhythm.after(PollRhythm.after(START, 3), 2)).isEqualTo(PollRhythm.FLOOR);
    assertThat(PollRhythm.after(PollRhythm.FLOOR, 9)).isEqualTo(PollRhythm.FLOOR);
  }

  @Test
  void aReadThatFindsOneNewItemKeepsTheInterval() {
    assertThat(PollRhythm.after(START, 1)).isEqualTo(START);
  }

  @Test
  void aQuietFeedIsReadLessOftenUpToTheCeiling() {
    Duration interval = START;
    for (int read = 0; read < 10; read++) {
      interval = PollRhythm.after(interval, 0);
    }
    assertThat(interval).isEqualTo(PollRhythm.CEILING);
    assertThat(PollRhythm.after(START, 0)).isEqualTo(Duration.ofSeconds(1350));
  }
}
