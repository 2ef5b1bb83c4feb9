package coop.seedbed.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The listings one import batch's lines are checked against: those of the database that share a
 * line's website, name or slug, looked up when the batch starts, and those the batch itself has
 * written. Looking up only these keeps an import's memory and its time per line flat as the
 * directory grows; holding the whole directory's keys for the length of an import did neither.
 * Nothing here outlives the batch's transaction, so a batch that rolls back leaves nothing behind.
 */
final class KnownListings {

  /** What a listing is checked by. */
  record Entry(long id, String slug, String nameKey, String country, String cityKey) {
    static Entry of(Organisation org) {
      return new Entry(org.id, org.slug, org.nameKey, org.country, org.cityKey);
    }
  }

  private final Map<String, List<Entry>> byWebsite = new HashMap<>();
  private final Map<String, List<Entry>> byName = new HashMap<>();
  private final Set<String> slugsTaken = new HashSet<>();
  private final Set<String> slugsChecked = new HashSet<>();
  private final Predicate<String> slugInDatabase;

  /**
   * {@code slugInDatabase} answers for a slug none of the batch's lookups covered (a name shared by
   * many listings, numbered past the candidates looked up together).
   */
  KnownListings(Predicate<String> slugInDatabase) {
    this.slugInDatabase = slugInDatabase;
  }

  private static String nameKey(String nameKey, String country) {
    return nameKey + "|" + (country == null ? "" : country);
  }

  /** A listing found in the database by the batch's lookups. */
  void found(String websiteKey, Entry entry) {
    if (websiteKey != null) {
      add(byWebsite, websiteKey, entry);
    }
    add(byName, nameKey(entry.nameKey(), entry.country()), entry);
    slugsTaken.add(entry.slug());
    slugsChecked.add(entry.slug());
  }

  /**
   * Slugs the batch looked up: those the lookup found are taken (see {@link #found}), the rest are
   * free in the database.
   */
  void slugsLookedUp(Collection<String> looked) {
    slugsChecked.addAll(looked);
  }

  /** Adds a listing as the batch has written it. */
  void remember(Organisation org) {
    found(org.websiteKey, Entry.of(org));
  }

  /** Takes a listing's website and name out, before an update may change them. */
  void forget(Organisation org) {
    if (org.websiteKey != null) {
      remove(byWebsite, org.websiteKey, org.id);
    }
    remove(byName, nameKey(org.nameKey, org.country), org.id);
  }

  /**
   * The slug of a listing other than {@code self} that {@code candidate} duplicates: one with the
   * same website and an overlapping name, or the same name in the same country and city (or with
   * either city unknown); null if none.
   */
  String clash(Organisation candidate, Long self) {
    if (candidate.websiteKey != null) {
      for (Entry other : byWebsite.getOrDefault(candidate.websiteKey, List.of())) {
        if (!isSelf(other, self) && Keys.namesOverlap(candidate.nameKey, other.nameKey())) {
          return other.slug();
        }
      }
    }
    for (Entry other :
        byName.getOrDefault(nameKey(candidate.nameKey, candidate.country), List.of())) {
      if (!isSelf(other, self)
          && (candidate.cityKey == null
              || other.cityKey() == null
              || candidate.cityKey.equals(other.cityKey()))) {
        return other.slug();
      }
    }
    return null;
  }

  /** A slug for a new listing that neither the database nor the batch has given out. */
  String uniqueSlug(String name, String city) {
    return Keys.uniqueSlug(
        name, city, slug -> ReservedSlugs.SLUGS.contains(slug) || slugTaken(slug));
  }

  private boolean slugTaken(String slug) {
    if (slugsTaken.contains(slug)) {
      return true;
    }
    if (slugsChecked.add(slug) && slugInDatabase.test(slug)) {
      slugsTaken.add(slug);
      return true;
    }
    return false;
  }

  /**
   * The slug a new listing of this name tries first, looked up for the whole batch in one query;
   * only a taken one leads to more. Looking up the city and numbered variants too made the lookup
   * five times longer, long enough that PostgreSQL chose to read the whole table for it.
   */
  static String firstSlug(String name) {
    return Keys.slug(name);
  }

  private static boolean isSelf(Entry entry, Long self) {
    return self != null && entry.id() == self;
  }

  private static void add(Map<String, List<Entry>> map, String key, Entry entry) {
    List<Entry> entries = map.computeIfAbsent(key, k -> new ArrayList<>());
    entries.removeIf(e -> e.id() == entry.id());
    entries.add(entry);
  }

  private static void remove(Map<String, List<Entry>> map, String key, long id) {
    List<Entry> entries = map.get(key);
    if (entries != null) {
      entries.removeIf(e -> e.id() == id);
    }
  }
}
