package org.briefbot.core.quotes;

/**
 * A quote in marks, with where its tag may stand: what a marked-quote sieve reads.
 *
 * @param kind a whole quotation ({@code DIRECT}) or quoted words inside the writer's sentence
 * @param splitTag the speaker named between the halves of a split quote, or null
 * @param afterFrom the first token after the closing mark
 * @param afterTo one past the last token a tag after the quote may take
 * @param sentenceFirst the first token a tag before the quote may take
 * @param openToken the token of the opening mark
 */
record MarkedQuote(
    QuoteKind kind,
    Speaker splitTag,
    int afterFrom,
    int afterTo,
    int sentenceFirst,
    int openToken) {

  boolean whole() {
    return kind == QuoteKind.DIRECT;
  }
}
