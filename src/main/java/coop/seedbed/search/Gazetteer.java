package coop.seedbed.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Place names from our own data (cities of listings with coordinates), so that "web co-op
 * manchester" searches near Manchester without any outside geocoding service. Refreshed from the
 * sources every minute, in the background: the search that finds them stale does not wait for the
 * reading (at a million listings a grouping of every listing by city); a misspelled place name is
 * matched too.
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

  private static final Logger LOG = Logger.getLogger(Gazetteer.class.getName());

  private static final long REFRESH_MILLIS = 60_000;

  private static final long NEVER = Long.MIN_VALUE / 2;

  @Inject Indexing indexing;
  @Inject Clock clock;

  /** Where later readings run; without one (a test) they run on the searching thread. */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  Executor background;

  private volatile Map<String, SearchSource.Place> places = Map.of();
  private volatile long loadedAt = NEVER;
  private final AtomicBoolean loading = new AtomicBoolean();

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

  /**
   * The places known now. The first reading is waited for (the warm-up search makes it); after
   * that, a stale list is still used while one reading at a time runs in the background.
   */
  private Map<String, SearchSource.Place> current() {
    long now = clock.millis();
    if (now - loadedAt > REFRESH_MILLIS && indexing != null && loading.compareAndSet(false, true)) {
      if (loadedAt == NEVER || background == null) {
        load(now);
      } else {
        try {
          background.execute(() -> load(now));
        } catch (RuntimeException e) {
          // Refused (a server shutting down, say): try again in a minute, not at the next search,
          // which would log this once a search.
          loadedAt = now;
          loading.set(false);
          LOG.log(
              Level.WARNING, "Could not start reading place names; the old ones stay a minute", e);
        }
      }
    }
    return places;
  }

  private void load(long startedAt) {
    try {
      Map<String, SearchSource.Place> loaded = new HashMap<>();
      for (SearchSource.Place place : indexing.places()) {
        loaded.putIfAbsent(Analysis.normalise(place.name()), place);
      }
      places = Map.copyOf(loaded);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading place names failed; the old ones stay for a minute", e);
    } finally {
      loadedAt = startedAt;
      loading.set(false);
    }
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
}
