package org.briefbot.core.store;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes a story's analysed rows — its sentences and its quotes — in the caller's transaction: for
 * a story stored anew ({@link StoryStore}) and for one stored again after its page changed ({@link
 * StoryUpdates}).
 */
final class StoryRows {
  private StoryRows() {}

  static void insertSentences(Handle h, long storyId, NewStory story) {
    if (story.sentences().isEmpty()) {
      return;
    }
    int[] rank = new int[story.sentences().size()];
    for (int i = 0; i < story.summary().size(); i++) {
      rank[story.summary().get(i)] = i + 1;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO sentences (story_id, idx, paragraph, start_offset, end_offset, summary_rank)"
                + " VALUES (:story, :idx, :paragraph, :start, :end, :rank)");
    for (StorySentence sentence : story.sentences()) {
      batch
          .bind("story", storyId)
          .bind("idx", sentence.index())
          .bind("paragraph", sentence.paragraph())
          .bind("start", sentence.start())
          .bind("end", sentence.end())
          .bind("rank", rank[sentence.index()] == 0 ? null : rank[sentence.index()])
          .add();
    }
    batch.execute();
  }

  static void insertQuotes(Handle h, long storyId, NewStory story, Map<String, Long> people) {
    if (story.quotes().isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO quotes (story_id, idx, start_offset, end_offset, kind, speaker, speaker_role,"
                + " person_id, quote_text) VALUES (:story, :idx, :start, :end, :kind, :speaker, :role, :person, :text)");
    int index = 0;
    for (StoryQuote quote : story.quotes()) {
      Long personId = quote.hasSpeaker() ? people.get(quote.speaker()) : null;
      batch
          .bind("story", storyId)
          .bind("idx", index++)
          .bind("start", quote.start())
          .bind("end", quote.end())
          .bind("kind", quote.kind().label())
          .bind("speaker", StoryStore.clip(quote.speaker(), 300))
          .bind("role", quote.speakerRole().map(r -> StoryStore.clip(r, 300)).orElse(null))
          .bind("person", personId)
          .bind("text", StoryStore.clip(quote.text(), 20000))
          .add();
    }
    batch.execute();
  }

  /** Removes a story's sentences and quotes, before its new version's are written. */
  static void delete(Handle h, long storyId) {
    h.createUpdate("DELETE FROM quotes WHERE story_id = :story").bind("story", storyId).execute();
    h.createUpdate("DELETE FROM sentences WHERE story_id = :story")
        .bind("story", storyId)
        .execute();
  }
}
