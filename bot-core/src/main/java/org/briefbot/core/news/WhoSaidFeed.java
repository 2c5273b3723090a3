package org.briefbot.core.news;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.StoryQuotes;
import org.briefbot.core.quotes.WhoSaidIndex;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StoryStore;

/**
 * Keeps the who-said index in step with the store: the quotes of every stored story go in when
 * the bot starts, and each new story's as it is stored. The quotes come from the store, analysed
 * once on arrival, so a {@code /whosaid} never re-reads an article.
 */
public final class WhoSaidFeed {
  private final StoryStore store;
  private final WhoSaidIndex index;

  private WhoSaidFeed(StoryStore store, WhoSaidIndex index) {
    this.store = store;
    this.index = index;
  }

  /** Fills {@code index} from the store and subscribes it to the stories {@code ingester} stores from now on. */
  public static void connect(StoryStore store, StoryIngester ingester, WhoSaidIndex index) {
    WhoSaidFeed feed = new WhoSaidFeed(store, index);
    ingester.onStored(feed::add);
    List<StoryQuotes> stories = new ArrayList<>();
    for (long id : store.storyIds()) {
      store.find(id).ifPresent(story -> stories.add(feed.storyQuotes(story)));
    }
    index.addAll(stories);
  }

  private void add(StoredStory story) {
    index.add(storyQuotes(story));
  }

  private StoryQuotes storyQuotes(StoredStory story) {
    List<StorySentence> sentences = store.sentences(story.id());
    List<Quote> quotes = new ArrayList<>();
    for (StoryQuote stored : store.quotes(story.id())) {
      TextSpan span = new TextSpan(stored.start(), stored.end());
      quotes.add(new Quote(stored.text(), QuoteKind.valueOf(stored.kind().name()), span, List.of(span), stored.speaker(),
          stored.speakerRole().orElse(""), "", context(story.text(), sentences, span)));
    }
    String link = story.url().startsWith("http") ? story.canonicalUrl() : "";
    return new StoryQuotes(String.valueOf(story.id()), story.title(), story.outlet(),
        story.publishedAt().map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)), link, quotes);
  }

  /** The sentences a quote stands in, as the story prints them. */
  static String context(String text, List<StorySentence> sentences, TextSpan quote) {
    int start = -1;
    int end = -1;
    for (StorySentence sentence : sentences) {
      if (sentence.start() < quote.end() && quote.start() < sentence.end()) {
        start = start < 0 ? sentence.start() : start;
        end = sentence.end();
      }
    }
    return start < 0 ? "" : text.substring(start, end).strip();
  }
}
