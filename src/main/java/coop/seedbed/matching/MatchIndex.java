package coop.seedbed.matching;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Matchmaking's own Lucene index of the profiles and open roles that may be suggested. It is kept
 * apart from the site's search, so that nothing of a profile ever reaches a public result, a
 * suggestion or a "did you mean". Built from the database at start, it takes up a change made on
 * this instance as soon as it commits, and changes made on other instances by reading what changed
 * since its last look (with a margin for transactions that were still open). It only proposes
 * candidates: every suggestion is checked against the database before anyone sees it, so a profile
 * hidden, paused, blocked or deleted elsewhere is never shown even before this index hears of it.
 * One writer and one searcher manager for the whole application.
 */
@ApplicationScoped
class MatchIndex {

  private static final Logger LOG = Logger.getLogger(MatchIndex.class.getName());
  private static final int PAGE = 500;

  @Inject MatchIndexReads reads;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.search.index-dir")
  String indexDir;

  @Inject
  @ConfigProperty(name = "seedbed.matching.poll-interval")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "seedbed.matching.rebuild-every")
  Duration rebuildEvery;

  /** How far back each look for changes reaches: longer than any transaction stays open. */
  static final Duration MARGIN = Duration.ofMinutes(5);

  private final WakeableLoop loop = new WakeableLoop();
  private final ConcurrentLinkedQueue<MatchChanged> local = new ConcurrentLinkedQueue<>();
  private Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;
  private volatile boolean ready;
  private OffsetDateTime lookedAt;
  private OffsetDateTime builtAt;

  /** By kind, the version of each recently changed row the index holds. */
  private final Map<String, Map<Long, Long>> written = new HashMap<>();

  void start(@Observes SchemaReady ready) {
    try {
      Path path = Path.of(indexDir).resolve("matching");
      if (Files.isDirectory(path)) {
        try (var files = Files.walk(path)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    loop.start(threads, "seedbed-matching-index", pollInterval, this::keepUp);
    loop.wake();
  }

  /** A test deployment's clock moved: the loop runs at once rather than at its interval. */
  void clockMoved(@Observes ClockMoved moved) {
    loop.wake();
  }

  @PreDestroy
  void stop() {
    loop.stop();
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing the matching index", e);
    }
  }

  /** After a change commits here, the index takes it up at once. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MatchChanged change) {
    local.add(change);
    loop.wake();
  }

  boolean isReady() {
    return ready;
  }

  /** Up to {@code limit} candidates in the index's rough order. */
  List<Facts> search(Query query, int limit) {
    if (!ready) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, limit);
        return MatchDocuments.facts(searcher, top.scoreDocs);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the loop does: build, take up local changes, look for others', rebuild daily. */
  void keepUp() {
    try {
      OffsetDateTime now = OffsetDateTime.now(clock);
      if (!ready || builtAt.plus(rebuildEvery).isBefore(now)) {
        rebuild(now);
        return;
      }
      MatchChanged change;
      boolean any = false;
      while ((change = local.poll()) != null) {
        apply(change.kind(), change.id(), reads.facts(change.kind(), change.id()));
        any = true;
      }
      OffsetDateTime since = lookedAt.minus(MARGIN);
      lookedAt = now;
      any |= followChanges(since);
      if (any) {
        writer.commit();
        searchers.maybeRefresh();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Keeping the matching index up to date failed; trying again", e);
    }
  }

  private void rebuild(OffsetDateTime now) throws IOException {
    local.clear();
    written.clear();
    writer.deleteAll();
    followChanges(OffsetDateTime.parse("1970-01-01T00:00Z"));
    writer.commit();
    searchers.maybeRefresh();
    lookedAt = now;
    builtAt = now;
    ready = true;
    LOG.info(() -> "Matching index built with " + writer.getDocStats().numDocs + " documents");
  }

  /**
   * Takes up the rows changed since {@code since}. The look reaches back {@link #MARGIN}, so each
   * row changed lately is seen again at every pass for a while; only its id and version are read
   * then, and only a version not yet in the index is loaded and written. (Loading and writing every
   * recent row again made a bulk change of 100,000 profiles rewrite the index every pass for five
   * minutes.)
   */
  private boolean followChanges(OffsetDateTime since) throws IOException {
    boolean any = follow(Facts.PROFILE, since);
    any |= follow(Facts.ROLE, since);
    return any;
  }

  private boolean follow(String kind, OffsetDateTime since) throws IOException {
    Map<Long, Long> recent = new HashMap<>();
    for (long[] row : reads.versionsSince(kind, since)) {
      recent.put(row[0], row[1]);
    }
    Map<Long, Long> seen = written.computeIfAbsent(kind, k -> new HashMap<>());
    List<Long> stale = new ArrayList<>();
    recent.forEach(
        (id, version) -> {
          if (!version.equals(seen.get(id))) {
            stale.add(id);
          }
        });
    Collections.sort(stale);
    for (int from = 0; from < stale.size(); from += PAGE) {
      List<Long> page = stale.subList(from, Math.min(stale.size(), from + PAGE));
      for (MatchIndexReads.Changed c : reads.rows(kind, page)) {
        apply(kind, c.id(), c.facts());
      }
    }
    // Rows that left the window are never read again unless they change, with a new version.
    seen.keySet().retainAll(recent.keySet());
    stale.forEach(id -> seen.put(id, recent.get(id)));
    return !stale.isEmpty();
  }

  private void apply(String kind, long id, Optional<Facts> facts) throws IOException {
    Term key = new Term(MatchDocuments.KEY, MatchDocuments.key(kind, id));
    if (facts.isPresent()) {
      writer.updateDocument(key, MatchDocuments.document(facts.get()));
    } else {
      writer.deleteDocuments(key);
    }
  }
}
