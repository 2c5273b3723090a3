package org.briefbot.core.command;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
  /** An argument that names a scheme is a link (and a refused one gets the guard's reason). */
  private static final Pattern LINK = Pattern.compile(
      "^(?:https?://|(?:file|ftp|ftps|sftp|gopher|javascript|data|mailto|ldap|dict|jar|smb|tftp|ws|wss):)\\S*$",
      Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

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
  public String usage() {
    return "<url | topic>";
  }

  @Override
  public String description() {
    return "A story's summary and key quotes, or the latest stories on a topic";
  }

  @Override
  public Reply handle(CommandRequest request) {
    String argument = request.arguments();
    if (argument.isEmpty()) {
      throw new UserFacingException("Give /brief a link or a topic, e.g. /brief https://example.com/story or /brief flood wall.");
    }
    if (LINK.matcher(argument).matches()) {
      return story(ingester.ingestUrl(argument));
    }
    if (argument.indexOf('\n') >= 0 || argument.length() > 300) {
      return text(argument);
    }
    return topic(argument);
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
    return reply.footer(footer(story, stories.sourceUrls(story.id()).size())).build();
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
    List<String> lines = new ArrayList<>();
    for (StoredStory story : found) {
      String first = story.summarySentences().isEmpty() ? "" : " " + story.summarySentences().get(0);
      lines.add(story.title() + " (" + story.outlet() + ", " + story.shownDate(DATE) + ")." + first);
    }
    return Reply.builder().title("Latest on " + topic).section(Reply.Section.bullets(null, lines)).build();
  }

  /** Direct quotes with a named speaker first, then the rest, in story order within each. */
  private static List<Reply.QuoteLine> keyQuotes(List<StoryQuote> quotes) {
    return quotes.stream()
        .sorted(Comparator.comparingInt((StoryQuote q) -> (q.kind() == StoryQuote.Kind.DIRECT ? 0 : 1) + (q.hasSpeaker() ? 0 : 2)))
        .limit(KEY_QUOTES)
        .map(q -> new Reply.QuoteLine(q.text(), q.speaker(), q.speakerRole().orElse("")))
        .toList();
  }

  private static String footer(StoredStory story, int sources) {
    StringBuilder footer = new StringBuilder(story.outlet());
    story.author().ifPresent(author -> footer.append(" · ").append(author));
    footer.append(" · ").append(story.shownDate(DATE));
    if (sources > 1) {
      footer.append(" · ").append(sources).append(" sources");
    }
    return footer.toString();
  }
}
