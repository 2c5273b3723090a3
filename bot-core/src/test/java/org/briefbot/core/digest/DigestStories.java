package org.briefbot.core.digest;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.briefbot.core.news.ContentHash;
import org.briefbot.core.news.NlpStoryAnalyzer;
import org.briefbot.core.news.StoryAnalysis;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.store.NewStory;
import org.briefbot.core.store.StoredStory;
import org.briefbot.core.store.StorySource;
import org.briefbot.core.store.StoryStore;
import org.briefbot.core.summary.Summarizer;

/**
 * Invented stories of one day: a bridge collapse in Caldwick told by three outlets (one of them
 * twice), a different story about another bridge over the same river, and an orchard festival
 * without a date. Stored the way ingestion stores them: analysed once (sentences, summary, quotes
 * with speakers).
 */
final class DigestStories {
  static final Instant DAY = Instant.parse("2026-03-14T00:00:00Z");

  static final String COLLAPSE_LEDGER =
      """
      Part of the Old Mill Bridge in Caldwick collapsed into the River Tarn early on Friday, sending two delivery vans into the water and leaving four people in hospital.

      The central span of the 120-year-old stone bridge gave way shortly after 6 a.m., when the morning traffic was still light, according to the Caldwick fire service.

      Rescue divers pulled both drivers from the river within twenty minutes.

      "This could have been a catastrophe an hour later, when the school buses cross," Mayor Ellen Varga said at the riverbank.

      Engineers had inspected the bridge in November and reported cracks in two of its piers, but the council had not closed it.

      The bridge will stay closed for months, and traffic is being sent through the ring road.
      """;

  static final String COLLAPSE_COURIER =
      """
      Two vans plunged into the River Tarn on Friday morning after the central span of Caldwick's Old Mill Bridge collapsed, the town's fire service said.

      Four people were taken to hospital, one of them with serious injuries, after divers rescued the drivers from the cold water.

      Mayor Ellen Varga said the town had been lucky. "We are asking how a bridge we inspected in November could simply fall into the river," she said.

      A report last year had found cracks in two piers of the stone bridge, which was built in 1906.

      Councillor Piet Hollis said the council would commission an independent review of every bridge in the district.
      """;

  static final String COLLAPSE_POST =
      """
      The Old Mill Bridge in Caldwick partly collapsed into the River Tarn on Friday, and two vans fell into the river with it.

      Four people were injured; the two drivers were pulled from the water by rescue divers.

      "The span simply folded, with a sound like thunder," said Marta Quill, who lives beside the bridge.

      The collapse has cut the main road between the town centre and the station, and buses now take the ring road.
      """;

  static final String COLLAPSE_POST_UPDATE =
      """
      Investigators said on Friday evening that flood water had undermined a pier of Caldwick's Old Mill Bridge before its central span collapsed into the River Tarn.

      Four people were hurt when two vans fell into the river with the span of the bridge.

      "We will find out why the cracks reported in November did not close this bridge," Mayor Ellen Varga said.

      The bridge is expected to stay closed for at least six months.
      """;

  static final String DUNMORE_BRIDGE =
      """
      Dunmore's council has approved a plan to repaint the steel footbridge over the River Tarn and the railway station this summer.

      The work will cost 85,000 crowns and close the footbridge for three weeks in July, while a temporary crossing is built beside the platforms.

      "The paint is peeling and the rust is spreading, so we cannot wait another year," said Tomas Brandt, the council's head of works.

      Passengers will be able to reach the platforms through the old goods yard while the work goes on.
      """;

  static final String ORCHARD_FESTIVAL =
      """
      The orchard festival in Appleby drew a record crowd of 14,000 visitors on Saturday, the organisers said.

      Growers from across the valley sold more than forty kinds of apples, and a cider press built in 1890 ran all day.

      "We had to open a second field for parking by eleven o'clock," said Hanna Lind, who chairs the festival committee.

      Next year the festival will run over two days for the first time.
      """;

  private DigestStories() {}

  /** Analyses and stores a story as ingestion would; {@code publishedAt} may be empty. */
  static StoredStory store(
      StoryStore store,
      String url,
      String outlet,
      String title,
      Optional<Instant> publishedAt,
      Instant fetchedAt,
      String text) {
    StoryAnalysis analysis =
        new NlpStoryAnalyzer(NlpPipeline.shared(), new Summarizer(), 3).analyze(text);
    NewStory story =
        new NewStory(
            url,
            url,
            title,
            outlet,
            Optional.empty(),
            publishedAt,
            fetchedAt,
            analysis.text(),
            analysis.sentences(),
            analysis.summary(),
            analysis.quotes(),
            analysis.language(),
            ContentHash.of(analysis.text()),
            NewsText.wordCount(analysis.text()));
    return store.save(story, StorySource.link(url, outlet, title), OptionalLong.empty()).story();
  }

  static Instant at(int hour, int minute) {
    return DAY.plusSeconds(hour * 3600L + minute * 60L);
  }
}
