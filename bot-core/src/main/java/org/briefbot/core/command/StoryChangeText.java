package org.briefbot.core.command;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.store.StoryUpdates.Change;
import org.briefbot.core.store.StoryUpdates.StoryUpdate;

/**
 * What a person is told of a stored story whose page changed: when it was updated and what changed
 * — its new sentences first, then the headline it had and the sentences it lost.
 */
public final class StoryChangeText {
  /** New sentences shown, at most; the rest are counted. */
  static final int NEW_SENTENCES = 5;

  /** Removed sentences quoted, at most. */
  static final int REMOVED_SENTENCES = 2;

  private StoryChangeText() {}

  /** The section of a brief that tells the story's latest update, before its summary. */
  public static Reply.Section section(StoryUpdate update) {
    Change change = update.change();
    List<Reply.Block> blocks = new ArrayList<>();
    blocks.add(
        new Reply.Fields(
            List.of(
                Reply.Field.timed(
                    "Updated",
                    Moment.dateTime(update.updatedAt(), ZoneOffset.UTC),
                    change.counted()))));
    if (!change.added().isEmpty()) {
      blocks.add(
          new Reply.Bullets(
              change.added().subList(0, Math.min(NEW_SENTENCES, change.added().size()))));
    }
    change
        .oldTitle()
        .ifPresent(
            title -> blocks.add(new Reply.Paragraph("Headline was \u201C" + title + "\u201D.")));
    if (!change.removed().isEmpty()) {
      StringBuilder removed = new StringBuilder("No longer in the story: ");
      List<String> shown =
          change.removed().subList(0, Math.min(REMOVED_SENTENCES, change.removed().size()));
      for (int i = 0; i < shown.size(); i++) {
        removed.append(i == 0 ? "" : " ").append('\u201C').append(shown.get(i)).append('\u201D');
      }
      if (change.removed().size() > shown.size()) {
        removed.append(" and ").append(change.removed().size() - shown.size()).append(" more");
      }
      blocks.add(new Reply.Paragraph(removed.toString()));
    }
    return new Reply.Section(java.util.Optional.of("What changed"), blocks);
  }
}
