package org.briefbot.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Reply.Block;
import org.briefbot.core.chat.Reply.Bullets;
import org.briefbot.core.chat.Reply.Paragraph;
import org.briefbot.core.chat.Reply.QuoteLine;
import org.briefbot.core.chat.Reply.Quotes;
import org.briefbot.core.chat.Reply.Section;

/**
 * An answer cut to the most a platform shows in one answer ({@link Platform#answerCharacters()}):
 * its sections and blocks kept in order while they fit, the one that does not fit shortened at a
 * word with an ellipsis (a paragraph, bullets, quotes) or left out (a list of stories, fields,
 * links, a quote check: those are paged or short by themselves), and the rest left out. Decided
 * here for every platform, so a pasted 100,000 characters gets the same few thousand back on
 * Discord and Slack; adapters only keep each piece within their platform's own field limits.
 */
public final class ReplyFit {
  /** A cut shorter than this is not worth showing: the block is left out instead. */
  private static final int SHORTEST_PIECE = 40;

  private ReplyFit() {}

  /** The reply, or a shorter one that holds at most {@code characters} of text. */
  public static Reply within(Reply reply, int characters) {
    if (size(reply) <= characters) {
      return reply;
    }
    int left =
        characters
            - reply.title().map(String::length).orElse(0)
            - reply.footer().map(String::length).orElse(0);
    List<Section> kept = new ArrayList<>();
    for (Section section : reply.sections()) {
      int heading = section.heading().map(String::length).orElse(0);
      if (left - heading < SHORTEST_PIECE) {
        break;
      }
      left -= heading;
      List<Block> blocks = new ArrayList<>();
      boolean cut = false;
      for (Block block : section.blocks()) {
        int size = size(block);
        if (size <= left) {
          blocks.add(block);
          left -= size;
          continue;
        }
        shortened(block, left).ifPresent(blocks::add);
        cut = true;
        break;
      }
      if (!blocks.isEmpty()) {
        kept.add(new Section(section.heading(), blocks));
      }
      if (cut) {
        break;
      }
    }
    return new Reply(
        reply.kind(),
        reply.visibility(),
        reply.title(),
        reply.link(),
        kept,
        reply.footer(),
        reply.date(),
        reply.mentionRole(),
        reply.actions());
  }

  /** The characters of text a reply shows: title, footer, headings and blocks. */
  static int size(Reply reply) {
    int size =
        reply.title().map(String::length).orElse(0) + reply.footer().map(String::length).orElse(0);
    for (Section section : reply.sections()) {
      size += section.heading().map(String::length).orElse(0);
      for (Block block : section.blocks()) {
        size += size(block);
      }
    }
    return size;
  }

  private static int size(Block block) {
    return block.accept(
        new Reply.Visitor<Integer>() {
          @Override
          public Integer paragraph(Paragraph paragraph) {
            return paragraph.text().length();
          }

          @Override
          public Integer bullets(Bullets bullets) {
            return bullets.items().stream().mapToInt(String::length).sum();
          }

          @Override
          public Integer quotes(Quotes quotes) {
            return quotes.quotes().stream().mapToInt(ReplyFit::size).sum();
          }

          @Override
          public Integer fields(Reply.Fields fields) {
            return fields.fields().stream()
                .mapToInt(f -> f.name().length() + f.text().length() + 24)
                .sum();
          }

          @Override
          public Integer stories(Reply.Stories stories) {
            return stories.stories().stream()
                .mapToInt(
                    s ->
                        s.title().length()
                            + s.url().length()
                            + s.outlet().length()
                            + s.lead().length()
                            + 16)
                .sum();
          }

          @Override
          public Integer links(Reply.Links links) {
            return links.links().stream()
                .mapToInt(l -> l.label().length() + l.url().length())
                .sum();
          }

          @Override
          public Integer quoteCheck(Reply.QuoteCheck check) {
            return check.words().stream().mapToInt(w -> w.text().length() + 1).sum();
          }
        });
  }

  private static int size(QuoteLine quote) {
    return quote.quote().length() + quote.attribution().length();
  }

  /** The block cut to {@code room}, or none when it cannot be cut or too little is left. */
  private static Optional<Block> shortened(Block block, int room) {
    if (room < SHORTEST_PIECE) {
      return Optional.empty();
    }
    if (block instanceof Paragraph paragraph) {
      return Optional.of(new Paragraph(ReplyText.shorten(paragraph.text(), room)));
    }
    if (block instanceof Bullets bullets) {
      List<String> items = new ArrayList<>();
      int left = room;
      for (String item : bullets.items()) {
        if (item.length() <= left) {
          items.add(item);
          left -= item.length();
        } else {
          if (left >= SHORTEST_PIECE) {
            items.add(ReplyText.shorten(item, left));
          }
          break;
        }
      }
      return items.isEmpty() ? Optional.empty() : Optional.of(new Bullets(items));
    }
    if (block instanceof Quotes quotes) {
      List<QuoteLine> lines = new ArrayList<>();
      int left = room;
      for (QuoteLine quote : quotes.quotes()) {
        if (size(quote) <= left) {
          lines.add(quote);
          left -= size(quote);
        } else {
          int words = left - quote.attribution().length();
          if (words >= SHORTEST_PIECE) {
            lines.add(
                new QuoteLine(
                    ReplyText.shorten(quote.quote(), words),
                    quote.speaker(),
                    quote.role(),
                    quote.exactWords()));
          }
          break;
        }
      }
      return lines.isEmpty() ? Optional.empty() : Optional.of(new Quotes(lines));
    }
    return Optional.empty();
  }
}
