package org.briefbot.core.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.search.TopicFilter;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StoryStore;
import org.briefbot.core.summary.ClusterSummarizer;
import org.briefbot.core.summary.SummaryBudget;
import org.briefbot.core.summary.TermVectors;

/**
 * Builds a digest from stored stories: groups the stories of one event from several outlets into
 * one item ({@link StoryClusters}), keeps the events that match the subscription's topics, ranks
 * them by how many outlets reported them, how recent they are and how many of the topics they
 * match, and makes each of the best an item: the headline of its most typical story, one or two
 * sentences chosen across the outlets' stored summaries, one source per outlet, and the strongest
 * quote with a named speaker. Works from what the store holds (headline, summary, quotes): no story
 * is analysed again. A story without a publication date counts from when it was fetched.
 */
public final class DigestBuilder {
  /** An item's summary: one or two sentences, about as long as a chat message reads at a glance. */
  static final SummaryBudget ITEM_SUMMARY = new SummaryBudget(2, 60);

  /** How fast an event's recency bonus (1 for the newest) halves. */
  static final Duration RECENCY_HALF_LIFE = Duration.ofHours(6);

  /**
   * A quote this long reads as a statement in a digest; a shorter one is a phrase, a longer one a
   * speech.
   */
  private static final int QUOTE_MIN_WORDS = 6;

  private static final int QUOTE_MAX_WORDS = 45;
  private static final int SPEAKER_OUTLETS_COUNTED = 3;

  private final StoryStore store;
  private final ClusterSummarizer summarizer = new ClusterSummarizer();

  public DigestBuilder(StoryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The digest of {@code stories} (already limited to the window the caller wants). */
  public Digest build(List<StoredStory> candidates, DigestOptions options) {
    List<Event> events = events(candidates, options);
    List<Event> chosen = events.subList(0, Math.min(options.maxItems(), events.size()));
    List<Long> ids =
        chosen.stream().flatMap(event -> event.stories().stream()).map(StoredStory::id).toList();
    Map<Long, List<StoryQuote>> quotes = store.quotes(ids);
    List<DigestItem> items = new ArrayList<>(chosen.size());
    for (Event event : chosen) {
      items.add(item(event, quotes));
    }
    return new Digest(items);
  }

  /**
   * Every event the digest could hold, best first, each as its stories: what {@link #build} takes
   * the first {@code maxItems} of. A story left out by the excluded topics, and an event that
   * matches none of the topics, is in none.
   */
  public static List<List<StoredStory>> ranked(
      List<StoredStory> candidates, DigestOptions options) {
    return events(candidates, options).stream().map(Event::stories).toList();
  }

  private static List<Event> events(List<StoredStory> candidates, DigestOptions options) {
    List<StoredStory> stories = withoutExcluded(candidates, options.excluded());
    if (stories.isEmpty()) {
      return List.of();
    }
    Instant newest =
        stories.stream().map(DigestBuilder::when).max(Comparator.naturalOrder()).orElseThrow();
    List<Event> events = new ArrayList<>();
    for (List<StoredStory> cluster : StoryClusters.of(stories)) {
      int topicsMatched = topicsMatched(cluster, options.topics());
      if (options.topics().isEmpty() || topicsMatched > 0) {
        events.add(Event.of(cluster, topicsMatched, options.topics().size(), newest));
      }
    }
    events.sort(
        Comparator.comparingDouble(Event::score)
            .reversed()
            .thenComparing(Event::newest, Comparator.reverseOrder())
            .thenComparingLong(event -> event.stories().get(0).id()));
    return events;
  }

  /**
   * An event and its rank: one point an outlet, so that a story three outlets reported outranks one
   * only one did; up to one for recency and one for the share of the topics matched, which order
   * the events reported as widely.
   */
  private record Event(List<StoredStory> stories, Instant newest, double score) {
    static Event of(List<StoredStory> stories, int topicsMatched, int topics, Instant newestOfAll) {
      Instant newest =
          stories.stream().map(DigestBuilder::when).max(Comparator.naturalOrder()).orElseThrow();
      double hours = Duration.between(newest, newestOfAll).toMinutes() / 60.0;
      double recency = Math.pow(0.5, hours / (RECENCY_HALF_LIFE.toMinutes() / 60.0));
      double topicShare = topics == 0 ? 0 : (double) topicsMatched / topics;
      return new Event(stories, newest, representatives(stories).size() + recency + topicShare);
    }
  }

  private DigestItem item(Event event, Map<Long, List<StoryQuote>> quotes) {
    List<StoredStory> sources = representatives(event.stories());
    List<List<String>> summaries = sources.stream().map(StoredStory::summarySentences).toList();
    List<String> sentences = summarizer.summarizeSentences(summaries, ITEM_SUMMARY);
    Map<String, Instant> firstReport = new HashMap<>();
    for (StoredStory story : event.stories()) {
      firstReport.merge(outletKey(story), when(story), (a, b) -> a.isBefore(b) ? a : b);
    }
    List<DigestItem.Source> links =
        sources.stream()
            .sorted(
                Comparator.comparing((StoredStory story) -> firstReport.get(outletKey(story)))
                    .thenComparingLong(StoredStory::id))
            .map(
                story ->
                    new DigestItem.Source(
                        story.outlet(), story.title(), story.canonicalUrl(), story.publishedAt()))
            .toList();
    return new DigestItem(
        headline(event.stories(), sentences),
        sentences,
        links,
        strongestQuote(event.stories(), quotes),
        event.stories().stream().map(StoredStory::id).toList());
  }

  /**
   * One story per outlet, the outlet's latest on the event (an update supersedes the first report),
   * in the order the outlets first appear in {@code stories}.
   */
  static List<StoredStory> representatives(List<StoredStory> stories) {
    Map<String, StoredStory> byOutlet = new LinkedHashMap<>();
    for (StoredStory story : stories) {
      byOutlet.merge(
          outletKey(story), story, (kept, other) -> when(other).isAfter(when(kept)) ? other : kept);
    }
    return List.copyOf(byOutlet.values());
  }

  private static String outletKey(StoredStory story) {
    String outlet = story.outlet() == null ? "" : story.outlet().strip().toLowerCase(Locale.ROOT);
    if (!outlet.isEmpty()) {
      return outlet;
    }
    try {
      String host = java.net.URI.create(story.canonicalUrl()).getHost();
      return host == null ? story.canonicalUrl() : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return story.canonicalUrl();
    }
  }

  /** The headline of the story closest to all the others of the event (the first on a tie). */
  private static String headline(List<StoredStory> stories, List<String> sentences) {
    StoredStory best = stories.get(0);
    if (stories.size() > 1) {
      TermVectors vectors = StoryClusters.vectors(stories);
      double bestScore = -1;
      for (int i = 0; i < stories.size(); i++) {
        double score = 0;
        for (int j = 0; j < stories.size(); j++) {
          score += i == j ? 0 : vectors.cosine(i, j);
        }
        if (!stories.get(i).title().isBlank() && score > bestScore) {
          bestScore = score;
          best = stories.get(i);
        }
      }
    }
    if (!best.title().isBlank()) {
      return best.title().strip();
    }
    return sentences.isEmpty() ? best.canonicalUrl() : sentences.get(0);
  }

  /** The first direct quote with a named speaker, else the first quote with one (of one story). */
  static Optional<StoryQuote> strongestQuote(List<StoryQuote> quotes) {
    return quotes.stream()
        .filter(StoryQuote::hasSpeaker)
        .min(Comparator.comparingInt(q -> q.kind() == StoryQuote.Kind.DIRECT ? 0 : 1));
  }

  /**
   * The event's strongest quote with a named speaker: a speaker several outlets quote says what the
   * event is about (up to three outlets count: "Critics" and "Officials" are in every story); a
   * person named in full beats a group, a direct quote beats a reported one, a full statement beats
   * a phrase or a speech, a speaker with a role beats one without. On a tie, the earlier story and
   * quote.
   */
  static Optional<StoryQuote> strongestQuote(
      List<StoredStory> stories, Map<Long, List<StoryQuote>> quotes) {
    Map<String, Set<String>> outletsBySpeaker = new HashMap<>();
    for (StoredStory story : stories) {
      for (StoryQuote quote : quotes.getOrDefault(story.id(), List.of())) {
        if (quote.hasSpeaker()) {
          outletsBySpeaker
              .computeIfAbsent(quote.speaker().toLowerCase(Locale.ROOT), k -> new HashSet<>())
              .add(outletKey(story));
        }
      }
    }
    StoryQuote best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<StoredStory> inOrder =
        stories.stream()
            .sorted(Comparator.comparing(DigestBuilder::when).thenComparingLong(StoredStory::id))
            .toList();
    for (StoredStory story : inOrder) {
      for (StoryQuote quote : quotes.getOrDefault(story.id(), List.of())) {
        if (!quote.hasSpeaker()) {
          continue;
        }
        int words = NewsText.wordCount(quote.text());
        double score =
            Math.min(
                    SPEAKER_OUTLETS_COUNTED,
                    outletsBySpeaker.get(quote.speaker().toLowerCase(Locale.ROOT)).size())
                + (namesAPerson(quote.speaker()) ? 1 : 0)
                + switch (quote.kind()) {
                  case DIRECT -> 2;
                  case INDIRECT -> 1;
                  case PARTIAL -> 0.5;
                }
                + (words >= QUOTE_MIN_WORDS && words <= QUOTE_MAX_WORDS ? 1 : 0)
                + (quote.speakerRole().isPresent() ? 0.5 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = quote;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** "Ellen Varga", not "Critics" or "the fire service": two or more capitalised words. */
  private static boolean namesAPerson(String speaker) {
    String[] words = speaker.strip().split("\\s+");
    int capitalised = 0;
    for (String word : words) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      }
    }
    return capitalised >= 2 && capitalised == words.length;
  }

  /**
   * How many of the topics any story of the event names, in its headline, summary or text, on any
   * form of the word as a topic search matches ({@link TopicFilter}); a topic of several words is a
   * phrase.
   */
  static int topicsMatched(List<StoredStory> stories, List<String> topics) {
    if (topics.isEmpty()) {
      return 0;
    }
    List<TopicFilter> filters = filters(topics);
    Set<Integer> found = new HashSet<>();
    for (StoredStory story : stories) {
      TopicFilter.Text text = TopicFilter.Text.of(story);
      for (int i = 0; i < filters.size(); i++) {
        if (!found.contains(i) && filters.get(i).matches(text)) {
          found.add(i);
        }
      }
      if (found.size() == filters.size()) {
        break;
      }
    }
    return found.size();
  }

  /**
   * The stories that name none of the excluded topics (headline, summary or text, any form of the
   * word, a topic of several words as a phrase): an event is left out of the digest with them.
   */
  static List<StoredStory> withoutExcluded(List<StoredStory> stories, List<String> excluded) {
    List<TopicFilter> filters = filters(excluded);
    if (filters.isEmpty()) {
      return stories;
    }
    return stories.stream()
        .filter(
            story -> {
              TopicFilter.Text text = TopicFilter.Text.of(story);
              return filters.stream().noneMatch(filter -> filter.matches(text));
            })
        .toList();
  }

  /** The first of the excluded topics the story names, if it names one. */
  public static Optional<String> excludedBy(StoredStory story, List<String> excluded) {
    TopicFilter.Text text = TopicFilter.Text.of(story);
    for (String topic : excluded) {
      if (!filters(List.of(topic)).isEmpty() && filters(List.of(topic)).get(0).matches(text)) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }

  /** A filter a topic; a topic of stop words alone names no story and is left out. */
  private static List<TopicFilter> filters(List<String> topics) {
    List<TopicFilter> filters = new ArrayList<>();
    for (String topic : topics) {
      try {
        filters.add(DigestOptions.topicFilter(topic));
      } catch (UserFacingException nothingToMatch) {
        // refused when subscribing; an old row may still hold one
      }
    }
    return filters;
  }

  static Instant when(StoredStory story) {
    return story.publishedAt().orElse(story.fetchedAt());
  }
}
