package org.briefbot.core.quotes;

import org.briefbot.core.quotes.People.Mention;

/**
 * Reads attributions: finds the speech verb next to a quote or a reported clause and the speaker it
 * names ({@code Blinken said}, {@code said Donna Brazile}, {@code the secretary added}, {@code
 * according to the ministry}): the subject by {@link Subjects}, the noun phrase resolved to the
 * person it names by {@link SpeakerPhrases}.
 */
final class Attribution {
  private final StoryTokens tokens;
  private final People people;
  private final SpeakerPhrases phrases;
  private final Subjects subjects;

  Attribution(StoryTokens tokens, People people, SpeakersSoFar speakers) {
    this.tokens = tokens;
    this.people = people;
    this.phrases = new SpeakerPhrases(tokens, people, speakers);
    this.subjects = new Subjects(tokens, people, phrases);
  }

  /**
   * The subject of the verb at {@code v}, looking left no further than {@code from}, resolved to
   * its speaker.
   */
  Speaker subjectOf(int v, int from) {
    return subjects.subjectOf(v, from);
  }

  /** The noun phrase starting right after token {@code t} ({@code said Blinken}), resolved. */
  Speaker nounPhraseAfter(int t, int to) {
    return phrases.nounPhraseAfter(t, to);
  }

  /** Whose claim it is: "Trump's claim that …", "his claim that …". */
  Speaker possessor(int t) {
    return phrases.possessor(t);
  }

  /** The source behind a document: "new figures released by the Ontario Health Coalition". */
  Speaker sourceOfDocument(int first, int to) {
    return phrases.sourceOfDocument(first, to);
  }

  /** The token before a parenthesis that ends at {@code i} ("(D-Md.)"), or {@code i}. */
  int beforeParenthesis(int i, int from) {
    return subjects.beforeParenthesis(i, from);
  }

  /** "Blige/PROPN sings/NOUN": a speech verb right after a name or pronoun, whatever its tag. */
  private boolean isMistaggedCue(int v, int first) {
    if (!Lexicon.SPEECH_VERBS.contains(tokens.lower(v)) || tokens.quoted(v) || v == first) {
      return false;
    }
    Mention before = people.mentionAt(v - 1);
    return before != null && before.end() == v || tokens.pos(v - 1).startsWith("PRON");
  }

  /**
   * The speaker named by an attribution after a quote: {@code ," Blinken said}, {@code ," said
   * Donna Brazile, the interim chairwoman}, {@code ," he added}.
   *
   * @param from the first token after the closing mark
   * @param to one past the last token that may belong to the attribution
   */
  Speaker afterQuote(int from, int to) {
    if (from < to && tokens.isDash(from)) {
      // "…" ― Jane Doe   (a reader's quote signed with a dash)
      Speaker signed = phrases.nounPhraseAfter(from, to);
      if (signed != null && signed.entity() != null) {
        return signed;
      }
    }
    int first = from;
    while (first < to && (tokens.isPunct(first) && !tokens.isQuoteMark(first))) {
      first++;
    }
    int limit =
        Math.min(
            to,
            first + 40); // (past a long appositive: ", director of … and a professor at …, said")
    for (int v = first; v < limit; v++) {
      if (tokens.isQuoteMark(v) || tokens.quoted(v)) {
        break;
      }
      if (tokens.isSpeechVerb(v) || isMistaggedCue(v, first)) {
        if ((v == first || onlyAdverbsBetween(first, v)) && !tokens.isParticiple(v)) {
          Speaker inverted = phrases.nounPhraseAfter(v, to);
          if (inverted != null) {
            return inverted;
          }
        }
        Speaker subject = subjects.subjectOf(v, first);
        if (subject != null) {
          return subject;
        }
        return null;
      }
      if (isAccordingTo(v)) {
        return phrases.nounPhraseAfter(v + 1, to);
      }
    }
    return null;
  }

  private boolean onlyAdverbsBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tokens.pos(i).equals("ADV")
          && !Subjects.SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The speaker named before a quote in its sentence: {@code Blinken said: "…"}, {@code Netanyahu
   * said he told Blinken that "…"}, {@code According to the ministry, "…"}.
   *
   * @param from the sentence's first token
   * @param to the token of the opening mark
   * @param naming whether verbs of naming count ({@code called it "a disgrace"}), as they do for
   *     quoted words
   */
  Speaker beforeQuote(int from, int to, boolean naming) {
    from = Math.max(from, to - 60);
    Speaker unknown = null;
    for (int v = to - 1; v >= from; v--) {
      if (tokens.quoted(v) || tokens.isQuoteMark(v)) {
        continue;
      }
      // ("As Blinken said, "…"" is an attribution here: the quote follows it.)
      boolean cue =
          tokens.isSpeechVerb(v)
              || Lexicon.isReportingVerb(tokens.lower(v)) && tokens.isVerb(v)
              || naming && Lexicon.NAMING_VERBS.contains(tokens.lower(v)) && tokens.isVerb(v)
              || tokens.lower(v).equals("put") && v + 1 < to && tokens.lower(v + 1).equals("it");
      if (cue) {
        Speaker subject = subjects.subjectOf(v, from);
        if (subject != null && subject.known()) {
          return subject;
        }
        // "the museum would tell …" / "it would tell": an earlier verb may name who speaks
        unknown = unknown == null ? subject : unknown;
      }
      if (isAccordingTo(v)) {
        return phrases.nounPhraseAfter(v + 1, to);
      }
    }
    if (unknown != null) {
      return unknown;
    }
    // "Netanyahu: "…"" — a name and a colon, and nothing else before the quote
    if (to - 1 > from && tokens.word(to - 1).equals(":")) {
      Speaker named = phrases.nounPhraseEndingAt(to - 2, from);
      if (named != null && named.entity() != null && to - 1 - from <= 6) {
        return named;
      }
      // "Asked about durability, Wiśniewski was direct: "…"": the person the sentence is about
      for (int v = from; v < to - 1; v++) {
        if (!tokens.quoted(v)
            && (tokens.pos(v).startsWith("AUX")
                || tokens.pos(v).startsWith("VERB") && !tokens.isParticiple(v))) {
          Speaker subject = subjects.subjectOf(v, from);
          if (subject != null && subject.entity() != null && !subject.entity().organisation) {
            return subject;
          }
        }
      }
    }
    return null;
  }

  /** "as we've said", "as he put it": a verb inside an aside, not an attribution. */
  boolean isAsClause(int v, int from) {
    if (subjects.quotedAsSaying(v, from) >= 0) {
      return false;
    }
    for (int i = v - 1; i >= Math.max(from, v - 3); i--) {
      String lower = tokens.lower(i);
      if (Lexicon.ASIDE_OPENERS.contains(lower)) {
        return true;
      }
      if (!tokens.pos(i).startsWith("PRON")
          && !tokens.pos(i).startsWith("AUX")
          && !tokens.pos(i).equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  boolean isAccordingTo(int t) {
    return tokens.lower(t).equals("according")
        && t + 1 < tokens.size()
        && tokens.lower(t + 1).equals("to")
        && !tokens.quoted(t);
  }
}
