package coop.seedbed.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found, in the shape of the API: the query as understood, how many hits, one page of
 * them, facet counts, and a better spelling when there is one.
 *
 * @param place a place name recognised in the text and used as the point to search around
 * @param state whether search answered from a complete index ("ready") or not yet ("building")
 */
public record SearchResult(
    String query,
    long total,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String suggestion,
    String place,
    int page,
    int size,
    String state) {

  /** One thing found. {@code snippet} is safe HTML: escaped text with matches in {@code <mark>}. */
  public record Hit(
      String type,
      String id,
      String title,
      String url,
      String kind,
      String snippet,
      float score,
      Double distanceKm,
      String city,
      String country) {}

  /** A facet value and how many results have it. */
  public record FacetValue(String value, long count) {}

  public int pages() {
    return (int) Math.max(1, Math.min(1000, (total + size - 1) / size));
  }
}
