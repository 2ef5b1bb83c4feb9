package coop.seedbed.search;

import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.ClockMoved;
import coop.seedbed.shared.Incidents;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance's index following the database. At start it opens the index, or builds it in
 * the background when it is missing, unreadable or of another layout (the rest of Seedbed serves
 * meanwhile). Then it reads the change log: at once after a local commit, and every {@code
 * seedbed.search.poll-interval} for changes made on other instances.
 */
@ApplicationScoped
public class Indexing {

  private static final Logger LOG = Logger.getLogger(Indexing.class.getName());

  /**
   * Entries this far behind the newest seen are read again: a sequence number taken by a
   * transaction that commits late would otherwise be skipped.
   */
  private static final int REREAD_WINDOW = 200;

  private static final int BATCH = 500;

  /**
   * The least time from one read of the change log to the next. A local commit wakes the poller at
   * once, which during a bulk import was some 25 times a second: each read's few documents became a
   * tiny segment to refresh and later merge, and that cost the import more than the documents
   * themselves. A change still waits at most this long for its read.
   */
  private static final long LEAST_POLL_GAP_NANOS = Duration.ofMillis(200).toNanos();

  /** Whether search can answer. */
  public enum State {
    /** Answering from a current index. */
    READY,
    /** No index yet: the first build is running. */
    BUILDING,
    /** Answering from the old index while a new one is built. */
    REBUILDING,
    /** The build failed; see the log. */
    FAILED
  }

  @Inject IndexStore store;
  @Inject ChangeLog log;
  @Inject Instance<SearchSource> sources;
  @Inject Clock clock;
  @Inject Event<IndexChanged> indexChanged;
  @Inject Event<IndexReady> indexReady;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject
  @ConfigProperty(name = "seedbed.search.poll-interval")
  Duration pollInterval;

  volatile State state = State.BUILDING;
  private final ReentrantLock polling = new ReentrantLock();
  private final AtomicBoolean pollAgain = new AtomicBoolean();
  private final Set<Long> seen = new TreeSet<>();

  /**
   * PostgreSQL: entries already applied, by sequence number, with their transaction. They are read
   * again while some older transaction is still open; each is dropped once its transaction is
   * behind the horizon, when no read returns it any more.
   */
  private final Map<Long, Long> readByTransaction = new HashMap<>();

  private final WakeableLoop poller = new WakeableLoop();
  private volatile OffsetDateTime lastPurge = OffsetDateTime.MIN;
  private volatile OffsetDateTime lastFollowCheck = OffsetDateTime.MIN;
  final SetAside setAside = new SetAside();

  void start(@Observes SchemaReady ready) {
    Optional<Long> opened = store.open(databaseId());
    if (opened.isPresent() && stillFollows(opened.get())) {
      state = State.READY;
      setAside.restore(store.setAside(), OffsetDateTime.now(clock));
      LOG.info(() -> "Search index opened at change " + opened.get());
      announceReady();
    } else {
      state = opened.isPresent() ? State.REBUILDING : State.BUILDING;
      submitRebuild();
    }
    // Every poll interval for changes made on other instances; at once after a local commit.
    poller.start(threads, "seedbed-search-poller", pollInterval, this::pollPaced);
  }

  /**
   * This database's id. Instances started at once on an empty database may both find none and both
   * write one; the second write fails on the key, and the id the first wrote is read back.
   */
  String databaseId() {
    try {
      return log.databaseId();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Another instance named the database at the same moment", e);
      return log.databaseId();
    }
  }

  /**
   * Whether an index that has read the log up to {@code position} can follow it from there: the log
   * still holds every entry it has not read, and none that it claims to have read but the database
   * never wrote (an index newer than a restored database).
   */
  private boolean stillFollows(long position) {
    if (log.byTransaction()) {
      return position > log.purgedTransaction() && position <= log.horizon();
    }
    return log.oldest() <= position + 1 && log.newest() >= position;
  }

  /** A test deployment's clock moved: the loop runs at once rather than at its interval. */
  void clockMoved(@Observes ClockMoved moved) {
    poller.wake();
  }

  @PreDestroy
  void stop() {
    poller.stop();
  }

  public State state() {
    return state;
  }

  /** After a local commit, the poller reads the log at once (see {@link WakeableLoop}). */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchableChanged changed) {
    poller.wake();
  }

  /**
   * Starts a rebuild into a fresh directory; the current index answers until it is swapped in. One
   * at a time: a second build would delete the first one's half-built directory as it finished.
   */
  public synchronized boolean requestRebuild() {
    if (state == State.BUILDING || state == State.REBUILDING) {
      return false;
    }
    state = store.isOpen() ? State.REBUILDING : State.BUILDING;
    submitRebuild();
    return true;
  }

  /** Runs the rebuild in the background; a test counts the submissions instead. */
  void submitRebuild() {
    executor.submit(this::rebuildSafely);
  }

  private void rebuildSafely() {
    State after;
    try {
      rebuild();
      after = State.READY;
    } catch (IOException | RuntimeException e) {
      after = store.isOpen() ? State.READY : State.FAILED;
      LOG.log(Level.SEVERE, "Building the search index failed", e);
    }
    synchronized (this) {
      state = after;
    }
    if (after == State.READY) {
      announceReady();
      pollSafely();
    }
  }

  private void announceReady() {
    if (indexReady != null) {
      try {
        indexReady.fire(new IndexReady());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "An observer of the ready index failed", e);
      }
    }
  }

  /** Rebuilds from every source; changes logged meanwhile are applied after the swap. */
  void rebuild() throws IOException {
    // Taken before the sources are read: the changes of every transaction not yet ended then
    // are read from the log after the swap.
    long from = log.byTransaction() ? log.horizon() : log.newest();
    long started = System.nanoTime();
    int[] count = new int[1];
    store.rebuild(
        parallel(
            sink -> {
              for (SearchSource source : sources()) {
                source.each(
                    document -> {
                      sink.accept(document);
                      count[0]++;
                    });
              }
            },
            threads),
        from);
    synchronized (seen) {
      seen.clear();
    }
    synchronized (readByTransaction) {
      readByTransaction.clear();
    }
    setAside.clear();
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info(() -> String.format("Search index built: %d documents in %.1f s", count[0], seconds));
  }

  /**
   * Fills an index from several threads: the calling thread reads the documents from {@code
   * producer} (the database, for most sources) while one writer a core analyses and adds them. Read
   * and analysed on one thread, a million listings took 338 s to index; {@link IndexWriter} is made
   * to be fed from several threads at once, each into a segment of its own.
   */
  static IndexStore.Filler parallel(
      Consumer<Consumer<SearchDocument>> producer, ThreadFactory threads) {
    return writer -> {
      int writers = Math.max(1, Runtime.getRuntime().availableProcessors());
      BlockingQueue<SearchDocument> queue = new ArrayBlockingQueue<>(writers * 256);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> running = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        Thread thread =
            threads.newThread(
                () -> {
                  while (true) {
                    SearchDocument document;
                    try {
                      document = queue.take();
                    } catch (InterruptedException e) {
                      failure.compareAndSet(null, e);
                      return;
                    }
                    if (document == END) {
                      return;
                    }
                    // After a failure, keep taking so that the reader is never stuck on a full
                    // queue; the rebuild fails as a whole below.
                    if (failure.get() == null) {
                      try {
                        writer.addDocument(DocumentMapper.toLucene(document));
                      } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                      }
                    }
                  }
                });
        thread.setName("seedbed-index-writer-" + i);
        thread.start();
        running.add(thread);
      }
      try {
        producer.accept(
            document -> {
              if (failure.get() != null) {
                throw new IllegalStateException("Indexing failed", failure.get());
              }
              put(queue, document);
            });
      } finally {
        for (int i = 0; i < writers; i++) {
          put(queue, END);
        }
        for (Thread thread : running) {
          try {
            thread.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
          }
        }
      }
      Throwable failed = failure.get();
      if (failed instanceof IOException e) {
        throw e;
      } else if (failed != null) {
        throw new IOException("Indexing failed", failed);
      }
    };
  }

  /** Marks the end of the documents for the writers of {@link #parallel}. */
  private static final SearchDocument END =
      new SearchDocument(
          "", "", "", "", "", "", "", List.of(), Map.of(), null, null, null, null, 1.0);

  private static void put(BlockingQueue<SearchDocument> queue, SearchDocument document) {
    try {
      queue.put(document);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while indexing", e);
    }
  }

  /** Only the poller's thread reads and writes it. */
  private long lastPollNanos = System.nanoTime() - LEAST_POLL_GAP_NANOS;

  private void pollPaced() {
    long wait = lastPollNanos + LEAST_POLL_GAP_NANOS - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    lastPollNanos = System.nanoTime();
    pollSafely();
  }

  private void pollSafely() {
    if (!polling.tryLock()) {
      pollAgain.set(true);
      return;
    }
    try {
      do {
        pollAgain.set(false);
        poll();
      } while (pollAgain.get());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Reading the search change log failed; it is read again shortly", e);
    } finally {
      polling.unlock();
    }
  }

  /** Applies the log entries this index has not seen, a batch at a time. */
  void poll() throws IOException {
    if (!store.isOpen() || state == State.BUILDING) {
      return;
    }
    if (fellBehindPurge()) {
      return;
    }
    if (log.byTransaction()) {
      pollByTransaction();
    } else {
      pollBySequence();
    }
    retrySetAside();
    purgeOldEntries();
  }

  /**
   * Whether the log was purged past what this index has read (its reads failed for longer than the
   * purge waits, say while its database connection was down), in which case it is built again
   * rather than left without the purged changes. Checked once a minute: the purge deletes only
   * entries a day old by the database's clock, so a moved application clock cannot trigger it.
   */
  private boolean fellBehindPurge() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (state != State.READY || lastFollowCheck.isAfter(now.minusMinutes(1))) {
      return false;
    }
    lastFollowCheck = now;
    if (stillFollows(store.lastSeq())) {
      return false;
    }
    LOG.warning("The search change log was purged past what this index has read: rebuilding");
    requestRebuild();
    return true;
  }

  /** Tries again the changes set aside whose wait is over; see {@link SetAside}. */
  private void retrySetAside() throws IOException {
    List<SetAside.Entry> due = setAside.due(OffsetDateTime.now(clock));
    if (!due.isEmpty()) {
      applyChanges(
          due.stream().map(e -> new ChangeLog.Entry(0, e.type(), e.id(), 0)).toList(),
          store.lastSeq());
    }
  }

  /**
   * PostgreSQL: reads every entry of the transactions that had not ended when the index last looked
   * (the position it keeps is that horizon), applies those not applied yet, and moves the position
   * to the horizon taken before this read.
   */
  private void pollByTransaction() throws IOException {
    long next = log.horizon();
    long from = Math.min(store.lastSeq(), next);
    long after = 0;
    List<ChangeLog.Entry> entries;
    boolean applied = false;
    do {
      entries = log.fromTransactions(from, after, BATCH);
      List<ChangeLog.Entry> fresh = new ArrayList<>();
      synchronized (readByTransaction) {
        for (ChangeLog.Entry entry : entries) {
          if (!readByTransaction.containsKey(entry.seq())) {
            fresh.add(entry);
          }
        }
      }
      if (!entries.isEmpty()) {
        after = entries.get(entries.size() - 1).seq();
      }
      boolean last = entries.size() < BATCH;
      if (!fresh.isEmpty() || (last && next != from)) {
        applyChanges(fresh, last ? next : from);
        applied = true;
      }
      synchronized (readByTransaction) {
        fresh.forEach(entry -> readByTransaction.put(entry.seq(), entry.xid()));
      }
    } while (entries.size() >= BATCH);
    synchronized (readByTransaction) {
      readByTransaction.values().removeIf(xid -> xid < next);
    }
    if (!applied) {
      store.commitPending();
    }
  }

  /**
   * Writes what the entries changed, read afresh from their sources, and the new position. A thing
   * whose source fails to read or map it, or that the index refuses, is set aside and tried again
   * later; the rest is written and the position moves on.
   */
  private void applyChanges(List<ChangeLog.Entry> entries, long position) throws IOException {
    Map<String, String[]> changed = new LinkedHashMap<>();
    for (ChangeLog.Entry entry : entries) {
      changed.put(
          SearchDocument.key(entry.type(), entry.id()), new String[] {entry.type(), entry.id()});
    }
    Map<String, List<String>> idsByType = new LinkedHashMap<>();
    changed
        .values()
        .forEach(c -> idsByType.computeIfAbsent(c[0], type -> new ArrayList<>()).add(c[1]));
    Map<String, SearchDocument> found = new HashMap<>();
    Set<String> unreadable = new HashSet<>();
    idsByType.forEach((type, ids) -> unreadable.addAll(read(type, ids, found)));
    List<SearchDocument> updates = new ArrayList<>();
    List<String> deletions = new ArrayList<>();
    for (String key : changed.keySet()) {
      if (unreadable.contains(key)) {
        continue;
      }
      setAside.cleared(key);
      SearchDocument document = found.get(key);
      if (document != null) {
        updates.add(document);
      } else {
        deletions.add(key);
      }
    }
    Map<String, RuntimeException> refused =
        store.apply(updates, deletions, position, setAside.keys());
    if (!changed.isEmpty() && indexChanged != null) {
      Set<String> types = new TreeSet<>();
      changed.values().forEach(change -> types.add(change[0]));
      try {
        indexChanged.fire(new IndexChanged(types));
      } catch (RuntimeException e) {
        // The index has the changes; a cache that failed to hear of it lets them go by its TTL.
        LOG.log(Level.WARNING, "A cache could not follow a change to the index", e);
      }
    }
    for (Map.Entry<String, RuntimeException> refusal : refused.entrySet()) {
      String[] change = changed.get(refusal.getKey());
      setAsideAfter(change[0], change[1], refusal.getValue());
    }
  }

  /**
   * Reads the things of one type that changed into {@code found} (by key), all in one go; if that
   * fails, one by one, so that only what cannot be read is set aside. Returns the keys set aside.
   */
  private Set<String> read(String type, List<String> ids, Map<String, SearchDocument> found) {
    Optional<SearchSource> source = source(type);
    if (source.isEmpty()) {
      return Set.of();
    }
    try {
      source
          .get()
          .findAll(ids)
          .forEach((id, document) -> found.put(SearchDocument.key(type, id), document));
      return Set.of();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Reading " + ids.size() + " of " + type + " at once failed", e);
    }
    Set<String> unreadable = new HashSet<>();
    for (String id : ids) {
      String key = SearchDocument.key(type, id);
      try {
        source.get().find(id).ifPresent(document -> found.put(key, document));
      } catch (RuntimeException e) {
        setAsideAfter(type, id, e);
        unreadable.add(key);
      }
    }
    return unreadable;
  }

  private void setAsideAfter(String type, String id, RuntimeException fault) {
    if (setAside.failed(type, id, fault, OffsetDateTime.now(clock))) {
      Incidents.log(LOG, "Search could not index " + type + " " + id + "; set aside", fault);
    } else {
      LOG.log(Level.FINE, "Search still cannot index " + type + " " + id, fault);
    }
  }

  /** H2: entries after the last applied number, re-reading a window for late commits. */
  private void pollBySequence() throws IOException {
    List<ChangeLog.Entry> entries;
    do {
      long applied = store.lastSeq();
      entries = log.after(Math.max(0, applied - REREAD_WINDOW), BATCH + REREAD_WINDOW);
      long newest = applied;
      List<ChangeLog.Entry> changes = new ArrayList<>();
      List<Long> fresh = new ArrayList<>();
      synchronized (seen) {
        for (ChangeLog.Entry entry : entries) {
          if (entry.seq() <= applied && seen.contains(entry.seq())) {
            continue;
          }
          fresh.add(entry.seq());
          changes.add(entry);
          newest = Math.max(newest, entry.seq());
        }
      }
      if (fresh.isEmpty()) {
        store.commitPending();
        break;
      }
      applyChanges(changes, newest);
      synchronized (seen) {
        seen.addAll(fresh);
        long low = newest - REREAD_WINDOW;
        seen.removeIf(seq -> seq < low);
      }
    } while (entries.size() >= BATCH);
  }

  /** The features' sources; a method so that a test can give its own. */
  Iterable<SearchSource> sources() {
    return sources;
  }

  private Optional<SearchSource> source(String type) {
    for (SearchSource source : sources()) {
      if (source.type().equals(type)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }

  private void purgeOldEntries() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (lastPurge.isBefore(now.minusMinutes(10))) {
      lastPurge = now;
      log.forgetEntriesADayOld();
    }
  }

  /** How a facet value reads to people, as its source says, else as it is. */
  String label(String facet, String value) {
    if (facet.equals(Fields.FACET_COUNTRY) && value.length() == 2) {
      String name = new Locale("", value).getDisplayCountry(Locale.ENGLISH);
      return name.isEmpty() ? value : name;
    }
    if (sources() != null) {
      for (SearchSource source : sources()) {
        String label = source.label(facet, value);
        if (label != null) {
          return label;
        }
      }
    }
    return facet.equals(Fields.FACET_TYPE) ? typeLabel(value) : value;
  }

  private static String typeLabel(String type) {
    return switch (type) {
      case "organisation" -> "Co-ops and organisations";
      case "guide" -> "Guides";
      case "document" -> "Legal documents";
      default -> type;
    };
  }

  /** The places every source knows, for place names in queries. */
  List<SearchSource.Place> places() {
    List<SearchSource.Place> places = new ArrayList<>();
    Set<String> types = new HashSet<>();
    for (SearchSource source : sources()) {
      if (types.add(source.type())) {
        places.addAll(source.places());
      }
    }
    return places;
  }
}
