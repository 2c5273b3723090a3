package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefbot.core.nlp.TextSpan;

/**
 * A statement found in a story and who made it.
 *
 * @param text the quoted (or reported) words; the parts of a split quote joined by a space
 * @param kind direct, partial or indirect
 * @param span from the first quoted character to the last, without the quote marks, as offsets into
 *     the story's original text; a split quote's span covers the attribution between its parts
 * @param parts the quoted stretches themselves (one for most quotes; one a paragraph for a quote
 *     running over several paragraphs, two for {@code "…," she said. "…"})
 * @param speaker the speaker's canonical name as the story gives it ("Antony Blinken"), an
 *     organisation's name, a description of an unnamed source ("a senior official"), or "" when the
 *     story does not say who spoke
 * @param role the speaker's role as the story gives it ("U.S. Secretary of State"), or ""
 * @param speakerMention how the attribution names the speaker there ("the secretary", "he"), or ""
 * @param context the sentence or sentences the statement stands in, for showing it
 * @param attributedBy the rule (sieve) that decided the speaker and how it read the speaker's
 *     mention, for {@code briefbot quotes --explain}; "" when no rule found a speaker
 * @param spans the contiguous quoted spans with their words: the halves of a quote split by its tag
 *     are two, the paragraphs of a quote running over several (nothing but a new paragraph and its
 *     opening mark between them) are one; reported speech is one span whatever aside its tag makes
 *     ("Voters, he said, can decide" is one statement)
 */
public record Quote(
    String text,
    QuoteKind kind,
    TextSpan span,
    List<TextSpan> parts,
    String speaker,
    String role,
    String speakerMention,
    String context,
    String attributedBy,
    List<Span> spans) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    parts = List.copyOf(parts);
    speaker = speaker == null ? "" : speaker;
    role = role == null ? "" : role;
    speakerMention = speakerMention == null ? "" : speakerMention;
    context = context == null ? "" : context;
    attributedBy = attributedBy == null ? "" : attributedBy;
    spans = spans == null || spans.isEmpty() ? List.of(new Span(span, text)) : List.copyOf(spans);
  }

  /**
   * A statement read back from storage or written by hand, with no record of the rule behind its
   * speaker.
   */
  public Quote(
      String text,
      QuoteKind kind,
      TextSpan span,
      List<TextSpan> parts,
      String speaker,
      String role,
      String speakerMention,
      String context) {
    this(text, kind, span, parts, speaker, role, speakerMention, context, "", List.of());
  }

  /**
   * One statement per contiguous quoted span, as the {@code quotes} and {@code eval quotes} output
   * list them: {@code “A,” she said. “B.”} is two, with one speaker; this quote itself when it is
   * one span.
   */
  public List<Quote> items() {
    if (spans.size() == 1) {
      return List.of(this);
    }
    List<Quote> items = new ArrayList<>(spans.size());
    for (Span item : spans) {
      List<TextSpan> itemParts =
          parts.stream().filter(part -> item.span().contains(part.start())).toList();
      items.add(
          new Quote(
              item.text(),
              kind,
              item.span(),
              itemParts,
              speaker,
              role,
              speakerMention,
              context,
              attributedBy,
              List.of(item)));
    }
    return items;
  }

  /**
   * A contiguous quoted span and its words (a quote over several paragraphs: their words joined by
   * a space).
   */
  public record Span(TextSpan span, String text) {}

  public boolean hasSpeaker() {
    return !speaker.isEmpty();
  }
}
