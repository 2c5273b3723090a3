package org.briefbot.core.quotes;

import java.util.Set;
import org.briefbot.core.quotes.People.Entity;
import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;
import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * Reads attributions: finds the speech verb next to a quote or a reported clause, the noun phrase
 * that is its subject ({@code Blinken said}, {@code said Donna Brazile}, {@code the secretary
 * added}, {@code according to the ministry}) and resolves it to the person it names.
 */
final class Attribution {

  private static final Set<String> SKIPPED_ADVERBS = WordLists.load("skipped-adverbs");

  private static final Set<String> SUBJECT_VERB_GAP_WORDS =
      WordLists.load("subject-verb-gap-words");

  private final StoryTokens tokens;
  private final People people;

  /**
   * Who has been seen speaking: a name is a person's once it speaks, which pronoun resolution
   * reads.
   */
  private final SpeakersSoFar speakers;

  Attribution(StoryTokens tokens, People people, SpeakersSoFar speakers) {
    this.tokens = tokens;
    this.people = people;
    this.speakers = speakers;
  }

  /** Whether the token is a speech verb used as one (tagged a verb, not a noun like "claims"). */
  boolean isSpeechVerb(int t) {
    String lower = tokens.lower(t);
    if (!Lexicon.isSpeechVerb(lower) || tokens.quoted(t)) {
      return false;
    }
    String pos = tokens.pos(t);
    return pos.startsWith("VERB") || Lexicon.isSpeechVerbWhateverItsTag(lower);
  }

  /** "Blige/PROPN sings/NOUN": a speech verb right after a name or pronoun, whatever its tag. */
  private boolean isMistaggedCue(int v, int first) {
    if (!Lexicon.isSpeechVerb(tokens.lower(v)) || tokens.quoted(v) || v == first) {
      return false;
    }
    Mention before = people.mentionAt(v - 1);
    return before != null && before.end() == v || tokens.pos(v - 1).startsWith("PRON");
  }

  boolean isVerb(int t) {
    return tokens.pos(t).startsWith("VERB");
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
      Speaker signed = nounPhraseAfter(from, to);
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
      if (isSpeechVerb(v) || isMistaggedCue(v, first)) {
        if ((v == first || onlyAdverbsBetween(first, v)) && !isParticiple(v)) {
          Speaker inverted = nounPhraseAfter(v, to);
          if (inverted != null) {
            return inverted;
          }
        }
        Speaker subject = subjectOf(v, first);
        if (subject != null) {
          return subject;
        }
        return null;
      }
      if (isAccordingTo(v)) {
        return nounPhraseAfter(v + 1, to);
      }
    }
    return null;
  }

  boolean isParticiple(int t) {
    return tokens.lower(t).endsWith("ing");
  }

  private boolean onlyAdverbsBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!tokens.pos(i).equals("ADV") && !SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i))) {
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
          isSpeechVerb(v)
              || Lexicon.isReportingVerb(tokens.lower(v)) && isVerb(v)
              || naming && Lexicon.isNamingVerb(tokens.lower(v)) && isVerb(v)
              || tokens.lower(v).equals("put") && v + 1 < to && tokens.lower(v + 1).equals("it");
      if (cue) {
        Speaker subject = subjectOf(v, from);
        if (subject != null && subject.known()) {
          return subject;
        }
        // "the museum would tell …" / "it would tell": an earlier verb may name who speaks
        unknown = unknown == null ? subject : unknown;
      }
      if (isAccordingTo(v)) {
        return nounPhraseAfter(v + 1, to);
      }
    }
    if (unknown != null) {
      return unknown;
    }
    // "Netanyahu: "…"" — a name and a colon, and nothing else before the quote
    if (to - 1 > from && tokens.word(to - 1).equals(":")) {
      Speaker named = nounPhraseEndingAt(to - 2, from);
      if (named != null && named.entity() != null && to - 1 - from <= 6) {
        return named;
      }
      // "Asked about durability, Wiśniewski was direct: "…"": the person the sentence is about
      for (int v = from; v < to - 1; v++) {
        if (!tokens.quoted(v)
            && (tokens.pos(v).startsWith("AUX")
                || tokens.pos(v).startsWith("VERB") && !isParticiple(v))) {
          Speaker subject = subjectOf(v, from);
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
    if (quotedAsSaying(v, from) >= 0) {
      return false;
    }
    for (int i = v - 1; i >= Math.max(from, v - 3); i--) {
      String lower = tokens.lower(i);
      if (lower.equals("as") || lower.equals("what")) {
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

  /** "quoted President Idris Malekov as saying …": the token of "quoted" before the verb, or -1. */
  private int quotedAsSaying(int v, int from) {
    if (v < 2 || !tokens.lower(v).equals("saying") || !tokens.lower(v - 1).equals("as")) {
      return -1;
    }
    for (int k = v - 3; k >= Math.max(from, v - 12); k--) {
      if (Lexicon.isQuotingVerb(tokens.lower(k))) {
        return k;
      }
    }
    return -1;
  }

  boolean isAccordingTo(int t) {
    return tokens.lower(t).equals("according")
        && t + 1 < tokens.size()
        && tokens.lower(t + 1).equals("to")
        && !tokens.quoted(t);
  }

  /**
   * The subject of the verb at {@code v}, looking left no further than {@code from}: past adverbs
   * and auxiliaries, past an aside between commas, and from "who" to its antecedent.
   */
  Speaker subjectOf(int v, int from) {
    return subjectOf(v, from, 0);
  }

  private Speaker subjectOf(int v, int from, int depth) {
    int quoted = quotedAsSaying(v, from);
    if (quoted >= 0) {
      return nounPhraseAfter(quoted, v - 1); // the one quoted speaks, not the agency quoting them
    }
    int i = v - 1;
    while (i >= from
        && (tokens.pos(i).equals("ADV")
            || tokens.pos(i).startsWith("AUX")
            || tokens.pos(i).equals("PART")
            || SKIPPED_ADVERBS.contains(tokens.lower(i)))) {
      i--;
    }
    if (i < from) {
      return null;
    }
    if (i - 1 >= from
        && (SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i)) || tokens.pos(i).equals("NUM"))
        && tokens.pos(i - 1).equals("ADP")) {
      i -= 2; // "Sanders on Tuesday said", "who in 2010 said"
    } else if (i - 1 >= from
        && SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i))
        && SUBJECT_VERB_GAP_WORDS.contains(tokens.lower(i - 1))) {
      i -= 2; // "Wells Fargo this month announced", "Trump last week said"
      while (i >= from
          && (tokens.pos(i).equals("ADV") || SKIPPED_ADVERBS.contains(tokens.lower(i)))) {
        i--;
      }
    }
    if (i < from) {
      return null;
    }
    i = beforeParenthesis(i, from); // "Rep. Elijah E. Cummings (D-Md.) said"
    if (tokens.word(i).equals(",") && isParticiple(v) || tokens.pos(i).equals("CCONJ")) {
      // "Trump attacked Clinton, saying …", "She urges her husband … and says …": the subject of
      // the clause's first verb
      if (depth >= 2) {
        return null;
      }
      for (int k = Math.max(from, i - 40); k < i; k++) {
        boolean finite =
            tokens.pos(k).startsWith("VERB") && !isParticiple(k) || tokens.pos(k).startsWith("AUX");
        if (finite && !tokens.quoted(k)) {
          Speaker subject = subjectOf(k, from, depth + 1);
          if (subject != null) {
            return subject;
          }
        }
      }
      return null;
    }
    if (tokens.isDash(i) && depth == 0) {
      // "Kall -- co-editor of Debating The Donald -- said": the subject stands before the aside
      int j = i - 1;
      while (j >= from && !tokens.isDash(j) && !tokens.isQuoteMark(j) && i - j <= 30) {
        j--;
      }
      if (j > from && tokens.isDash(j)) {
        Speaker named = personBeforeAppositive(j - 1, from, v);
        return named != null ? named : nounPhraseEndingAt(j - 1, from, v);
      }
      return null;
    }
    if (tokens.word(i).equals(",")) {
      int relative = relativeAsideStart(i, from);
      if (relative >= 0) {
        // "Lindqvist, who grew up in Antigonish, N.S., said": the person before the clause
        Speaker before = nounPhraseEndingAt(beforeParenthesis(relative - 1, from), from, v);
        if (before != null) {
          return before;
        }
      }
      int j = i - 1;
      while (j >= from && !tokens.word(j).equals(",") && !tokens.isQuoteMark(j) && i - j <= 30) {
        j--;
      }
      if (j >= from && tokens.word(j).equals(",")) {
        j = beforeHometownAsides(j, i, from);
        if (j - 2 >= from && tokens.pos(j - 1).equals("NUM") && tokens.word(j - 2).equals(",")) {
          j -= 2; // "Eleanor Whitby, 29, a junior doctor at St Aldric's, said": past the age too
        }
        Mention aside = people.mentionAt(j + 1);
        if (aside != null
            && aside.type() == MentionType.NAME
            && aside.first() == j + 1
            && (aside.end() == i || People.isAffiliationLink(tokens.lower(aside.end())))
            && !aside.entity().organisation) {
          // ("Another economist, Priyanka Rao of the Westmount Policy Centre, said")
          // "A ministry spokesman, Erik Vang, said": the name in the aside is the speaker
          return new Speaker(
              aside.entity(),
              "",
              tokens.textOf(aside.first(), aside.end()),
              v,
              Resolution.NAME_IN_ASIDE);
        }
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
        Speaker beforeAside = nounPhraseEndingAt(beforeParenthesis(j - 1, from), from, v);
        if (beforeAside != null) {
          return beforeAside;
        }
      }
      return null;
    }
    String lower = tokens.lower(i);
    if (tokens.pos(i).startsWith("PRON")
        && (lower.equals("who") || lower.equals("which") || lower.equals("that"))) {
      int k = i - 1;
      if (k >= from && tokens.word(k).equals(",")) {
        k--;
        // "Dana Whitlock, now the harbour commissioner, who said": the person, not the role
        Mention before = people.mentionAt(k);
        Speaker named =
            before == null || before.type() != MentionType.NAME
                ? personBeforeAppositive(k, from, v)
                : null;
        if (named != null) {
          return named;
        }
      }
      return nounPhraseEndingAt(k, from, v);
    }
    int relative = relativeClauseStart(i, from);
    if (relative >= 0) {
      // "Residents who spoke to The Canadian Press said": the head before the clause speaks
      Speaker head = nounPhraseEndingAt(relative - 1, from, v);
      if (head != null) {
        return head;
      }
    }
    return nounPhraseEndingAt(i, from, v);
  }

  /**
   * The "who" or "that" opening a relative clause that ends at {@code end}, right after a noun and
   * with a verb of its own ("Residents who spoke to reporters"); -1 when there is none.
   */
  private int relativeClauseStart(int end, int from) {
    boolean verb = false;
    for (int k = end; k > from && end - k <= 15; k--) {
      String word = tokens.word(k);
      if (word.equals(",")
          || word.equals("(")
          || word.equals(")")
          || word.equals(";")
          || word.equals(":")
          || tokens.isQuoteMark(k)
          || tokens.isDash(k)) {
        return -1;
      }
      String lower = tokens.lower(k);
      // a reduced relative too: "The union representing 3,400 teachers says", "Protesters marching
      // … chanted"
      boolean participle = tokens.pos(k).startsWith("VERB") && lower.endsWith("ing") && k < end;
      if (lower.equals("who")
          || lower.equals("that") && tokens.pos(k).startsWith("PRON")
          || participle) {
        return (verb || participle)
                && (tokens.pos(k - 1).startsWith("NOUN") || tokens.pos(k - 1).startsWith("PROPN"))
            ? k
            : -1;
      }
      verb |= tokens.pos(k).startsWith("VERB") && k < end;
    }
    return -1;
  }

  /**
   * The comma that opens a relative clause ", who …" (or ", which …") running up to the comma at
   * {@code close}, commas inside it and all; -1 when there is none within reach.
   */
  private int relativeAsideStart(int close, int from) {
    for (int k = close - 2; k > from && close - k <= 40; k--) {
      if (tokens.isQuoteMark(k) || tokens.quoted(k)) {
        return -1;
      }
      if (tokens.word(k).equals(",")
          && (tokens.lower(k + 1).equals("who")
              || tokens.lower(k + 1).equals("which")
              || tokens.pos(k + 1).startsWith("VERB")
                  && (tokens.lower(k + 1).endsWith("ed") || tokens.lower(k + 1).endsWith("ing")))) {
        return k; // (", based in Palo Alto, California,", ", speaking in Ottawa,")
      }
    }
    return -1;
  }

  /**
   * "Johnnie Wilson, 45, of Springfield, Va., said": the comma that opens the age and hometown
   * asides between a person and the verb, given the aside between {@code open} and {@code close};
   * {@code open} itself when that aside is none of them.
   */
  private int beforeHometownAsides(int open, int close, int from) {
    int result = open;
    for (int step = 0; step < 4 && open >= from; step++) {
      int length = close - open - 1;
      int previous = open - 1;
      while (previous >= from && !tokens.word(previous).equals(",") && open - previous <= 8) {
        previous--;
      }
      boolean hasPrevious = previous >= from && tokens.word(previous).equals(",");
      boolean age = length >= 1 && length <= 2 && tokens.pos(open + 1).equals("NUM");
      boolean hometown =
          length >= 2
              && length <= 6
              && Lexicon.isHometownLink(tokens.lower(open + 1))
              && capitalizedRun(open + 2, close);
      boolean state =
          hasPrevious
              && length >= 1
              && length <= 3
              && Lexicon.isHometownLink(tokens.lower(previous + 1))
              && capitalizedRun(open + 1, close);
      if (!age && !hometown && !state) {
        break;
      }
      result = open;
      if (!hasPrevious) {
        break;
      }
      close = open;
      open = previous;
    }
    return result;
  }

  private boolean capitalizedRun(int first, int end) {
    for (int k = first; k < end; k++) {
      if (!tokens.isCapitalized(k) && !tokens.word(k).equals(".")) {
        return false;
      }
    }
    return first < end;
  }

  /**
   * "John Dickey, the chief executive of Ora Media": the person named before an appositive that
   * ends at {@code end} and names a role; null when there is none.
   */
  private Speaker personBeforeAppositive(int end, int from, int verb) {
    boolean role = false;
    for (int k = end; k > from && end - k <= 20; k--) {
      if (tokens.word(k).equals(",")) {
        Mention named = people.mentionAt(k - 1);
        if (role
            && named != null
            && named.type() == MentionType.NAME
            && !named.entity().organisation) {
          return new Speaker(
              named.entity(),
              "",
              tokens.textOf(named.first(), named.end()),
              verb,
              Resolution.NAME_BEFORE_APPOSITIVE);
        }
        return null;
      }
      if (tokens.isQuoteMark(k)) {
        return null;
      }
      role |=
          (tokens.pos(k).startsWith("NOUN") || tokens.pos(k).equals("ADJ"))
              && Lexicon.isRoleNoun(tokens.lower(k));
    }
    return null;
  }

  /**
   * The token before a parenthesis that ends at {@code i} ("(D-Md.)"), or {@code i} when none does.
   */
  int beforeParenthesis(int i, int from) {
    if (i < from || !tokens.word(i).equals(")")) {
      return i;
    }
    int open = i - 1;
    while (open >= from && !tokens.word(open).equals("(") && i - open <= 8) {
      open--;
    }
    return open > from && tokens.word(open).equals("(") ? open - 1 : i;
  }

  Speaker nounPhraseEndingAt(int last, int from) {
    return nounPhraseEndingAt(last, from, -1);
  }

  /**
   * The noun phrase ending at token {@code last}, resolved to its speaker; null if there is none.
   */
  Speaker nounPhraseEndingAt(int last, int from, int verb) {
    if (last < from || last < 0) {
      return null;
    }
    if (tokens.pos(last).startsWith("PRON")) {
      return pronoun(last, verb);
    }
    int first = last;
    int i = last;
    boolean head = false;
    while (i >= from && last - i < 14) {
      if (isNominal(i)) {
        head |= isNounLike(i);
        first = i;
        i--;
        continue;
      }
      String lower = tokens.lower(i);
      if (Lexicon.isPhraseLink(lower) && i - 1 >= from && isNounLike(i - 1) && first == i + 1) {
        first = i;
        i--;
        continue;
      }
      if (tokens.pos(i).equals("DET")
          && first == i + 1
          && i - 2 >= from
          && Lexicon.isPhraseLink(tokens.lower(i - 1))
          && isNounLike(i - 2)) {
        first = i; // "Dan McLaughlin at the National Review": the link's object has its article
        i--;
        continue;
      }
      break;
    }
    if (!head) {
      return null;
    }
    while (first <= last && Lexicon.isPhraseLink(tokens.lower(first))) {
      first++;
    }
    if (first > from
        && tokens.pos(first - 1).startsWith("PRON")
        && Lexicon.isThirdPersonPossessive(tokens.lower(first - 1))) {
      first--; // "Her family said": whose family it is stays in the description
      if (last == first + 1
          && (tokens.lower(last).equals("office") || Lexicon.isDocumentWord(tokens.lower(last)))) {
        // "Premier Gordon Ashby … His office said", "her statement read": the office or the
        // writing speaks for its holder
        Speaker holder = possessor(first);
        if (holder != null) {
          return new Speaker(
              holder.entity(),
              "",
              tokens.textOf(first, last + 1),
              verb,
              Resolution.OFFICE_OF_HOLDER);
        }
      }
    }
    return resolve(first, last + 1, verb);
  }

  /**
   * The noun phrase starting right after token {@code t} (the inverted subject of {@code said
   * Blinken}).
   */
  Speaker nounPhraseAfter(int t, int to) {
    int first = t + 1;
    if (first >= to) {
      return null;
    }
    if (tokens.pos(first).startsWith("PRON")) {
      return pronoun(first, t);
    }
    int end = first;
    boolean head = false;
    while (end < to && end - first < 14) {
      if (isNominal(end)) {
        head |= isNounLike(end);
        end++;
        continue;
      }
      String lower = tokens.lower(end);
      if ((lower.equals("of") || lower.equals("for") || lower.equals("at"))
          && end > first
          && isNounLike(end - 1)
          && end + 1 < to
          && isNominal(end + 1)) {
        end++;
        continue;
      }
      break;
    }
    if (!head) {
      return null;
    }
    Speaker speaker = resolve(first, end, t);
    if (speaker.entity() == null && end + 1 < to && tokens.word(end).equals(",")) {
      // "said the chairman of the commission, Pavel Horak"
      Mention named = people.mentionAt(end + 1);
      if (named != null && named.type() == MentionType.NAME && named.first() == end + 1) {
        return new Speaker(
            named.entity(), "", tokens.textOf(first, named.end()), t, Resolution.NAME_AFTER_ROLE);
      }
    }
    return speaker;
  }

  private boolean isNominal(int t) {
    if (tokens.quoted(t) || tokens.isQuoteMark(t)) {
      return false;
    }
    Mention mention = people.mentionAt(t);
    if (mention != null && mention.type() == MentionType.NAME) {
      return true; // "Trump" even when the tagger took it for a verb
    }
    String pos = tokens.pos(t);
    if (Lexicon.isRoleHead(tokens.lower(t)) && !pos.startsWith("VERB") && !pos.startsWith("AUX")) {
      return true; // "said witness Amir Rahal", whatever the tagger made of "witness"
    }
    if (t > 0
        && tokens.end(t - 1) == tokens.start(t)
        && tokens.word(t).length() > 1
        && (tokens.word(t - 1).endsWith("-") && tokens.word(t - 1).length() > 1
            || tokens.word(t).startsWith("-"))) {
      return true; // "conservative-|leaning", "business|-friendly": the tokenizer cut a compound at
      // its hyphen
    }
    return tokens.lower(t).equals("both")
        || pos.equals("NOUN")
        || pos.equals("PROPN")
        || pos.startsWith("PROPN+")
        || pos.startsWith("NOUN+")
        || pos.equals("ADJ")
        || pos.equals("DET")
        || pos.equals("NUM")
        || tokens.word(t).equals("-")
        || tokens.isCapitalized(t)
            && !pos.equals("PUNCT")
            && !pos.startsWith("PRON")
            && !pos.equals("ADP")
            && !pos.equals("ADV")
            && !pos.startsWith("AUX")
            && !pos.equals("PART")
            && !pos.equals("CCONJ")
            && !pos.equals("SCONJ")
            && !pos.equals("DET")
            && !Lexicon.isSpeechVerb(tokens.lower(t));
  }

  private boolean isNounLike(int t) {
    String pos = tokens.pos(t);
    return pos.startsWith("NOUN")
        || Lexicon.isRoleHead(tokens.lower(t)) && !pos.startsWith("VERB")
        || pos.startsWith("PROPN")
        || tokens.isCapitalized(t) && !pos.equals("DET")
        || Lexicon.isRoleNoun(tokens.lower(t)) && pos.equals("ADJ");
  }

  /**
   * Whose claim it is: "Trump's claim that …", "his claim that …" (a name or a resolvable he/she).
   */
  Speaker possessor(int t) {
    if (t < 0 || tokens.quoted(t)) {
      return null;
    }
    Mention mention = people.mentionAt(t);
    if (mention != null
        && mention.type() == MentionType.NAME
        && tokens.isPossessive(mention.end() - 1)) {
      return new Speaker(
          mention.entity(),
          "",
          tokens.textOf(mention.first(), mention.end()),
          -1,
          Resolution.POSSESSIVE_NAME);
    }
    Lexicon.Gender gender =
        tokens.lower(t).equals("his") || tokens.lower(t).equals("her")
            ? Lexicon.genderOfPronoun(tokens.lower(t))
            : null;
    People.Entity entity = gender != null ? people.resolvePronoun(t, gender) : null;
    return entity != null
        ? new Speaker(entity, "", tokens.word(t), -1, Resolution.POSSESSIVE_PRONOUN)
        : null;
  }

  private Speaker pronoun(int t, int verb) {
    String lower = tokens.pronounOf(t);
    Mention mention = people.mentionAt(t);
    if (mention != null) {
      return new Speaker(mention.entity(), "", tokens.word(t), verb, Resolution.PRONOUN);
    }
    if (lower.equals("he") || lower.equals("she")) {
      return new Speaker(
          null,
          "",
          tokens.word(t),
          verb,
          Resolution.UNRESOLVED_PRONOUN); // a person the story did not name
    }
    if ((lower.equals("they") || lower.equals("it")) && verb >= 0) {
      Speaker antecedent = groupAntecedent(t, lower.equals("they"));
      if (antecedent != null) {
        return new Speaker(
            antecedent.entity(),
            antecedent.description(),
            tokens.word(t),
            verb,
            Resolution.GROUP_PRONOUN);
      }
    }
    if (lower.equals("they")
        || lower.equals("it")
        || lower.equals("we")
        || lower.equals("i")
        || lower.equals("you")) {
      return new Speaker(null, "", tokens.word(t), verb, Resolution.UNRESOLVED_PRONOUN);
    }
    return null; // "that", "this": not a speaker
  }

  /** How far back "it said" / "they said" looks for the group or organisation it refers to. */
  private static final int GROUP_LOOK_BACK_TOKENS = 80;

  /**
   * What "it" or "they" speaking refers to: the nearest earlier subject that is an organisation
   * ("The city sent a letter. It says …") or, for "they", a group of people ("McConnell aides
   * acknowledged … But they emphasized …"), within the paragraph or the one before; else null.
   */
  private Speaker groupAntecedent(int t, boolean plural) {
    int paragraph = tokens.sentenceParagraph(tokens.sentenceOf(t));
    for (int k = t - 1; k >= Math.max(0, t - GROUP_LOOK_BACK_TOKENS); k--) {
      if (tokens.sentenceParagraph(tokens.sentenceOf(k)) < paragraph - 1) {
        return null;
      }
      if (tokens.quoted(k) || !isSubjectEnd(k)) {
        continue;
      }
      Mention mention = people.mentionAt(k);
      String lower = tokens.lower(k);
      boolean publicBodyOf =
          !plural
              && mention != null
              && isPublicBodyOf(mention.first()); // "The city of Phoenix sent … It says …"
      boolean organisation =
          mention != null && mention.entity().organisation
              || publicBodyOf
              || tokens.pos(k).startsWith("NOUN")
                  && (Lexicon.isOrganisationWord(lower)
                      || !plural && Lexicon.isDocumentWord(lower)
                      || !plural && Lexicon.isPublicBody(lower));
      boolean group =
          plural
              && tokens.pos(k).startsWith("NOUN")
              && lower.endsWith("s")
              && !lower.endsWith("ss")
              && Lexicon.isRoleNoun(lower.substring(0, lower.length() - 1));
      if (!organisation && !group) {
        continue;
      }
      int sentenceFirst = tokens.sentenceFirst(tokens.sentenceOf(k));
      int phraseFirst = publicBodyOf ? mention.first() - 2 : k;
      while (phraseFirst > sentenceFirst && isNominal(phraseFirst - 1)) {
        phraseFirst--;
      }
      if (phraseFirst > sentenceFirst && tokens.pos(phraseFirst - 1).equals("ADP")) {
        continue; // "a letter to Senate leaders opposing …": an object, not a subject
      }
      if (isReportedBefore(sentenceFirst, phraseFirst)) {
        continue; // "the ministry said the figures counted …": the figures are what it said, not
        // who
      }
      Speaker speaker = nounPhraseEndingAt(k, sentenceFirst);
      return speaker != null && speaker.known() ? speaker : null;
    }
    return null;
  }

  /**
   * Whether a speech verb outside quotes stands in {@code [from, to)}: what follows it is reported.
   */
  private boolean isReportedBefore(int from, int to) {
    for (int t = from; t < to; t++) {
      if (!tokens.quoted(t) && isSpeechVerb(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The source behind a document after "according to": "new figures released by the Ontario Health
   * Coalition", "a report from the ministry"; null when the phrase names none.
   */
  Speaker sourceOfDocument(int first, int to) {
    int t = first;
    boolean document = false;
    while (t < to
        && t - first < 8
        && (isNominal(t) || tokens.pos(t).startsWith("VERB") && tokens.lower(t).endsWith("ed"))) {
      document |= Lexicon.isDocumentWord(tokens.lower(t));
      t++;
    }
    boolean byOrFrom = t < to && (tokens.lower(t).equals("by") || tokens.lower(t).equals("from"));
    return document && byOrFrom ? nounPhraseAfter(t, to) : null;
  }

  /** Whether the name starting at {@code first} follows "city of", "province of" and the like. */
  private boolean isPublicBodyOf(int first) {
    return first >= 2
        && tokens.lower(first - 1).equals("of")
        && Lexicon.isPublicBody(tokens.lower(first - 2));
  }

  /** Whether a noun phrase ends at {@code k} and a verb follows it: the subject of a clause. */
  private boolean isSubjectEnd(int k) {
    int last = tokens.sentenceLast(tokens.sentenceOf(k));
    int i = k + 1;
    if (i + 1 < last
        && tokens.word(i).equals(",")
        && (tokens.lower(i + 1).equals("which") || tokens.lower(i + 1).equals("who"))) {
      // "The Retail Council, which represents 4,000 stores, said": past the relative clause
      int close = i + 2;
      while (close < last && !tokens.word(close).equals(",") && close - i <= 30) {
        close++;
      }
      i = close < last && tokens.word(close).equals(",") ? close + 1 : i;
    }
    while (i < last
        && (tokens.pos(i).equals("ADV")
            || tokens.pos(i).startsWith("AUX")
                && i + 1 < last
                && tokens.pos(i + 1).startsWith("VERB"))) {
      i++;
    }
    return i < last
        && (tokens.pos(i).startsWith("VERB") && !isParticiple(i)
            || tokens.pos(i).startsWith("AUX"));
  }

  /**
   * Whether an unnamed noun phrase can speak: its head (before any "of"/"for") is a person, a
   * group, an organisation or a document ("a senior official", "residents of the town", "the
   * report"), or a capitalised name.
   */
  private boolean namesASource(int first, int end) {
    int head = -1;
    for (int i = first; i < end; i++) {
      String lower = tokens.lower(i);
      if (Lexicon.isPhraseLink(lower)) {
        break;
      }
      if (Character.isLetter(tokens.word(i).charAt(0))) {
        head = i;
      }
    }
    if (head < 0) {
      return false;
    }
    if (tokens.holdsAge(first, head)) {
      return true; // "The 58-year-old retired mechanic says": someone of an age is a person
    }
    String lower = People.stripPossessive(tokens.lower(head));
    String singular =
        lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
    return tokens.isCapitalized(head)
        || Lexicon.isRoleHead(lower)
        || Lexicon.isRoleHead(singular)
        || Lexicon.isOrganisationWord(lower)
        || Lexicon.isOrganisationWord(singular)
        || Lexicon.isDocumentWord(lower)
        || Lexicon.isPublicBody(lower)
        || Lexicon.isPersonalTitle(lower)
        || lower.equals("percent")
        || lower.endsWith("er")
        || lower.endsWith("ers")
        || lower.endsWith("ist")
        || lower.endsWith("ists")
        || lower.endsWith("ian")
        || lower.endsWith("ians");
  }

  /**
   * "Police officials", "Clinton aides": a name that only modifies the noun that heads the phrase.
   */
  private boolean nounAfter(int from, int end) {
    for (int i = from; i < end; i++) {
      String lower = tokens.lower(i);
      if (Lexicon.isPhraseLink(lower)) {
        return false;
      }
      if (tokens.pos(i).startsWith("NOUN") && !tokens.isCapitalized(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves the noun phrase {@code [first, end)}: a name, a role that refers back, or a
   * description.
   */
  private Speaker resolve(int first, int end, int verb) {
    String text = tokens.textOf(first, end);
    // The last name in the phrase that is not a possessive: "Trump's campaign manager Kellyanne
    // Conway".
    Mention name = null;
    Mention role = null;
    int genericHead = -1;
    for (int i = first; i < end; i++) {
      Mention mention = people.mentionAt(i);
      String lower = tokens.lower(i);
      if (Lexicon.isPhraseLink(lower) && (genericHead >= 0 || name != null || role != null)) {
        break; // "a spokesman for the ministry", "Cameron Easley for Morning Consult": the head
        // speaks
      }
      if (mention != null
          && mention.type() == MentionType.NAME
          && !tokens.isPossessive(mention.end() - 1)) {
        name = mention;
        i = mention.end() - 1;
        continue;
      }
      if (mention != null && mention.type() == MentionType.ROLE) {
        role = mention;
        i = mention.end() - 1;
        continue;
      }
      if (tokens.pos(i).startsWith("NOUN") && genericHead < 0 && Lexicon.isRoleNoun(lower)) {
        genericHead = i;
      }
    }
    if (name != null && !nounAfter(name.end(), end)) {
      speakers.add(name.entity());
      return new Speaker(name.entity(), "", text, verb, Resolution.NAME);
    }
    if (role != null && name == null) {
      return new Speaker(role.entity(), "", text, verb, Resolution.ROLE_NOUN);
    }
    if (end - first == 1 && tokens.isCapitalized(first)) {
      Entity named = people.byName(tokens.word(first));
      if (named != null) {
        return new Speaker(
            named, "", text, verb, Resolution.BARE_NAME); // a name the tagger did not see as one
      }
    }
    String description = text;
    if (description.toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
      description = description.substring(4);
    }
    if (!namesASource(first, end)) {
      description = ""; // "last year said", "a few questions": no one who speaks
    }
    return new Speaker(null, description, text, verb, Resolution.DESCRIPTION);
  }
}
