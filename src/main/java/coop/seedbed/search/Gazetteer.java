package coop.seedbed.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Place names from our own data (cities of listings with coordinates), so that "web co-op
 * manchester" searches near Manchester without any outside geocoding service. Refreshed from the
 * sources every minute; a misspelled place name is matched too.
 */
@ApplicationScoped
class Gazetteer {

  /** A recognised place and the words of the query it took. */
  record Match(SearchSource.Place place, int from, int to) {}

  /** English words that are also town names; a query using them means the word. */
  private static final Set<String> AMBIGUOUS =
      Set.of(
          "reading",
          "march",
          "mold",
          "ware",
          "deal",
          "sale",
          "street",
          "hope",
          "wells",
          "north",
          "south",
          "east",
          "west",
          "central",
          "new",
          "university",
          "energy",
          "green",
          "market",
          "bank",
          "park",
          "bridge",
          "church",
          "rugby",
          "corby",
          "bury");

  @Inject Indexing indexing;
  @Inject Clock clock;

  private volatile Map<String, SearchSource.Place> places = Map.of();
  private volatile long loadedAt = Long.MIN_VALUE / 2;

  /**
   * The longest run of query words (up to three) that names a known place, if any. A single word
   * may be a misspelled place, unless {@code meant} says it is a word used as it was typed.
   */
  Optional<Match> find(List<String> words, Predicate<String> meant) {
    Map<String, SearchSource.Place> known = current();
    for (int length = Math.min(3, words.size()); length >= 1; length--) {
      for (int from = 0; from + length <= words.size(); from++) {
        String name = String.join(" ", words.subList(from, from + length));
        if (AMBIGUOUS.contains(name) || name.length() < 4) {
          continue;
        }
        SearchSource.Place place = known.get(name);
        if (place == null && length == 1 && name.length() >= 5 && !meant.test(name)) {
          place = closest(known, name);
        }
        if (place != null) {
          return Optional.of(new Match(place, from, from + length));
        }
      }
    }
    return Optional.empty();
  }

  private static SearchSource.Place closest(Map<String, SearchSource.Place> known, String word) {
    int allowed = word.length() >= 8 ? 2 : 1;
    SearchSource.Place best = null;
    int bestDistance = allowed + 1;
    for (Map.Entry<String, SearchSource.Place> entry : known.entrySet()) {
      String name = entry.getKey();
      if (Math.abs(name.length() - word.length()) > allowed || name.indexOf(' ') >= 0) {
        continue;
      }
      int distance = levenshtein(name, word, allowed);
      if (distance < bestDistance) {
        best = entry.getValue();
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Edit distance, giving up (returning more than {@code limit}) as soon as it must exceed it. */
  static int levenshtein(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      int smallest = row[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        smallest = Math.min(smallest, row[j]);
      }
      if (smallest > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    return previous[b.length()];
  }

  private Map<String, SearchSource.Place> current() {
    long now = clock.millis();
    if (now - loadedAt > 60_000 && indexing != null) {
      loadedAt = now;
      Map<String, SearchSource.Place> loaded = new HashMap<>();
      for (SearchSource.Place place : indexing.places()) {
        loaded.putIfAbsent(Analysis.normalise(place.name()), place);
      }
      places = Map.copyOf(loaded);
    }
    return places;
  }

  /** Uses these places until the next reload (for tests). */
  void use(List<SearchSource.Place> known) {
    Map<String, SearchSource.Place> loaded = new HashMap<>();
    for (SearchSource.Place place : known) {
      loaded.putIfAbsent(Analysis.normalise(place.name()), place);
    }
    places = Map.copyOf(loaded);
    loadedAt = Long.MAX_VALUE / 2;
  }

  /** Forgets the loaded places, so the next query reads them again (after a rebuild). */
  void reload() {
    loadedAt = Long.MIN_VALUE / 2;
  }
}
