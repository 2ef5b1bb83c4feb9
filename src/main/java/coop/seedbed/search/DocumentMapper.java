package coop.seedbed.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SearchDocument} into a Lucene document. Why each field is what it is: titles, tags
 * and bodies are analysed text; nothing is a stored field, because what a hit shows is one binary
 * doc value ({@link Display}); filters are untokenised strings; facets are sorted-set doc values,
 * so counts need no taxonomy index; the location is both a point (for the radius filter) and doc
 * values (for sorting by distance).
 */
final class DocumentMapper {

  static final int STORED_BODY_LIMIT = 5000;
  static final FacetsConfig FACETS = facetsConfig();

  /**
   * The body keeps its offsets in the postings, so a snippet is cut from them rather than by
   * running the analyzers over every hit's text again on each search.
   */
  private static final FieldType BODY_WITH_OFFSETS = bodyWithOffsets();

  private DocumentMapper() {}

  static Document toLucene(SearchDocument source) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KEY, source.key(), Field.Store.NO));
    doc.add(new StringField(Fields.TYPE, source.type(), Field.Store.NO));
    doc.add(new TextField(Fields.TITLE, source.title(), Field.Store.NO));
    doc.add(
        new StringField(Fields.TITLE_EXACT, Analysis.normalise(source.title()), Field.Store.NO));
    doc.add(
        new SortedDocValuesField(
            Fields.TITLE_SORT, new BytesRef(Analysis.normalise(source.title()))));
    String tags = String.join(" \n ", source.tags());
    doc.add(new TextField(Fields.TAGS, tags, Field.Store.NO));
    String body = source.body();
    String stored = body.length() > STORED_BODY_LIMIT ? body.substring(0, STORED_BODY_LIMIT) : body;
    doc.add(new Field(Fields.BODY, stored, BODY_WITH_OFFSETS));
    if (body.length() > STORED_BODY_LIMIT) {
      doc.add(new Field(Fields.BODY, body.substring(STORED_BODY_LIMIT), BODY_WITH_OFFSETS));
    }
    doc.add(
        new BinaryDocValuesField(
            Fields.DISPLAY,
            new Display(
                    source.type(),
                    source.publicId() == null ? source.id() : source.publicId(),
                    source.title(),
                    source.url(),
                    source.kindLabel() == null ? source.type() : source.kindLabel(),
                    source.city(),
                    source.country(),
                    source.latitude(),
                    source.longitude(),
                    stored)
                .encode()));
    String languageField = Languages.bodyField(Languages.guess(body));
    if (languageField != null) {
      doc.add(new TextField(languageField, body, Field.Store.NO));
    }
    String everything = source.title() + " \n " + tags + " \n " + body;
    doc.add(new TextField(Fields.ALL, everything, Field.Store.NO));
    doc.add(new TextField(Fields.SPELL, everything, Field.Store.NO));
    if (source.latitude() != null && source.longitude() != null) {
      doc.add(new LatLonPoint(Fields.LOCATION, source.latitude(), source.longitude()));
      doc.add(new LatLonDocValuesField(Fields.LOCATION, source.latitude(), source.longitude()));
    }
    doc.add(new DoubleDocValuesField(Fields.RANK, source.rank()));
    String url = source.url();
    doc.add(suggest(Fields.NAME_SUGGEST, source.title(), url));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TYPE, source.type()));
    for (Map.Entry<String, List<String>> facet : source.facets().entrySet()) {
      for (String value : facet.getValue()) {
        if (value != null && !value.isBlank()) {
          doc.add(new SortedSetDocValuesFacetField(facet.getKey(), value.strip()));
          if (facet.getKey().equals(Fields.FACET_SECTOR)
              || facet.getKey().equals(Fields.FACET_TOPIC)
              || facet.getKey().equals(Fields.FACET_TECHNOLOGY)) {
            doc.add(suggest(Fields.TOPIC_SUGGEST, value.strip(), facet.getKey()));
          }
        }
      }
    }
    try {
      return FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "normalised\u0001display\u0001extra": one term that a prefix seek finds and shows at once. */
  private static StringField suggest(String field, String display, String extra) {
    return new StringField(
        field,
        Analysis.normalise(display) + Fields.SEPARATOR + display + Fields.SEPARATOR + extra,
        Field.Store.NO);
  }

  private static FieldType bodyWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String facet : Fields.FACETS) {
      config.setMultiValued(facet, true);
    }
    return config;
  }
}
