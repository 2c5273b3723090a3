package org.briefbot.app.console;

import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.command.Reply;

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
    reply.mentionRole().ifPresent(role -> out.append('@').append(role).append('\n'));
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
      section.text().ifPresent(text -> wrap(out, "", "", text));
      section.quoteCheck().ifPresent(check -> quoteCheck(out, check));
      for (String bullet : section.bullets()) {
        wrap(out, "  • ", "    ", bullet);
      }
      for (Reply.StoryLine story : section.stories()) {
        String when = story.date().map(Reply.PLAIN_DATE::format).map(day -> ", " + day).orElse("");
        wrap(
            out,
            "  • ",
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
      for (Reply.QuoteLine quote : section.quotes()) {
        if (quote.exactWords()) {
          wrap(out, "  “", "   ", quote.quote() + "”");
        } else {
          wrap(out, "  (reported) ", "   ", quote.quote());
        }
        if (!quote.speaker().isEmpty()) {
          wrap(out, "     — ", "       ", quote.attribution());
        } else {
          out.append("     — speaker not named in the story\n");
        }
      }
      for (Reply.Field field : section.fields()) {
        wrap(out, "  " + field.name() + ": ", "    ", field.value());
      }
      for (Reply.Link link : section.links()) {
        // A story given as text has no web address to show (briefbot:sample/…): its name is enough.
        if (link.url().startsWith("http://") || link.url().startsWith("https://")) {
          wrap(out, "  " + link.label() + ": ", "    ", link.url());
        } else {
          wrap(out, "  ", "    ", link.label());
        }
      }
    }
    String closing =
        String.join(
            " · ",
            java.util.stream.Stream.of(reply.footer(), reply.date().map(Reply.PLAIN_DATE::format))
                .flatMap(java.util.Optional::stream)
                .toList());
    if (!closing.isEmpty()) {
      out.append('\n');
      wrap(out, "", "", closing);
    }
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
