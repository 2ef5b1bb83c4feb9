package coop.seedbed.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one index: one {@link IndexWriter} and one {@link SearcherManager}, in a
 * generation directory under {@code seedbed.search.index-dir} named by its {@code CURRENT} file. A
 * rebuild writes a new generation beside the old one, which keeps answering until the new one is
 * complete and swapped in.
 */
@ApplicationScoped
public class IndexStore {

  private static final Logger LOG = Logger.getLogger(IndexStore.class.getName());

  /** An open generation. */
  record Generation(
      Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {}

  @Inject
  @ConfigProperty(name = "seedbed.search.index-dir")
  String indexDir;

  private final AtomicReference<Generation> current = new AtomicReference<>();
  private static final long COMMIT_EVERY_NANOS = 5_000_000_000L;

  private final Object writing = new Object();
  // Guarded by writing.
  private boolean uncommitted;
  private long lastCommitNanos = System.nanoTime();
  private volatile String databaseId = "unknown";
  private final AtomicLong appliedSeq = new AtomicLong();
  // Guarded by writing: the keys of changes set aside (see SetAside), kept with each commit.
  private Set<String> setAside = Set.of();

  /**
   * Opens the generation named by {@code CURRENT} if it is of today's layout and readable; returns
   * the last change-log entry it holds, or empty when there is nothing usable (it must be built).
   */
  Optional<Long> open(String databaseId) {
    this.databaseId = databaseId;
    Path root = Path.of(indexDir);
    try {
      Files.createDirectories(root);
      Path pointer = root.resolve("CURRENT");
      if (!Files.isRegularFile(pointer)) {
        return Optional.empty();
      }
      Path path = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
      Directory directory = IndexFiles.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        return Optional.empty();
      }
      Map<String, String> data;
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        data = reader.getIndexCommit().getUserData();
      }
      if (!databaseId.equals(data.get(Fields.COMMIT_DATABASE))) {
        LOG.info(() -> "Search index was built from another database: rebuilding");
        directory.close();
        return Optional.empty();
      }
      if (!Fields.LAYOUT.equals(data.get(Fields.COMMIT_LAYOUT))) {
        LOG.info(
            () ->
                "Search index is of layout "
                    + data.get(Fields.COMMIT_LAYOUT)
                    + ", not "
                    + Fields.LAYOUT
                    + ": rebuilding");
        directory.close();
        return Optional.empty();
      }
      current.set(generation(path, directory, false));
      appliedSeq.set(Long.parseLong(data.getOrDefault(Fields.COMMIT_SEQ, "0")));
      synchronized (writing) {
        setAside = keys(data.getOrDefault(Fields.COMMIT_SET_ASIDE, ""));
      }
      return Optional.of(appliedSeq.get());
    } catch (IOException | RuntimeException e) {
      // A corrupt or unreadable index is only a cache of the database: say so and build it again.
      LOG.log(
          Level.WARNING, "Search index at " + root + " cannot be opened; it will be rebuilt", e);
      return Optional.empty();
    }
  }

  /** An empty index in memory, for tests of searching without a container. */
  void openInMemory() throws IOException {
    current.set(generation(Path.of("memory"), new ByteBuffersDirectory(), true));
  }

  boolean isOpen() {
    return current.get() != null;
  }

  /** Runs a search against the newest view of the index; empty when there is no index yet. */
  <T> Optional<T> withSearcher(SearcherFunction<T> search) throws IOException {
    Generation generation = current.get();
    if (generation == null) {
      return Optional.empty();
    }
    IndexSearcher searcher = generation.searchers().acquire();
    try {
      return Optional.of(search.apply(searcher));
    } finally {
      generation.searchers().release(searcher);
    }
  }

  /** A search that reads the index. */
  @FunctionalInterface
  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Writes changes as {@link #apply(List, List, long, Set)} does, with nothing set aside. */
  Map<String, RuntimeException> apply(
      List<SearchDocument> updates, List<String> deletions, long seq) throws IOException {
    return apply(updates, deletions, seq, Set.of());
  }

  /**
   * Writes changes: each document replaces the one with its key, each key in {@code deletions}
   * goes, and the commit records {@code seq} as applied and the keys in {@code setAside} as still
   * to do. New searches see the changes when this returns. A document the index refuses (a term
   * longer than Lucene allows, a value the mapping cannot take) is left out and returned with its
   * fault, and its key is kept as set aside; the rest is written.
   */
  Map<String, RuntimeException> apply(
      List<SearchDocument> updates, List<String> deletions, long seq, Set<String> setAside)
      throws IOException {
    synchronized (writing) {
      Generation generation = current.get();
      if (generation == null) {
        return Map.of();
      }
      IndexWriter writer = generation.writer();
      Map<String, RuntimeException> refused = new LinkedHashMap<>();
      for (SearchDocument document : updates) {
        try {
          writer.updateDocument(
              new Term(Fields.KEY, document.key()), DocumentMapper.toLucene(document));
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
          // Lucene refuses one document without harm to the rest; anything else is the index's.
          refused.put(document.key(), e);
        }
      }
      for (String key : deletions) {
        writer.deleteDocuments(new Term(Fields.KEY, key));
      }
      Set<String> still = new TreeSet<>(setAside);
      still.addAll(refused.keySet());
      this.setAside = still;
      // Searches see the changes after the refresh below; the commit (an fsync of every new
      // file) comes at most every few seconds, since committing each small batch made a bulk
      // import crawl. After a crash the index replays the change log from its last commit.
      setCommitData(writer, seq);
      uncommitted = true;
      if (System.nanoTime() - lastCommitNanos >= COMMIT_EVERY_NANOS) {
        writer.commit();
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
      }
      appliedSeq.set(seq);
      generation.searchers().maybeRefreshBlocking();
      return refused;
    }
  }

  /** The keys set aside in the last commit this index made or opened. */
  Set<String> setAside() {
    synchronized (writing) {
      return setAside;
    }
  }

  /** Commits changes applied since the last commit; the indexer calls it when it is idle. */
  void commitPending() throws IOException {
    synchronized (writing) {
      Generation generation = current.get();
      if (generation == null || !uncommitted) {
        return;
      }
      generation.writer().commit();
      uncommitted = false;
      lastCommitNanos = System.nanoTime();
    }
  }

  /** Builds a complete new generation with {@code fill}, then makes it the current one. */
  void rebuild(Filler fill, long seq) throws IOException {
    Path root = Path.of(indexDir);
    Files.createDirectories(root);
    Path path = root.resolve("gen-" + System.currentTimeMillis());
    Generation fresh = generation(path, IndexFiles.open(path), true);
    try {
      fill.fill(fresh.writer());
      // One segment: a search looks up each of its terms once per segment, and facet counts map
      // each segment's values to global ones; the parallel fill leaves a dozen segments or more.
      // At a million listings merging took 24 s more per rebuild and searches ran 1.7 times as
      // fast (SearchEngineBenchmark).
      fresh.writer().forceMerge(1);
      commit(fresh.writer(), seq);
      fresh.searchers().maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      close(fresh);
      delete(path);
      throw e;
    }
    Generation old;
    synchronized (writing) {
      old = current.getAndSet(fresh);
      appliedSeq.set(seq);
      setAside = Set.of();
      Path pointer = root.resolve("CURRENT");
      Path temporary = root.resolve("CURRENT.tmp");
      Files.writeString(temporary, path.getFileName().toString(), StandardCharsets.UTF_8);
      Files.move(
          temporary, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    if (old != null) {
      close(old);
    }
    deleteOtherGenerations(root, path);
  }

  /** Writes documents into a generation being built. */
  @FunctionalInterface
  interface Filler {
    void fill(IndexWriter writer) throws IOException;
  }

  /** The last change-log entry the current generation holds. */
  long lastSeq() {
    return appliedSeq.get();
  }

  /** Commits a fresh generation: nothing is set aside in it, it was read whole. */
  private void commit(IndexWriter writer, long seq) throws IOException {
    writer.setLiveCommitData(commitData(seq, Set.of()).entrySet());
    writer.commit();
  }

  private void setCommitData(IndexWriter writer, long seq) {
    writer.setLiveCommitData(commitData(seq, setAside).entrySet());
  }

  private Map<String, String> commitData(long seq, Set<String> keys) {
    return Map.of(
        Fields.COMMIT_LAYOUT,
        Fields.LAYOUT,
        Fields.COMMIT_SEQ,
        String.valueOf(seq),
        Fields.COMMIT_DATABASE,
        databaseId,
        Fields.COMMIT_SET_ASIDE,
        String.join("\n", keys));
  }

  private static Set<String> keys(String joined) {
    Set<String> keys = new TreeSet<>();
    for (String key : joined.split("\n")) {
      if (!key.isBlank()) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static Generation generation(Path path, Directory directory, boolean create)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(Analysis.indexAnalyzer());
    config.setOpenMode(
        create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCodec(IndexFiles.codec());
    IndexWriter writer = new IndexWriter(directory, config);
    return new Generation(path, directory, writer, new SearcherManager(writer, null));
  }

  private static void close(Generation generation) {
    try {
      generation.searchers().close();
      generation.writer().close();
      generation.directory().close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing an index generation failed", e);
    }
  }

  private static void deleteOtherGenerations(Path root, Path keep) {
    try (Stream<Path> children = Files.list(root)) {
      children
          .filter(
              p ->
                  Files.isDirectory(p)
                      && p.getFileName().toString().startsWith("gen-")
                      && !p.equals(keep))
          .forEach(IndexStore::delete);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Old index generations could not be listed", e);
    }
  }

  private static void delete(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PreDestroy
  void close() {
    Generation generation = current.getAndSet(null);
    if (generation != null) {
      close(generation);
    }
  }
}
