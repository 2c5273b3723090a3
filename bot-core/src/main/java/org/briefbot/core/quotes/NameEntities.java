package org.briefbot.core.quotes;

import static org.briefbot.core.quotes.People.bare;
import static org.briefbot.core.quotes.People.isAllCaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefbot.core.quotes.Lexicon.Gender;
import org.briefbot.core.quotes.People.Entity;

/**
 * The entity a name refers to in the {@link EntityIndex}: a person met before or a new one, an
 * organisation (by its name, its first words or its acronym), with the acronym a story gives an
 * organisation in parentheses recorded for later.
 */
final class NameEntities {
  private final StoryTokens tokens;
  private final EntityIndex index;

  NameEntities(StoryTokens tokens, EntityIndex index) {
    this.tokens = tokens;
    this.index = index;
  }

  /**
   * The organisation a name without a title of its own stands for: an acronym, a firm's first word,
   * the first words of a firm's name ("Maritime Electric Power Corp." … "Maritime Electric said");
   * null when it stands for none.
   */
  Entity firmNamed(List<String> nameWords, boolean organisation, int first, int nameStart) {
    Entity firm =
        nameWords.size() == 1
            ? index.byAcronym.get(bare(nameWords.get(0).toLowerCase(Locale.ROOT)))
            : null;
    if (firm == null && !organisation && nameWords.size() == 1) {
      firm = firmCalled(bare(nameWords.get(0).toLowerCase(Locale.ROOT)));
    }
    if (firm == null && !organisation && nameWords.size() > 1 && noTitleBefore(first, nameStart)) {
      firm =
          organisationNamedFirstAs(
              nameWords); // "Maritime Electric Power Corp." … "Maritime Electric said"
    }
    return firm;
  }

  /**
   * The organisation whose fuller name the story gave before and which these words begin ("Maritime
   * Electric" for "Maritime Electric Power Corp."): the fullest name is the one it goes by.
   */
  Entity organisationNamedFirstAs(List<String> nameWords) {
    Entity firm = index.firmByFirstWord.get(bare(nameWords.get(0).toLowerCase(Locale.ROOT)));
    if (firm == null || firm.nameWords.size() <= nameWords.size()) {
      return null;
    }
    for (int i = 0; i < nameWords.size(); i++) {
      if (!bare(nameWords.get(i).toLowerCase(Locale.ROOT))
          .equals(bare(firm.nameWords.get(i).toLowerCase(Locale.ROOT)))) {
        return null;
      }
    }
    return firm;
  }

  /**
   * Whether no title stands before the name: "Mayor Jane Hill" is a person whatever firm shares
   * "Jane Hill".
   */
  static boolean noTitleBefore(int first, int nameStart) {
    return first == nameStart;
  }

  /**
   * The firm a one-word name stands for, unless someone in the story has that name ("Trump
   * Foundation").
   */
  Entity firmCalled(String lower) {
    Entity firm = index.firmByFirstWord.get(lower);
    if (firm == null) {
      return null;
    }
    for (Entity entity : EntityIndex.recent(index.byLast.get(lower))) {
      if (!entity.organisation) {
        return null;
      }
    }
    return firm;
  }

  /**
   * "Export Development Canada (EDC)": an acronym in parentheses right after an organisation's
   * name, made of its capitalised words' initials, refers to it from then on.
   */
  void recordAcronym(Entity entity, List<String> nameWords, int end, int sentence) {
    if (end + 2 >= tokens.sentenceLast(sentence)
        || !tokens.word(end).equals("(")
        || !tokens.word(end + 2).equals(")")) {
      return;
    }
    String acronym = tokens.word(end + 1);
    StringBuilder initials = new StringBuilder();
    for (String word : nameWords) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    if (isAllCaps(acronym) && acronym.length() >= 2 && initials.toString().equals(acronym)) {
      index.byAcronym.putIfAbsent(acronym.toLowerCase(Locale.ROOT), entity);
    }
  }

  Entity organisation(List<String> nameWords) {
    String key = String.join(" ", nameWords).toLowerCase(Locale.ROOT);
    String lastWord = nameWords.get(nameWords.size() - 1).toLowerCase(Locale.ROOT);
    Entity best = null;
    for (Entity entity : EntityIndex.recent(index.byLast.get(lastWord))) {
      if (!entity.organisation) {
        continue;
      }
      String name = entity.name().toLowerCase(Locale.ROOT);
      if (name.equals(key)) {
        best = entity;
        break;
      }
      if (nameWords.size() == 1 && name.endsWith(" " + key)
          || name.endsWith(" " + key) && best == null) {
        best = entity;
      }
    }
    if (best == null) {
      best = index.newEntity();
      best.organisation = true;
      best.nameWords = new ArrayList<>(nameWords);
      best.last = lastWord;
      EntityIndex.index(index.byLast, lastWord, best);
      String firstWord = nameWords.get(0).toLowerCase(Locale.ROOT);
      if (nameWords.size() > 1
          && !Lexicon.ORGANISATION_WORDS.contains(firstWord)
          && !Lexicon.NOT_NAMES.contains(firstWord)
          && !Lexicon.TITLES.contains(firstWord)
          && !Lexicon.isFirstName(firstWord)) {
        index.firmByFirstWord.putIfAbsent(firstWord, best);
      }
    } else if (nameWords.size() > best.nameWords.size()
        && String.join(" ", nameWords)
            .toLowerCase(Locale.ROOT)
            .endsWith(best.name().toLowerCase(Locale.ROOT))) {
      best.nameWords = new ArrayList<>(nameWords);
    }
    best.mentionCount++;
    return best;
  }

  Entity personOrName(
      List<String> nameWords, boolean titled, boolean taggedName, Gender titleGender) {
    String last = EntityIndex.lastNameOf(nameWords);
    String first = nameWords.size() > 1 ? bare(nameWords.get(0).toLowerCase(Locale.ROOT)) : null;
    if (first != null && Lexicon.NAME_PARTICLES.contains(first)) {
      first = null; // "De Blasio": a surname with its particle
    }
    Entity found = metBefore(first, last, titleGender);
    if (found == null) {
      found = index.newEntity();
      found.last = last;
      found.nameWords = new ArrayList<>(nameWords);
      EntityIndex.index(index.byLast, last, found);
      if (first != null) {
        found.first = first;
        EntityIndex.index(index.byFirst, first, found);
      }
    } else if (nameWords.size() > found.nameWords.size() && first != null) {
      found.nameWords = new ArrayList<>(nameWords);
      if (!first.equals(found.first)) {
        found.first = first;
        EntityIndex.index(index.byFirst, first, found);
      }
    }
    if (found.gender == null) {
      found.gender = Lexicon.genderOfFirstName(first != null ? first : last);
      if (first == null && found.gender != null) {
        found.person = true; // "Melanie"
      }
    }
    found.person |=
        titled
            || first != null
                && (Lexicon.genderOfFirstName(first) != null
                    || hasInitial(nameWords)
                    || taggedName && nameWords.size() <= 4);
    found.mentionCount++;
    return found;
  }

  /**
   * The person a name refers to who was met before: by first and last name (or an initial), by a
   * single name, or by a first name met alone first ("her daughter Francesca says" … "Francesca
   * Delvecchio-Hart"); null when none was.
   */
  private Entity metBefore(String first, String last, Gender titleGender) {
    Entity found = null;
    if (first != null) {
      for (Entity entity : EntityIndex.recent(index.byLast.get(last))) {
        if (!entity.organisation
            && (entity.first == null
                || entity.first.equals(first)
                || initialOf(entity.first, first))) {
          found = entity;
        }
      }
    } else {
      found = index.bySingleName(last, titleGender);
      if (found != null && found.nameWords.size() > 1) {
        found.surnameOnlyMentions++;
      }
    }
    if (found == null && first != null) {
      // "her daughter Francesca says" … "Francesca Delvecchio-Hart": the first name met first
      for (Entity entity : EntityIndex.recent(index.byLast.get(first))) {
        if (!entity.organisation
            && entity.nameWords.size() == 1
            && (entity.person || Lexicon.isFirstName(first))) {
          found = entity;
          found.last = last;
          EntityIndex.index(index.byLast, last, found);
        }
      }
    }
    return found;
  }

  /**
   * "RT America", "E.U.", "NBC News": an acronym beside a name, or initials alone, name an
   * organisation ("G.K. Butterfield" and "WALLACE" in a transcript are people).
   */
  static boolean isAcronymName(List<String> nameWords) {
    if (nameWords.size() == 1) {
      String w = nameWords.get(0);
      boolean capitals =
          w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
      // "RCMP", "CBC", "UN" are bodies; "TRUMP" in a transcript is a man
      return capitals && (w.length() <= 3 || w.chars().noneMatch(c -> "AEIOU".indexOf(c) >= 0))
          || w.length() >= 3
              && w.contains(".")
              && Abbreviations.isInitials(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
    for (String w : nameWords) {
      boolean letters =
          w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase);
      if (letters) {
        return true;
      }
    }
    return false;
  }

  /** "Loretta E. Lynch", "J. Edgar Hoover": an initial marks a person's name. */
  static boolean hasInitial(List<String> nameWords) {
    for (String w : nameWords) {
      if (w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.') {
        return true;
      }
    }
    return false;
  }

  static boolean initialOf(String a, String b) {
    return a.length() <= 2 && b.startsWith(a.substring(0, 1))
        || b.length() <= 2 && a.startsWith(b.substring(0, 1));
  }
}
