package coop.seedbed.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.SloppyMath;

/**
 * The page of hits a search shows: each hit's display, its snippet with the query's words marked,
 * and its distance from the place searched near.
 */
final class HitPage {

  private static final int SNIPPET_LENGTH = 220;

  private final Analyzer queryAnalyzer = Analysis.queryAnalyzer();
  private final Analyzer indexAnalyzer = Analysis.indexAnalyzer();

  /**
   * The query's words as the body field knows them (stems and synonyms), for marking in snippets: a
   * plain disjunction of terms lets the highlighter read the offsets stored in the postings instead
   * of running the whole scoring query again for every hit.
   */
  Query bodyWords(List<String> words) {
    QueryBuilder builder = new QueryBuilder(queryAnalyzer);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String word : words) {
      Query terms = builder.createBooleanQuery(Fields.BODY, word);
      if (terms != null) {
        any.add(terms, Occur.SHOULD);
      }
    }
    return any.build();
  }

  List<SearchResult.Hit> hits(
      IndexSearcher searcher, TopDocs top, SearchQuery query, Query marked, Double lat, Double lon)
      throws IOException {
    int from = (query.page() - 1) * query.size();
    ScoreDoc[] page =
        Arrays.copyOfRange(
            top.scoreDocs,
            Math.min(from, top.scoreDocs.length),
            Math.min(from + query.size(), top.scoreDocs.length));
    IndexReader reader = searcher.getIndexReader();
    Display[] shown = new Display[page.length];
    // The highlighter asks for the text of each hit again; it is read and decoded once.
    Map<Integer, String> bodies = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      shown[i] = Display.of(reader, page[i].doc);
      bodies.put(page[i].doc, shown[i].body());
    }
    String[] snippets = new String[page.length];
    if (marked != null && page.length > 0) {
      UnifiedHighlighter.Builder builder =
          UnifiedHighlighter.builder(searcher, indexAnalyzer)
              .withWeightMatches(false)
              .withFormatter(new SnippetFormatter())
              .withMaxLength(DocumentMapper.STORED_BODY_LIMIT);
      UnifiedHighlighter highlighter =
          new UnifiedHighlighter(builder) {
            @Override
            protected FieldOffsetStrategy getOffsetStrategy(
                OffsetSource offsetSource, UHComponents components) {
              return offsetSource == OffsetSource.POSTINGS
                  ? new PagePostings(components)
                  : super.getOffsetStrategy(offsetSource, components);
            }

            /** The text to cut snippets from is the body kept with each hit's display. */
            @Override
            protected List<CharSequence[]> loadFieldValues(
                String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
              List<CharSequence[]> values = new ArrayList<>();
              for (int doc = docs.nextDoc();
                  doc != DocIdSetIterator.NO_MORE_DOCS;
                  doc = docs.nextDoc()) {
                values.add(new CharSequence[] {bodies.get(doc)});
              }
              return values;
            }
          };
      snippets =
          highlighter.highlight(
              Fields.BODY,
              marked,
              new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page),
              2);
    }
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Display display = shown[i];
      String snippet = snippets[i];
      if (snippet == null || snippet.isBlank()) {
        snippet = escape(SnippetFormatter.flat(opening(display.body())));
      }
      Double distanceKm = null;
      if (lat != null && display.latitude() != null) {
        double meters =
            SloppyMath.haversinMeters(lat, lon, display.latitude(), display.longitude());
        distanceKm = Math.round(meters / 100.0) / 10.0;
      }
      hits.add(
          new SearchResult.Hit(
              display.type(),
              display.publicId(),
              display.title(),
              display.url(),
              display.kindLabel(),
              snippet,
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              distanceKm,
              display.city(),
              display.country()));
    }
    return hits;
  }

  private static String opening(String body) {
    if (body == null) {
      return "";
    }
    String text = body.strip();
    return text.length() <= SNIPPET_LENGTH
        ? text
        : text.substring(0, SNIPPET_LENGTH).replaceAll("\\s+\\S*$", "") + " …";
  }

  private static String escape(String text) {
    return new SimpleHTMLEncoder().encodeText(text);
  }
}
