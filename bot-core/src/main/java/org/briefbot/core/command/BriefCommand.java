package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.news.Ingested;
import org.briefbot.core.news.StoryAnalysis;
import org.briefbot.core.news.StoryAnalyzer;
import org.briefbot.core.news.StoryIngester;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StoryQuote;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StoryStore;

/**
 * {@code /brief <url>}: the story at that address — fetched through the guarded fetcher, analysed
 * and stored once, answered from the store — as its summary with its key quotes.
 * {@code /brief <topic>}: the latest stored stories on that topic, one line each. A story's text
 * (the console turns {@code /brief story.txt} into the file's text) is summarised as it is.
 */
public final class BriefCommand implements BotCommand {
  static final int TOPIC_STORIES = 5;
  static final int KEY_QUOTES = 3;
  /** A story's own text (the console's {@code /brief story.txt}) can be long; a topic is a few words. */
  private static final int MAX_TEXT = 200_000;
  private static final int MAX_TOPIC = 300;

  private final StoryIngester ingester;
  private final StoryStore stories;
  private final StoryAnalyzer analyzer;

  public BriefCommand(StoryIngester ingester, StoryStore stories, StoryAnalyzer analyzer) {
    this.ingester = ingester;
    this.stories = stories;
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return "brief";
  }

  @Override
  public List<CommandOption> options() {
    return List.of(
        CommandOption.optional("url", CommandOption.Type.URL, "The link of a story to summarise").withMaxLength(2000),
        CommandOption.optional("topic", CommandOption.Type.TEXT, "Words to find the latest stored stories about")
            .withMaxLength(MAX_TEXT));
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
    return "A story's summary and key quotes, or the latest stories on a topic";
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<String> url = request.option("url");
    Optional<String> topic = request.option("topic");
    if (url.isPresent() && topic.isPresent()) {
      throw new UserFacingException("Give /brief a link or a topic, not both.");
    }
    if (url.isPresent()) {
      return story(ingester.ingestUrl(url.get()));
    }
    if (topic.isEmpty()) {
      throw new UserFacingException("Give /brief a link or a topic, e.g. /brief https://example.com/story or /brief flood wall.");
    }
    if (TypedArguments.looksLikeLink(topic.get())) {
      return story(ingester.ingestUrl(topic.get()));
    }
    if (topic.get().indexOf('\n') >= 0 || topic.get().length() > MAX_TOPIC) {
      return text(topic.get());
    }
    return topic(topic.get());
  }

  private Reply story(Ingested ingested) {
    StoredStory story = ingested.story();
    Reply.Builder reply = Reply.builder().title(story.title());
    if (story.url().startsWith("http")) {
      reply.link(story.canonicalUrl());
    }
    reply.section(Reply.Section.bullets(null, story.summarySentences()));
    List<Reply.QuoteLine> quotes = keyQuotes(stories.quotes(story.id()));
    if (!quotes.isEmpty()) {
      reply.section(Reply.Section.quotes("Key quotes", quotes));
    }
    return reply.footer(footer(story, stories.sourceUrls(story.id()).size())).date(story.publishedAt().orElse(null)).build();
  }

  private Reply text(String text) {
    StoryAnalysis analysis = analyzer.analyze(text);
    List<String> summary = new ArrayList<>();
    for (int index : analysis.summary()) {
      StorySentence sentence = analysis.sentences().get(index);
      summary.add(sentence.text(analysis.text()).strip());
    }
    Reply.Builder reply = Reply.builder().section(Reply.Section.bullets(null, summary));
    List<Reply.QuoteLine> quotes = keyQuotes(analysis.quotes());
    if (!quotes.isEmpty()) {
      reply.section(Reply.Section.quotes("Key quotes", quotes));
    }
    return reply.build();
  }

  private Reply topic(String topic) {
    List<StoredStory> found = stories.search(topic, TOPIC_STORIES);
    if (found.isEmpty()) {
      throw new UserFacingException("No stored story mentions \"" + topic + "\" yet. Paste a link with /brief <url>, "
          + "or add feeds with /feeds add <url>.");
    }
    List<Reply.StoryLine> lines = new ArrayList<>();
    for (StoredStory story : found) {
      String first = story.summarySentences().isEmpty() ? "" : story.summarySentences().get(0);
      // A story without a publication date shows none: the time Briefbot first saw it is no publication date.
      lines.add(new Reply.StoryLine(story.title(), story.url().startsWith("http") ? story.canonicalUrl() : "",
          story.outlet(), story.publishedAt(), first));
    }
    return Reply.builder().title("Latest on " + topic).section(Reply.Section.stories(null, lines)).build();
  }

  /** Direct quotes with a named speaker first, then the rest, in story order within each. */
  private static List<Reply.QuoteLine> keyQuotes(List<StoryQuote> quotes) {
    return quotes.stream()
        .sorted(Comparator.comparingInt((StoryQuote q) -> (q.kind() == StoryQuote.Kind.DIRECT ? 0 : 1) + (q.hasSpeaker() ? 0 : 2)))
        .limit(KEY_QUOTES)
        .map(q -> new Reply.QuoteLine(q.text(), q.speaker(), q.speakerRole().orElse(""), q.kind() != StoryQuote.Kind.INDIRECT))
        .toList();
  }

  private static String footer(StoredStory story, int sources) {
    StringBuilder footer = new StringBuilder(story.outlet());
    story.author().ifPresent(author -> footer.append(" · ").append(author));
    if (story.publishedAt().isEmpty()) {
      footer.append(" · ").append(story.shownDate(Reply.PLAIN_DATE));
    }
    if (sources > 1) {
      footer.append(" · ").append(sources).append(" sources");
    }
    return footer.toString();
  }
}
