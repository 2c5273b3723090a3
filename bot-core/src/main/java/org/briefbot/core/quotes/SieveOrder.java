package org.briefbot.core.quotes;

import java.util.List;

/**
 * Every attribution sieve of one story, in the order it runs: this class is the documentation of
 * that order. Each stage tries its sieves in turn on a statement no earlier sieve decided; the
 * first that finds a speaker decides and is recorded ({@code quotes --explain} prints it).
 */
final class SieveOrder {
  /**
   * Quotes in marks: the tag between a split quote's halves first; then a whole quotation's tag
   * after it, then before it ("She said: “…”"); quoted words inside the writer's sentence take the
   * verb before them first ("called it “a disgrace”"), then a tag after them.
   */
  final List<AttributionSieve<MarkedQuote>> markedQuotes;

  // Then transcript turns: a turn takes the speaker its label names (one rule, TranscriptTurns).

  /**
   * Reported speech, at each cue of it: "according to X" and a claim noun each have one reader; a
   * verb is read as an inverted tag ("…, said the minister.") before it is taken to open a clause,
   * whose speaker is the verb's subject unless a follow-on cue (", adding that …") continues the
   * attribution before it; without a clause, its object may be the report, else it is a tag after
   * the reported words.
   */
  final List<ReportSieve> reportedSpeech;

  /** The grammar the reported-speech sieves share: noun chunks and adverbials. */
  final PhraseScan phrases;

  /** Where a reported clause begins and ends. */
  final ClauseScan clauses;

  /** Where a report in a verb's object begins. */
  final ObjectReports objects;

  /**
   * Quotes no sieve above gave a speaker, in story order, so that a speaker carried to one quote
   * carries on to the next untagged one.
   */
  final List<AttributionSieve<Neighbours>> carryOver;

  SieveOrder(StoryTokens tokens, Attribution attribution) {
    markedQuotes =
        List.of(
            new SplitQuoteTag(),
            new TagAfterQuote(attribution),
            new TagBeforeQuote(attribution),
            new LeadInBeforeQuotedWords(attribution),
            new TagAfterQuotedWords(attribution));
    phrases = new PhraseScan(tokens, attribution);
    clauses = new ClauseScan(tokens, attribution, phrases);
    objects = new ObjectReports(tokens);
    PostposedTag postposed = new PostposedTag(tokens, attribution, phrases);
    reportedSpeech =
        List.of(
            new AccordingTo(tokens, attribution, clauses),
            new ClaimNoun(tokens, attribution, clauses),
            new InvertedTag(clauses, postposed),
            new FollowOnClause(tokens, attribution, clauses),
            new ReportedClause(clauses),
            new ReportedObject(tokens, attribution, clauses, objects),
            postposed);
    carryOver =
        List.of(
            new CarriedFromEarlierInParagraph(),
            new CarriedFromPreviousParagraph(),
            new CarriedFromLaterInParagraph(),
            new ColonIntroduction(tokens, attribution));
  }
}
