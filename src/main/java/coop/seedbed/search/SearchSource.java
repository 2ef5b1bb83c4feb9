package coop.seedbed.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Implemented by each feature whose things can be found (as CDI beans): the index asks it for one
 * thing when the change log names it, and for everything when it rebuilds. Adding a new type of
 * document to search is one class implementing this.
 */
public interface SearchSource {

  /** The type this source owns, as in {@link SearchDocument#type()} and change events. */
  String type();

  /** The thing as it should be found now; empty when it should not be found (gone, unpublished). */
  Optional<SearchDocument> find(String id);

  /**
   * The things named that should be found now, by id; an id left out should not be found. The index
   * reads a batch of the change log with this, so a source whose things live in the database reads
   * them in one query rather than one a thing (a bulk import changes thousands a minute).
   */
  default Map<String, SearchDocument> findAll(List<String> ids) {
    Map<String, SearchDocument> found = new LinkedHashMap<>();
    for (String id : ids) {
      find(id).ifPresent(document -> found.put(id, document));
    }
    return found;
  }

  /** Every thing that should be found, handed over in order, without holding all in memory. */
  void each(Consumer<SearchDocument> sink);

  /** How a facet value this source sets reads to people ("worker" is "Worker co-op"), or null. */
  default String label(String facet, String value) {
    return null;
  }

  /** Places (cities with coordinates) this source knows, for place names typed in a query. */
  default List<Place> places() {
    return List.of();
  }

  /** A place name and where it is. */
  record Place(String name, String country, double latitude, double longitude) {}
}
