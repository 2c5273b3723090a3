package org.briefbot.core.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.search.WhoSaidHit;
import org.briefbot.core.search.WhoSaidIndex;

/**
 * {@code /quotes <person> [topic]}: what a person said, newest first across stories, each statement
 * with the story, outlet and date it is from — about a topic if one is given ({@code /quotes
 * Blinken Rafah}, {@code /quotes Antony Blinken about Rafah}). The person is found by any part of
 * the name the stories give ("Blinken", "Antony Blinken"); a description ("the secretary") is no
 * name.
 */
public final class QuotesByCommand implements BotCommand {
  private static final int SHOWN = 8;

  /** The most statements the pages of one answer go through. */
  private static final int MOST = 200;

  /** Names are at most this many words; the rest of the arguments is the topic. */
  private static final int MAX_NAME_WORDS = 4;

  /** Words that open a description of someone, not a name. */
  private static final Set<String> DESCRIPTION_OPENERS =
      Set.of(
          "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
          "some");

  private final SearchIndex search;
  private final WhoSaidIndex index;

  public QuotesByCommand(SearchIndex search) {
    this.search = Objects.requireNonNull(search, "search");
    this.index = search.quotes();
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public List<CommandOption> options() {
    return List.of(
        CommandOption.required(
                "person", CommandOption.Type.TEXT, "The person's name, or part of it")
            .withMaxLength(100)
            .withAutocomplete(),
        CommandOption.optional("topic", CommandOption.Type.TEXT, "Only what they said about this")
            .withMaxLength(200));
  }

  @Override
  public List<CommandOption> buttonOptions(Optional<String> subcommand) {
    return List.of(Page.OPTION);
  }

  @Override
  public List<String> suggestions(
      java.util.Optional<String> subcommand, String option, String typed, Place place) {
    return option.equals("person")
        ? index.speakersMatching(typed, 25).stream().filter(QuotesByCommand::isName).toList()
        : List.of();
  }

  @Override
  public String description() {
    return "What a person said, newest first with outlet and date; about a topic if you name one";
  }

  @Override
  public Reply handle(CommandRequest request) {
    String person = QuoteWords.unquoted(request.optionOrEmpty("person"));
    if (person.isBlank()) {
      throw new UserFacingException(
          "Name a person, e.g. /quotes Blinken or /quotes Blinken about Rafah");
    }
    String firstWord = person.split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (DESCRIPTION_OPENERS.contains(firstWord)) {
      throw new UserFacingException(
          "\u201C" + person + "\u201D describes someone; give their name, e.g. /quotes Blinken.");
    }
    Optional<String> indexing = search.beforeAnswering();
    if (indexing.isPresent()) {
      return Reply.builder().askerOnly().text(indexing.get()).build();
    }
    String topic = QuoteWords.unquoted(request.optionOrEmpty("topic"));
    if (topic.isEmpty()) {
      // Typed text gives one line: "Blinken about Rafah", "Antony Blinken Rafah".
      String[] personAndTopic = split(person);
      person = personAndTopic[0];
      topic = personAndTopic[1];
    }
    List<WhoSaidHit> all =
        index.quotesBy(person, topic, MOST).stream().filter(hit -> isName(hit.speaker())).toList();
    Page page = Page.of(request, all.size(), SHOWN);
    List<WhoSaidHit> hits = page.of(all);
    if (hits.isEmpty()) {
      String about = topic.isEmpty() ? "" : " about " + topic;
      return Reply.builder().text("No stored quote of " + person + about + ".").build();
    }
    Set<String> speakers = new LinkedHashSet<>();
    hits.forEach(hit -> speakers.add(hit.speaker()));
    String who = speakers.size() == 1 ? speakers.iterator().next() : String.join(" and ", speakers);
    ReplyBuilder reply =
        Reply.builder().title("What " + who + " said" + (topic.isEmpty() ? "" : " about " + topic));
    String count =
        all.size() == 1
            ? "1 statement on record"
            : String.format(
                Locale.ENGLISH,
                "%s%d statements on record",
                all.size() >= MOST ? "At least " : "",
                all.size());
    reply.text(
        count
            + (topic.isEmpty() ? ", newest first across the stored stories." : ", newest first.")
            + (page.isOnly() ? "" : " " + page.line()));
    page.actions(request).forEach(reply::action);
    for (WhoSaidHit hit : hits) {
      Optional<Moment> day =
          hit.published()
              .map(d -> Moment.day(d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
      reply.section(
          Reply.Section.statement(
              WhoSaidCommand.quoteLine(hit, ReplyText.shorten(hit.quote(), 400)),
              new Reply.StoryLine(hit.storyTitle(), hit.url(), hit.outlet(), day, "")));
    }
    return reply.build();
  }

  /**
   * A name starts with a capital ("Antony Blinken", "Hamas"); "a senior official" describes
   * someone.
   */
  private static boolean isName(String speaker) {
    return !speaker.isEmpty() && !Character.isLowerCase(speaker.codePointAt(0));
  }

  /**
   * The person and the topic: split at " about " when given, else the longest opening run of words
   * that names someone who has quotes.
   */
  private String[] split(String arguments) {
    String lower = arguments.toLowerCase(Locale.ROOT);
    int about = lower.indexOf(" about ");
    if (about > 0) {
      return new String[] {
        arguments.substring(0, about).strip(), arguments.substring(about + 7).strip()
      };
    }
    String[] words = arguments.strip().split("\\s+");
    for (int n = Math.min(MAX_NAME_WORDS, words.length); n >= 1; n--) {
      String person = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      if (!index.quotesBy(person, "", 1).isEmpty()) {
        return new String[] {
          person, String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length))
        };
      }
    }
    return new String[] {arguments.strip(), ""};
  }
}
