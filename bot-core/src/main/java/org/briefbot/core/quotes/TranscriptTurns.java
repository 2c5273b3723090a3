package org.briefbot.core.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefbot.core.nlp.TextSpan;
import org.briefbot.core.quotes.People.Entity;
import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * Reads transcripts: a paragraph that opens with a speaker's name and a colon ({@code WALLACE:
 * Let's start …}, {@code Chris Wallace: …}) is that speaker's turn, a direct statement in their
 * words. A transcript printed as one long quotation is cut into its turns; paragraphs of it without
 * a name go on with the turn before them.
 */
final class TranscriptTurns {
  /** Labels that open paragraphs with a colon but name no speaker. */
  private static final Set<String> LABELS = WordLists.load("labels");

  /** A turn must say this much to be one. */
  private static final int MIN_WORDS = 3;

  /** Longest speaker label, in words ("Vice President Mike Pence"). */
  private static final int MAX_NAME_WORDS = 4;

  private final StoryTokens tokens;
  private final People people;
  private final List<Statement> out;

  /** The tokens of the turns read: speech, in which the later stages read no reported speech. */
  private final List<StoryTokens.Range> spoken = new ArrayList<>();

  TranscriptTurns(StoryTokens tokens, People people, List<Statement> out) {
    this.tokens = tokens;
    this.people = people;
    this.out = out;
  }

  private record Turn(
      TextSpan span, int firstToken, int endToken, int paragraph, Speaker speaker, boolean named) {}

  /** Adds the turns to the statements; returns the token ranges they cover. */
  List<StoryTokens.Range> read() {
    List<Turn> turns = new ArrayList<>();
    Set<String> unnamedLabels = new HashSet<>();
    boolean labelRepeats = false;
    boolean speaksInPerson = false;
    int unnamedTurns = 0;
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      if (s > 0 && tokens.sentenceParagraph(s - 1) == tokens.sentenceParagraph(s)) {
        continue;
      }
      Turn turn = turnAt(s);
      if (turn != null) {
        turns.add(turn);
        labelRepeats |=
            !turn.named && !unnamedLabels.add(turn.speaker.mention().toLowerCase(Locale.ROOT));
        speaksInPerson |= !turn.named && speaksInPerson(turn);
        unnamedTurns += turn.named ? 0 : 1;
      }
    }
    // A single unknown capitalised label ("WASHINGTON:") is furniture, and so are the section
    // labels
    // of a round-up ("OVERSEAS: …", "ENERGY: …"), which report in the third person; in a transcript
    // the same people take turns again, or speak as "I", "we" and "you".
    boolean transcript = unnamedTurns >= 2 && (labelRepeats || speaksInPerson);
    turns.removeIf(turn -> !turn.named && !transcript);
    if (turns.isEmpty()) {
      return spoken;
    }
    List<Statement> continued = new ArrayList<>();
    out.removeIf(statement -> isTurnQuote(statement, turns, continued));
    for (Turn turn : turns) {
      addTurn(turn);
    }
    continueUnclosedTurns(turns, continued);
    out.addAll(continued);
    return spoken;
  }

  /**
   * Whether a quote found before stands inside a turn, and is part of it; a transcript printed as
   * one quotation leaves its paragraphs that are no turn to {@code continued}, each going on with
   * the turn before it.
   */
  private boolean isTurnQuote(Statement statement, List<Turn> turns, List<Statement> continued) {
    Turn inside = null;
    boolean outer = false;
    for (Turn turn : turns) {
      if (statement.span.overlaps(turn.span)) {
        inside = turn;
        outer |=
            statement.span.start() < turn.span.start() || statement.span.end() > turn.span.end();
      }
    }
    if (inside == null) {
      return false;
    }
    if (outer) {
      // The transcript as one quotation: its paragraphs that are no turn go on with the turn
      // before.
      for (TextSpan part : statement.parts) {
        if (turns.stream().noneMatch(turn -> turn.span.overlaps(part))) {
          Turn before = latestBefore(turns, part.start());
          int paragraph = tokens.sentenceParagraph(tokens.sentenceAt(part.start()));
          continued.add(
              new Statement(
                  List.of(part),
                  QuoteKind.DIRECT,
                  paragraph,
                  true,
                  before != null ? before.speaker : statement.speaker,
                  before != null ? Sieve.TRANSCRIPT_TURN : statement.sieve));
        }
      }
    }
    return true; // words quoted inside a turn are part of it
  }

  private void addTurn(Turn turn) {
    out.add(
        new Statement(
            List.of(turn.span),
            QuoteKind.DIRECT,
            turn.paragraph,
            true,
            turn.speaker,
            Sieve.TRANSCRIPT_TURN));
    spoken.add(new StoryTokens.Range(turn.firstToken, turn.endToken));
  }

  /**
   * A transcript whose paragraphs each open a quotation mark that never closes: a paragraph right
   * after a turn that opens with a mark and holds no statement goes on with that turn.
   */
  private void continueUnclosedTurns(List<Turn> turns, List<Statement> continued) {
    int turnIndex = 0;
    Turn current = null;
    int lastParagraph = -1;
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      int paragraph = tokens.sentenceParagraph(s);
      if (s > 0 && tokens.sentenceParagraph(s - 1) == paragraph) {
        continue;
      }
      if (turnIndex < turns.size() && turns.get(turnIndex).paragraph == paragraph) {
        current = turns.get(turnIndex++);
        lastParagraph = paragraph;
        continue;
      }
      int first = tokens.sentenceFirst(s);
      if (current == null
          || paragraph != lastParagraph + 1
          || !tokens.isQuoteMark(first) && !"\"".equals(tokens.word(first))) {
        current = null;
        continue;
      }
      Turn turn = turnOfParagraph(s, paragraph, current.speaker);
      if (turn == null || overlapsAny(turn.span, continued)) {
        current = null;
        continue;
      }
      addTurn(turn);
      lastParagraph = paragraph;
    }
  }

  private boolean overlapsAny(TextSpan span, List<Statement> more) {
    return out.stream().anyMatch(statement -> statement.span.overlaps(span))
        || more.stream().anyMatch(statement -> statement.span.overlaps(span));
  }

  /**
   * The words of the paragraph opening with sentence {@code s}, marks aside, as a turn of {@code
   * speaker}.
   */
  private Turn turnOfParagraph(int s, int paragraph, Speaker speaker) {
    int last = paragraphEnd(s);
    int first = tokens.sentenceFirst(s);
    while (first < last && tokens.isQuoteMark(first)) {
      first++;
    }
    while (last > first && tokens.isQuoteMark(last - 1)) {
      last--;
    }
    if (first >= last) {
      return null;
    }
    return new Turn(
        new TextSpan(tokens.start(first), tokens.end(last - 1)),
        first,
        last,
        paragraph,
        speaker,
        true);
  }

  private static Turn latestBefore(List<Turn> turns, int offset) {
    Turn latest = null;
    for (Turn turn : turns) {
      if (turn.span.start() < offset) {
        latest = turn;
      }
    }
    return latest;
  }

  private static final Set<String> FIRST_AND_SECOND_PERSON =
      WordLists.load("first-and-second-person");

  /** Whether a turn's words say "I", "we" or "you": someone speaking, not a report. */
  private boolean speaksInPerson(Turn turn) {
    for (int t = turn.firstToken; t < turn.endToken; t++) {
      if (FIRST_AND_SECOND_PERSON.contains(tokens.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** The turn that the paragraph opening with sentence {@code s} is, or null. */
  private Turn turnAt(int s) {
    int paragraph = tokens.sentenceParagraph(s);
    int last = paragraphEnd(s);
    int first = tokens.sentenceFirst(s);
    if (first < last && tokens.isQuoteMark(first)) {
      first++;
    }
    int colon = first;
    while (colon < last && colon - first < MAX_NAME_WORDS && isNameWord(colon)) {
      colon++;
    }
    if (colon == first
        || colon >= last
        || !tokens.word(colon).equals(":")
        || Lexicon.SPEECH_VERBS.contains(tokens.lower(first))) {
      return null; // ("Said Ellis: "…"" is an attribution, its quote in marks)
    }
    int contentFirst = colon + 1;
    while (contentFirst < last && tokens.isQuoteMark(contentFirst)) {
      contentFirst++;
    }
    int contentEnd = last;
    while (contentEnd > contentFirst && tokens.isQuoteMark(contentEnd - 1)) {
      contentEnd--;
    }
    int words = 0;
    for (int t = contentFirst; t < contentEnd; t++) {
      words += Character.isLetterOrDigit(tokens.word(t).charAt(0)) ? 1 : 0;
    }
    if (words < MIN_WORDS) {
      return null;
    }
    String label = tokens.textOf(first, colon);
    Entity entity = entityNamed(first, colon);
    Speaker speaker;
    if (entity != null && !People.isAllCaps(entity.name())) {
      speaker = new Speaker(entity, "", label, -1, Resolution.TRANSCRIPT_LABEL);
    } else if (colon - first == 1
        && People.isAllCaps(tokens.word(first))
        && !LABELS.contains(tokens.lower(first))) {
      speaker =
          new Speaker(
              null,
              titleCase(tokens.word(first)),
              label,
              -1,
              Resolution.TRANSCRIPT_LABEL); // "MODERATOR:", a speaker the story names no further
    } else {
      return null;
    }
    TextSpan span = new TextSpan(tokens.start(contentFirst), tokens.end(contentEnd - 1));
    return new Turn(span, contentFirst, contentEnd, paragraph, speaker, speaker.entity() != null);
  }

  /** One past the last token of the paragraph that sentence {@code s} opens. */
  private int paragraphEnd(int s) {
    int last = tokens.sentenceLast(s);
    for (int next = s + 1;
        next < tokens.sentenceCount()
            && tokens.sentenceParagraph(next) == tokens.sentenceParagraph(s);
        next++) {
      last = tokens.sentenceLast(next);
    }
    return last;
  }

  private boolean isNameWord(int t) {
    String w = tokens.word(t);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || LABELS.contains(tokens.lower(t))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /**
   * The person the label names: "Chris Wallace" as the story has it, or "WALLACE" for a surname it
   * named.
   */
  private Entity entityNamed(int first, int end) {
    People.Mention mention = people.mentionAt(end - 1);
    if (mention != null && mention.type() == People.MentionType.NAME && mention.first() >= first) {
      return mention.entity();
    }
    String lastWord = tokens.word(end - 1);
    Entity entity = people.byName(lastWord);
    return entity != null && !entity.organisation ? entity : null;
  }

  private static String titleCase(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
