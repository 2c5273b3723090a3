package org.briefbot.core.command;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.search.SearchIndex;
import org.briefbot.core.search.WhoSaidHit;

/**
 * {@code /whosaid <words of a quote>}: who said them, whether those are the exact words on record
 * (and if not, what was left out, added or changed, word by word), the earliest stored story that
 * carries them and the sentence around them. Two people who said much the same are both shown;
 * words nothing on record matches well get a plain "nothing matches", not a guess.
 */
public final class WhoSaidCommand implements BotCommand {
  /**
   * Below this confidence a quote shares words with the asked ones but is not what was asked about.
   */
  static final double SURE = 0.6;

  /**
   * Another speaker is shown beside the first when their words match at least this share as well.
   */
  private static final double AS_WELL = 0.85;

  private static final int SPEAKERS_SHOWN = 3;

  private final SearchIndex search;

  public WhoSaidCommand(SearchIndex search) {
    this.search = Objects.requireNonNull(search, "search");
  }

  @Override
  public String name() {
    return "whosaid";
  }

  @Override
  public List<CommandOption> options() {
    return List.of(
        CommandOption.required(
            "quote", CommandOption.Type.TEXT, "Some words of the quote, as you remember them"));
  }

  @Override
  public String description() {
    return "Who said it, whether those are the exact words, and the first story that printed them";
  }

  @Override
  public Reply handle(CommandRequest request) {
    String fragment = QuoteWords.unquoted(request.optionOrEmpty("quote"));
    if (fragment.isBlank()) {
      throw new UserFacingException(
          "Type some words of the quote, e.g. /whosaid we will do it alone");
    }
    Optional<String> indexing = search.beforeAnswering();
    if (indexing.isPresent()) {
      return Reply.builder().askerOnly().text(indexing.get()).build();
    }
    List<Checked> checked = new ArrayList<>();
    for (WhoSaidHit hit : search.quotes().whoSaid(fragment, 6)) {
      if (hit.confidence() >= SURE) {
        checked.add(
            new Checked(
                hit,
                QuoteComparison.compare(fragment, hit.quote(), hit.kind() != QuoteKind.INDIRECT)));
      }
    }
    if (checked.isEmpty()) {
      return Reply.builder()
          .text(
              "Nothing on record matches those words well enough. Try other words of the quote, "
                  + "or fewer of them.")
          .build();
    }
    // Exact words first, then the closest: a quote the asked words are a stretch of beats one that
    // shares more words.
    checked.sort(
        Comparator.comparing((Checked c) -> !c.check().exact())
            .thenComparing(c -> -c.hit().confidence()));
    List<Checked> shown = new ArrayList<>();
    Set<String> speakers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Checked best = checked.get(0);
    for (Checked candidate : checked) {
      boolean asWell =
          candidate == best || candidate.hit().confidence() >= best.hit().confidence() * AS_WELL;
      if (asWell && speakers.add(candidate.hit().speaker()) && shown.size() < SPEAKERS_SHOWN) {
        shown.add(candidate);
      }
    }
    ReplyBuilder reply =
        Reply.builder()
            .title(
                shown.size() == 1
                    ? whoLine(best.hit())
                    : "Said by "
                        + String.join(
                            " and ", shown.stream().map(c -> speakerOf(c.hit())).toList()));
    if (!best.hit().url().isEmpty()) {
      reply.link(best.hit().url());
    }
    for (Checked one : shown) {
      WhoSaidHit hit = one.hit();
      reply.section(
          Reply.Section.of(
              shown.size() == 1 ? null : whoLine(hit),
              new Reply.Paragraph(verdict(one.check())),
              one.check()));
      if (!hit.context().isBlank() && !hit.context().strip().equals(hit.quote().strip())) {
        reply.section(Reply.Section.paragraph("In the story", hit.context()));
      }
      List<Reply.Block> printed = new ArrayList<>(List.of(new Reply.Fields(storyFields(hit))));
      if (one != best && !hit.url().isEmpty()) {
        printed.add(
            new Reply.Links(
                List.of(
                    new Reply.Link(
                        hit.outlet().isEmpty() ? "The story" : hit.outlet(), hit.url()))));
      }
      reply.section(new Reply.Section(Optional.of("First printed"), printed));
    }
    showInStory(best.hit()).ifPresent(reply::action);
    for (Checked one : shown) {
      otherQuotesBy(one.hit()).ifPresent(reply::action);
    }
    return reply.build();
  }

  /** The most characters of a quote's opening words a Show in story button carries. */
  private static final int NEAR = 48;

  /**
   * The button that shows the paragraph around the quote in its stored story, for the person who
   * clicks; the button carries the story's id and the quote's opening words.
   */
  static Optional<Action> showInStory(WhoSaidHit hit) {
    if (!hit.storyId().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    Map<String, String> options = new LinkedHashMap<>();
    options.put(BriefCommand.STORY.name(), hit.storyId());
    options.put(BriefCommand.NEAR.name(), openingWords(hit.quote()));
    return Optional.of(
        Action.of("Show in story", Action.Call.of("brief", options, Action.Answer.ASKER)));
  }

  /** The button that lists what the speaker said, for the person who clicks. */
  static Optional<Action> otherQuotesBy(WhoSaidHit hit) {
    if (hit.speaker().isEmpty() || Character.isLowerCase(hit.speaker().codePointAt(0))) {
      return Optional.empty();
    }
    return Optional.of(
        Action.of(
            "Other quotes by " + hit.speaker(),
            Action.Call.of("quotes", Map.of("person", hit.speaker()), Action.Answer.ASKER)));
  }

  /** A quote's first words, whole, within {@value #NEAR} characters. */
  static String openingWords(String quote) {
    String words = quote.strip().replaceAll("\\s+", " ");
    if (words.length() <= NEAR) {
      return words;
    }
    int cut = words.lastIndexOf(' ', NEAR);
    return words.substring(0, cut > 0 ? cut : NEAR);
  }

  private record Checked(WhoSaidHit hit, Reply.QuoteCheck check) {}

  /** The verdict in words, for every platform (the marks in the check show where). */
  static String verdict(Reply.QuoteCheck check) {
    if (!check.exactWords()) {
      return "On record only as reported speech, not as a quotation"
          + (check.exact() ? "." : ", and in other words than those asked.");
    }
    if (check.exact()) {
      return "Exact: these are the words on record.";
    }
    List<String> left = check.runs(Reply.QuoteCheck.Mark.MISSING);
    List<String> added = check.runs(Reply.QuoteCheck.Mark.ADDED);
    StringBuilder text = new StringBuilder("Not the exact wording on record.");
    if (!left.isEmpty()) {
      text.append(" Left out: ").append(String.join(" \u2026 ", left)).append('.');
    }
    if (!added.isEmpty()) {
      text.append(" Not in the record: ").append(String.join(" \u2026 ", added)).append('.');
    }
    return text.toString();
  }

  private static String whoLine(WhoSaidHit hit) {
    if (hit.speaker().isEmpty()) {
      return "The story does not say who said it";
    }
    return hit.speaker() + (hit.role().isEmpty() ? "" : ", " + hit.role());
  }

  /** Exact words in quote marks; reported speech as what it is. */
  static Reply.QuoteLine quoteLine(WhoSaidHit hit, String words) {
    return new Reply.QuoteLine(words, hit.speaker(), hit.role(), hit.kind() != QuoteKind.INDIRECT);
  }

  static String speakerOf(WhoSaidHit hit) {
    return hit.speaker().isEmpty() ? "an unnamed speaker" : hit.speaker();
  }

  static List<Reply.Field> storyFields(WhoSaidHit hit) {
    List<Reply.Field> fields = new ArrayList<>();
    if (!hit.storyTitle().isEmpty()) {
      fields.add(new Reply.Field("Story", hit.storyTitle()));
    }
    if (!hit.outlet().isEmpty()) {
      fields.add(new Reply.Field("Outlet", hit.outlet()));
    }
    hit.published()
        .ifPresent(
            day ->
                fields.add(Reply.Field.date("Date", day.atStartOfDay(ZoneOffset.UTC).toInstant())));
    return fields;
  }
}
