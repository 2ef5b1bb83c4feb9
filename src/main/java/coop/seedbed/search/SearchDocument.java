package coop.seedbed.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a feature gives the index for one thing people can find.
 *
 * @param type the kind of thing ("organisation", "guide", "document")
 * @param id the source's own id, as it appears in change events
 * @param publicId the id the API shows for the hit (a slug)
 * @param title the name or title, weighted highest
 * @param url where the hit leads, on Seedbed
 * @param kindLabel what the hit is, in words people read ("Worker co-op", "Guide")
 * @param body the main text, plain (no markup)
 * @param tags short words that describe it: sectors, services, topics, places
 * @param facets values for the facet dimensions of {@link Fields#FACETS}
 * @param rank a score multiplier: 1 normally, lower for things that may be out of date
 */
public record SearchDocument(
    String type,
    String id,
    String publicId,
    String title,
    String url,
    String kindLabel,
    String body,
    List<String> tags,
    Map<String, List<String>> facets,
    String city,
    String country,
    Double latitude,
    Double longitude,
    double rank) {

  public SearchDocument {
    Objects.requireNonNull(type);
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    tags = List.copyOf(tags);
    facets = Map.copyOf(facets);
    body = body == null ? "" : body;
  }

  String key() {
    return key(type, id);
  }

  static String key(String type, String id) {
    return type + ":" + id;
  }
}
