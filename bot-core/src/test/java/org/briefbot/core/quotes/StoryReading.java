package org.briefbot.core.quotes;

import java.util.List;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Paragraph;
import org.briefbot.core.nlp.TextSpan;

/** A test story read as far as its mentions: the token table, its quote marks and its people. */
record StoryReading(StoryTokens tokens, People people, SpeakersSoFar speakers) {

  static StoryReading of(String story) {
    NlpPipeline pipeline = NlpPipeline.shared();
    AnalyzedText analyzed = pipeline.analyze(story);
    List<TextSpan> body =
        analyzed.document().bodyParagraphs().stream().map(Paragraph::span).toList();
    StoryTokens tokens =
        new StoryTokens(
            analyzed,
            pipeline,
            QuoteMarks.find(analyzed.text(), analyzed.document().folded(), body));
    SpeakersSoFar speakers = new SpeakersSoFar();
    return new StoryReading(tokens, People.find(tokens, speakers), speakers);
  }

  /** The first token spelling {@code word} at or after the {@code nth} occurrence (0 = first). */
  int token(String word, int nth) {
    int seen = 0;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.word(t).equals(word) && seen++ == nth) {
        return t;
      }
    }
    throw new AssertionError("no " + word + " #" + nth + " in the story");
  }

  /** The name of the entity the mention at that token refers to, or null. */
  String referent(int token) {
    People.Mention mention = people.mentionAt(token);
    return mention == null ? null : mention.entity().name();
  }
}
