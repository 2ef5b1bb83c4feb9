package coop.seedbed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild fed from several threads: every document arrives once, and a failure keeps the old. */
class ParallelRebuildTest {

  @TempDir Path dir;
  private final IndexStore store = new IndexStore();

  @AfterEach
  void close() {
    store.close();
  }

  private static SearchDocument doc(int n) {
    return new SearchDocument(
        "organisation",
        String.valueOf(n),
        "org-" + n,
        "Listing number " + n,
        "/coops/org-" + n,
        "Worker co-op",
        "A worker co-op, number " + n + ", making bread.",
        List.of("bakery"),
        Map.of("kind", List.of("worker")),
        null,
        null,
        null,
        null,
        1.0);
  }

  private long count(String key) throws Exception {
    return store
        .withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.KEY, key))))
        .orElse(-1L);
  }

  private int documents() throws Exception {
    return store.withSearcher(s -> s.getIndexReader().numDocs()).orElse(-1);
  }

  @Test
  void everyDocumentArrivesOnceInOneSegment() throws Exception {
    store.indexDir = dir.toString();
    store.rebuild(
        Indexing.parallel(
            sink -> {
              for (int i = 0; i < 5_000; i++) {
                sink.accept(doc(i));
              }
            },
            Thread::new),
        7);

    assertThat(documents()).isEqualTo(5_000);
    assertThat(count(doc(0).key())).isEqualTo(1);
    assertThat(count(doc(4_999).key())).isEqualTo(1);
    assertThat(store.withSearcher(s -> s.getIndexReader().leaves().size())).contains(1);
    assertThat(store.lastSeq()).isEqualTo(7);
  }

  @Test
  void aFailingSourceLeavesTheIndexAsItWas() throws Exception {
    store.indexDir = dir.toString();
    store.rebuild(Indexing.parallel(sink -> sink.accept(doc(1)), Thread::new), 1);

    assertThatThrownBy(
            () ->
                store.rebuild(
                    Indexing.parallel(
                        sink -> {
                          for (int i = 0; i < 3_000; i++) {
                            sink.accept(doc(i));
                          }
                          throw new IllegalStateException("the database went away");
                        },
                        Thread::new),
                    2))
        .hasMessageContaining("the database went away");

    assertThat(documents()).isEqualTo(1);
    assertThat(store.lastSeq()).isEqualTo(1);
    assertThat(dir.toFile().list((d, name) -> name.startsWith("gen-"))).hasSize(1);
  }
}
