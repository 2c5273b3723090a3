package org.briefbot.core.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform-neutral rich message. Each adapter renders it within its platform's limits (Discord
 * embeds, Slack blocks, terminal text); the core never knows which. What a platform shows natively
 * reaches the adapter as data, not as text: dates as instants (Discord {@code <t:…>}, Slack {@code
 * <!date^…>}), links beside their labels, quotes with speaker and role.
 *
 * @param kind an answer, or an error the asker should read
 * @param visibility whether the channel sees it or only the asker
 * @param title the headline, if any
 * @param link where the title points, if anywhere
 * @param sections the body, in order
 * @param footer a small closing line (outlet, author, sources), if any
 * @param date the date the reply is about (a story's publication), shown beside the footer
 * @param mentionRole a role of the server to notify with the message (a digest's subscribers): the
 *     platform's role id (Discord {@code <@&id>}, Slack user group {@code <!subteam^id>}), or the
 *     name a person typed where no id was given; rendered above the message
 */
public record Reply(
    Kind kind,
    Visibility visibility,
    Optional<String> title,
    Optional<String> link,
    List<Section> sections,
    Optional<String> footer,
    Optional<Instant> date,
    Optional<String> mentionRole) {

  /** How a date reads where a platform cannot render it itself (the console, notification text). */
  public static final DateTimeFormatter PLAIN_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public enum Kind {
    ANSWER,
    ERROR
  }

  public enum Visibility {
    /** Everyone in the channel sees it. */
    CHANNEL,
    /**
     * Only the person who asked sees it (Discord ephemeral, Slack ephemeral; the console shows it).
     */
    ASKER_ONLY
  }

  public Reply {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    sections = List.copyOf(sections);
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(mentionRole, "mentionRole");
  }

  /** A reply that mentions no one. */
  public Reply(
      Kind kind,
      Visibility visibility,
      Optional<String> title,
      Optional<String> link,
      List<Section> sections,
      Optional<String> footer,
      Optional<Instant> date) {
    this(kind, visibility, title, link, sections, footer, date, Optional.empty());
  }

  /** An error for the asker only: one plain sentence they can act on. */
  public static Reply error(String message) {
    return new Reply(
        Kind.ERROR,
        Visibility.ASKER_ONLY,
        Optional.empty(),
        Optional.empty(),
        List.of(Section.text(message)),
        Optional.empty(),
        Optional.empty());
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isError() {
    return kind == Kind.ERROR;
  }

  /** The text of an error (or of a one-paragraph answer), for logs of refusals and for tests. */
  public String plainText() {
    StringBuilder text = new StringBuilder();
    for (Section section : sections) {
      section.text().ifPresent(t -> text.append(text.length() == 0 ? "" : "\n").append(t));
    }
    return text.toString();
  }

  /**
   * A part of a reply.
   *
   * @param heading its small heading, if any
   * @param text a paragraph, if any
   * @param bullets sentences shown as a list
   * @param quotes quotations with who said them
   * @param fields short name/value pairs ("Sources": "Reuters, AP")
   * @param stories stories shown one a line: linked title, outlet, date, first sentence
   * @param links labelled links ("Reuters", "AP"), shown in a row
   * @param quoteCheck asked words compared with the words on record, shown after the text
   */
  public record Section(
      Optional<String> heading,
      Optional<String> text,
      List<String> bullets,
      List<QuoteLine> quotes,
      List<Field> fields,
      List<StoryLine> stories,
      List<Link> links,
      Optional<QuoteCheck> quoteCheck) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(text, "text");
      bullets = List.copyOf(bullets);
      quotes = List.copyOf(quotes);
      fields = List.copyOf(fields);
      stories = List.copyOf(stories);
      links = List.copyOf(links);
      Objects.requireNonNull(quoteCheck, "quoteCheck");
    }

    /** A section without a quote check. */
    public Section(
        Optional<String> heading,
        Optional<String> text,
        List<String> bullets,
        List<QuoteLine> quotes,
        List<Field> fields,
        List<StoryLine> stories,
        List<Link> links) {
      this(heading, text, bullets, quotes, fields, stories, links, Optional.empty());
    }

    /** A statement (the quote and the story it stands in), as a timeline of statements shows it. */
    public static Section statement(QuoteLine quote, StoryLine story) {
      return new Section(
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(quote),
          List.of(),
          List.of(story),
          List.of());
    }

    /** Asked words checked against the words on record, under a heading. */
    public static Section quoteCheck(String heading, QuoteCheck check) {
      return new Section(
          Optional.ofNullable(heading),
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Optional.of(check));
    }

    public static Section text(String text) {
      return paragraph(null, text);
    }

    public static Section paragraph(String heading, String text) {
      return new Section(
          Optional.ofNullable(heading),
          Optional.of(text),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }

    public static Section bullets(String heading, List<String> bullets) {
      return new Section(
          Optional.ofNullable(heading),
          Optional.empty(),
          bullets,
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }

    public static Section quotes(String heading, List<QuoteLine> quotes) {
      return new Section(
          Optional.ofNullable(heading),
          Optional.empty(),
          List.of(),
          quotes,
          List.of(),
          List.of(),
          List.of());
    }

    public static Section fields(List<Field> fields) {
      return new Section(
          Optional.empty(), Optional.empty(), List.of(), List.of(), fields, List.of(), List.of());
    }

    public static Section stories(String heading, List<StoryLine> stories) {
      return new Section(
          Optional.ofNullable(heading),
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          stories,
          List.of());
    }

    public static Section links(String heading, List<Link> links) {
      return new Section(
          Optional.ofNullable(heading),
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          links);
    }
  }

  /**
   * A statement as a reply shows it. Exact words are shown in quote marks; reported speech ({@code
   * said that …}) never is, so no one copies a paraphrase as a quotation.
   *
   * @param quote the words: the exact quoted words, or the reported clause
   * @param speaker who said them, "" when the story does not say
   * @param role the speaker's role ("U.S. Secretary of State"), "" when unknown
   * @param exactWords true for quoted words, false for reported speech
   */
  public record QuoteLine(String quote, String speaker, String role, boolean exactWords) {
    public QuoteLine {
      Objects.requireNonNull(quote, "quote");
      speaker = speaker == null ? "" : speaker;
      role = role == null ? "" : role;
    }

    /** Quoted words. */
    public QuoteLine(String quote, String speaker, String role) {
      this(quote, speaker, role, true);
    }

    /** "Antony Blinken, U.S. Secretary of State", or "" when the story names no one. */
    public String attribution() {
      return speaker.isEmpty() ? "" : speaker + (role.isEmpty() ? "" : ", " + role);
    }
  }

  /**
   * A short labelled value; a date travels as an instant beside its plain rendering.
   *
   * @param name the label
   * @param value the value as plain text
   * @param date the instant the value stands for, when it is a date
   */
  public record Field(String name, String value, Optional<Instant> date) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(date, "date");
    }

    public Field(String name, String value) {
      this(name, value, Optional.empty());
    }

    public static Field date(String name, Instant date) {
      return new Field(name, PLAIN_DATE.format(date), Optional.of(date));
    }
  }

  /**
   * A story in a list of stories.
   *
   * @param title its headline
   * @param url its link, "" when it has none
   * @param outlet the site's name
   * @param date its publication date, when known
   * @param lead its first summary sentence, "" when none
   */
  public record StoryLine(
      String title, String url, String outlet, Optional<Instant> date, String lead) {
    public StoryLine {
      Objects.requireNonNull(title, "title");
      url = url == null ? "" : url;
      outlet = outlet == null ? "" : outlet;
      Objects.requireNonNull(date, "date");
      lead = lead == null ? "" : lead;
    }
  }

  /**
   * Words someone asked about ("who said …?") set against the words on record, word by word.
   *
   * <p>{@link #words} are the record's words over the stretch the asked words cover, in order, with
   * the asked words that are not on record put where they were asked:
   *
   * <ul>
   *   <li>{@link Mark#SAME}: on record and asked — shown plainly;
   *   <li>{@link Mark#MISSING}: on record but left out of what was asked — Discord and Slack show
   *       them in bold ({@code **of the Jewish people**}, Slack {@code *…*}), the console as {@code
   *       {+of the Jewish people+}};
   *   <li>{@link Mark#ADDED}: asked but not on record — Discord shows them struck ({@code
   *       ~~always~~}), Slack {@code ~always~}, the console {@code [-always-]}.
   * </ul>
   *
   * A changed word is its MISSING word next to its ADDED one. Consecutive words of the same mark
   * are best rendered as one run ({@code **of the Jewish people**}, not four bold words). The texts
   * keep the record's punctuation; join them with single spaces.
   *
   * @param exact whether the asked words are the words on record (case and punctuation aside):
   *     every word {@code SAME}
   * @param exactWords true when the record holds quoted words; false when it holds reported speech
   *     ({@code said that …}), which is never shown in quote marks
   * @param words the compared words with their marks
   * @param startsMidQuote whether the record's quote goes on before the first word (render "…")
   * @param endsMidQuote whether it goes on after the last word (render "…")
   */
  public record QuoteCheck(
      boolean exact,
      boolean exactWords,
      List<Word> words,
      boolean startsMidQuote,
      boolean endsMidQuote) {
    public QuoteCheck {
      words = List.copyOf(words);
    }

    /** How a word of the record compares with what was asked. */
    public enum Mark {
      SAME,
      MISSING,
      ADDED
    }

    /** One word (with its punctuation) and its mark. */
    public record Word(String text, Mark mark) {
      public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mark, "mark");
      }
    }

    /**
     * The words joined by single spaces, each run of {@code MISSING} or {@code ADDED} words set
     * between the marks a platform uses for it ({@code **…**}, {@code ~…~}), with "…" where the
     * record's quote goes on before or after; no quote marks, which depend on {@link #exactWords}.
     *
     * @param opening the mark before a run of words of that kind ("" for {@code SAME})
     * @param closing the mark after such a run
     * @param escape what makes a word's text safe on the platform
     */
    public String marked(
        java.util.function.Function<Mark, String> opening,
        java.util.function.Function<Mark, String> closing,
        java.util.function.UnaryOperator<String> escape) {
      StringBuilder line = new StringBuilder(startsMidQuote ? "\u2026 " : "");
      Mark open = Mark.SAME;
      boolean first = true;
      for (Word word : words) {
        if (word.mark() != open) {
          line.append(closing.apply(open))
              .append(first ? "" : " ")
              .append(opening.apply(word.mark()));
          open = word.mark();
        } else if (!first) {
          line.append(' ');
        }
        line.append(escape.apply(word.text()));
        first = false;
      }
      line.append(closing.apply(open));
      return line.append(endsMidQuote ? " \u2026" : "").toString();
    }

    /**
     * The words with the given mark, runs joined by spaces and runs apart by " … " ("of the Jewish
     * people").
     */
    public List<String> runs(Mark mark) {
      List<String> runs = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      for (Word word : words) {
        if (word.mark() == mark) {
          run.append(run.length() == 0 ? "" : " ").append(word.text());
        } else if (run.length() > 0) {
          runs.add(run.toString());
          run.setLength(0);
        }
      }
      if (run.length() > 0) {
        runs.add(run.toString());
      }
      return runs;
    }
  }

  /** A link with its label. */
  public record Link(String label, String url) {
    public Link {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(url, "url");
    }
  }

  /** Builds an answer; the visibility defaults to the channel. */
  public static final class Builder {
    private Visibility visibility = Visibility.CHANNEL;
    private String title;
    private String link;
    private final List<Section> sections = new ArrayList<>();
    private String footer;
    private Instant date;
    private String mentionRole;

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder link(String link) {
      this.link = link;
      return this;
    }

    public Builder askerOnly() {
      this.visibility = Visibility.ASKER_ONLY;
      return this;
    }

    public Builder visibility(Visibility visibility) {
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      return this;
    }

    public Builder section(Section section) {
      sections.add(section);
      return this;
    }

    public Builder text(String text) {
      return section(Section.text(text));
    }

    public Builder footer(String footer) {
      this.footer = footer;
      return this;
    }

    public Builder date(Instant date) {
      this.date = date;
      return this;
    }

    /** Notifies a role with the message (see {@link Reply#mentionRole()}). */
    public Builder mentionRole(String mentionRole) {
      this.mentionRole = mentionRole;
      return this;
    }

    public Reply build() {
      return new Reply(
          Kind.ANSWER,
          visibility,
          Optional.ofNullable(title),
          Optional.ofNullable(link),
          sections,
          Optional.ofNullable(footer),
          Optional.ofNullable(date),
          Optional.ofNullable(mentionRole));
    }
  }
}
