package org.briefbot.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NlpPipelineTest {
  private final NlpPipeline pipeline = NlpPipeline.shared();

  @Test
  void sentencesStayInsideTheirParagraphsAndPointIntoTheText() {
    AnalyzedText text = pipeline.analyze(NewsTextTest.STORY);
    List<Sentence> sentences = text.sentences();
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).text(text.document()))
        .startsWith("The city of Porthaven")
        .endsWith("coast.\u201D");
    assertThat(sentences.get(1).paragraph()).isEqualTo(1);
    assertThat(sentences.get(1).text(text.document()))
        .isEqualTo(
            "The station\u2019s twelve turbines will supply about 8,000 homes, the utility said.");
  }

  @Test
  void abbreviationsDoNotEndASentence() {
    AnalyzedText text =
        pipeline.analyze(
            "Mr. Sato met U.S. officials in Washington on Monday. They agreed on a plan.");
    assertThat(text.sentences()).hasSize(2);
  }

  @Test
  void tokensCarryStemsAndTagsAreUniversal() {
    AnalyzedText text = pipeline.analyze("Engineers were testing the new turbines in Porthaven.");
    Sentence sentence = text.sentences().get(0);
    assertThat(sentence.tokens())
        .extracting(Token::text)
        .startsWith("Engineers", "were", "testing");
    assertThat(sentence.tokens()).extracting(Token::stem).contains("engin", "test", "turbin");
    String[] tags = text.posTags(sentence);
    assertThat(tags).hasSameSizeAs(sentence.tokens().toArray());
    assertThat(tags[sentence.tokens().size() - 2]).isEqualTo("PROPN");
    assertThat(tags[sentence.tokens().size() - 1]).isEqualTo("PUNCT");
  }

  @Test
  void aChunkSeenBeforeIsCutTheSameWayAtItsNewPlace() {
    String sentence = "\"We won't wait,\" said Mr. Okoro, 56, on Sept. 3 (at 10pm).";
    String text = sentence + "  " + sentence;
    List<Token> first = pipeline.tokenize(text, 0, sentence.length());
    List<Token> second = pipeline.tokenize(text, sentence.length() + 2, text.length());
    assertThat(first)
        .extracting(Token::text)
        .containsExactly(
            "\"", "We", "won't", "wait", ",", "\"", "said", "Mr.", "Okoro", ",", "56", ",", "on",
            "Sept.", "3", "(", "at", "10", "pm", ")", ".");
    assertThat(second)
        .extracting(Token::text)
        .containsExactlyElementsOf(first.stream().map(Token::text).toList());
    for (Token token : second) {
      assertThat(token.span().of(text)).isEqualTo(token.text());
    }
    assertThat(second.get(1).span().start())
        .isEqualTo(first.get(1).span().start() + sentence.length() + 2);
  }

  @Test
  void aHyphenatedNameIsOneToken() {
    String sentence =
        "Jean-Yves Duclos and François-Philippe Champagne signed the well-known accord - again.";
    assertThat(pipeline.tokenize(sentence, 0, sentence.length()))
        .extracting(Token::text)
        .containsExactly(
            "Jean-Yves",
            "Duclos",
            "and",
            "François-Philippe",
            "Champagne",
            "signed",
            "the",
            "well",
            "-",
            "known",
            "accord",
            "-",
            "again",
            ".");
  }

  @Test
  void lemmasComeFromTheLemmatizer() {
    String[] tokens = {"The", "ministers", "were", "meeting"};
    String[] tags = pipeline.posTags(tokens);
    assertThat(pipeline.lemmas(tokens, tags)).containsExactly("the", "minister", "be", "meet");
  }

  @Test
  void nonEnglishStoryIsTurnedAwayByName() {
    assertThatThrownBy(
            () ->
                pipeline.analyze(
                    "Le gouvernement a annoncé mardi un nouveau projet de loi sur les retraites, "
                        + "qui sera présenté au Parlement la semaine prochaine selon le ministre du Travail."))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessage("Only English is supported for now (this looks like French).");
  }

  @Test
  void germanStoryQuotingEnglishIsTurnedAway() {
    assertThatThrownBy(() -> pipeline.analyze(ClearlyEnglishTest.GERMAN_QUOTING_ENGLISH))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessage("Only English is supported for now (this looks like German).");
  }

  @Test
  void dutchStoryIsTurnedAway() {
    assertThatThrownBy(() -> pipeline.analyze(ClearlyEnglishTest.DUTCH))
        .isInstanceOf(UnsupportedTextException.class)
        .hasMessage("Only English is supported for now (this looks like Dutch).");
  }

  @Test
  void shortTextIsNotJudgedByLanguage() {
    assertThat(pipeline.analyze("Rafah talks resume.").sentences()).hasSize(1);
  }

  @Test
  void oneVeryLongSentenceIsAnalysedWhole() {
    String longSentence = "the committee discussed the harbour budget and ".repeat(750) + "agreed.";
    AnalyzedText text = pipeline.analyze(longSentence);
    assertThat(text.sentences()).hasSize(1);
    assertThat(text.wordCount()).isGreaterThan(5000);
    String[] tags = text.posTags(text.sentences().get(0));
    assertThat(tags).hasSize(text.sentences().get(0).tokens().size()).doesNotContainNull();
    assertThat(tags[1]).isEqualTo("NOUN"); // "committee", tagged in the first window
    assertThat(tags[tags.length - 1]).isEqualTo("PUNCT"); // the final full stop, in the last window
  }

  @Test
  void manyThreadsGetTheSameAnswerAsOne() throws Exception {
    List<String> expected =
        pipeline.analyze(NewsTextTest.STORY).sentences().stream()
            .map(s -> String.join(" ", pipeline.posTags(s)))
            .toList();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            threads.submit(
                () -> {
                  AnalyzedText text = pipeline.analyze(NewsTextTest.STORY);
                  return text.sentences().stream()
                      .map(s -> String.join(" ", text.posTags(s)))
                      .toList();
                }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
