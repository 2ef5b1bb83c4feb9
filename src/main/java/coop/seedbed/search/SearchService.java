package coop.seedbed.search;

import coop.seedbed.shared.UnavailableException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Searches the index. Text is never parsed as query syntax: it is split into words, each word may
 * match any field (name and title first, then tags, then body), most words must match, a misspelled
 * word still matches its near spellings, and a listing whose whole name was typed comes first.
 * Facet counts are drill-sideways, so the other values of a chosen facet keep their counts. The
 * page's snippets, the counts and the "did you mean" line are made by {@link HitPage}, {@link
 * FacetCounts} and {@link DidYouMean}.
 */
@ApplicationScoped
public class SearchService {

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

  static final float TITLE_BOOST = 4f;
  static final float TAGS_BOOST = 2.5f;
  static final float BODY_BOOST = 1f;
  static final float FUZZY_BOOST = 0.3f;
  static final float EXACT_TITLE_BOOST = 30f;

  /**
   * How many hits by text alone are re-ranked: this many times the page, and at least the floor.
   */
  private static final int RERANK_FACTOR = 4;

  private static final int RERANK_MIN = 100;

  /** Hits counted exactly by the hits pass; the facet pass counts them all anyway. */
  private static final int TOTAL_HITS_THRESHOLD = 1000;

  /** A query word found in fewer documents than this may be a misspelling. */
  static final int FUZZY_BELOW_DOCS = 3;

  /**
   * A word found in more than this share of the documents ("coop", in a directory of co-ops) is not
   * required of a match, only scored: it barely narrows the results, yet intersecting its postings
   * (with its synonyms, eight terms) was most of what a query cost at a million listings.
   */
  private static final double COMMON_SHARE = 0.25;

  /** Below this many documents every word is required; the saving only matters at scale. */
  private static final int COMMON_MIN_DOCS = 1000;

  @Inject IndexStore store;
  @Inject Indexing indexing;
  @Inject Gazetteer gazetteer;
  @Inject QueryStats stats;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private final Analyzer queryAnalyzer = Analysis.queryAnalyzer();
  final FacetCounts facetCounts = new FacetCounts();
  final DistanceFilters distanceFilters = new DistanceFilters();
  private final HitPage hitPage = new HitPage();
  private final DidYouMean didYouMean = new DidYouMean();

  @Inject
  @ConfigProperty(name = "seedbed.search.result-cache-size")
  int resultCacheSize;

  private volatile ResultCache results;

  private ResultCache results() {
    ResultCache cache = results;
    if (cache == null) {
      synchronized (this) {
        if (results == null) {
          results = new ResultCache(resultCacheSize);
        }
        cache = results;
      }
    }
    return cache;
  }

  public Indexing.State state() {
    return indexing.state();
  }

  /**
   * Runs one search (misspelled, with a place name) as soon as the index can answer, while the rest
   * of the application is still starting. The first search of a started instance read the place
   * names and loaded Lucene's facet, fuzzy and snippet code: about 1.4 s, against 0.02 s for the
   * next one. Not counted in the query statistics and not kept in the cache. On a thread of its
   * own: run on the deploying thread, its database reads left an entity manager that the end of the
   * deployment closed under the change-log poller, and every change it read was set aside; as a
   * task of the managed executor submitted during deployment, Payara logged two SEVERE lines
   * resetting the task's context.
   */
  void warmUp(@Observes IndexReady ready) {
    if (threads != null) {
      Thread thread = threads.newThread(this::searchOnce);
      thread.setName("seedbed-search-warm-up");
      thread.start();
    }
  }

  private void searchOnce() {
    SearchQuery query =
        new SearchQuery(
            "cooperatve housing london", Map.of(), null, null, null, "relevance", 1, 10);
    try {
      store.withSearcher(searcher -> run(searcher, query));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Warming search up failed; the first search will be slower", e);
    }
  }

  public SearchResult search(SearchQuery query) {
    return answer(query, false).result();
  }

  /**
   * The same search, as the API's JSON. With {@code fresh} the answer is searched for again even
   * when a recent one is kept (the client sent {@code Cache-Control: no-cache}).
   */
  public byte[] searchJson(SearchQuery query, boolean fresh) {
    return answer(query, fresh).json();
  }

  private ResultCache.Answer answer(SearchQuery query, boolean fresh) {
    try {
      Optional<ResultCache.Answer> answer =
          store.withSearcher(
              searcher ->
                  results()
                      .get(searcher.getIndexReader(), query, () -> run(searcher, query), fresh));
      if (answer.isEmpty()) {
        throw new UnavailableException(
            "Search is being prepared: the index is being built from the directory and guides. Please try again in a minute.",
            30);
      }
      if (!query.text().isBlank()) {
        stats.count(query.text(), answer.get().result().total());
      }
      return answer.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResult run(IndexSearcher searcher, SearchQuery query) throws IOException {
    List<String> words = QueryWords.words(query.text());
    Double lat = query.nearLatitude();
    Double lon = query.nearLongitude();
    double radiusKm = query.radiusOrDefault();
    String place = null;
    Query placeText = null;
    if (!query.hasNear()) {
      IndexReader reader = searcher.getIndexReader();
      Optional<Gazetteer.Match> match = gazetteer.find(words, word -> wellKnown(reader, word));
      if (match.isPresent()) {
        SearchSource.Place found = match.get().place();
        place = found.name() + (found.country() == null ? "" : ", " + found.country());
        lat = found.latitude();
        lon = found.longitude();
        radiusKm = 25;
        placeText = textQuery(words.subList(match.get().from(), match.get().to()), null, true);
        List<String> rest = new ArrayList<>(words.subList(0, match.get().from()));
        rest.addAll(words.subList(match.get().to(), words.size()));
        words = rest;
      }
    }

    BooleanQuery.Builder base = new BooleanQuery.Builder();
    NearSpellings near = new NearSpellings(searcher);
    Query text = textQuery(QueryWords.meaningful(words), near, true);
    Query rescore = null;
    base.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
    if (text != null) {
      Query exact =
          new BoostQuery(
              new TermQuery(
                  new Term(Fields.TITLE_EXACT, Analysis.normalise(String.join(" ", words)))),
              EXACT_TITLE_BOOST);
      base.add(exact, Occur.SHOULD);
      rescore =
          new BooleanQuery.Builder()
              .add(textQuery(QueryWords.meaningful(words), near, false), Occur.SHOULD)
              .add(exact, Occur.SHOULD)
              .build();
    }
    if (lat != null) {
      Query distance = distanceFilters.within(lat, lon, radiusKm * 1000);
      if (placeText != null) {
        // Listings without coordinates still count when their place is named.
        distance =
            new BooleanQuery.Builder()
                .add(distance, Occur.SHOULD)
                .add(placeText, Occur.SHOULD)
                .build();
      }
      base.add(distance, Occur.FILTER);
    }
    DrillDownQuery drill = new DrillDownQuery(DocumentMapper.FACETS, base.build());
    query.filters().forEach(drill::add);
    int topN = query.page() * query.size();
    Sort sort =
        switch (query.sort()) {
          case "distance" ->
              new Sort(LatLonDocValuesField.newDistanceSort(Fields.LOCATION, lat, lon));
          case "name" -> new Sort(new SortField(Fields.TITLE_SORT, SortField.Type.STRING));
          default -> null;
        };
    // Two passes. The page of hits alone lets Lucene skip documents that cannot reach the top
    // (block-max WAND); facet counts need every match, but no scores. One pass doing both scored
    // every match, which at a million listings was most of the time a broad query took.
    TopDocs top =
        sort == null
            ? ranked(searcher, drill, rescore, topN)
            : searcher.search(
                drill, new TopFieldCollectorManager(sort, topN, null, TOTAL_HITS_THRESHOLD));
    DrillSideways sideways =
        new DrillSideways(searcher, DocumentMapper.FACETS, facetCounts.state(searcher));
    DrillSideways.ConcurrentDrillSidewaysResult<Integer> found =
        sideways.search(drill, new TotalHitCountCollectorManager());

    Query marked = text == null ? null : hitPage.bodyWords(QueryWords.meaningful(words));
    List<SearchResult.Hit> hits = hitPage.hits(searcher, top, query, marked, lat, lon);
    Map<String, List<SearchResult.FacetValue>> facets = facetCounts.counts(found.facets);
    long total = found.collectorResult;
    String suggestion = didYouMean.suggestion(searcher.getIndexReader(), query.text(), total);
    return new SearchResult(
        query.text(),
        total,
        hits,
        facets,
        suggestion,
        place,
        query.page(),
        query.size(),
        state().name().toLowerCase(Locale.ROOT));
  }

  /**
   * The best {@code n} hits. Candidates, several times the page, come from the cheap query over the
   * one field holding all of a document's words, where Lucene can skip whatever cannot reach the
   * top; they are then scored by {@code rescore}, field by field (a word in a name counts more than
   * one in a description), and each score is multiplied by the document's rank (1, or less for an
   * unconfirmed listing or an overdue guide). Ranks only ever lower a score.
   */
  private static TopDocs ranked(IndexSearcher searcher, Query query, Query rescore, int n)
      throws IOException {
    int candidates = Math.max(RERANK_MIN, n * RERANK_FACTOR);
    TopDocs found =
        searcher.search(
            query, new TopScoreDocCollectorManager(candidates, null, TOTAL_HITS_THRESHOLD));
    if (rescore != null) {
      found =
          new QueryRescorer(rescore) {
            @Override
            protected float combine(
                float firstPassScore, boolean secondPassMatches, float secondPassScore) {
              return secondPassMatches ? secondPassScore : 0f;
            }
          }.rescore(searcher, found, candidates);
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] docs = found.scoreDocs.clone();
    for (ScoreDoc doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
      NumericDocValues rank = leaf.reader().getNumericDocValues(Fields.RANK);
      if (rank != null && rank.advanceExact(doc.doc - leaf.docBase)) {
        doc.score *= (float) Double.longBitsToDouble(rank.longValue());
      }
    }
    Arrays.sort(
        docs,
        (a, b) ->
            a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return new TopDocs(found.totalHits, Arrays.copyOf(docs, Math.min(n, docs.length)));
  }

  /**
   * One clause a word, each matching the word in any field; most clauses must match. Null for no
   * words. With {@code near}, a word the index hardly knows also matches its near spellings; a word
   * it knows well is taken as meant, which also spares building a fuzzy automaton for every word of
   * every query. For {@code matching}, title, tags and body are one combined field: the same
   * documents match, at a fraction of the cost; otherwise each field is scored with its weight.
   */
  Query textQuery(List<String> words, NearSpellings near, boolean matching) throws IOException {
    if (words.isEmpty()) {
      return null;
    }
    IndexReader reader = near == null ? null : near.reader();
    if (matching && reader != null) {
      words = withoutCommon(words, reader);
    }
    QueryBuilder builder = new QueryBuilder(queryAnalyzer);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    // A language no document is written in needs no clause: each clause costs term look-ups.
    List<String> bodies = new ArrayList<>();
    for (String body :
        List.of(Fields.BODY, Fields.BODY_FR, Fields.BODY_ES, Fields.BODY_PT, Fields.BODY_DE)) {
      if (matching) {
        // Matching uses the combined field alone (English stems, accents folded), so that Lucene
        // can skip whole blocks; the language fields count when candidates are scored.
        continue;
      }
      if (reader == null || body.equals(Fields.BODY) || reader.getDocCount(body) > 0) {
        bodies.add(body);
      }
    }
    for (String word : words) {
      List<Query> alternatives = new ArrayList<>();
      if (matching) {
        add(alternatives, builder.createBooleanQuery(Fields.ALL, word), BODY_BOOST);
      } else {
        add(alternatives, builder.createBooleanQuery(Fields.TITLE, word), TITLE_BOOST);
        add(alternatives, builder.createBooleanQuery(Fields.TAGS, word), TAGS_BOOST);
      }
      for (String body : bodies) {
        add(alternatives, builder.createBooleanQuery(body, word), BODY_BOOST);
      }
      Query nearSpellings = near == null ? null : near.of(word);
      if (nearSpellings != null) {
        alternatives.add(new BoostQuery(nearSpellings, FUZZY_BOOST));
      }
      if (!alternatives.isEmpty()) {
        all.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.SHOULD);
        clauses++;
      }
    }
    if (clauses == 0) {
      return null;
    }
    all.setMinimumNumberShouldMatch(mustMatch(clauses));
    return all.build();
  }

  /** The words without those in most documents; all of them when every word is that common. */
  private static List<String> withoutCommon(List<String> words, IndexReader reader)
      throws IOException {
    int docs = reader.numDocs();
    if (docs < COMMON_MIN_DOCS || words.size() < 2) {
      return words;
    }
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      if (reader.docFreq(new Term(Fields.SPELL, word)) <= docs * COMMON_SHARE) {
        kept.add(word);
      }
    }
    return kept.isEmpty() ? words : kept;
  }

  /** Whether the index knows this word well enough to take it as meant, not as a misspelling. */
  private static boolean wellKnown(IndexReader reader, String word) {
    try {
      return reader.docFreq(new Term(Fields.SPELL, word)) >= FUZZY_BELOW_DOCS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Of n words, how many a hit must match: all of one or two, then all but about a third. */
  static int mustMatch(int words) {
    return words <= 2 ? words : (int) Math.ceil(words * 0.6);
  }

  /**
   * The near spellings of the words one search's index hardly knows, each expanded once. A search
   * runs its text query three times (hits, their rescoring, facet counts), and each run expanded a
   * fuzzy word afresh, building its Levenshtein automata again: with the cluster test's probes,
   * which ask for words not yet indexed, that was 30% of an instance's CPU samples.
   */
  static final class NearSpellings {
    private final IndexSearcher searcher;
    private final Map<String, Optional<Query>> expanded = new HashMap<>();

    NearSpellings(IndexSearcher searcher) {
      this.searcher = searcher;
    }

    IndexReader reader() {
      return searcher.getIndexReader();
    }

    /** The word's near spellings as terms of this index; null for a word taken as meant. */
    Query of(String word) throws IOException {
      Optional<Query> terms = expanded.get(word);
      if (terms == null) {
        terms = Optional.empty();
        if (word.length() >= 4 && !wellKnown(reader(), word)) {
          int edits = word.length() >= 8 ? 2 : 1;
          terms =
              Optional.of(
                  searcher.rewrite(
                      new FuzzyQuery(new Term(Fields.SPELL, word), edits, 1, 30, true)));
        }
        expanded.put(word, terms);
      }
      return terms.orElse(null);
    }
  }

  private static void add(List<Query> alternatives, Query query, float boost) {
    if (query != null) {
      alternatives.add(new BoostQuery(query, boost));
    }
  }
}
