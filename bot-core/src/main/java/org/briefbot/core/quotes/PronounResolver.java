package org.briefbot.core.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefbot.core.quotes.Lexicon.Gender;
import org.briefbot.core.quotes.People.Entity;
import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;

/**
 * "he" and "she": the person a pronoun refers to, scored over the recent mentions (nearer, a
 * subject, one who speaks, one just introduced with a role are likelier; someone named inside the
 * quote just before "he said" is not its speaker). Only persons are candidates: a name seen with a
 * title or first name, or seen speaking ({@link SpeakersSoFar}).
 */
final class PronounResolver {
  private static final int LOOK_BACK_MENTIONS = People.LOOK_BACK_MENTIONS;

  /** How much of a quote before a pronoun is read for the names it holds. */
  private static final int MAX_QUOTE_SCAN_TOKENS = 200;

  private final StoryTokens tokens;
  private final SentenceShapes sentences;
  private final EntityIndex index;
  private final List<Mention> mentions;
  private final SpeakersSoFar speakers;

  /** Per sentence: how many sentences before it hold words outside quotation marks. */
  private final int[] narratedBefore;

  PronounResolver(StoryTokens tokens, EntityIndex index, SpeakersSoFar speakers) {
    this.tokens = tokens;
    this.sentences = new SentenceShapes(tokens);
    this.index = index;
    this.mentions = index.mentions;
    this.speakers = speakers;
    this.narratedBefore = new int[tokens.sentenceCount() + 1];
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      boolean narrated = false;
      for (int t = tokens.sentenceFirst(s); t < tokens.sentenceLast(s) && !narrated; t++) {
        narrated = !tokens.quoted(t) && !tokens.isPunct(t);
      }
      narratedBefore[s + 1] = narratedBefore[s] + (narrated ? 1 : 0);
    }
  }

  void readPronoun(int t) {
    String lower = tokens.pronounOf(t);
    Gender gender = Lexicon.genderOfPronoun(lower);
    if (gender == null || tokens.quoted(t) || !Lexicon.PERSON_SUBJECT_PRONOUNS.contains(lower)) {
      return;
    }
    Entity entity = resolvePronoun(t, gender);
    if (entity != null) {
      // (no gender is learnt from a resolved pronoun: one wrong guess would then spread)
      int verb = sentences.verbAfter(t, t + 1);
      index.record(
          t,
          t + 1,
          entity,
          MentionType.PRONOUN,
          verb >= 0,
          verb >= 0 && Lexicon.isReportingVerb(tokens.lower(verb)),
          false,
          false);
    }
  }

  /**
   * The person "he" or "she" at token {@code t} refers to: the latest subject of a sentence among
   * the recent mentions (a speaker, not an addressee), else the latest mention at all.
   */
  Entity resolvePronoun(int t, Gender gender) {
    int sentence = tokens.sentenceOf(t);
    int paragraph = tokens.sentenceParagraph(sentence);
    Entity best = null;
    double bestScore = Double.MAX_VALUE;
    int newest = index.lastMentionBefore(t);
    Set<Entity> namedInQuote = namedInQuoteJustBefore(t);
    for (int m = newest; m >= Math.max(0, newest - LOOK_BACK_MENTIONS); m--) {
      Mention mention = mentions.get(m);
      int mentionSentence = tokens.sentenceOf(mention.first());
      if (tokens.sentenceParagraph(mentionSentence) < paragraph - 3) {
        break;
      }
      Entity entity = mention.entity();
      if (mention.quoted()
          || !entity.couldBePerson()
          || entity.gender != null && gender != null && entity.gender != gender) {
        continue;
      }
      if (!entity.person && !speakers.contains(entity)) {
        continue; // a capitalised word never seen with a first name or a title, nor speaking: a
        // place, a thing
      }
      // Nearer is likelier (sentences of quotation do not count: they name no one new); a subject
      // (above all one who speaks) far likelier than an object; a source just introduced with
      // their role ("Henry Crespo, president of …") likelier still.
      double score = narratedBefore[sentence] - narratedBefore[mentionSentence];
      if (!mention.subject()) {
        score += 1.5;
      }
      if (mention.speaks()) {
        score -= 0.5;
      }
      if (mention.introduced() && narratedBefore[sentence] - narratedBefore[mentionSentence] <= 1) {
        score -=
            1.5; // (only just introduced: once someone else has been the subject since, they lead)
      }
      if (mentionSentence == sentence && mention.subject()) {
        score -= 2.5; // "Scott bristles at the suggestion he …": the subject of the pronoun's own
        // sentence
      }
      if (namedInQuote.contains(entity)) {
        score += 2; // "“… Obama had will.i.am …,” he said": a speaker seldom names himself
      }
      if (score < bestScore) {
        bestScore = score;
        best = entity;
      }
    }
    return best;
  }

  /** The people named inside the quote that ends right before token {@code t} ("“…,” he said"). */
  Set<Entity> namedInQuoteJustBefore(int t) {
    int k = t - 1;
    while (k >= 0
        && t - k <= 3
        && !tokens.quoted(k)
        && (tokens.isPunct(k) || tokens.isQuoteMark(k))) {
      k--;
    }
    if (k < 0 || !tokens.quoted(k)) {
      return Set.of();
    }
    Set<Entity> named = new HashSet<>();
    for (int scanned = 0;
        k >= 0 && tokens.quoted(k) && scanned < MAX_QUOTE_SCAN_TOKENS;
        k--, scanned++) {
      Mention mention = index.mentionAt(k);
      if (mention != null) {
        named.add(mention.entity());
      }
    }
    return named;
  }
}
