package coop.seedbed.matching;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Profiles and open roles as documents of the matchmaking index, and the query that finds a
 * person's candidates there: the hard limits that can be told from the index (a language in common,
 * within reach when they work only in person) as filters, then {@link RoughOrder}, which puts first
 * the few hundred that {@link Scoring} then scores exactly, from the facts kept with each document.
 */
final class MatchDocuments {

  static final String KEY = "key";
  static final String KIND = "kind";
  static final String WANTS = "wants";
  static final String SKILL = "skill";
  static final String AREA = "area";
  static final String SECTOR = "sector";
  static final String DECISION = "decision";
  static final String LANGUAGE = "language";
  static final String COUNTRY = "country";
  static final String REMOTE = "remote";
  static final String LOCATION = "location";
  static final String FACTS = "facts";

  /** The week whose working hours the index keeps for its rough order (a winter week in UTC). */
  static final LocalDate REFERENCE_WEEK = LocalDate.of(2026, 1, 5);

  private MatchDocuments() {}

  static String key(String kind, long id) {
    return kind + ":" + id;
  }

  static Document document(Facts f) {
    Document doc = new Document();
    doc.add(new StringField(KEY, key(f.kind(), f.id()), Field.Store.NO));
    doc.add(new StringField(KIND, f.kind(), Field.Store.NO));
    f.wants().forEach(w -> doc.add(new StringField(WANTS, w, Field.Store.NO)));
    f.skills().forEach(s -> doc.add(new StringField(SKILL, s, Field.Store.NO)));
    f.areas().forEach(a -> doc.add(new StringField(AREA, a, Field.Store.NO)));
    f.sectors().forEach(s -> doc.add(new StringField(SECTOR, s, Field.Store.NO)));
    f.decision().forEach(d -> doc.add(new StringField(DECISION, d, Field.Store.NO)));
    RoughOrder.Packed.of(f).fields().forEach(doc::add);
    f.languages().forEach(l -> doc.add(new StringField(LANGUAGE, l, Field.Store.NO)));
    if (f.country() != null) {
      doc.add(new StringField(COUNTRY, f.country(), Field.Store.NO));
    }
    doc.add(new StringField(REMOTE, f.remote() ? "yes" : "no", Field.Store.NO));
    if (f.latitude() != null && f.longitude() != null) {
      doc.add(new LatLonPoint(LOCATION, f.latitude(), f.longitude()));
    }
    doc.add(new BinaryDocValuesField(FACTS, FactsCodec.encode(f)));
    return doc;
  }

  /**
   * Candidates of {@code kind} for {@code you}, with any of {@code wants}: sharing a language, and
   * within your reach unless they work remotely or you do; never you.
   */
  static Query candidates(Facts you, String kind, Set<String> wants) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
    if (!wants.isEmpty()) {
      query.add(any(WANTS, wants), Occur.FILTER);
    }
    query.add(any(LANGUAGE, you.languages()), Occur.FILTER);
    query.add(new TermQuery(new Term(KEY, key(you.kind(), you.id()))), Occur.MUST_NOT);
    if (!you.remote()) {
      BooleanQuery.Builder reach = new BooleanQuery.Builder();
      reach.add(new TermQuery(new Term(REMOTE, "yes")), Occur.SHOULD);
      if (you.latitude() != null && you.longitude() != null && you.radiusKm() != null) {
        reach.add(
            LatLonPoint.newDistanceQuery(
                LOCATION, you.latitude(), you.longitude(), you.radiusKm() * 1000.0),
            Occur.SHOULD);
      } else if (you.country() != null) {
        reach.add(new TermQuery(new Term(COUNTRY, you.country())), Occur.SHOULD);
      }
      query.add(reach.build(), Occur.FILTER);
    }
    return new FunctionScoreQuery(query.build(), new RoughOrder(you, kind.equals(Facts.ROLE)));
  }

  private static Query any(String field, Set<String> values) {
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  /**
   * The facts of each hit, in the hits' order. They are binary doc values rather than stored
   * fields: a stored field is read by unpacking a whole compressed block, some fifteen microseconds
   * a document, which for a few hundred candidates cost more than the search.
   */
  static List<Facts> facts(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    Facts[] found = new Facts[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    BinaryDocValues values = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = DocValues.getBinary(leaves.get(at).reader(), FACTS);
      }
      if (!values.advanceExact(doc - leaves.get(at).docBase)) {
        throw new IllegalStateException("a matchmaking document without its facts");
      }
      found[i] = FactsCodec.decode(values.binaryValue());
    }
    return List.of(found);
  }
}
