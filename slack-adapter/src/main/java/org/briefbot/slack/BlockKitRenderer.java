package org.briefbot.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.command.Reply;
import org.briefbot.core.command.ReplyText;

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
      return new SlackMessage(fallback(reply), capped(blocks), true);
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
    reply.date().ifPresent(date -> closing.add(SlackText.date(date)));
    if (!closing.isEmpty()) {
      blocks.add(context(String.join(" \u00B7 ", closing)));
    }
    return new SlackMessage(
        fallback(reply), capped(blocks), reply.visibility() == Reply.Visibility.ASKER_ONLY);
  }

  private void renderSection(Reply.Section section, List<LayoutBlock> blocks) {
    // The heading rides on the section's first block of text, or stands alone before fields and
    // stories.
    String heading =
        section
            .heading()
            .map(h -> "*" + SlackText.escape(ReplyText.shorten(h, 200)) + "*\n")
            .orElse("");
    List<String> texts = new ArrayList<>();
    section
        .text()
        .ifPresent(
            text ->
                texts.addAll(SlackText.escapedPieces(text, MAX_SECTION_TEXT - heading.length())));
    List<String> lines = new ArrayList<>();
    for (String bullet : section.bullets()) {
      for (String piece :
          SlackText.escapedPieces(bullet, MAX_SECTION_TEXT - heading.length() - 2)) {
        lines.add("\u2022 " + piece);
      }
    }
    section.quoteCheck().ifPresent(check -> lines.add(quoteCheck(check)));
    for (Reply.QuoteLine quote : section.quotes()) {
      lines.add(quote(quote));
    }
    if (!section.links().isEmpty()) {
      lines.add(
          String.join(
              " \u00B7 ",
              section.links().stream()
                  .map(
                      l ->
                          l.url().startsWith("http://") || l.url().startsWith("https://")
                              ? SlackText.link(l.url(), l.label())
                              : SlackText.escape(l.label()))
                  .toList()));
    }
    texts.addAll(
        packed(
            lines,
            MAX_SECTION_TEXT - heading.length(),
            section.quotes().isEmpty() ? "\n" : "\n\n"));
    for (Reply.StoryLine story : section.stories()) {
      texts.add(story(story));
    }
    boolean headed = heading.isEmpty();
    for (String text : texts) {
      blocks.add(section(headed ? text : heading + text));
      headed = true;
    }
    List<TextObject> fields = new ArrayList<>();
    for (Reply.Field field : section.fields()) {
      String value =
          field
              .date()
              .map(SlackText::date)
              .orElseGet(() -> SlackText.escape(ReplyText.shorten(field.value(), 1500)));
      fields.add(
          MarkdownTextObject.builder()
              .text("*" + SlackText.escape(ReplyText.shorten(field.name(), 200)) + "*\n" + value)
              .build());
    }
    for (int from = 0; from < fields.size(); from += MAX_FIELDS) {
      SectionBlock.SectionBlockBuilder block =
          SectionBlock.builder()
              .fields(fields.subList(from, Math.min(fields.size(), from + MAX_FIELDS)));
      if (!headed) {
        block.text(MarkdownTextObject.builder().text(heading.strip()).build());
        headed = true;
      }
      blocks.add(block.build());
    }
    if (!headed) {
      blocks.add(section(heading.strip()));
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
            ? "_speaker not named in the story_"
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
    story.date().ifPresent(date -> about.add(SlackText.date(date)));
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
   * At most 50 blocks; a reply longer than that says so in its last block rather than lose it
   * silently.
   */
  private static List<LayoutBlock> capped(List<LayoutBlock> blocks) {
    if (blocks.size() <= MAX_BLOCKS) {
      return blocks;
    }
    List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
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
    return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
  }

  private static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(MarkdownTextObject.builder().text(mrkdwn).build()))
        .build();
  }
}
