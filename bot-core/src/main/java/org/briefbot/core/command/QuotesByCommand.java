package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.briefbot.core.quotes.WhoSaidHit;
import org.briefbot.core.quotes.WhoSaidIndex;

/**
 * {@code /quotes <person> [topic]}: what a person said lately, about a topic if one is given
 * ({@code /quotes Blinken Rafah}, {@code /quotes Antony Blinken about Rafah}).
 */
public final class QuotesByCommand implements BotCommand {
  private static final int SHOWN = 5;
  /** Names are at most this many words; the rest of the arguments is the topic. */
  private static final int MAX_NAME_WORDS = 4;

  private final WhoSaidIndex index;

  public QuotesByCommand(WhoSaidIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public List<CommandOption> options() {
    return List.of(
        CommandOption.required("person", CommandOption.Type.TEXT, "The person's name, or part of it").withMaxLength(100)
            .withAutocomplete(),
        CommandOption.optional("topic", CommandOption.Type.TEXT, "Only what they said about this").withMaxLength(200));
  }

  @Override
  public List<String> suggestions(java.util.Optional<String> subcommand, String option, String typed, Place place) {
    return option.equals("person") ? index.speakersMatching(typed, 25) : List.of();
  }

  @Override
  public String description() {
    return "What a person said lately, about a topic if you name one";
  }

  @Override
  public Reply handle(CommandRequest request) {
    String person = QuoteWords.unquoted(request.optionOrEmpty("person"));
    if (person.isBlank()) {
      throw new UserFacingException("Name a person, e.g. /quotes Blinken or /quotes Blinken about Rafah");
    }
    String topic = QuoteWords.unquoted(request.optionOrEmpty("topic"));
    if (topic.isEmpty()) {
      // Typed text gives one line: "Blinken about Rafah", "Antony Blinken Rafah".
      String[] personAndTopic = split(person);
      person = personAndTopic[0];
      topic = personAndTopic[1];
    }
    List<WhoSaidHit> hits = index.quotesBy(person, topic, SHOWN);
    if (hits.isEmpty()) {
      String about = topic.isEmpty() ? "" : " about " + topic;
      return Reply.builder().text("No stored quote of " + person + about + ".").build();
    }
    List<Reply.QuoteLine> lines = new ArrayList<>();
    Set<String> stories = new LinkedHashSet<>();
    for (WhoSaidHit hit : hits) {
      lines.add(WhoSaidCommand.quoteLine(hit, ReplyText.shorten(hit.quote(), 400)));
      String story = hit.storyTitle().isEmpty() ? hit.outlet() : hit.storyTitle();
      if (!story.isEmpty()) {
        stories.add(story + hit.published().map(day -> " (" + day + ")").orElse(""));
      }
    }
    String speaker = hits.get(0).speaker();
    String heading = "What " + speaker + " said" + (topic.isEmpty() ? "" : " about " + topic);
    Reply.Builder reply = Reply.builder().title(heading).section(Reply.Section.quotes(null, lines));
    if (!stories.isEmpty()) {
      reply.footer("From: " + String.join("; ", stories));
    }
    return reply.build();
  }

  /**
   * The person and the topic: split at " about " when given, else the longest opening run of
   * words that names someone who has quotes.
   */
  private String[] split(String arguments) {
    String lower = arguments.toLowerCase(Locale.ROOT);
    int about = lower.indexOf(" about ");
    if (about > 0) {
      return new String[] {arguments.substring(0, about).strip(), arguments.substring(about + 7).strip()};
    }
    String[] words = arguments.strip().split("\\s+");
    for (int n = Math.min(MAX_NAME_WORDS, words.length); n >= 1; n--) {
      String person = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      if (!index.quotesBy(person, "", 1).isEmpty()) {
        return new String[] {person, String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length))};
      }
    }
    return new String[] {arguments.strip(), ""};
  }
}
