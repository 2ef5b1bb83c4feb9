package coop.seedbed.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows (title, link, place, the text its snippet is cut from), kept as one binary doc
 * value. Binary doc values are read straight from the index file; stored fields are compressed in
 * blocks, and decompressing a block for each of the ten hits was most of the time a search took.
 */
record Display(
    String type,
    String publicId,
    String title,
    String url,
    String kindLabel,
    String city,
    String country,
    Double latitude,
    Double longitude,
    String body) {

  BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      for (String text : List.of(type, publicId, title, url, kindLabel)) {
        out.writeString(text);
      }
      writeOptional(out, city);
      writeOptional(out, country);
      out.writeByte((byte) (latitude == null ? 0 : 1));
      if (latitude != null) {
        out.writeLong(Double.doubleToLongBits(latitude));
        out.writeLong(Double.doubleToLongBits(longitude));
      }
      out.writeString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  static Display decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    String type = in.readString();
    String publicId = in.readString();
    String title = in.readString();
    String url = in.readString();
    String kindLabel = in.readString();
    String city = readOptional(in);
    String country = readOptional(in);
    Double latitude = null;
    Double longitude = null;
    if (in.readByte() == 1) {
      latitude = Double.longBitsToDouble(in.readLong());
      longitude = Double.longBitsToDouble(in.readLong());
    }
    return new Display(
        type, publicId, title, url, kindLabel, city, country, latitude, longitude, in.readString());
  }

  /** The display of one document of the reader, by its top-level doc id. */
  static Display of(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.DISPLAY);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no display value");
    }
    return decode(values.binaryValue());
  }

  private static void writeOptional(ByteBuffersDataOutput out, String text) throws IOException {
    out.writeString(text == null ? "" : text);
  }

  private static String readOptional(ByteArrayDataInput in) throws IOException {
    String text = in.readString();
    return text.isEmpty() ? null : text;
  }
}
