package org.briefbot.app;

import org.briefbot.core.command.CommandObserver;
import org.briefbot.core.digest.DigestObserver;
import org.briefbot.core.news.NewsObserver;
import org.briefbot.core.store.StoredStory;

/**
 * What the core tells about its work as it goes (commands, digests, news in), for the operator's
 * metrics; {@link #NONE} where nobody watches (the console, the one-shot tools).
 *
 * @param storyStored called with every story stored anew, whichever way it came
 */
public record CoreObservers(
    CommandObserver commands,
    DigestObserver digests,
    NewsObserver news,
    java.util.function.Consumer<StoredStory> storyStored) {

  public static final CoreObservers NONE =
      new CoreObservers(CommandObserver.NONE, DigestObserver.NONE, NewsObserver.NONE, story -> {});
}
