package org.briefbot.core.quotes;

import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * A writing that speaks for whoever the story says is behind it: {@code A new report from the
 * Halden Institute says …} and, later, {@code “…,” the report said.} both go to the Halden
 * Institute.
 */
final class DocumentSources {
  /** How far back "the report" looks for the report the story named with its source. */
  private static final int MAX_LOOK_BACK = 400;

  private final StoryTokens tokens;
  private final SpeakerPhrases phrases;

  DocumentSources(StoryTokens tokens, SpeakerPhrases phrases) {
    this.tokens = tokens;
    this.phrases = phrases;
  }

  /** The named source the writing {@code [first, end)} speaks for, or null. */
  Speaker sourceOf(int first, int end, int verb) {
    Speaker source = phrases.sourceOfDocument(first, end);
    if (source == null || source.entity() == null) {
      source = earlierSource(first, end);
    }
    return source == null || source.entity() == null
        ? null
        : new Speaker(
            source.entity(), "", tokens.textOf(first, end), verb, Resolution.DOCUMENT_SOURCE);
  }

  /** "the report": the organisation named with the last report before it ("a report from X"). */
  private Speaker earlierSource(int first, int end) {
    if (end - first != 2
        || !Lexicon.REFERRING_DETERMINERS.contains(tokens.lower(first))
        || !Lexicon.DOCUMENT_WORDS.contains(tokens.lower(first + 1))) {
      return null;
    }
    String document = tokens.lower(first + 1);
    for (int t = first - 1; t >= Math.max(0, first - MAX_LOOK_BACK); t--) {
      Speaker source =
          tokens.lower(t).equals(document)
              ? phrases.sourceOfDocument(t, tokens.sentenceLast(tokens.sentenceOf(t)))
              : null;
      if (source != null && source.entity() != null && source.entity().organisation) {
        return source; // (a person a report was only "cited by" is not whose it is)
      }
    }
    return null;
  }
}
