package org.briefbot.core.nlp;

import java.util.Set;

/** English function words that carry no topic; one list for the whole project. */
public final class StopWords {
  private static final Set<String> WORDS = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
      "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
      "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself", "no",
      "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
      "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
      "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
      "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose",
      "why", "will", "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "'s", "s", "n't", "'re",
      "'ve", "'ll", "'d", "'m", "mr", "mrs", "ms", "said", "says", "say", "one", "two", "new", "like", "get",
      "got", "since", "many", "much", "well", "back", "still", "around", "last", "first", "year", "years", "told");

  private StopWords() {}

  public static boolean contains(String lowerCaseWord) {
    return WORDS.contains(lowerCaseWord);
  }
}
