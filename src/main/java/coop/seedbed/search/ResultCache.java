package coop.seedbed.search;

import static coop.seedbed.shared.Jsons.JSON;

import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;

/**
 * The answers to the most recent searches, for as long as the index they were read from is the one
 * searched: the same popular queries arrive over and over, and a broad one costs milliseconds at a
 * million listings. Any change to the index opens a new reader, which empties the cache, so an
 * answer is never older than the index.
 *
 * <p>Nothing here takes a lock: with one lock around an access-ordered map, sixteen clients on two
 * cores queued behind whichever thread the scheduler had paused while holding it. Recency is kept
 * by two maps instead: answers go into the recent one, and when it holds half the capacity it
 * becomes the older one and the previous older one is dropped; an answer found in the older map
 * moves back to the recent one.
 */
final class ResultCache {

  /** Computes an answer that is not kept. */
  @FunctionalInterface
  interface Compute {
    SearchResult run() throws IOException;
  }

  /** A search's answer, and the same in JSON once the API has asked for it. */
  static final class Answer {
    private final SearchResult result;
    private volatile byte[] json;

    Answer(SearchResult result) {
      this.result = result;
    }

    SearchResult result() {
      return result;
    }

    /**
     * The answer in the API's JSON, written once per answer. Written by hand: JSON-B walked the
     * records by reflection and hashed every hit to guard against cycles, which cost more than
     * finding the answer in this cache.
     */
    byte[] json() {
      byte[] written = json;
      if (written == null) {
        written = write(result);
        json = written;
      }
      return written;
    }
  }

  private record Generation(
      IndexReader reader, Map<SearchQuery, Answer> recent, Map<SearchQuery, Answer> older) {}

  private final int size;
  private final AtomicReference<Generation> current = new AtomicReference<>();

  ResultCache(int size) {
    this.size = size;
  }

  Answer get(IndexReader reader, SearchQuery query, Compute compute) throws IOException {
    return get(reader, query, compute, false);
  }

  /**
   * The kept answer to {@code query}, or a new one computed and kept. With {@code fresh}, a kept
   * answer is passed over and the new one replaces it: what a client's {@code Cache-Control:
   * no-cache} asks for, and how the benchmark measures search rather than this map.
   */
  Answer get(IndexReader reader, SearchQuery query, Compute compute, boolean fresh)
      throws IOException {
    if (size <= 0) {
      return new Answer(compute.run());
    }
    Generation generation = current.get();
    if (generation == null || generation.reader() != reader) {
      generation = new Generation(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
      current.set(generation);
    }
    Answer kept = fresh ? null : generation.recent().get(query);
    if (kept == null && !fresh) {
      kept = generation.older().get(query);
      if (kept != null) {
        keep(generation, query, kept);
      }
    }
    if (kept != null) {
      return kept;
    }
    Answer computed = new Answer(compute.run());
    keep(generation, query, computed);
    return computed;
  }

  private void keep(Generation generation, SearchQuery query, Answer answer) {
    generation.recent().put(query, answer);
    if (generation.recent().size() >= Math.max(1, size / 2)) {
      current.compareAndSet(
          generation,
          new Generation(generation.reader(), new ConcurrentHashMap<>(), generation.recent()));
    }
  }

  /** Keys in alphabetical order, nulls left out: the JSON that JSON-B wrote before. */
  static byte[] write(SearchResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStartObject("facets");
      for (Map.Entry<String, List<SearchResult.FacetValue>> facet : result.facets().entrySet()) {
        json.writeStartArray(facet.getKey());
        for (SearchResult.FacetValue value : facet.getValue()) {
          json.writeStartObject().write("count", value.count()).write("value", value.value());
          json.writeEnd();
        }
        json.writeEnd();
      }
      json.writeEnd();
      json.writeStartArray("hits");
      for (SearchResult.Hit hit : result.hits()) {
        json.writeStartObject();
        optional(json, "city", hit.city());
        optional(json, "country", hit.country());
        if (hit.distanceKm() != null) {
          json.write("distanceKm", hit.distanceKm());
        }
        json.write("id", hit.id());
        optional(json, "kind", hit.kind());
        // Through its decimal text, so 2.5f is 2.5 and 0.1f is 0.1, not 0.10000000149011612.
        json.write("score", new BigDecimal(Float.toString(hit.score())));
        json.write("snippet", hit.snippet());
        json.write("title", hit.title());
        json.write("type", hit.type());
        json.write("url", hit.url());
        json.writeEnd();
      }
      json.writeEnd();
      json.write("page", result.page());
      optional(json, "place", result.place());
      json.write("query", result.query());
      json.write("size", result.size());
      json.write("state", result.state());
      optional(json, "suggestion", result.suggestion());
      json.write("total", result.total());
      json.writeEnd();
    }
    return out.toByteArray();
  }

  /** Absent rather than null, as JSON-B wrote them. */
  private static void optional(JsonGenerator json, String name, String value) {
    if (value != null) {
      json.write(name, value);
    }
  }
}
