package org.briefbot.core.quotes;

import java.util.List;
import java.util.regex.Pattern;
import org.briefbot.core.nlp.TextSpan;

/**
 * Where the reported-speech sieves put the statements they find: keeps out what is too short, what
 * a quote already tells, and a report an outer one already holds.
 */
final class Reports {
  private static final Pattern CONTRACTION = Pattern.compile("['\u2019].*$");

  private static final int MIN_WORDS = 2;

  private final StoryTokens tokens;
  private final List<Statement> out;
  private final int markedCount;

  /** The parts of the partial quotes found before, by where they start. */
  private final List<TextSpan> partialParts;

  Reports(StoryTokens tokens, List<Statement> out) {
    this.tokens = tokens;
    this.out = out;
    this.markedCount = out.size();
    List<TextSpan> parts = new java.util.ArrayList<>();
    for (Statement statement : out) {
      if (statement.kind == QuoteKind.PARTIAL) {
        parts.addAll(statement.parts);
      }
    }
    parts.sort(java.util.Comparator.comparingInt(TextSpan::start));
    this.partialParts = parts;
  }

  /**
   * Whether a partial quote already stands inside the clause: "Blinken said the talks are aimed at
   * finding “a different way of achieving” …" is told by its quoted words (as the demo story's gold
   * has it), not a second time as reported speech around them.
   */
  private boolean holdsPartialQuote(TextSpan span) {
    int low = 0;
    int high = partialParts.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (partialParts.get(mid).start() < span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < partialParts.size() && partialParts.get(low).end() <= span.end() + 2;
  }

  private static boolean isPersonalPronoun(String mention) {
    String lower =
        CONTRACTION.matcher(mention.toLowerCase(java.util.Locale.ROOT)).replaceFirst(""); // "He's"
    return Lexicon.SPEAKER_PRONOUNS.contains(lower);
  }

  void emit(int sentence, int contentFirst, int contentEnd, Speaker speaker, Sieve sieve) {
    emit(sentence, contentFirst, contentEnd, speaker, sieve, -1, -1);
  }

  /**
   * Emits the report in {@code [contentFirst, contentEnd)}, leaving out a tag in {@code [tagFirst,
   * tagEnd)} inside it.
   */
  void emit(
      int sentence,
      int contentFirst,
      int contentEnd,
      Speaker speaker,
      Sieve sieve,
      int tagFirst,
      int tagEnd) {
    if (!speaker.known() && !isPersonalPronoun(speaker.mention())) {
      return; // "bankruptcy declared …": a verb of saying without anyone who says
    }
    while (contentEnd > contentFirst
        && (tokens.isPunct(contentEnd - 1) || tokens.isQuoteMark(contentEnd - 1))) {
      contentEnd--;
    }
    if (contentEnd <= contentFirst) {
      return;
    }
    contentEnd = Math.min(contentEnd, contentFirst + ClauseScan.MAX_CLAUSE_TOKENS);
    // Too short to be a statement, or mostly one quotation that speaks for itself; quoted words
    // woven into the writer's clause ("wanted to speak “directly to white people” and …") stay
    // unless they are a partial quote of their own (below).
    if (!saysEnough(contentFirst, contentEnd)) {
      return;
    }
    TextSpan span = new TextSpan(tokens.start(contentFirst), tokens.end(contentEnd - 1));
    if (holdsPartialQuote(span)) {
      return;
    }
    for (int i = out.size() - 1; i >= markedCount && i >= out.size() - 8; i--) {
      if (out.get(i).span.overlaps(span)) {
        return; // an outer report already holds this one ("X said he told Y that …")
      }
    }
    List<TextSpan> parts = partsAround(span, contentFirst, contentEnd, tagFirst, tagEnd);
    int paragraph = tokens.sentenceParagraph(sentence);
    out.add(new Statement(parts, QuoteKind.INDIRECT, paragraph, false, speaker, sieve));
  }

  /**
   * Whether {@code [contentFirst, contentEnd)} says enough of the writer's own: enough words, and
   * no single quotation making up half of it.
   */
  private boolean saysEnough(int contentFirst, int contentEnd) {
    int words = 0;
    int quotedRunChars = 0;
    int longestQuotedChars = 0;
    int chars = 0;
    for (int t = contentFirst; t < contentEnd; t++) {
      int length = tokens.end(t) - tokens.start(t);
      chars += length;
      if (tokens.quoted(t) || tokens.isQuoteMark(t)) {
        quotedRunChars += length;
        longestQuotedChars = Math.max(longestQuotedChars, quotedRunChars);
      } else {
        quotedRunChars = 0;
      }
      if (Character.isLetterOrDigit(tokens.word(t).charAt(0))) {
        words++;
      }
    }
    return words >= MIN_WORDS && longestQuotedChars * 2 < chars;
  }

  /** The report's parts: the span, or the words on either side of a tag inside it. */
  private List<TextSpan> partsAround(
      TextSpan span, int contentFirst, int contentEnd, int tagFirst, int tagEnd) {
    if (tagFirst > contentFirst && tagEnd < contentEnd - 1) {
      // "Voters, he said, can …": the words around the tag, not the tag
      // (its comma stays before a clause, "Before, she barely knew …", not before a verb, "Voters
      // can …")
      boolean verbNext =
          tokens.pos(tagEnd + 1).startsWith("VERB") || tokens.pos(tagEnd + 1).startsWith("AUX");
      return List.of(
          new TextSpan(tokens.start(contentFirst), tokens.end(verbNext ? tagFirst - 1 : tagFirst)),
          new TextSpan(tokens.start(tagEnd + 1), tokens.end(contentEnd - 1)));
    }
    return List.of(span);
  }
}
