package org.briefbot.core.quotes;

import java.util.Set;
import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;
import org.briefbot.core.quotes.Speaker.Resolution;

/**
 * Reads the noun phrase an attribution names ({@code Donna Brazile}, {@code the secretary}, {@code
 * his office}, {@code it}, {@code a spokesman for the ministry}) and resolves it to the person or
 * organisation it stands for, or keeps it as a description.
 */
final class SpeakerPhrases {
  /** Words that tie a noun to the noun phrase after it in one speaker phrase. */
  private static final Set<String> HEAD_LINKS = WordLists.load("head-links");

  private final StoryTokens tokens;

  private final People people;

  private final NounPhraseResolver resolver;

  private final DocumentSources documents;

  SpeakerPhrases(StoryTokens tokens, People people, SpeakersSoFar speakers) {
    this.tokens = tokens;
    this.people = people;
    this.resolver = new NounPhraseResolver(tokens, people, speakers);
    this.documents = new DocumentSources(tokens, this);
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
      if (Lexicon.PHRASE_LINKS.contains(lower)
          && i - 1 >= from
          && isNounLike(i - 1)
          && first == i + 1) {
        first = i;
        i--;
        continue;
      }
      if (tokens.pos(i).equals("DET")
          && first == i + 1
          && i - 2 >= from
          && Lexicon.PHRASE_LINKS.contains(tokens.lower(i - 1))
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
    while (first <= last && Lexicon.PHRASE_LINKS.contains(tokens.lower(first))) {
      first++;
    }
    if (first > from
        && tokens.pos(first - 1).startsWith("PRON")
        && Lexicon.isThirdPersonPossessive(tokens.lower(first - 1))) {
      first--; // "Her family said": whose family it is stays in the description
      Speaker office = officeOfHolder(first, last, verb);
      if (office != null) {
        return office;
      }
    }
    return resolved(first, last + 1, verb);
  }

  /**
   * "Premier Gordon Ashby … His office said", "her statement read": the office or the writing after
   * the possessive at {@code first} speaks for its holder; null when it is not that.
   */
  private Speaker officeOfHolder(int first, int last, int verb) {
    if (last != first + 1
        || !tokens.lower(last).equals("office")
            && !Lexicon.DOCUMENT_WORDS.contains(tokens.lower(last))) {
      return null;
    }
    Speaker holder = possessor(first);
    return holder == null
        ? null
        : new Speaker(
            holder.entity(), "", tokens.textOf(first, last + 1), verb, Resolution.OFFICE_OF_HOLDER);
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
      if (HEAD_LINKS.contains(lower)
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
    Speaker speaker = resolved(first, end, t);
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
            || tokens.word(t).startsWith("-")
            || isGluedHyphen(t - 1))) {
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
            && !Lexicon.SPEECH_VERBS.contains(tokens.lower(t));
  }

  /** The noun phrase {@code [first, end)} resolved; a writing to the source it speaks for. */
  private Speaker resolved(int first, int end, int verb) {
    Speaker source = documents.sourceOf(first, end, verb);
    return source != null ? source : resolver.resolve(first, end, verb);
  }

  /** "self|-|made": a hyphen the tokenizer left on its own, glued to the words on both sides. */
  private boolean isGluedHyphen(int t) {
    return t > 0
        && tokens.word(t).equals("-")
        && tokens.end(t - 1) == tokens.start(t)
        && Character.isLetter(tokens.word(t - 1).charAt(tokens.word(t - 1).length() - 1));
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
        Lexicon.GENDERED_POSSESSIVES.contains(tokens.lower(t))
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
    if (Lexicon.PERSON_SUBJECT_PRONOUNS.contains(lower)) {
      return new Speaker(
          null,
          "",
          tokens.word(t),
          verb,
          Resolution.UNRESOLVED_PRONOUN); // a person the story did not name
    }
    if (Lexicon.GROUP_PRONOUNS.contains(lower) && verb >= 0) {
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
    if (Lexicon.UNNAMED_SPEAKER_PRONOUNS.contains(lower)) {
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
                  && (Lexicon.ORGANISATION_WORDS.contains(lower)
                      || !plural && Lexicon.DOCUMENT_WORDS.contains(lower)
                      || !plural && Lexicon.PUBLIC_BODIES.contains(lower));
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
      if (!tokens.quoted(t) && tokens.isSpeechVerb(t)) {
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
      document |= Lexicon.DOCUMENT_WORDS.contains(tokens.lower(t));
      t++;
    }
    boolean byOrFrom = t < to && Lexicon.SOURCE_LINKS.contains(tokens.lower(t));
    return document && byOrFrom ? nounPhraseAfter(t, to) : null;
  }

  /** Whether the name starting at {@code first} follows "city of", "province of" and the like. */
  private boolean isPublicBodyOf(int first) {
    return first >= 2
        && tokens.lower(first - 1).equals("of")
        && Lexicon.PUBLIC_BODIES.contains(tokens.lower(first - 2));
  }

  /** Whether a noun phrase ends at {@code k} and a verb follows it: the subject of a clause. */
  private boolean isSubjectEnd(int k) {
    int last = tokens.sentenceLast(tokens.sentenceOf(k));
    int i = k + 1;
    if (i + 1 < last
        && tokens.word(i).equals(",")
        && Lexicon.ASIDE_RELATIVES.contains(tokens.lower(i + 1))) {
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
        && (tokens.pos(i).startsWith("VERB") && !tokens.isParticiple(i)
            || tokens.pos(i).startsWith("AUX"));
  }
}
