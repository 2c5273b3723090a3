package org.briefbot.core.quotes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story's quotes with what the who-said index shows about the story: the unit a store hands to
 * the who-said index.
 *
 * @param storyId the story's stable identifier (its canonical URL, or the store's key); adding a
 *     story again under the same id replaces its quotes
 * @param title the headline, "" if unknown
 * @param outlet the publication ("Xinhua"), "" if unknown
 * @param published the day it was published, if known
 * @param url where to read it, "" if none
 * @param quotes its statements with their speakers
 */
public record StoryQuotes(
    String storyId,
    String title,
    String outlet,
    Optional<LocalDate> published,
    String url,
    List<Quote> quotes) {

  public StoryQuotes {
    Objects.requireNonNull(storyId, "storyId");
    title = title == null ? "" : title;
    outlet = outlet == null ? "" : outlet;
    published = published == null ? Optional.empty() : published;
    url = url == null ? "" : url;
    quotes = List.copyOf(quotes);
  }
}
