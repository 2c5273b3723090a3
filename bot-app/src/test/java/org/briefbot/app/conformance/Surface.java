package org.briefbot.app.conformance;

import java.util.List;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Platform;

/**
 * A platform as a person meets it: they ask, and read what finally reached them and the channel.
 */
interface Surface extends AutoCloseable {

  Platform platform();

  /**
   * Does what the person does and returns every message that came of it, as its readers finally see
   * it (after all edits and deletions), in order.
   */
  List<Seen> ask(Scenario.Ask ask) throws Exception;

  /**
   * A time as this platform's readers receive it: the markup their client turns into their time.
   */
  String written(Moment moment);

  /**
   * A message as its readers see it.
   *
   * @param text everything it shows, markup for bold and escapes taken off
   * @param audience whether the channel sees it or the asker alone
   */
  record Seen(String text, Scenario.Audience audience) {}
}
