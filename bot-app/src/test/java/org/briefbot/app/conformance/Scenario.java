package org.briefbot.app.conformance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Platform;

/**
 * One row of the conformance table: what a person does, and the facts they must then see on every
 * platform the row is for.
 *
 * @param name what the row shows, as the test is named
 * @param ask what the person does
 * @param audience who must see the answer: the channel, or the asker alone
 * @param facts what the answer must show
 * @param absent what it must not show
 * @param platforms where the row applies (the console has one person, who may do everything, and no
 *     messages of others to act on)
 * @param rightAfterAStart asked right after the start, before the search index has caught up with
 *     the store (such rows come first in the table)
 */
record Scenario(
    String name,
    Ask ask,
    Audience audience,
    List<Fact> facts,
    List<String> absent,
    Set<Platform> platforms,
    boolean rightAfterAStart) {

  /** Who sees an answer. */
  enum Audience {
    CHANNEL,
    ASKER
  }

  /** A person of the test server or workspace. */
  enum Who {
    MEMBER,
    ADMIN
  }

  /** What a person does. */
  sealed interface Ask {
    Who who();

    /** A slash command, as typed on Slack and in the console ({@code /quotes Blinken Rafah}). */
    record Slash(Who who, String typed) implements Ask {}

    /** A message action on someone's message with this text. */
    record OnMessage(Who who, String action, String messageText) implements Ask {}

    /**
     * A slash command with a file, given as the platform allows: attached on Discord (served at
     * {@code url}), its text pasted after the command on Slack, named as a file of the machine in
     * the console.
     */
    record Attach(Who who, String typed, String fileName, String url, String content)
        implements Ask {}

    /** A mention of the bot in a channel, with these words after it. */
    record Mention(Who who, String words) implements Ask {}

    /** A direct message to the bot. */
    record DirectMessage(Who who, String words) implements Ask {}

    /**
     * A click on the button whose label begins with {@code label}, on the answer to {@code first};
     * what is seen is what the click brought (a page shown in place, a new answer). The console has
     * no buttons: its person types the command the answer shows beside the label.
     */
    record Click(Who who, Ask first, String label) implements Ask {}

    /**
     * A click on a button with this id on a message Briefbot sent earlier — before a restart, or
     * one whose payload someone made up: nothing but the id is known of it.
     */
    record Press(Who who, String actionId) implements Ask {}
  }

  /** Something the answer shows, written the way the platform writes it. */
  sealed interface Fact {
    /**
     * Words the answer shows; {@code {place}} stands for the platform's word for a server or
     * workspace.
     */
    record Words(String text) implements Fact {}

    /** Words that differ by platform, each platform's own (a refusal names its roles). */
    record PlatformWords(Function<Platform, String> text) implements Fact {}

    /** A time, which every platform must show with all it says (day and time of day). */
    record Time(java.util.function.Supplier<Moment> moment) implements Fact {}
  }

  static Builder row(String name, Ask ask) {
    return new Builder(name, ask);
  }

  static Ask slash(String typed) {
    return new Ask.Slash(Who.MEMBER, typed);
  }

  static Ask adminSlash(String typed) {
    return new Ask.Slash(Who.ADMIN, typed);
  }

  static Ask adminAttach(String typed, String fileName, String url, String content) {
    return new Ask.Attach(Who.ADMIN, typed, fileName, url, content);
  }

  static Ask onMessage(String action, String messageText) {
    return new Ask.OnMessage(Who.MEMBER, action, messageText);
  }

  static Ask click(Ask first, String label) {
    return new Ask.Click(Who.MEMBER, first, label);
  }

  static Ask press(String actionId) {
    return new Ask.Press(Who.MEMBER, actionId);
  }

  static Ask adminPress(String actionId) {
    return new Ask.Press(Who.ADMIN, actionId);
  }

  static Ask mention(String words) {
    return new Ask.Mention(Who.MEMBER, words);
  }

  static Ask directMessage(String words) {
    return new Ask.DirectMessage(Who.MEMBER, words);
  }

  /** Builds a row: the audience first, then the facts. */
  static final class Builder {
    private final String name;
    private final Ask ask;
    private Audience audience = Audience.CHANNEL;
    private final List<Fact> facts = new java.util.ArrayList<>();
    private final List<String> absent = new java.util.ArrayList<>();
    private Set<Platform> platforms = EnumSet.allOf(Platform.class);
    private boolean rightAfterAStart;

    private Builder(String name, Ask ask) {
      this.name = name;
      this.ask = ask;
    }

    Builder forTheAsker() {
      audience = Audience.ASKER;
      return this;
    }

    Builder shows(String... words) {
      Arrays.stream(words).map(Fact.Words::new).forEach(facts::add);
      return this;
    }

    Builder shows(Function<Platform, String> words) {
      facts.add(new Fact.PlatformWords(words));
      return this;
    }

    Builder showsTime(java.util.function.Supplier<Moment> moment) {
      facts.add(new Fact.Time(moment));
      return this;
    }

    Builder never(String... words) {
      absent.addAll(List.of(words));
      return this;
    }

    Builder only(Platform first, Platform... rest) {
      platforms = EnumSet.of(first, rest);
      return this;
    }

    /** Asked before the search index has caught up with the store after the start. */
    Builder rightAfterAStart() {
      rightAfterAStart = true;
      return this;
    }

    Scenario build() {
      return new Scenario(
          name,
          ask,
          audience,
          List.copyOf(facts),
          List.copyOf(absent),
          platforms,
          rightAfterAStart);
    }
  }
}
