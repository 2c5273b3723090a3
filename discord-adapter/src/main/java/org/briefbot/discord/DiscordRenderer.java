package org.briefbot.discord;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.TimeFormat;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyText;

/**
 * A {@link Reply} as Discord embeds, within Discord's limits: a description of at most 4096
 * characters an embed, 25 fields of at most 1024, a title of 256, 10 embeds and 6000 characters a
 * message. Long content is cut at sentence boundaries ({@link ReplyText#split}) between whole
 * lines, never inside a word or a piece of markdown; what does not fit one message goes on in the
 * next. Everything that came from people or pages is escaped, so it can neither format nor ping.
 */
public final class DiscordRenderer {
  static final Color ANSWER = new Color(0x2B6CB0);
  static final Color ERROR = new Color(0xC53030);

  /**
   * Raw text is cut to this before escaping, which at most doubles it: a piece always fits a
   * description.
   */
  private static final int PIECE = 1900;

  private static final int FIELD_TEXT = 500;
  private static final int TITLE_TEXT = 120;
  private static final int LEAD_TEXT = 300;

  /** The messages to send, in order, each a list of embeds. Never empty. */
  public List<List<MessageEmbed>> render(Reply reply) {
    Color color = reply.isError() ? ERROR : ANSWER;
    String footer =
        reply.footer().map(f -> ReplyText.shorten(f, MessageEmbed.TEXT_MAX_LENGTH)).orElse("");
    // The footer goes on the last embed: room for it is kept in every message.
    int reserve = footer.length();

    List<List<EmbedBuilder>> messages = new ArrayList<>();
    messages.add(new ArrayList<>());
    EmbedBuilder embed = new EmbedBuilder().setColor(color);
    reply
        .title()
        .ifPresent(
            title ->
                embed.setTitle(
                    escape(ReplyText.shorten(title, TITLE_TEXT)),
                    reply.link().filter(DiscordRenderer::isWebLink).orElse(null)));
    last(messages).add(embed);
    int used = 0; // characters of the finished embeds of the current message
    StringBuilder description = new StringBuilder();
    for (String block : blocks(reply)) {
      EmbedBuilder current = last(last(messages));
      int room =
          Math.min(
              MessageEmbed.DESCRIPTION_MAX_LENGTH,
              MessageEmbed.EMBED_MAX_LENGTH_BOT - used - current.length() - reserve);
      int needed = description.length() + (description.length() == 0 ? 0 : 2) + block.length();
      if (needed > room && description.length() > 0) {
        current.setDescription(description.toString());
        used += current.length();
        description.setLength(0);
        if (MessageEmbed.EMBED_MAX_LENGTH_BOT - used - reserve < block.length()
            || last(messages).size() == Message.MAX_EMBED_COUNT) {
          messages.add(new ArrayList<>());
          used = 0;
        }
        last(messages).add(new EmbedBuilder().setColor(color));
      }
      description.append(description.length() == 0 ? "" : "\n\n").append(block);
    }
    if (description.length() > 0) {
      last(last(messages)).setDescription(description.toString());
    }
    if (!footer.isEmpty()) {
      last(last(messages)).setFooter(footer);
    }
    reply.date().map(Moment::instant).ifPresent(last(last(messages))::setTimestamp);

    List<List<MessageEmbed>> built = new ArrayList<>();
    for (List<EmbedBuilder> message : messages) {
      List<MessageEmbed> embeds =
          message.stream().filter(e -> !e.isEmpty()).map(EmbedBuilder::build).toList();
      if (!embeds.isEmpty()) {
        built.add(embeds);
      }
    }
    if (built.isEmpty()) {
      built.add(
          List.of(new EmbedBuilder().setColor(color).setDescription("(nothing to show)").build()));
    }
    return built;
  }

  /** Buttons in a row at most: Discord's limit. */
  static final int BUTTONS_A_ROW = 5;

  /**
   * The reply's actions as rows of buttons, for the last of its messages: each button's id is the
   * action's own, which comes back on a click; empty when the reply offers none.
   */
  public List<ActionRow> components(Reply reply) {
    List<Button> buttons = new ArrayList<>();
    for (Action action : reply.actions()) {
      String label = ReplyText.shorten(action.label(), Button.LABEL_MAX_LENGTH);
      String id = action.call().id();
      buttons.add(
          action.call().answer() == Action.Answer.REPLACE
              ? Button.secondary(id, label)
              : Button.primary(id, label));
    }
    List<ActionRow> rows = new ArrayList<>();
    for (int from = 0; from < buttons.size(); from += BUTTONS_A_ROW) {
      rows.add(ActionRow.of(buttons.subList(from, Math.min(buttons.size(), from + BUTTONS_A_ROW))));
    }
    return rows;
  }

  /**
   * The description's pieces, each whole markdown and at most {@value #PIECE} raw characters
   * escaped.
   */
  private static List<String> blocks(Reply reply) {
    List<String> blocks = new ArrayList<>();
    for (Reply.Section section : reply.sections()) {
      List<String> items = new ArrayList<>();
      for (Reply.Block block : section.blocks()) {
        items.addAll(block.accept(BLOCKS));
      }
      if (items.isEmpty()) {
        continue;
      }
      if (section.heading().isPresent()) {
        items.set(
            0,
            "**"
                + escape(ReplyText.shorten(section.heading().get(), TITLE_TEXT))
                + "**\n"
                + items.get(0));
      }
      blocks.addAll(items);
    }
    return blocks;
  }

  /** Each block's pieces of the description. */
  private static final Reply.Visitor<List<String>> BLOCKS =
      new Reply.Visitor<>() {
        @Override
        public List<String> paragraph(Reply.Paragraph paragraph) {
          return pieces(paragraph.text(), "");
        }

        @Override
        public List<String> bullets(Reply.Bullets bullets) {
          return bullets.items().stream().flatMap(b -> pieces(b, "\u2022 ").stream()).toList();
        }

        @Override
        public List<String> quotes(Reply.Quotes quotes) {
          return quotes.quotes().stream().map(DiscordRenderer::quote).toList();
        }

        @Override
        public List<String> fields(Reply.Fields fields) {
          return fields.fields().isEmpty() ? List.of() : List.of(DiscordRenderer.fields(fields));
        }

        @Override
        public List<String> stories(Reply.Stories stories) {
          return stories.stories().stream().map(DiscordRenderer::story).toList();
        }

        @Override
        public List<String> links(Reply.Links links) {
          return links.links().isEmpty() ? List.of() : List.of(DiscordRenderer.links(links));
        }

        @Override
        public List<String> quoteCheck(Reply.QuoteCheck check) {
          return List.of(DiscordRenderer.quoteCheck(check));
        }
      };

  /** Exact words in quote marks; reported speech marked as such and never in quote marks. */
  private static String quote(Reply.QuoteLine quote) {
    String words = escape(ReplyText.shorten(quote.quote(), PIECE - 100));
    String line = quote.exactWords() ? "\u201C" + words + "\u201D" : "*(reported)* " + words;
    String who =
        quote.speaker().isEmpty()
            ? "*" + Reply.QuoteLine.UNNAMED + "*"
            : escape(ReplyText.shorten(quote.attribution(), 200));
    return line + "\n\u2014 " + who;
  }

  /**
   * The words on record against the words asked: left-out words in bold, words not on record
   * struck; in quote marks only when the record holds quoted words.
   */
  static String quoteCheck(Reply.QuoteCheck check) {
    String open = check.exactWords() ? "\u201C" : "";
    String close = check.exactWords() ? "\u201D" : "";
    String line =
        open
            + check.marked(
                DiscordRenderer::marker, DiscordRenderer::marker, DiscordRenderer::escape)
            + close;
    // A quote too long for one piece is shown plainly, shortened: marks cut in half would break the
    // markdown.
    if (line.length() > PIECE) {
      String plain =
          check.words().stream()
              .filter(w -> w.mark() != Reply.QuoteCheck.Mark.ADDED)
              .map(Reply.QuoteCheck.Word::text)
              .collect(java.util.stream.Collectors.joining(" "));
      return open + escape(ReplyText.shorten(plain, PIECE - 100)) + close;
    }
    return line;
  }

  private static String marker(Reply.QuoteCheck.Mark mark) {
    return switch (mark) {
      case SAME -> "";
      case MISSING -> "**";
      case ADDED -> "~~";
    };
  }

  private static String story(Reply.StoryLine story) {
    String title = escape(ReplyText.shorten(story.title(), TITLE_TEXT));
    StringBuilder line =
        new StringBuilder(
            isWebLink(story.url())
                ? "**[" + title + "](" + linkTarget(story.url()) + ")**"
                : "**" + title + "**");
    if (!story.outlet().isEmpty()) {
      line.append(" \u00B7 ").append(escape(ReplyText.shorten(story.outlet(), 80)));
    }
    story.date().ifPresent(date -> line.append(" \u00B7 ").append(time(date)));
    if (!story.lead().isEmpty()) {
      line.append('\n').append(escape(ReplyText.shorten(story.lead(), LEAD_TEXT)));
    }
    return line.toString();
  }

  /** Fields one a line, in their section's place: "**Next digest:** <t:…:f>". */
  private static String fields(Reply.Fields fields) {
    List<String> lines = new ArrayList<>();
    for (Reply.Field field : fields.fields()) {
      String value =
          field.shown(DiscordRenderer::time, text -> escape(ReplyText.shorten(text, FIELD_TEXT)));
      lines.add(
          "**"
              + escape(ReplyText.shorten(field.name(), TITLE_TEXT))
              + ":** "
              + (value.isEmpty() ? "\u2014" : value));
    }
    return String.join("\n", lines);
  }

  private static String links(Reply.Links links) {
    List<String> shown = new ArrayList<>();
    for (Reply.Link link : links.links()) {
      shown.add(
          isWebLink(link.url())
              ? "["
                  + escape(ReplyText.shorten(link.label(), 80))
                  + "]("
                  + linkTarget(link.url())
                  + ")"
              : escape(link.label()));
    }
    return String.join(" \u00B7 ", shown);
  }

  private static List<String> pieces(String text, String prefix) {
    return ReplyText.split(text, PIECE).stream().map(piece -> prefix + escape(piece)).toList();
  }

  /** A moment as Discord shows it, in each reader's own time zone: never less than it says. */
  static String time(Moment moment) {
    TimeFormat format =
        switch (moment.shown()) {
          case DATE -> TimeFormat.DATE_LONG;
          case DATE_TIME -> TimeFormat.DATE_TIME_SHORT;
          case TIME -> TimeFormat.TIME_SHORT;
        };
    return format.format(moment.instant());
  }

  /**
   * Text shown as it was written: markdown characters, masked-link brackets, heading and list marks
   * at a line's start and mention brackets are escaped; {@code @everyone} and {@code @here} get a
   * zero-width space, so they read the same and ping no one even if mentions were allowed.
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\*_~`|>[]<".indexOf(c) >= 0 || lineStart && (c == '#' || c == '-' || c == '+')) {
        escaped.append('\\');
      }
      escaped.append(c);
      if (c == '@' && (text.startsWith("everyone", i + 1) || text.startsWith("here", i + 1))) {
        escaped.append('\u200B');
      }
      lineStart = c == '\n' || lineStart && c == ' ';
    }
    return escaped.toString();
  }

  private static boolean isWebLink(String url) {
    return url.startsWith("https://") || url.startsWith("http://");
  }

  /** A link inside {@code (…)}: closing parentheses and spaces encoded so the markdown holds. */
  private static String linkTarget(String url) {
    return url.replace(")", "%29").replace(" ", "%20");
  }

  private static <T> T last(List<T> items) {
    return items.get(items.size() - 1);
  }
}
