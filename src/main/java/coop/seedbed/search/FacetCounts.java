package coop.seedbed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Facet counts for a search, with the facet state of each open reader kept until that reader
 * closes.
 */
final class FacetCounts {

  private static final int FACET_VALUES = 12;

  /**
   * Facet state per open reader, dropped when its reader closes. (A weak map kept every one: the
   * state refers to its reader, and so to its own key.)
   */
  private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> facetStates =
      new ConcurrentHashMap<>();

  /** The counts of each facet's most frequent values, in the order of {@link Fields#FACETS}. */
  Map<String, List<SearchResult.FacetValue>> counts(Facets found) throws IOException {
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : Fields.FACETS) {
      FacetResult counts = found.getTopChildren(FACET_VALUES, dim);
      List<SearchResult.FacetValue> values = new ArrayList<>();
      if (counts != null) {
        for (LabelAndValue value : counts.labelValues) {
          values.add(new SearchResult.FacetValue(value.label, value.value.longValue()));
        }
      }
      facets.put(dim, values);
    }
    return facets;
  }

  int statesHeld() {
    return facetStates.size();
  }

  SortedSetDocValuesReaderState state(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
    SortedSetDocValuesReaderState state = facetStates.get(key);
    if (state == null) {
      state = new DefaultSortedSetDocValuesReaderState(reader, DocumentMapper.FACETS);
      if (facetStates.putIfAbsent(key, state) == null) {
        reader.getReaderCacheHelper().addClosedListener(facetStates::remove);
      }
    }
    return state;
  }
}
