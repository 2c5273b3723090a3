package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.briefbot.core.nlp.AnalyzedText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.Paragraph;
import org.briefbot.core.nlp.TextSpan;

/**
 * Finds every statement of a story — quotations in marks, quoted words inside the writer's
 * sentences, reported speech — with who made it. Rules over the pipeline's tokens and
 * part-of-speech tags; linear in the length of the story. Thread-safe and stateless.
 *
 * <pre>{@code
 * QuoteAnalysis quotes = new QuoteFinder().find(NlpPipeline.shared().analyze(storyText));
 * }</pre>
 */
public final class QuoteFinder {
  /** Longest context shown around a quote; longer sentences are cut to the quote itself. */
  private static final int MAX_CONTEXT_CHARS = 700;

  private final NlpPipeline pipeline;

  public QuoteFinder() {
    this(NlpPipeline.shared());
  }

  public QuoteFinder(NlpPipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * Parses, analyses and reads the quotes of raw story text.
   *
   * @throws org.briefbot.core.nlp.UnsupportedTextException when the text cannot be read as a story
   */
  public QuoteAnalysis find(String rawStory) {
    return find(pipeline.analyze(rawStory));
  }

  /** The statements of an analysed story (its part-of-speech tags are computed if not yet). */
  public QuoteAnalysis find(AnalyzedText analyzed) {
    return new Reading(analyzed, pipeline).read();
  }

  /** One story being read. */
  private static final class Reading {
    private final StoryTokens tokens;
    private final List<QuoteMarks.Run> runs;
    private final People people;
    private final Attribution attribution;
    private final SieveOrder sieves;
    private final List<Statement> statements = new ArrayList<>();

    /**
     * The stages in the order they run. Preparation: the token table (sentences rejoined, tags
     * repaired) and the quote marks. Mentions: names, roles and organisations into the entity
     * index, then role nouns and pronouns resolved in story order ({@link People}). Then, in {@link
     * #read}: statements with the sieve that gave each its speaker (marked quotes, transcript
     * turns, reported speech), the carry-over sieves, and the assembly of quotes.
     *
     * <p>This order is part of the result, not only of the speed: every name attribution resolves
     * is noted in {@link SpeakersSoFar}, and pronoun resolution, which attribution calls ("his
     * claim that …"), counts a bare capitalised word as a person only once it was seen speaking. So
     * a pronoun reads the speakers of the stages, sieves and statements before it in this order.
     */
    Reading(AnalyzedText analyzed, NlpPipeline pipeline) {
      List<TextSpan> body =
          analyzed.document().bodyParagraphs().stream().map(Paragraph::span).toList();
      this.runs = QuoteMarks.find(analyzed.text(), analyzed.document().folded(), body);
      this.tokens = new StoryTokens(analyzed, pipeline, runs);
      SpeakersSoFar speakers = new SpeakersSoFar();
      this.people = People.find(tokens, speakers);
      this.attribution = new Attribution(tokens, people, speakers);
      this.sieves = new SieveOrder(tokens, attribution);
    }

    QuoteAnalysis read() {
      if (tokens.size() == 0) {
        return new QuoteAnalysis(List.of(), List.of());
      }
      // statements, each with the sieve that decided its speaker (SieveOrder lists them in this
      // order)
      new MarkedQuotes(tokens, attribution, sieves.markedQuotes, runs, statements).read();
      // A transcript's turns are read after the quotes they hold, and are speech to every stage
      // after them: the one change to the token table after it is built.
      tokens.markSpoken(new TranscriptTurns(tokens, people, statements).read());
      new ReportedSpeech(
              tokens,
              attribution,
              sieves.objects,
              sieves.phrases,
              sieves.reportedSpeech,
              statements)
          .read();
      statements.removeIf(this::isStageDirection);
      statements.sort(Comparator.comparingInt(s -> s.span.start()));
      // quotes no sieve gave a speaker take a neighbour's, in story order
      new CarryOver(sieves.carryOver).apply(statements);
      // assembly
      List<Quote> quotes = new ArrayList<>(statements.size());
      for (Statement statement : statements) {
        quotes.add(toQuote(statement));
      }
      return new QuoteAnalysis(quotes, people.persons());
    }

    /** "(CROSSTALK.)", "(APPLAUSE)": a transcript's note in parentheses, nobody's words. */
    private boolean isStageDirection(Statement statement) {
      if (statement.parts.size() != 1) {
        return false;
      }
      String text = statement.parts.get(0).of(tokens.folded()).strip();
      int close = text.indexOf(')');
      return text.startsWith("(") && close >= text.length() - 2;
    }

    private Quote toQuote(Statement statement) {
      StringBuilder text = new StringBuilder();
      TextSpan previous = null;
      for (TextSpan part : statement.parts) {
        if (previous != null) {
          if (text.charAt(text.length() - 1) == ','
              && endsSentence(tokens.text().substring(previous.end(), part.start()))) {
            text.setCharAt(
                text.length() - 1,
                '.'); // "“… long enough,” she said. “Families …”" reads "… long enough. Families …"
          }
          text.append(' ');
        }
        text.append(part.of(tokens.text()));
        previous = part;
      }
      Speaker speaker = statement.speaker;
      String name = speaker == null ? "" : speaker.name();
      String role = speaker == null ? "" : speaker.role();
      String mention = speaker == null ? "" : speaker.mention();
      return new Quote(
          text.toString(),
          statement.kind,
          statement.span,
          statement.parts,
          name,
          role,
          mention,
          context(statement.span),
          explanation(statement),
          statement.kind == QuoteKind.INDIRECT ? List.of() : contiguousSpans(statement.parts));
    }

    /**
     * The parts grouped into contiguous quoted spans: a new span wherever the writer's words stand
     * between two parts.
     */
    private List<Quote.Span> contiguousSpans(List<TextSpan> parts) {
      List<Quote.Span> spans = new ArrayList<>();
      TextSpan current = parts.get(0);
      StringBuilder words = new StringBuilder(current.of(tokens.text()));
      for (int i = 1; i < parts.size(); i++) {
        TextSpan part = parts.get(i);
        if (holdsWords(tokens.text(), current.end(), part.start())) {
          spans.add(new Quote.Span(current, words.toString()));
          current = part;
          words.setLength(0);
        } else {
          current = new TextSpan(current.start(), part.end());
          words.append(' ');
        }
        words.append(part.of(tokens.text()));
      }
      spans.add(new Quote.Span(current, words.toString()));
      return spans;
    }

    private static boolean holdsWords(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Which sieve decided the speaker and how it read the mention: what {@code quotes --explain}
     * prints.
     */
    private static String explanation(Statement statement) {
      Speaker speaker = statement.speaker;
      if (speaker == null || statement.sieve == null) {
        return "";
      }
      String sieve = statement.sieve.label() + " (" + statement.sieve.explanation() + ")";
      if (speaker.mention().isEmpty()) {
        return sieve;
      }
      return sieve
          + "; \u201C"
          + speaker.mention()
          + "\u201D read as "
          + speaker.resolution().explanation();
    }

    /**
     * Whether the words between two parts of a split quote end a sentence: {@code ," she said. "}.
     */
    private static boolean endsSentence(String between) {
      for (int i = between.length() - 1; i >= 0; i--) {
        char c = between.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          return false;
        }
        if (c == '.' || c == ':' || c == ';') {
          return true;
        }
      }
      return false;
    }

    private String context(TextSpan span) {
      int first = tokens.sentenceAt(span.start());
      int last = tokens.sentenceAt(Math.max(span.start(), span.end() - 1));
      if (first < 0 || last < 0) {
        return span.of(tokens.text());
      }
      int start = Math.min(tokens.sentenceSpan(first).start(), span.start());
      int end = Math.max(tokens.sentenceSpan(last).end(), span.end());
      if (end - start > MAX_CONTEXT_CHARS) {
        start = span.start();
        end = Math.min(span.end(), span.start() + MAX_CONTEXT_CHARS);
      }
      return tokens.text().substring(start, end).strip();
    }
  }
}
