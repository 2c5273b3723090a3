package org.briefbot.core.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A platform-neutral rich message. Each adapter renders it within its platform's limits (Discord
 * embeds, Slack blocks, terminal text); the core never knows which. What a platform shows natively
 * reaches the adapter as data, not as text: times as {@link Moment}s (Discord {@code <t:…>}, Slack
 * {@code <!date^…>}, the console in the moment's zone), links beside their labels, quotes with
 * speaker and role.
 *
 * @param kind an answer, or an error the asker should read
 * @param visibility whether the channel sees it or only the asker
 * @param title the headline, if any
 * @param link where the title points, if anywhere
 * @param sections the body, in order
 * @param footer a small closing line (outlet, author, sources), if any
 * @param date the time the reply is about (a story's publication), shown beside the footer
 * @param mentionRole a role of the server to notify with the message (a digest's subscribers): the
 *     platform's role id (Discord {@code <@&id>}, Slack user group {@code <!subteam^id>}), or the
 *     name a person typed where no id was given, or {@link #MENTION_HERE} for everyone in the
 *     channel who is online (Discord and Slack {@code @here}); rendered above the message
 * @param actions what a person can do with the answer in one click (see {@link Action}), in order:
 *     only those whose id fits every platform, each once, at most {@value #MAX_ACTIONS}
 */
public record Reply(
    Kind kind,
    Visibility visibility,
    Optional<String> title,
    Optional<String> link,
    List<Section> sections,
    Optional<String> footer,
    Optional<Moment> date,
    Optional<String> mentionRole,
    List<Action> actions) {

  /**
   * The {@link #mentionRole} that notifies everyone in the channel who is online: no role's name
   * (those hold no "!"), so that a role called "here" is still that role.
   */
  public static final String MENTION_HERE = "!here";

  /** The most actions one answer offers: Discord's five rows of five buttons. */
  public static final int MAX_ACTIONS = 25;

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
    Set<String> ids = new HashSet<>();
    actions =
        actions.stream()
            .filter(Action::fits)
            .filter(a -> ids.add(a.call().id()))
            .limit(MAX_ACTIONS)
            .toList();
  }

  /** A reply that mentions a role and offers nothing to click. */
  public Reply(
      Kind kind,
      Visibility visibility,
      Optional<String> title,
      Optional<String> link,
      List<Section> sections,
      Optional<String> footer,
      Optional<Moment> date,
      Optional<String> mentionRole) {
    this(kind, visibility, title, link, sections, footer, date, mentionRole, List.of());
  }

  /** The same reply offering these actions instead. */
  public Reply withActions(List<Action> offered) {
    return new Reply(kind, visibility, title, link, sections, footer, date, mentionRole, offered);
  }

  /** The same reply for the asker alone. */
  public Reply forAskerOnly() {
    return new Reply(
        kind, Visibility.ASKER_ONLY, title, link, sections, footer, date, mentionRole, actions);
  }

  /** A reply that mentions no one. */
  public Reply(
      Kind kind,
      Visibility visibility,
      Optional<String> title,
      Optional<String> link,
      List<Section> sections,
      Optional<String> footer,
      Optional<Moment> date) {
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

  public static ReplyBuilder builder() {
    return new ReplyBuilder();
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
   * A part of a reply: an optional heading over blocks that belong together (a digest item's
   * sentences, its quote and its sources), shown in their order on every platform.
   *
   * @param heading its small heading, if any
   * @param blocks what it holds, in order
   */
  public record Section(Optional<String> heading, List<Block> blocks) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
    }

    /** A section of these blocks under an optional heading. */
    public static Section of(String heading, Block... blocks) {
      return new Section(Optional.ofNullable(heading), List.of(blocks));
    }

    /** A statement (the quote and the story it stands in), as a timeline of statements shows it. */
    public static Section statement(QuoteLine quote, StoryLine story) {
      return of(null, new Quotes(List.of(quote)), new Stories(List.of(story)));
    }

    /** Asked words checked against the words on record, under a heading. */
    public static Section quoteCheck(String heading, QuoteCheck check) {
      return of(heading, check);
    }

    public static Section text(String text) {
      return paragraph(null, text);
    }

    public static Section paragraph(String heading, String text) {
      return of(heading, new Paragraph(text));
    }

    public static Section bullets(String heading, List<String> bullets) {
      return of(heading, new Bullets(bullets));
    }

    public static Section quotes(String heading, List<QuoteLine> quotes) {
      return of(heading, new Quotes(quotes));
    }

    public static Section fields(List<Field> fields) {
      return fields(null, fields);
    }

    public static Section fields(String heading, List<Field> fields) {
      return of(heading, new Fields(fields));
    }

    public static Section stories(String heading, List<StoryLine> stories) {
      return of(heading, new Stories(stories));
    }

    public static Section links(String heading, List<Link> links) {
      return of(heading, new Links(links));
    }

    /** The first paragraph's text, if any. */
    public Optional<String> text() {
      return blocksOf(Paragraph.class).stream().map(Paragraph::text).findFirst();
    }

    public List<String> bullets() {
      return blocksOf(Bullets.class).stream().flatMap(b -> b.items().stream()).toList();
    }

    public List<QuoteLine> quotes() {
      return blocksOf(Quotes.class).stream().flatMap(b -> b.quotes().stream()).toList();
    }

    public List<Field> fields() {
      return blocksOf(Fields.class).stream().flatMap(b -> b.fields().stream()).toList();
    }

    public List<StoryLine> stories() {
      return blocksOf(Stories.class).stream().flatMap(b -> b.stories().stream()).toList();
    }

    public List<Link> links() {
      return blocksOf(Links.class).stream().flatMap(b -> b.links().stream()).toList();
    }

    public Optional<QuoteCheck> quoteCheck() {
      return blocksOf(QuoteCheck.class).stream().findFirst();
    }

    private <T extends Block> List<T> blocksOf(Class<T> kind) {
      return blocks.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
  }

  /**
   * What a section holds: each kind is rendered in its platform's own way. Renderers take every
   * kind through {@link Visitor}, so a new kind cannot be forgotten by one of them.
   */
  public sealed interface Block
      permits Paragraph, Bullets, Quotes, Fields, Stories, Links, QuoteCheck {
    <T> T accept(Visitor<T> visitor);
  }

  /** One method a kind of block: what a renderer makes of it. */
  public interface Visitor<T> {
    T paragraph(Paragraph paragraph);

    T bullets(Bullets bullets);

    T quotes(Quotes quotes);

    T fields(Fields fields);

    T stories(Stories stories);

    T links(Links links);

    T quoteCheck(QuoteCheck check);
  }

  /** A paragraph of text. */
  public record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.paragraph(this);
    }
  }

  /** Sentences shown as a list. */
  public record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.bullets(this);
    }
  }

  /** Quotations with who said them. */
  public record Quotes(List<QuoteLine> quotes) implements Block {
    public Quotes {
      quotes = List.copyOf(quotes);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.quotes(this);
    }
  }

  /** Short name/value pairs ("Sources": "Reuters, AP"). */
  public record Fields(List<Field> fields) implements Block {
    public Fields {
      fields = List.copyOf(fields);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.fields(this);
    }
  }

  /** Stories shown one a line: linked title, outlet, date, first sentence. */
  public record Stories(List<StoryLine> stories) implements Block {
    public Stories {
      stories = List.copyOf(stories);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.stories(this);
    }
  }

  /** Labelled links ("Reuters", "AP"), shown in a row. */
  public record Links(List<Link> links) implements Block {
    public Links {
      links = List.copyOf(links);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.links(this);
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

    /** What every platform says of a quote whose story does not name who said it. */
    public static final String UNNAMED = "speaker not named in the story";

    /** "Antony Blinken, U.S. Secretary of State", or {@link #UNNAMED}. */
    public String attribution() {
      return speaker.isEmpty() ? UNNAMED : speaker + (role.isEmpty() ? "" : ", " + role);
    }
  }

  /**
   * A short labelled value, or a time with what happened then ("Last delivered": Mon 7 Dec 07:00
   * (UTC): 5 items).
   *
   * @param name the label
   * @param text the value as plain text; with a time, what follows it ("" for nothing)
   * @param time the time the value is or begins with, typed so each platform writes it its own way
   */
  public record Field(String name, String text, Optional<Moment> time) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(time, "time");
    }

    public Field(String name, String text) {
      this(name, text, Optional.empty());
    }

    /** A time and, unless {@code detail} is empty, what it was ("5 items", a failure's reason). */
    public static Field timed(String name, Moment time, String detail) {
      return new Field(name, detail, Optional.of(time));
    }

    /** A story's day. */
    public static Field date(String name, java.time.Instant day) {
      return timed(name, Moment.day(day), "");
    }

    /**
     * The value as a platform shows it: its time written by {@code writeTime}, then ": " and the
     * text (made safe by {@code escape}); or the text alone.
     */
    public String shown(Function<Moment, String> writeTime, UnaryOperator<String> escape) {
      if (time.isEmpty()) {
        return escape.apply(text);
      }
      String when = writeTime.apply(time.get());
      return text.isEmpty() ? when : when + ": " + escape.apply(text);
    }
  }

  /**
   * A story in a list of stories.
   *
   * @param title its headline
   * @param url its link, "" when it has none
   * @param outlet the site's name
   * @param date its publication day, when known
   * @param lead its first summary sentence, "" when none
   */
  public record StoryLine(
      String title, String url, String outlet, Optional<Moment> date, String lead) {
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
      boolean endsMidQuote)
      implements Block {
    public QuoteCheck {
      words = List.copyOf(words);
    }

    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.quoteCheck(this);
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
        Function<Mark, String> opening,
        Function<Mark, String> closing,
        UnaryOperator<String> escape) {
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
}
