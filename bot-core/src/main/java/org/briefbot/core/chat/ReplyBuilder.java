package org.briefbot.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Builds an answer ({@link Reply#builder()}); the visibility defaults to the channel. */
public final class ReplyBuilder {
  private Reply.Visibility visibility = Reply.Visibility.CHANNEL;
  private String title;
  private String link;
  private final List<Reply.Section> sections = new ArrayList<>();
  private String footer;
  private Moment date;
  private String mentionRole;
  private final List<Action> actions = new ArrayList<>();

  public ReplyBuilder title(String title) {
    this.title = title;
    return this;
  }

  public ReplyBuilder link(String link) {
    this.link = link;
    return this;
  }

  public ReplyBuilder askerOnly() {
    this.visibility = Reply.Visibility.ASKER_ONLY;
    return this;
  }

  public ReplyBuilder visibility(Reply.Visibility visibility) {
    this.visibility = Objects.requireNonNull(visibility, "visibility");
    return this;
  }

  public ReplyBuilder section(Reply.Section section) {
    sections.add(section);
    return this;
  }

  public ReplyBuilder text(String text) {
    return section(Reply.Section.text(text));
  }

  public ReplyBuilder footer(String footer) {
    this.footer = footer;
    return this;
  }

  public ReplyBuilder date(Moment date) {
    this.date = date;
    return this;
  }

  /** Notifies a role with the message (see {@link Reply#mentionRole()}). */
  public ReplyBuilder mentionRole(String mentionRole) {
    this.mentionRole = mentionRole;
    return this;
  }

  /** Offers an action with the answer (see {@link Action}). */
  public ReplyBuilder action(Action action) {
    actions.add(Objects.requireNonNull(action, "action"));
    return this;
  }

  public Reply build() {
    return new Reply(
        Reply.Kind.ANSWER,
        visibility,
        Optional.ofNullable(title),
        Optional.ofNullable(link),
        sections,
        Optional.ofNullable(footer),
        Optional.ofNullable(date),
        Optional.ofNullable(mentionRole),
        actions);
  }
}
