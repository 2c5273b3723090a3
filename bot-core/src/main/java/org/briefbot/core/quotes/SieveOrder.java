package org.briefbot.core.quotes;

import java.util.Arrays;
import java.util.List;

/**
 * Every attribution sieve of one story, in the order it runs: {@link #ORDER} is the documentation
 * of that order, as CoreNLP's quote attribution takes its sieves as {@code "tri,dep,onename,…"}.
 * Each stage tries its sieves in turn on a statement no earlier sieve decided; the first that finds
 * a speaker decides and is recorded ({@code quotes --explain} prints it).
 */
final class SieveOrder {
  /**
   * The order, as data: the stages in the order they run, separated by {@code ;}, each with its
   * sieves in the order they are tried, separated by {@code ,}. Each name is the label {@code
   * quotes --explain} prints for what the sieve decides, except {@code inverted-tag}: the
   * postposed-tag rule read where a verb could also open a clause, printed as {@code
   * postposed-tag}.
   *
   * <ol>
   *   <li>Quotes in marks: the tag between a split quote's halves first; then a whole quotation's
   *       tag after it, then before it ("She said: “…”"); quoted words inside the writer's sentence
   *       take the verb before them first ("called it “a disgrace”"), then a tag after them.
   *   <li>Transcript turns: a turn takes the speaker its label names (one rule, {@link
   *       TranscriptTurns}).
   *   <li>Reported speech, at each cue of it: "according to X" and a claim noun each have one
   *       reader; a verb is read as an inverted tag ("…, said the minister.") before it is taken to
   *       open a clause, whose speaker is the verb's subject unless a follow-on cue (", adding that
   *       …") continues the attribution before it; without a clause, its object may be the report,
   *       else it is a tag after the reported words.
   *   <li>Carry-over: quotes no sieve above gave a speaker, in story order, so that a speaker
   *       carried to one quote carries on to the next untagged one; last, a quote that opens its
   *       paragraph goes to the person the paragraph before it, quoting nothing, is about.
   * </ol>
   */
  static final String ORDER =
      "split-quote-tag,tag-after-quote,tag-before-quote,lead-in-before-quoted-words,"
          + "tag-after-quoted-words;"
          + "transcript-turn;"
          + "according-to,claim-noun,inverted-tag,follow-on-clause,reported-clause,reported-object,"
          + "postposed-tag;"
          + "carried-from-earlier-in-paragraph,carried-from-previous-paragraph,"
          + "carried-from-later-in-paragraph,colon-introduction,subject-of-previous-paragraph";

  /** {@link #ORDER} read: the sieve names of each stage. */
  static final List<List<String>> STAGES =
      Arrays.stream(ORDER.split(";")).map(stage -> List.of(stage.split(","))).toList();

  private static final int MARKED_QUOTES = 0;
  private static final int TRANSCRIPT_TURNS = 1;
  private static final int REPORTED_SPEECH = 2;
  private static final int CARRY_OVER = 3;

  /** The sieves of quotes in marks, in their order. */
  final List<AttributionSieve<MarkedQuote>> markedQuotes;

  /** The sieves of reported speech, tried at each cue in their order. */
  final List<ReportSieve> reportedSpeech;

  /** The grammar the reported-speech sieves share: noun chunks and adverbials. */
  final PhraseScan phrases;

  /** Where a reported clause begins and ends. */
  final ClauseScan clauses;

  /** Where a report in a verb's object begins. */
  final ObjectReports objects;

  /** The sieves of quotes no sieve above gave a speaker, in their order. */
  final List<AttributionSieve<Neighbours>> carryOver;

  SieveOrder(StoryTokens tokens, Attribution attribution) {
    if (!STAGES.get(TRANSCRIPT_TURNS).equals(List.of("transcript-turn"))) {
      throw new IllegalStateException("The second stage is the transcript turns: " + ORDER);
    }
    markedQuotes =
        STAGES.get(MARKED_QUOTES).stream()
            .map(name -> markedQuoteSieve(name, attribution))
            .toList();
    phrases = new PhraseScan(tokens, attribution);
    clauses = new ClauseScan(tokens, attribution, phrases);
    objects = new ObjectReports(tokens);
    PostposedTag postposed = new PostposedTag(tokens, attribution, phrases);
    reportedSpeech =
        STAGES.get(REPORTED_SPEECH).stream()
            .map(name -> reportSieve(name, tokens, attribution, postposed))
            .toList();
    carryOver =
        STAGES.get(CARRY_OVER).stream()
            .map(name -> carryOverSieve(name, tokens, attribution))
            .toList();
  }

  private static AttributionSieve<MarkedQuote> markedQuoteSieve(
      String name, Attribution attribution) {
    return switch (name) {
      case "split-quote-tag" -> new SplitQuoteTag();
      case "tag-after-quote" -> new TagAfterQuote(attribution);
      case "tag-before-quote" -> new TagBeforeQuote(attribution);
      case "lead-in-before-quoted-words" -> new LeadInBeforeQuotedWords(attribution);
      case "tag-after-quoted-words" -> new TagAfterQuotedWords(attribution);
      default -> throw unknown(name, "quotes in marks");
    };
  }

  private ReportSieve reportSieve(
      String name, StoryTokens tokens, Attribution attribution, PostposedTag postposed) {
    return switch (name) {
      case "according-to" -> new AccordingTo(tokens, attribution, clauses);
      case "claim-noun" -> new ClaimNoun(tokens, attribution, clauses);
      case "inverted-tag" -> new InvertedTag(clauses, postposed);
      case "follow-on-clause" -> new FollowOnClause(tokens, attribution, clauses);
      case "reported-clause" -> new ReportedClause(clauses);
      case "reported-object" -> new ReportedObject(tokens, attribution, clauses, objects);
      case "postposed-tag" -> postposed;
      default -> throw unknown(name, "reported speech");
    };
  }

  private static AttributionSieve<Neighbours> carryOverSieve(
      String name, StoryTokens tokens, Attribution attribution) {
    return switch (name) {
      case "carried-from-earlier-in-paragraph" -> new CarriedFromEarlierInParagraph();
      case "carried-from-previous-paragraph" -> new CarriedFromPreviousParagraph();
      case "carried-from-later-in-paragraph" -> new CarriedFromLaterInParagraph();
      case "colon-introduction" -> new ColonIntroduction(tokens, attribution);
      case "subject-of-previous-paragraph" -> new SubjectOfPreviousParagraph(tokens, attribution);
      default -> throw unknown(name, "carry-over");
    };
  }

  private static IllegalStateException unknown(String name, String stage) {
    return new IllegalStateException("No sieve of " + stage + " is called " + name + ".");
  }
}
