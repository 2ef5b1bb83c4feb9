package coop.seedbed.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * How the index is laid out in files and read from them. Everything is memory-mapped, as Lucene
 * advises, except the display values: a search reads ten of them, scattered over the largest
 * doc-values file, and for each page read through a mapping the kernel maps its neighbours too
 * (fault-around, 64 KiB). After the search benchmark at a million listings 138 MiB of the server's
 * resident memory was doc-values pages, most of them display values no search had asked for. Read
 * with positioned reads they stay in the kernel's page cache, outside the server's memory, at the
 * cost of a system call for each hit shown.
 */
final class IndexFiles {

  private IndexFiles() {}

  /** Lucene's codec, with the display values in files of their own. */
  static Codec codec() {
    DocValuesFormat display = new DisplayDocValuesFormat();
    return new Lucene912Codec() {
      @Override
      public DocValuesFormat getDocValuesFormatForField(String field) {
        return Fields.DISPLAY.equals(field) ? display : super.getDocValuesFormatForField(field);
      }
    };
  }

  /** The index directory at {@code path}: mapped, but its display values read without mapping. */
  static Directory open(Path path) throws IOException {
    Directory mapped = FSDirectory.open(path);
    Directory read = new NIOFSDirectory(path, NoLockFactory.INSTANCE);
    return new FilterDirectory(mapped) {
      @Override
      public IndexInput openInput(String name, IOContext context) throws IOException {
        return isDisplayData(name) ? read.openInput(name, context) : super.openInput(name, context);
      }

      @Override
      public void close() throws IOException {
        try {
          read.close();
        } finally {
          super.close();
        }
      }
    };
  }

  /** Whether the file holds display values: Lucene names it after the segment and the format. */
  static boolean isDisplayData(String file) {
    return file.contains("_" + DisplayDocValuesFormat.NAME + "_") && file.endsWith(".dvd");
  }
}
