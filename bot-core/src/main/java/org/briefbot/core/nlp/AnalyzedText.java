package org.briefbot.core.nlp;

import java.util.List;

/**
 * A story after the pipeline's first pass: its layout, sentences and tokens. Part-of-speech tags
 * cost three times the rest of the pass, so they are computed on first request and kept.
 */
public final class AnalyzedText {
  private final NewsDocument document;
  private final List<Sentence> sentences;
  private final NlpPipeline pipeline;
  private volatile List<String[]> posTags;

  AnalyzedText(NewsDocument document, List<Sentence> sentences, NlpPipeline pipeline) {
    this.document = document;
    this.sentences = List.copyOf(sentences);
    this.pipeline = pipeline;
  }

  public NewsDocument document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** Universal POS tags (PROPN, NOUN, VERB, …), one array per sentence, one tag per token. */
  public List<String[]> posTags() {
    List<String[]> tags = posTags;
    if (tags == null) {
      synchronized (this) {
        tags = posTags;
        if (tags == null) {
          tags = sentences.stream().map(pipeline::posTags).toList();
          posTags = tags;
        }
      }
    }
    return tags;
  }

  public String[] posTags(Sentence sentence) {
    return posTags().get(sentence.index());
  }

  public int wordCount() {
    return sentences.stream().mapToInt(Sentence::wordCount).sum();
  }
}
