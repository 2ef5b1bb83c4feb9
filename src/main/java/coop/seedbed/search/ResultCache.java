package coop.seedbed.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * The answers to the most recent searches, for as long as the index they were read from is the one
 * searched: the same popular queries arrive over and over, and a broad one costs tens of
 * milliseconds at a million listings. Any change to the index opens a new reader, which empties the
 * cache, so an answer is never older than the index.
 */
final class ResultCache {

  /** Computes an answer that is not kept. */
  @FunctionalInterface
  interface Compute {
    SearchResult run() throws IOException;
  }

  private final int size;
  private final Map<SearchQuery, SearchResult> answers;
  private IndexReader readFrom;

  ResultCache(int size) {
    this.size = size;
    this.answers =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResult> eldest) {
            return size() > ResultCache.this.size;
          }
        };
  }

  SearchResult get(IndexReader reader, SearchQuery query, Compute compute) throws IOException {
    if (size <= 0) {
      return compute.run();
    }
    synchronized (this) {
      if (reader != readFrom) {
        answers.clear();
        readFrom = reader;
      }
      SearchResult kept = answers.get(query);
      if (kept != null) {
        return kept;
      }
    }
    SearchResult computed = compute.run();
    synchronized (this) {
      if (reader == readFrom) {
        answers.put(query, computed);
      }
    }
    return computed;
  }
}
