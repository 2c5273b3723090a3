package org.briefbot.app.console;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;

/** Renders a {@link Reply} as readable terminal text, wrapped to a fixed width. */
public final class ConsoleRenderer {
  private final int width;

  public ConsoleRenderer(int width) {
    this.width = width;
  }

  public String render(Reply reply) {
    StringBuilder out = new StringBuilder();
    if (reply.isError()) {
      for (Reply.Section section : reply.sections()) {
        section.text().ifPresent(text -> wrap(out, "! ", "  ", text));
      }
      return out.toString();
    }
    reply
        .mentionRole()
        .ifPresent(
            role ->
                out.append('@')
                    .append(role.equals(Reply.MENTION_HERE) ? "here" : role)
                    .append('\n'));
    reply
        .title()
        .ifPresent(
            title -> {
              out.append(title).append('\n');
              out.append("=".repeat(Math.min(width, title.length()))).append('\n');
            });
    reply.link().ifPresent(link -> out.append(link).append('\n'));
    for (Reply.Section section : reply.sections()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      section.heading().ifPresent(heading -> out.append(heading).append('\n'));
      for (Reply.Block block : section.blocks()) {
        out.append(block.accept(blocks));
      }
    }
    String closing =
        String.join(
            " · ",
            java.util.stream.Stream.of(reply.footer(), reply.date().map(Moment::plain))
                .flatMap(java.util.Optional::stream)
                .toList());
    if (!closing.isEmpty()) {
      out.append('\n');
      wrap(out, "", "", closing);
    }
    // A terminal has no buttons: each action is shown as the command that does the same.
    if (!reply.actions().isEmpty()) {
      out.append('\n');
      for (org.briefbot.core.chat.Action action : reply.actions()) {
        wrap(out, "  \u25B8 ", "    ", action.label() + ": " + action.call().typed());
      }
    }
    return out.toString();
  }

  /** Each kind of block as lines of text. */
  private final Reply.Visitor<String> blocks =
      new Reply.Visitor<>() {
        @Override
        public String paragraph(Reply.Paragraph paragraph) {
          return wrapped("", "", paragraph.text());
        }

        @Override
        public String bullets(Reply.Bullets bullets) {
          StringBuilder out = new StringBuilder();
          bullets.items().forEach(bullet -> wrap(out, "  \u2022 ", "    ", bullet));
          return out.toString();
        }

        @Override
        public String quotes(Reply.Quotes quotes) {
          StringBuilder out = new StringBuilder();
          for (Reply.QuoteLine quote : quotes.quotes()) {
            if (quote.exactWords()) {
              wrap(out, "  \u201C", "   ", quote.quote() + "\u201D");
            } else {
              wrap(out, "  (reported) ", "   ", quote.quote());
            }
            wrap(out, "     \u2014 ", "       ", quote.attribution());
          }
          return out.toString();
        }

        @Override
        public String fields(Reply.Fields fields) {
          StringBuilder out = new StringBuilder();
          for (Reply.Field field : fields.fields()) {
            wrap(out, "  " + field.name() + ": ", "    ", field.shown(Moment::plain, t -> t));
          }
          return out.toString();
        }

        @Override
        public String stories(Reply.Stories stories) {
          StringBuilder out = new StringBuilder();
          for (Reply.StoryLine story : stories.stories()) {
            String when = story.date().map(Moment::plain).map(day -> ", " + day).orElse("");
            wrap(
                out,
                "  \u2022 ",
                "    ",
                story.title()
                    + " ("
                    + story.outlet()
                    + when
                    + ")."
                    + (story.lead().isEmpty() ? "" : " " + story.lead()));
            if (!story.url().isEmpty()) {
              out.append("    ").append(story.url()).append('\n');
            }
          }
          return out.toString();
        }

        @Override
        public String links(Reply.Links links) {
          StringBuilder out = new StringBuilder();
          for (Reply.Link link : links.links()) {
            // A story given as text has no web address to show (briefbot:sample/…): its name is
            // enough.
            if (link.url().startsWith("http://") || link.url().startsWith("https://")) {
              wrap(out, "  " + link.label() + ": ", "    ", link.url());
            } else {
              wrap(out, "  ", "    ", link.label());
            }
          }
          return out.toString();
        }

        @Override
        public String quoteCheck(Reply.QuoteCheck check) {
          StringBuilder out = new StringBuilder();
          ConsoleRenderer.this.quoteCheck(out, check);
          return out.toString();
        }
      };

  private String wrapped(String first, String rest, String text) {
    StringBuilder out = new StringBuilder();
    wrap(out, first, rest, text);
    return out.toString();
  }

  /**
   * The words on record with the differences marked as a word diff does: {@code {+…+}} on record
   * but left out of what was asked, {@code [-…-]} asked but not on record. Reported speech goes
   * without quote marks.
   */
  private void quoteCheck(StringBuilder out, Reply.QuoteCheck check) {
    String words = check.marked(ConsoleRenderer::opening, ConsoleRenderer::closing, word -> word);
    if (check.exactWords()) {
      wrap(out, "  On record: \u201C", "   ", words + "\u201D");
    } else {
      wrap(out, "  On record (reported): ", "   ", words.toString());
    }
    if (!check.exact()) {
      out.append("  ({+ +} on record but left out, [- -] not on record)\n");
    }
  }

  private static String opening(Reply.QuoteCheck.Mark mark) {
    return switch (mark) {
      case SAME -> "";
      case MISSING -> "{+";
      case ADDED -> "[-";
    };
  }

  private static String closing(Reply.QuoteCheck.Mark mark) {
    return switch (mark) {
      case SAME -> "";
      case MISSING -> "+}";
      case ADDED -> "-]";
    };
  }

  /** Word-wraps {@code text}, the first line after {@code first}, the rest after {@code rest}. */
  private void wrap(StringBuilder out, String first, String rest, String text) {
    for (String paragraph : text.split("\n", -1)) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder(first);
      int indent = first.length();
      boolean lineHasWord = false;
      for (String word : paragraph.split(" +")) {
        if (lineHasWord && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line = new StringBuilder(rest);
          indent = rest.length();
          lineHasWord = false;
        }
        if (lineHasWord) {
          line.append(' ');
        }
        line.append(word);
        lineHasWord = line.length() > indent;
      }
      lines.add(line.toString());
      for (String wrapped : lines) {
        out.append(wrapped.stripTrailing()).append('\n');
      }
      first = rest;
    }
  }
}
