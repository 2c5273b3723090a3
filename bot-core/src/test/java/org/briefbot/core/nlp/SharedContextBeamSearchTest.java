package org.briefbot.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class SharedContextBeamSearchTest {
  /**
   * Invented news text: quotes, names, titles, numbers, a list, a long sentence, odd punctuation.
   */
  static final String STORY =
      """
      Port Alder council votes to delay tram line as costs climb

      The council of Port Alder voted 7-4 on Tuesday to delay the new tram line by a year, after engineers said the \
      tunnel under Kestrel Street would cost 41 million dollars more than planned.

      "We cannot ask residents to pay for mistakes they did not make," said Mayor Helen Marsh, who had backed the project \
      since 2019. Her deputy, Tobias Okoro, told reporters the decision was "painful but right."

      Opposition members called for an inquiry. "Who signed off on these figures?" asked Cllr. Ravi Sethi (Green). \
      The finance minister, Claire Dubois, said on Wednesday that the national government would not cover the gap.

      Business groups warned that shops along the route - from the harbour to the old rail depot, past the library, \
      the two schools, the hospital and the market hall that the city rebuilt after the 2011 flood - had already lost \
      trade during the survey works, and that a further year of uncertainty could close some of them for good.

      According to a report published by the regional audit office, 38% of households would use the line daily; \
      the office's director, Dr. Amina Yusuf, said the estimate was cautious. Work on the depot, at 12 Quay Rd., \
      continues; the first trams (six of them, built in Linden Valley) are due in spring.
      """;

  private final NlpPipeline pipeline = NlpPipeline.shared();

  @Test
  void theTaggerGivesExactlyTheTagsOfOpenNlpsOwnBeamSearchBestAndRunnersUp() throws IOException {
    POSModel model;
    try (InputStream in = NlpPipeline.class.getResourceAsStream(NlpPipeline.POS_MODEL)) {
      model = new POSModel(in);
    }
    POSTaggerME openNlp = new POSTaggerME(model, POSTagFormat.UD);
    POSTaggerME shared =
        new POSTaggerME(NlpPipeline.withSharedContextBeamSearch(model), POSTagFormat.UD);
    List<Sentence> sentences = pipeline.analyze(STORY).sentences();
    assertThat(sentences).hasSizeGreaterThan(10);
    int tokens = 0;
    for (Sentence sentence : sentences) {
      String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
      tokens += words.length;
      String[][] expected = openNlp.tag(3, words);
      assertThat(shared.tag(3, words)).as(String.join(" ", words)).isDeepEqualTo(expected);
      assertThat(pipeline.posTags(words)).isEqualTo(expected[0]);
      assertThat(shared.tag(words)).isEqualTo(openNlp.tag(words));
      assertThat(shared.probs())
          .isEqualTo(openNlp.probs()); // the same arithmetic, not just the same winner
    }
    assertThat(tokens).isGreaterThan(250);
  }
}
