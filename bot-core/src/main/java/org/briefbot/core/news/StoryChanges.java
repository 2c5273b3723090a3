package org.briefbot.core.news;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefbot.core.store.StorySentence;
import org.briefbot.core.store.StoryUpdates.Change;

/**
 * What changed between two versions of a story, as a reader sees it: the headline, and the
 * sentences gained and lost. Sentences are compared on their words only (typography, case,
 * punctuation and spacing folded away, as the content hash folds them), so a page that changed only
 * in those changed nothing; a headline is no sentence of the body.
 */
final class StoryChanges {
  private StoryChanges() {}

  /**
   * @param oldTitle the stored headline
   * @param oldText the stored text, which {@code oldSentences} index
   * @param newTitle the page's headline now
   * @param newText the new text, which {@code newSentences} index
   */
  static Change between(
      String oldTitle,
      String oldText,
      List<StorySentence> oldSentences,
      String newTitle,
      String newText,
      List<StorySentence> newSentences) {
    Set<String> headlines = Set.of(ContentHash.words(oldTitle), ContentHash.words(newTitle));
    List<String> before = sentences(oldText, oldSentences, headlines);
    List<String> after = sentences(newText, newSentences, headlines);
    Optional<String> titleBefore =
        headlines.size() > 1 ? Optional.of(oldTitle.strip()) : Optional.empty();
    return new Change(titleBefore, missingFrom(after, before), missingFrom(before, after));
  }

  /** The sentences of {@code sentences} whose words {@code others} lacks, in order. */
  private static List<String> missingFrom(List<String> sentences, List<String> others) {
    Set<String> known = new HashSet<>();
    others.forEach(sentence -> known.add(ContentHash.words(sentence)));
    List<String> missing = new ArrayList<>();
    for (String sentence : sentences) {
      if (known.add(ContentHash.words(sentence))) {
        missing.add(sentence);
      }
    }
    return missing;
  }

  private static List<String> sentences(
      String text, List<StorySentence> sentences, Set<String> headlines) {
    List<String> found = new ArrayList<>(sentences.size());
    for (StorySentence sentence : sentences) {
      String shown = sentence.text(text).strip().replaceAll("\\s+", " ");
      String words = ContentHash.words(shown);
      if (!words.isEmpty() && !headlines.contains(words)) {
        found.add(shown);
      }
    }
    return found;
  }
}
