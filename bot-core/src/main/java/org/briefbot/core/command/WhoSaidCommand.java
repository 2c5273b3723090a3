package org.briefbot.core.command;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.briefbot.core.quotes.QuoteKind;
import org.briefbot.core.quotes.WhoSaidHit;
import org.briefbot.core.quotes.WhoSaidIndex;

/** {@code /whosaid <words of a quote>}: the speaker, their role, the story, the date and the sentence around it. */
public final class WhoSaidCommand implements BotCommand {
  /** Below this confidence a hit is offered as a guess, not as the answer. */
  static final double SURE = 0.6;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final WhoSaidIndex index;

  public WhoSaidCommand(WhoSaidIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public String name() {
    return "whosaid";
  }

  @Override
  public List<CommandOption> options() {
    return List.of(CommandOption.required("quote", CommandOption.Type.TEXT, "Some words of the quote, as you remember them"));
  }

  @Override
  public String description() {
    return "Who said it: the speaker, their role, the story and the sentence around it";
  }

  @Override
  public Reply handle(CommandRequest request) {
    String fragment = QuoteWords.unquoted(request.optionOrEmpty("quote"));
    if (fragment.isBlank()) {
      throw new UserFacingException("Type some words of the quote, e.g. /whosaid we will do it alone");
    }
    List<WhoSaidHit> hits = index.whoSaid(fragment, 3);
    if (hits.isEmpty()) {
      return Reply.builder().text("No stored quote has those words. Try fewer or other words of it.").build();
    }
    WhoSaidHit best = hits.get(0);
    Reply.Builder reply = Reply.builder()
        .title(best.confidence() >= SURE ? whoLine(best) : "Perhaps " + whoLine(best))
        .section(Reply.Section.quotes(null, List.of(quoteLine(best))));
    if (!best.context().isBlank() && !best.context().strip().equals(best.quote().strip())) {
      reply.section(Reply.Section.paragraph("In the story", best.context()));
    }
    reply.section(Reply.Section.fields(storyFields(best)));
    if (!best.url().isEmpty()) {
      reply.link(best.url());
    }
    List<String> others = new ArrayList<>();
    for (WhoSaidHit other : hits.subList(1, hits.size())) {
      if (other.confidence() >= best.confidence() * 0.6) {
        String words = ReplyText.shorten(other.quote(), 120);
        others.add((other.kind() == QuoteKind.INDIRECT ? "(reported) " + words : "\u201C" + words + "\u201D") + " \u2014 "
            + speakerOf(other)
            + (other.storyTitle().isEmpty() ? "" : " (" + other.storyTitle() + ")"));
      }
    }
    if (!others.isEmpty()) {
      reply.section(Reply.Section.bullets("Also close", others));
    }
    return reply.build();
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

  private static Reply.QuoteLine quoteLine(WhoSaidHit hit) {
    return quoteLine(hit, hit.quote());
  }

  static String speakerOf(WhoSaidHit hit) {
    return hit.speaker().isEmpty() ? "speaker not named" : hit.speaker();
  }

  static List<Reply.Field> storyFields(WhoSaidHit hit) {
    List<Reply.Field> fields = new ArrayList<>();
    if (!hit.storyTitle().isEmpty()) {
      fields.add(new Reply.Field("Story", hit.storyTitle()));
    }
    if (!hit.outlet().isEmpty()) {
      fields.add(new Reply.Field("Outlet", hit.outlet()));
    }
    hit.published().ifPresent(day -> fields.add(new Reply.Field("Date", DAY.format(day),
        Optional.of(day.atStartOfDay(ZoneOffset.UTC).toInstant()))));
    fields.add(new Reply.Field("Match", Math.round(hit.confidence() * 100) + "%"));
    return fields;
  }
}
