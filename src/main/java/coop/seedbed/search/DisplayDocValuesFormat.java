package coop.seedbed.search;

import java.io.IOException;
import org.apache.lucene.codecs.DocValuesConsumer;
import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's own doc values format under a name of its own, for the display values only (see {@link
 * IndexFiles}): a field of another format name is written to files of its own, which the index's
 * directory can then read differently. Public, with a public constructor, and named in {@code
 * META-INF/services}, because Lucene finds a segment's formats by name when it opens it.
 */
public final class DisplayDocValuesFormat extends DocValuesFormat {

  static final String NAME = "SeedbedDisplay";

  private final DocValuesFormat lucene = new Lucene90DocValuesFormat();

  public DisplayDocValuesFormat() {
    super(NAME);
  }

  @Override
  public DocValuesConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
    return lucene.fieldsConsumer(state);
  }

  @Override
  public DocValuesProducer fieldsProducer(SegmentReadState state) throws IOException {
    return lucene.fieldsProducer(state);
  }
}
