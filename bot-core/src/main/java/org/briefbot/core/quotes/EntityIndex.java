package org.briefbot.core.quotes;

import static org.briefbot.core.quotes.People.bare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.briefbot.core.quotes.Lexicon.Gender;
import org.briefbot.core.quotes.People.Entity;
import org.briefbot.core.quotes.People.Mention;
import org.briefbot.core.quotes.People.MentionType;

/**
 * The entities of one story and their mentions: lookups by surname, first name and a firm's first
 * word, and for each token the mention that covers it. {@link NameMentions} fills the entities; the
 * second pass of {@link People} records the mentions in story order.
 */
final class EntityIndex {
  /** How many bearers of one surname are compared; more is a list, not a story. */
  private static final int MAX_NAMESAKES = 50;

  /** What may follow a surname: "Jr.", "III", "(D-Md.)", "R-Ky". */
  private static final Pattern NAME_SUFFIX =
      Pattern.compile("jr\\.?|sr\\.?|ii|iii|iv|\\(.*\\)|\\(?[rd]-.*");

  final List<Entity> entities = new ArrayList<>();
  final Map<String, List<Entity>> byLast = new HashMap<>();

  /** Firms by the first word of their name: "Harrowgate Foods Inc." … "Harrowgate said". */
  final Map<String, Entity> firmByFirstWord = new HashMap<>();

  final Map<String, List<Entity>> byFirst = new HashMap<>();

  /**
   * Organisations by the acronym the story gives them: "Export Development Canada (EDC)" … "EDC
   * said".
   */
  final Map<String, Entity> byAcronym = new HashMap<>();

  /** The mentions in story order. */
  final List<Mention> mentions = new ArrayList<>();

  private final Mention[] mentionAt;

  EntityIndex(StoryTokens tokens) {
    this.mentionAt = new Mention[tokens.size()];
  }

  /** The mention covering a token, or null. */
  Mention mentionAt(int token) {
    return token >= 0 && token < mentionAt.length ? mentionAt[token] : null;
  }

  /**
   * The entity a single name refers to: a surname first, then a first name, then an organisation's
   * last word.
   */
  Entity bySingleName(String word) {
    return bySingleName(word, null);
  }

  /**
   * A lone surname's bearer; a title's gender ("Mrs. Clinton") rules out namesakes of the other.
   */
  Entity bySingleName(String word, Gender titleGender) {
    Entity best = null;
    List<Entity> namesakes = recent(byLast.get(word));
    // "Cruz" after "Ted Cruz … Heidi Cruz": the namesake already called by surname alone, else the
    // latest
    for (Entity entity : namesakes) {
      boolean otherGender =
          titleGender != null && entity.gender != null && entity.gender != titleGender;
      if (!entity.organisation
          && !otherGender
          && (best == null
              || entity.surnameOnlyMentions > best.surnameOnlyMentions
              || entity.surnameOnlyMentions == best.surnameOnlyMentions
                  && entity.lastSeen >= best.lastSeen)) {
        best = entity;
      }
    }
    if (best != null) {
      return best;
    }
    Entity firstNamed = null;
    int count = 0;
    for (Entity entity : recent(byFirst.get(word))) {
      if (!entity.organisation && word.equals(entity.first) && entity.nameWords.size() > 1) {
        firstNamed = entity;
        count++;
      }
    }
    if (count == 1) {
      return firstNamed;
    }
    for (Entity entity : namesakes) {
      if (entity.organisation) {
        return entity;
      }
    }
    return null;
  }

  static void index(Map<String, List<Entity>> index, String key, Entity entity) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(entity);
  }

  static List<Entity> recent(List<Entity> entities) {
    if (entities == null) {
      return List.of();
    }
    return entities.size() <= MAX_NAMESAKES
        ? entities
        : entities.subList(entities.size() - MAX_NAMESAKES, entities.size());
  }

  static String lastNameOf(List<String> nameWords) {
    int i = nameWords.size() - 1;
    while (i > 0 && NAME_SUFFIX.matcher(nameWords.get(i).toLowerCase(Locale.ROOT)).matches()) {
      i--;
    }
    return bare(nameWords.get(i).toLowerCase(Locale.ROOT));
  }

  Entity newEntity() {
    Entity entity = new Entity(entities.size());
    entities.add(entity);
    return entity;
  }

  void record(
      int first,
      int end,
      Entity entity,
      MentionType type,
      boolean subject,
      boolean speaks,
      boolean introduced,
      boolean quoted) {
    Mention mention = new Mention(first, end, entity, type, subject, speaks, introduced, quoted);
    mentions.add(mention);
    for (int i = first; i < end; i++) {
      mentionAt[i] = mention;
    }
  }

  int lastMentionBefore(int t) {
    int low = 0;
    int high = mentions.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).first() < t) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /**
   * The entity a bare name (as typed in a transcript, "WALLACE") refers to, if the story names it.
   */
  Entity byName(String name) {
    String lower = bare(name.toLowerCase(Locale.ROOT).strip());
    return bySingleName(lower);
  }
}
