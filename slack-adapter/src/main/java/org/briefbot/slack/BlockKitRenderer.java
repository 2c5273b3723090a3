package org.briefbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyText;

/**
 * Renders a {@link Reply} as Block Kit within Slack's limits: at most 50 blocks, section text of at
 * most 3,000 characters (long text cut at sentence boundaries into several sections), a header of
 * at most 150, ten fields a section. Quoted words are block quotes with their speaker; reported
 * speech is never shown in quote marks. Dates are Slack's {@code <!date^…>}, shown in each reader's
 * time zone. Every word from a story or a person is escaped.
 */
final class BlockKitRenderer {
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION_TEXT = 3000;
  static final int MAX_HEADER = 150;
  static final int MAX_FIELDS = 10;
  static final int MAX_FIELD_TEXT = 2000;

  /** The fallback text is what a notification shows: a line or two, not the whole reply. */
  static final int MAX_FALLBACK = 3000;

  SlackMessage render(Reply reply) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (reply.isError()) {
      for (String piece : SlackText.escapedPieces(reply.plainText(), MAX_SECTION_TEXT - 3)) {
        blocks.add(section(":warning: " + piece));
      }
      return new SlackMessage(fallback(reply), capped(blocks, 0), true);
    }
    reply.mentionRole().ifPresent(group -> blocks.add(section(groupMention(group))));
    reply
        .title()
        .ifPresent(
            title ->
                blocks.add(
                    HeaderBlock.builder()
                        .text(
                            PlainTextObject.builder()
                                .text(ReplyText.shorten(title, MAX_HEADER))
                                .emoji(false)
                                .build())
                        .build()));
    reply.link().ifPresent(link -> blocks.add(context(SlackText.link(link, host(link)))));
    for (Reply.Section section : reply.sections()) {
      renderSection(section, blocks);
    }
    List<String> closing = new ArrayList<>();
    reply
        .footer()
        .filter(f -> !f.isBlank())
        .ifPresent(footer -> closing.add(SlackText.escape(ReplyText.shorten(footer, 1000))));
    reply.date().ifPresent(date -> closing.add(SlackText.time(date)));
    if (!closing.isEmpty()) {
      blocks.add(context(String.join(" \u00B7 ", closing)));
    }
    List<LayoutBlock> kept = capped(blocks, reply.actions().isEmpty() ? 0 : 1);
    if (!reply.actions().isEmpty()) {
      kept.add(actions(reply.actions()));
    }
    return new SlackMessage(
        fallback(reply), kept, reply.visibility() == Reply.Visibility.ASKER_ONLY);
  }

  /**
   * The reply's actions as one {@code actions} block of buttons (Slack takes 25, as many as a reply
   * offers): each button's {@code action_id} and {@code value} are the action's id, which comes
   * back in {@code block_actions}.
   */
  static ActionsBlock actions(List<Action> actions) {
    List<BlockElement> buttons = new ArrayList<>();
    for (Action action : actions) {
      String id = action.call().id();
      buttons.add(
          ButtonElement.builder()
              .actionId(id)
              .value(id)
              .text(PlainTextObject.builder().text(action.label()).emoji(false).build())
              .style(action.call().answer() == Action.Answer.REPLACE ? null : "primary")
              .build());
    }
    return ActionsBlock.builder().elements(buttons).build();
  }

  private void renderSection(Reply.Section section, List<LayoutBlock> blocks) {
    // The heading rides on the section's first block, or stands alone when it holds nothing.
    String heading =
        section
            .heading()
            .map(h -> "*" + SlackText.escape(ReplyText.shorten(h, 200)) + "*\n")
            .orElse("");
    int room = MAX_SECTION_TEXT - heading.length();
    String joiner = section.quotes().isEmpty() ? "\n" : "\n\n";
    SectionPieces visitor = new SectionPieces(room);
    List<SectionBlock.SectionBlockBuilder> built = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Reply.Block block : section.blocks()) {
      for (Piece piece : block.accept(visitor)) {
        if (piece instanceof Piece.Line line) {
          lines.add(line.mrkdwn());
          continue;
        }
        packed(lines, room, joiner).forEach(text -> built.add(sectionBuilder(text)));
        lines.clear();
        if (piece instanceof Piece.Text text) {
          built.add(sectionBuilder(text.mrkdwn()));
        } else if (piece instanceof Piece.FieldGroup group) {
          List<TextObject> fields = group.fields();
          for (int from = 0; from < fields.size(); from += MAX_FIELDS) {
            built.add(
                SectionBlock.builder()
                    .fields(fields.subList(from, Math.min(fields.size(), from + MAX_FIELDS))));
          }
        }
      }
    }
    packed(lines, room, joiner).forEach(text -> built.add(sectionBuilder(text)));
    if (built.isEmpty()) {
      if (!heading.isEmpty()) {
        blocks.add(section(heading.strip()));
      }
      return;
    }
    if (!heading.isEmpty()) {
      SectionBlock first = built.get(0).build();
      String text = first.getText() == null ? "" : "\n" + first.getText().getText();
      built.set(
          0,
          SectionBlock.builder()
              .fields(first.getFields())
              .text(MarkdownTextObject.builder().text((heading.strip() + text)).build()));
    }
    built.forEach(block -> blocks.add(block.build()));
  }

  /** What a block becomes on Slack, before the lines are packed into sections. */
  private sealed interface Piece {
    /** A line packed with its neighbours into one section: a bullet, a quote, a row of links. */
    record Line(String mrkdwn) implements Piece {}

    /** A section of its own. */
    record Text(String mrkdwn) implements Piece {}

    /** A section of fields. */
    record FieldGroup(List<TextObject> fields) implements Piece {}
  }

  /** Each kind of block as pieces, within {@code room} characters a section. */
  private record SectionPieces(int room) implements Reply.Visitor<List<Piece>> {
    @Override
    public List<Piece> paragraph(Reply.Paragraph paragraph) {
      return SlackText.escapedPieces(paragraph.text(), room).stream()
          .map(t -> (Piece) new Piece.Text(t))
          .toList();
    }

    @Override
    public List<Piece> bullets(Reply.Bullets bullets) {
      List<Piece> lines = new ArrayList<>();
      for (String bullet : bullets.items()) {
        for (String piece : SlackText.escapedPieces(bullet, room - 2)) {
          lines.add(new Piece.Line("\u2022 " + piece));
        }
      }
      return lines;
    }

    @Override
    public List<Piece> quotes(Reply.Quotes quotes) {
      return quotes.quotes().stream().map(q -> (Piece) new Piece.Line(quote(q))).toList();
    }

    @Override
    public List<Piece> fields(Reply.Fields fields) {
      List<TextObject> shown = new ArrayList<>();
      for (Reply.Field field : fields.fields()) {
        String value =
            field.shown(SlackText::time, text -> SlackText.escape(ReplyText.shorten(text, 1500)));
        shown.add(
            MarkdownTextObject.builder()
                .text("*" + SlackText.escape(ReplyText.shorten(field.name(), 200)) + "*\n" + value)
                .build());
      }
      return shown.isEmpty() ? List.of() : List.of(new Piece.FieldGroup(shown));
    }

    @Override
    public List<Piece> stories(Reply.Stories stories) {
      return stories.stories().stream().map(st -> (Piece) new Piece.Text(story(st))).toList();
    }

    @Override
    public List<Piece> links(Reply.Links links) {
      if (links.links().isEmpty()) {
        return List.of();
      }
      return List.of(
          new Piece.Line(
              String.join(
                  " \u00B7 ",
                  links.links().stream()
                      .map(
                          l ->
                              l.url().startsWith("http://") || l.url().startsWith("https://")
                                  ? SlackText.link(l.url(), l.label())
                                  : SlackText.escape(l.label()))
                      .toList())));
    }

    @Override
    public List<Piece> quoteCheck(Reply.QuoteCheck check) {
      return List.of(new Piece.Line(BlockKitRenderer.quoteCheck(check)));
    }
  }

  /**
   * Quoted words as a block quote with the speaker under them; reported speech as what it is,
   * without quote marks.
   */
  static String quote(Reply.QuoteLine quote) {
    String words = SlackText.escape(ReplyText.shorten(quote.quote().strip(), 2400));
    String who =
        quote.speaker().isEmpty()
            ? "_" + Reply.QuoteLine.UNNAMED + "_"
            : "*"
                + SlackText.escape(quote.speaker())
                + "*"
                + (quote.role().isEmpty() ? "" : ", " + SlackText.escape(quote.role()));
    if (quote.exactWords()) {
      return ">\u201C" + words.replace("\n", "\n>") + "\u201D\n>\u2014 " + who;
    }
    return "_Reported:_ " + words.replace("\n", " ") + "\n\u2014 " + who;
  }

  /**
   * The words on record against the words asked: left-out words in bold, words not on record
   * struck; in quote marks only when the record holds quoted words.
   */
  static String quoteCheck(Reply.QuoteCheck check) {
    String line =
        check.marked(
            BlockKitRenderer::marker,
            BlockKitRenderer::marker,
            word -> SlackText.escape(word).replace("\n", " "));
    line = check.exactWords() ? ">\u201C" + line + "\u201D" : line;
    return line.length() > MAX_SECTION_TEXT - 300
        ? ReplyText.shorten(line, MAX_SECTION_TEXT - 300)
        : line;
  }

  private static String marker(Reply.QuoteCheck.Mark mark) {
    return switch (mark) {
      case SAME -> "";
      case MISSING -> "*";
      case ADDED -> "~";
    };
  }

  /**
   * The user group a digest's subscription asked to notify: a group id ({@code S0123ABCD}) pings
   * it; a name is shown as written and pings no one.
   */
  static String groupMention(String group) {
    if (group.equals(Reply.MENTION_HERE)) {
      return "<!here>";
    }
    String id = group.startsWith("@") ? group.substring(1) : group;
    return id.matches("S[A-Z0-9]{6,20}") ? "<!subteam^" + id + ">" : SlackText.escape("@" + id);
  }

  private static String story(Reply.StoryLine story) {
    String title = ReplyText.shorten(story.title(), 300);
    StringBuilder text =
        new StringBuilder(
            story.url().isEmpty()
                ? "*" + SlackText.escape(title) + "*"
                : "*" + SlackText.link(story.url(), title) + "*");
    List<String> about = new ArrayList<>();
    if (!story.outlet().isEmpty()) {
      about.add(SlackText.escape(ReplyText.shorten(story.outlet(), 200)));
    }
    story.date().ifPresent(date -> about.add(SlackText.time(date)));
    if (!about.isEmpty()) {
      text.append('\n').append(String.join(" \u00B7 ", about));
    }
    if (!story.lead().isEmpty()) {
      text.append('\n').append(SlackText.escape(ReplyText.shorten(story.lead(), 1500)));
    }
    return text.toString();
  }

  /** Lines joined into as few texts of at most {@code max} characters as they fit in. */
  private static List<String> packed(List<String> lines, int max, String joiner) {
    List<String> texts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String fitted = line.length() <= max ? line : line.substring(0, max);
      if (current.length() > 0 && current.length() + joiner.length() + fitted.length() > max) {
        texts.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() == 0 ? "" : joiner).append(fitted);
    }
    if (current.length() > 0) {
      texts.add(current.toString());
    }
    return texts;
  }

  /**
   * At most 50 blocks with the {@code reserved} ones to come; a reply longer than that says so in
   * its last block rather than lose it silently.
   */
  private static List<LayoutBlock> capped(List<LayoutBlock> blocks, int reserved) {
    int room = MAX_BLOCKS - reserved;
    if (blocks.size() <= room) {
      return new ArrayList<>(blocks);
    }
    List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, room - 1));
    kept.add(
        context(
            "_"
                + (blocks.size() - kept.size())
                + " more parts did not fit in one Slack message._"));
    return kept;
  }

  /** The plain text a notification shows: the title, or the first words of the reply. */
  private static String fallback(Reply reply) {
    String text =
        reply
            .title()
            .orElseGet(
                () -> {
                  String plain = reply.plainText();
                  if (!plain.isBlank()) {
                    return plain;
                  }
                  return reply.sections().stream()
                      .flatMap(s -> s.bullets().stream())
                      .findFirst()
                      .or(
                          () ->
                              reply.sections().stream()
                                  .flatMap(s -> s.quotes().stream())
                                  .findFirst()
                                  .map(Reply.QuoteLine::quote))
                      .or(
                          () ->
                              reply.sections().stream()
                                  .flatMap(s -> s.stories().stream())
                                  .findFirst()
                                  .map(Reply.StoryLine::title))
                      .orElse("Briefbot");
                });
    return SlackText.escape(ReplyText.shorten(text.strip(), MAX_FALLBACK));
  }

  private static String host(String link) {
    try {
      return Optional.ofNullable(URI.create(link).getHost())
          .map(h -> h.replaceFirst("^www\\.", ""))
          .orElse(link);
    } catch (IllegalArgumentException notAUri) {
      return ReplyText.shorten(link, 80);
    }
  }

  private static SectionBlock section(String mrkdwn) {
    return sectionBuilder(mrkdwn).build();
  }

  private static SectionBlock.SectionBlockBuilder sectionBuilder(String mrkdwn) {
    return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build());
  }

  private static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(MarkdownTextObject.builder().text(mrkdwn).build()))
        .build();
  }
}
