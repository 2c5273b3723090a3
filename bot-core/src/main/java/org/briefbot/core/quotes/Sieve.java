package org.briefbot.core.quotes;

/**
 * The rules that decide a statement's speaker, stage by stage in the order {@link SieveOrder} runs
 * them; each statement records the one that decided (CoreNLP's quote attribution keeps its sieves'
 * names the same way). {@code briefbot quotes --explain} prints it with how the mention was
 * resolved ({@link Speaker.Resolution}).
 */
enum Sieve {
  // Marked quotes (MarkedQuotes), tried in this order for each quote.
  SPLIT_QUOTE_TAG("the tag between the halves of a split quote"),
  TAG_AFTER_QUOTE("the tag after the quote"),
  TAG_BEFORE_QUOTE("the tag before the quote in its sentence"),
  LEAD_IN_BEFORE_QUOTED_WORDS("the verb before quoted words in the writer's sentence"),
  TAG_AFTER_QUOTED_WORDS("the tag after quoted words in the writer's sentence"),
  // Transcripts (TranscriptTurns).
  TRANSCRIPT_TURN("a transcript's speaker label"),
  // Reported speech (ReportedSpeech), at each cue in this order (the postposed tag is also the
  // last resort).
  ACCORDING_TO("the source after \"according to\""),
  CLAIM_NOUN("the possessor of a claim noun"),
  POSTPOSED_TAG("the tag after the reported words"),
  FOLLOW_ON_CLAUSE("the speaker of the sentence a follow-on cue continues"),
  REPORTED_CLAUSE("the subject of the reporting verb"),
  REPORTED_OBJECT("the subject of a verb whose object is the report"),
  // Carry-over (CarryOver), for quotes no rule above gave a speaker.
  CARRIED_FROM_EARLIER_IN_PARAGRAPH("carried from the statement before it in its paragraph"),
  CARRIED_FROM_PREVIOUS_PARAGRAPH("carried from the last statement of the paragraph before"),
  CARRIED_FROM_LATER_IN_PARAGRAPH("carried from a quote after it in its paragraph"),
  COLON_INTRODUCTION("the speaker the paragraph before introduces with a colon"),
  SUBJECT_OF_PREVIOUS_PARAGRAPH("the person the paragraph before, which quotes nothing, is about");

  private final String explanation;

  Sieve(String explanation) {
    this.explanation = explanation;
  }

  /** The sieve's name as printed: lower case, hyphens. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  String explanation() {
    return explanation;
  }
}
