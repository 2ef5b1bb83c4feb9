package coop.seedbed.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFilesTest {

  private static final Display OUTLANDISH =
      new Display(
          "organisation",
          "outlandish",
          "Outlandish",
          "/directory/outlandish",
          "Worker co-op",
          "London",
          "GB",
          51.5276,
          -0.0777,
          "A worker co-operative that builds websites and data tools for charities.");

  @Test
  void displayValuesHaveAFileOfTheirOwnReadWithoutMapping(@TempDir Path path) throws Exception {
    try (Directory directory = IndexFiles.open(path)) {
      IndexWriterConfig config =
          new IndexWriterConfig(new StandardAnalyzer()).setCodec(IndexFiles.codec());
      config.setUseCompoundFile(false);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        Document doc = new Document();
        doc.add(new BinaryDocValuesField(Fields.DISPLAY, OUTLANDISH.encode()));
        doc.add(new NumericDocValuesField(Fields.RANK, 1));
        writer.addDocument(doc);
        writer.commit();
      }
      List<String> valueFiles =
          Arrays.stream(directory.listAll()).filter(name -> name.endsWith(".dvd")).toList();
      String display =
          valueFiles.stream().filter(IndexFiles::isDisplayData).findFirst().orElseThrow();
      String others =
          valueFiles.stream()
              .filter(name -> !IndexFiles.isDisplayData(name))
              .findFirst()
              .orElseThrow();
      try (IndexInput in = directory.openInput(display, IOContext.DEFAULT)) {
        assertEquals(NIOFSDirectory.class, in.getClass().getEnclosingClass(), in.toString());
      }
      try (IndexInput in = directory.openInput(others, IOContext.DEFAULT)) {
        assertNotEquals(NIOFSDirectory.class, in.getClass().getEnclosingClass(), in.toString());
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(OUTLANDISH, Display.of(reader, 0));
      }
    }
    // Any reader of the index, the benchmark's plain Lucene among them, finds the format by name.
    try (Directory plain = FSDirectory.open(path);
        DirectoryReader reader = DirectoryReader.open(plain)) {
      assertEquals(OUTLANDISH, Display.of(reader, 0));
      assertTrue(reader.leaves().get(0).reader().getNumericDocValues(Fields.RANK).advanceExact(0));
    }
  }
}
