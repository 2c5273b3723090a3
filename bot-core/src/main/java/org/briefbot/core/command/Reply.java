package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform-neutral rich message. Each adapter renders it within its platform's limits
 * (Discord embeds, Slack blocks, terminal text); the core never knows which.
 *
 * @param kind an answer, or an error the asker should read
 * @param visibility whether the channel sees it or only the asker
 * @param title the headline, if any
 * @param link where the title points, if anywhere
 * @param sections the body, in order
 * @param footer a small closing line (sources, date), if any
 */
public record Reply(
    Kind kind,
    Visibility visibility,
    Optional<String> title,
    Optional<String> link,
    List<Section> sections,
    Optional<String> footer) {

  public enum Kind { ANSWER, ERROR }

  public enum Visibility {
    /** Everyone in the channel sees it. */
    CHANNEL,
    /** Only the person who asked sees it (Discord ephemeral, Slack ephemeral; the console shows it). */
    ASKER_ONLY
  }

  public Reply {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    sections = List.copyOf(sections);
    Objects.requireNonNull(footer, "footer");
  }

  /** An error for the asker only: one plain sentence they can act on. */
  public static Reply error(String message) {
    return new Reply(Kind.ERROR, Visibility.ASKER_ONLY, Optional.empty(), Optional.empty(),
        List.of(Section.text(message)), Optional.empty());
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean isError() {
    return kind == Kind.ERROR;
  }

  /**
   * A part of a reply.
   *
   * @param heading its small heading, if any
   * @param text a paragraph, if any
   * @param bullets sentences shown as a list
   * @param quotes quotations with who said them
   * @param fields short name/value pairs ("Sources": "Reuters, AP")
   */
  public record Section(Optional<String> heading, Optional<String> text, List<String> bullets, List<QuoteLine> quotes,
      List<Field> fields) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(text, "text");
      bullets = List.copyOf(bullets);
      quotes = List.copyOf(quotes);
      fields = List.copyOf(fields);
    }

    public static Section text(String text) {
      return new Section(Optional.empty(), Optional.of(text), List.of(), List.of(), List.of());
    }

    public static Section bullets(String heading, List<String> bullets) {
      return new Section(Optional.ofNullable(heading), Optional.empty(), bullets, List.of(), List.of());
    }

    public static Section quotes(String heading, List<QuoteLine> quotes) {
      return new Section(Optional.ofNullable(heading), Optional.empty(), List.of(), quotes, List.of());
    }

    public static Section fields(List<Field> fields) {
      return new Section(Optional.empty(), Optional.empty(), List.of(), List.of(), fields);
    }
  }

  /**
   * A quotation as a reply shows it.
   *
   * @param quote the quoted words
   * @param speaker who said them, "" when the story does not say
   * @param role the speaker's role ("U.S. Secretary of State"), "" when unknown
   */
  public record QuoteLine(String quote, String speaker, String role) {
    public QuoteLine {
      Objects.requireNonNull(quote, "quote");
      speaker = speaker == null ? "" : speaker;
      role = role == null ? "" : role;
    }
  }

  /** A short labelled value. */
  public record Field(String name, String value) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Builds an answer; the visibility defaults to the channel. */
  public static final class Builder {
    private Visibility visibility = Visibility.CHANNEL;
    private String title;
    private String link;
    private final List<Section> sections = new ArrayList<>();
    private String footer;

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

    public Reply build() {
      return new Reply(Kind.ANSWER, visibility, Optional.ofNullable(title), Optional.ofNullable(link), sections,
          Optional.ofNullable(footer));
    }
  }
}
