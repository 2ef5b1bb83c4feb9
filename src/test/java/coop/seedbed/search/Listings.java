package coop.seedbed.search;

import java.util.List;
import java.util.Map;

/** A plain worker co-op listing as a search document, for tests that need a few in an index. */
final class Listings {

  private Listings() {}

  static SearchDocument listing(String id, String title, String body) {
    return new SearchDocument(
        "organisation",
        id,
        id,
        title,
        "/coops/" + id,
        "worker co-op",
        body,
        List.of(),
        Map.of(),
        null,
        "GB",
        null,
        null,
        1.0);
  }
}
