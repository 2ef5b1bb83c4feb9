package coop.seedbed.search;

import coop.seedbed.database.NativeValues;
import coop.seedbed.database.SchemaReady;
import coop.seedbed.shared.WakeableLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts what people search for and what finds nothing, so that guide writers and volunteers see
 * what people need. Only the text is kept (lower case, addresses and long numbers removed), never
 * who searched. Counts gather in memory and are added to the database every half minute.
 */
@ApplicationScoped
public class QueryStats {

  private static final Logger LOG = Logger.getLogger(QueryStats.class.getName());
  static final int TEXT_LENGTH = 200;

  /** Distinct queries kept in memory while the database is away (each at most 200 chars). */
  static final int MAX_PENDING = 20_000;

  /** One query's counts. */
  public record Row(String query, long searches, long zeroResults, OffsetDateTime lastAt) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject QueryStats self;

  @Inject
  @ConfigProperty(name = "seedbed.db.datasource-class")
  String dataSourceClass;

  private final Map<String, AtomicLongArray> pending = new ConcurrentHashMap<>();
  private final WakeableLoop flusher = new WakeableLoop();

  void start(@Observes SchemaReady ready) {
    flusher.start(threads, "seedbed-query-stats", Duration.ofSeconds(30), this::flushSafely);
  }

  @PreDestroy
  void stop() {
    flusher.stop();
  }

  void count(String text, long total) {
    String key = normalise(text);
    if (key.isEmpty() || (pending.size() >= MAX_PENDING && !pending.containsKey(key))) {
      return;
    }
    AtomicLongArray counts = pending.computeIfAbsent(key, k -> new AtomicLongArray(2));
    counts.incrementAndGet(0);
    if (total == 0) {
      counts.incrementAndGet(1);
    }
  }

  static String normalise(String text) {
    String plain =
        text.toLowerCase(Locale.ROOT)
            .replaceAll("\\S+@\\S+", " ")
            .replaceAll("\\d{5,}", " ")
            .replaceAll("\\s+", " ")
            .strip();
    return plain.length() > TEXT_LENGTH ? plain.substring(0, TEXT_LENGTH) : plain;
  }

  private void flushSafely() {
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Search statistics could not be saved; they are kept for the next try", e);
    }
  }

  /**
   * Adds what was counted since the last flush to the database. If saving fails, the counts are put
   * back to be added by the next flush, so a database that is briefly away loses nothing; while it
   * stays away, queries not yet counted are kept only up to {@link #MAX_PENDING}, so memory cannot
   * grow without end (statistics then undercount).
   */
  void flush() {
    Map<String, long[]> batch = new HashMap<>();
    for (String key : List.copyOf(pending.keySet())) {
      AtomicLongArray counts = pending.remove(key);
      if (counts != null) {
        batch.put(key, new long[] {counts.get(0), counts.get(1)});
      }
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      self.save(batch);
    } catch (RuntimeException e) {
      batch.forEach(
          (key, counts) -> {
            if (pending.size() < MAX_PENDING || pending.containsKey(key)) {
              AtomicLongArray kept = pending.computeIfAbsent(key, k -> new AtomicLongArray(2));
              kept.addAndGet(0, counts[0]);
              kept.addAndGet(1, counts[1]);
            }
          });
      throw e;
    }
  }

  /**
   * Adds counts to the database in one transaction. On PostgreSQL each is one upsert, so instances
   * counting the same new query at once both add to one row; H2 runs as one instance.
   */
  @Transactional
  public void save(Map<String, long[]> batch) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean postgres = dataSourceClass.startsWith("org.postgresql");
    for (Map.Entry<String, long[]> entry : batch.entrySet()) {
      if (postgres) {
        em.createNativeQuery(
                "insert into search_query_stat (query_text, searches, zero_results, last_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict (query_text) do update set"
                    + " searches = search_query_stat.searches + excluded.searches,"
                    + " zero_results = search_query_stat.zero_results + excluded.zero_results,"
                    + " last_at = excluded.last_at")
            .setParameter(1, entry.getKey())
            .setParameter(2, entry.getValue()[0])
            .setParameter(3, entry.getValue()[1])
            .setParameter(4, now)
            .executeUpdate();
        continue;
      }
      int updated =
          em.createNativeQuery(
                  "update search_query_stat set searches = searches + ?1,"
                      + " zero_results = zero_results + ?2, last_at = ?3 where query_text = ?4")
              .setParameter(1, entry.getValue()[0])
              .setParameter(2, entry.getValue()[1])
              .setParameter(3, now)
              .setParameter(4, entry.getKey())
              .executeUpdate();
      if (updated == 0) {
        em.createNativeQuery(
                "insert into search_query_stat (query_text, searches, zero_results, last_at)"
                    + " values (?1, ?2, ?3, ?4)")
            .setParameter(1, entry.getKey())
            .setParameter(2, entry.getValue()[0])
            .setParameter(3, entry.getValue()[1])
            .setParameter(4, now)
            .executeUpdate();
      }
    }
  }

  /** Counts not yet saved, for a test. */
  long pendingSearches(String query) {
    AtomicLongArray counts = pending.get(normalise(query));
    return counts == null ? 0 : counts.get(0);
  }

  /** The most searched queries, or with {@code zeroOnly} those that most often found nothing. */
  @Transactional
  public List<Row> top(boolean zeroOnly, int limit) {
    flush();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select query_text, searches, zero_results, last_at from search_query_stat"
                    + (zeroOnly
                        ? " where zero_results > 0 order by zero_results desc"
                        : " order by searches desc")
                    + ", query_text limit "
                    + limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Row(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    NativeValues.utc(r[3])))
        .toList();
  }
}
