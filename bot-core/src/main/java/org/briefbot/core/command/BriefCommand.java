package org.briefbot.core.command;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.StoryBrief;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.news.StoryAnalysis;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.news.StoryIngester;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.search.StoryIndex;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StoryStore;

/**
 * {@code /brief <url>}: the story at that address — fetched through the guarded fetcher, analysed
 * and stored once, answered from the store — as its summary with its key quotes. {@code /brief
 * <topic>}: how many stored stories mention the topic and the best few (relevance over headline,
 * summary and body, and freshness), the place's own feeds' first, one line each. A story's text
 * (the console turns {@code /brief story.txt} into the file's text) is summarised as it is.
 */
public final class BriefCommand implements BotCommand {
  static final int TOPIC_STORIES = 5;
  static final int KEY_QUOTES = 3;

  /**
   * A story's own text (the console's {@code /brief story.txt}) can be long; a topic is a few
   * words.
   */
  private static final int MAX_TEXT = 200_000;

  private static final int MAX_TOPIC = 300;

  /** How many of the best matches are looked at for the place's own feeds. */
  private static final int CANDIDATES = 200;

  private final StoryIngester ingester;
  private final StoryStore stories;
  private final StoryAnalyzer analyzer;
  private final SearchIndex search;
  private final Clock clock;

  public BriefCommand(
      StoryIngester ingester,
      StoryStore stories,
      StoryAnalyzer analyzer,
      SearchIndex search,
      Clock clock) {
    this.ingester = ingester;
    this.stories = stories;
    this.analyzer = analyzer;
    this.search = search;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "brief";
  }

  @Override
  public List<CommandOption> options() {
    return List.of(
        CommandOption.optional("url", CommandOption.Type.URL, "The link of a story to summarise")
            .withMaxLength(2000),
        CommandOption.optional(
                "topic",
                CommandOption.Type.TEXT,
                "Words to find stored stories about (\"a phrase\" in quotes)")
            .withMaxLength(MAX_TEXT));
  }

  /** A stored story by its id: the Brief button of each story in a list. */
  static final CommandOption STORY =
      CommandOption.optional(StoryBrief.OPTION, CommandOption.Type.INTEGER, "A stored story's id")
          .withMaxLength(19);

  /** The opening words of a quote in a stored story: its Show in story button. */
  static final CommandOption NEAR =
      CommandOption.optional("near", CommandOption.Type.TEXT, "Words of the story to show")
          .withMaxLength(100);

  @Override
  public List<CommandOption> buttonOptions(Optional<String> subcommand) {
    return List.of(STORY, NEAR, Page.OPTION);
  }

  /** The Brief button of a stored story: its summary and key quotes, for the person who clicks. */
  public static Action briefButton(long storyId, String headline) {
    return StoryBrief.button(storyId, headline, Action.Answer.ASKER);
  }

  @Override
  public String usage() {
    return "<url | topic>";
  }

  @Override
  public boolean mayBeSlow() {
    return true;
  }

  @Override
  public String description() {
    return "A story's summary and key quotes, or the stored stories that best match a topic";
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<String> url = request.option("url");
    Optional<String> topic = request.option("topic");
    Optional<String> storyId = request.option(STORY.name());
    if (storyId.isPresent()) {
      Optional<String> near = request.option(NEAR.name());
      return stories
          .find(Long.parseLong(storyId.get()))
          .map(found -> near.isPresent() ? StoryPassage.around(found, near.get()) : story(found))
          .orElseThrow(
              () ->
                  new UserFacingException(
                      "That story is no longer stored; /brief <topic> finds the stored ones."));
    }
    if (url.isPresent() && topic.isPresent()) {
      throw new UserFacingException("Give /brief a link or a topic, not both.");
    }
    if (url.isPresent()) {
      return story(ingester.ingestUrl(url.get()).story());
    }
    if (topic.isEmpty()) {
      throw new UserFacingException(
          "Give /brief a link or a topic, e.g. /brief https://example.com/story or /brief flood wall.");
    }
    if (TypedArguments.looksLikeLink(topic.get())) {
      return story(ingester.ingestUrl(topic.get()).story());
    }
    if (topic.get().indexOf('\n') >= 0 || topic.get().length() > MAX_TOPIC) {
      return text(topic.get());
    }
    return topic(topic.get(), request);
  }

  private Reply story(StoredStory story) {
    ReplyBuilder reply = Reply.builder().title(story.title());
    if (story.url().startsWith("http")) {
      reply.link(story.canonicalUrl());
    }
    stories.updates().latest(story.id()).map(StoryChangeText::section).ifPresent(reply::section);
    reply.section(Reply.Section.bullets(null, story.summarySentences()));
    List<Reply.QuoteLine> quotes = keyQuotes(stories.quotes(story.id()));
    if (!quotes.isEmpty()) {
      reply.section(Reply.Section.quotes("Key quotes", quotes));
    }
    return reply
        .footer(footer(story, stories.sourceUrls(story.id()).size()))
        .date(story.publishedAt().map(Moment::day).orElse(null))
        .build();
  }

  private Reply text(String text) {
    StoryAnalysis analysis = analyzer.analyze(text);
    List<String> summary = new ArrayList<>();
    for (int index : analysis.summary()) {
      StorySentence sentence = analysis.sentences().get(index);
      summary.add(sentence.text(analysis.text()).strip());
    }
    ReplyBuilder reply = Reply.builder().section(Reply.Section.bullets(null, summary));
    List<Reply.QuoteLine> quotes = keyQuotes(analysis.quotes());
    if (!quotes.isEmpty()) {
      reply.section(Reply.Section.quotes("Key quotes", quotes));
    }
    return reply.build();
  }

  /**
   * The stored stories that best match the topic (relevance and freshness): first those that came
   * through the place's own feeds, then the rest of the store.
   */
  private Reply topic(String topic, CommandRequest request) {
    Place place = request.place();
    if (!search.stories().isSearchable(topic)) {
      throw new UserFacingException(
          "\u201C"
              + topic
              + "\u201D has no word to look for; try a name or a subject, "
              + "e.g. /brief flood wall.");
    }
    Optional<String> indexing = search.beforeAnswering();
    if (indexing.isPresent()) {
      return Reply.builder().askerOnly().text(indexing.get()).build();
    }
    StoryIndex.TopicMatches matches = search.stories().search(topic, clock.instant(), CANDIDATES);
    if (matches.total() == 0) {
      throw new UserFacingException(
          "No stored story mentions \u201C"
              + topic
              + "\u201D yet. Paste a link with "
              + "/brief <url>, or add feeds with /feeds add <url>.");
    }
    Set<Long> ownFeeds =
        place.workspaceId().isEmpty()
            ? Set.of()
            : stories.inFeedsOf(
                place.feedOwner(), matches.best().stream().map(StoryIndex.StoryHit::id).toList());
    List<StoryIndex.StoryHit> ordered = new ArrayList<>();
    matches.best().stream().filter(hit -> ownFeeds.contains(hit.id())).forEach(ordered::add);
    matches.best().stream().filter(hit -> !ownFeeds.contains(hit.id())).forEach(ordered::add);
    Page page = Page.of(request, ordered.size(), TOPIC_STORIES);
    List<StoryIndex.StoryHit> shownHits = page.of(ordered);
    List<Reply.StoryLine> own = new ArrayList<>();
    List<Reply.StoryLine> others = new ArrayList<>();
    for (StoryIndex.StoryHit hit : shownHits) {
      // A story without a publication date shows none: the time Briefbot first saw it is no
      // publication date.
      (ownFeeds.contains(hit.id()) ? own : others)
          .add(
              new Reply.StoryLine(
                  hit.headline(),
                  hit.url(),
                  hit.outlet(),
                  hit.published() ? Optional.of(Moment.day(hit.date())) : Optional.empty(),
                  hit.lead()));
    }
    String count =
        matches.total() == 1
            ? "1 stored story mentions it"
            : String.format(Locale.ENGLISH, "%,d stored stories mention it", matches.total());
    String which =
        page.isOnly()
            ? (matches.total() > shownHits.size()
                ? "; the best " + shownHits.size() + " are below."
                : ".")
            : String.format(
                Locale.ENGLISH,
                "; the best %d, %d a page. %s",
                ordered.size(),
                TOPIC_STORIES,
                page.line());
    ReplyBuilder reply = Reply.builder().title("On " + topic).text(count + which);
    if (!own.isEmpty()) {
      reply.section(
          Reply.Section.stories("From this " + place.platform().placeWord() + "'s feeds", own));
    }
    if (!others.isEmpty()) {
      boolean ownFirst = !ownFeeds.isEmpty();
      reply.section(Reply.Section.stories(ownFirst ? "From all stored stories" : null, others));
    }
    shownHits.forEach(hit -> reply.action(briefButton(hit.id(), hit.headline())));
    page.actions(request).forEach(reply::action);
    return reply.build();
  }

  /** Direct quotes with a named speaker first, then the rest, in story order within each. */
  private static List<Reply.QuoteLine> keyQuotes(List<StoryQuote> quotes) {
    return quotes.stream()
        .sorted(
            Comparator.comparingInt(
                (StoryQuote q) ->
                    (q.kind() == StoryQuote.Kind.DIRECT ? 0 : 1) + (q.hasSpeaker() ? 0 : 2)))
        .limit(KEY_QUOTES)
        .map(
            q ->
                new Reply.QuoteLine(
                    q.text(),
                    q.speaker(),
                    q.speakerRole().orElse(""),
                    q.kind() != StoryQuote.Kind.INDIRECT))
        .toList();
  }

  private static String footer(StoredStory story, int sources) {
    StringBuilder footer = new StringBuilder(story.outlet());
    story.author().ifPresent(author -> footer.append(" · ").append(author));
    if (story.publishedAt().isEmpty()) {
      footer.append(" · first seen ").append(Moment.day(story.fetchedAt()).plain());
    }
    if (sources > 1) {
      footer.append(" · ").append(sources).append(" sources");
    }
    return footer.toString();
  }
}
