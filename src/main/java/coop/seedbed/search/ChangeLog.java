package coop.seedbed.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ordered log of searchable changes. A feature's {@link SearchableChanged} is written here
 * inside the feature's own transaction, so the log holds exactly the changes that committed; every
 * instance reads it to bring its index up to date.
 *
 * <p>A sequence number is taken when the entry is written, not when it commits, so numbers become
 * visible out of order: a transaction held open (a slow import, a lock wait, a pause) commits long
 * after later numbers were read. On PostgreSQL each entry therefore also carries the id of the
 * transaction that wrote it, and a reader asks for everything written by transactions that had not
 * ended the last time it looked ({@link #horizon}); nothing can be skipped and there is no window
 * to tune. H2 runs as one instance and is read by sequence number with a re-read window.
 */
@ApplicationScoped
class ChangeLog {

  /** One logged change, and the transaction that wrote it (0 on H2). */
  record Entry(long seq, String type, String id, long xid) {}

  private static final int ROWS_A_STATEMENT = 200;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "seedbed.db.datasource-class")
  String dataSourceClass;

  /** Whether entries are read by transaction (PostgreSQL) rather than by sequence number. */
  boolean byTransaction() {
    return dataSourceClass.startsWith("org.postgresql");
  }

  /**
   * Runs in the changing transaction: a change that rolls back leaves no entry. Dated by the
   * database, like the purge that reads the date: every instance then agrees on an entry's age
   * whatever its own clock says (a test deployment's clock may be moved a year ahead).
   */
  void record(@Observes(during = TransactionPhase.IN_PROGRESS) SearchableChanged changed) {
    // One statement for many entries (an import batch announces fifty listings at once).
    List<String> ids = changed.ids();
    for (int from = 0; from < ids.size(); from += ROWS_A_STATEMENT) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_A_STATEMENT));
      StringBuilder sql =
          new StringBuilder("insert into search_change (seq, type, doc_id, changed_at) values ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ")
            .append("(nextval('search_change_seq'), ?")
            .append(2 * i + 1)
            .append(", ?")
            .append(2 * i + 2)
            .append(", current_timestamp)");
      }
      Query insert = em.createNativeQuery(sql.toString());
      for (int i = 0; i < chunk.size(); i++) {
        insert.setParameter(2 * i + 1, changed.type()).setParameter(2 * i + 2, chunk.get(i));
      }
      insert.executeUpdate();
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  List<Entry> after(long seq, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select seq, type, doc_id from search_change where seq > ?1 order by seq limit "
                    + limit)
            .setParameter(1, seq)
            .getResultList();
    return rows.stream()
        .map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], 0))
        .toList();
  }

  /**
   * PostgreSQL: the oldest transaction that has not ended. Every entry of an older transaction is
   * committed (or gone) and visible to any read that starts after this is taken.
   */
  @Transactional(TxType.REQUIRES_NEW)
  long horizon() {
    return ((Number)
            em.createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .getSingleResult())
        .longValue();
  }

  /**
   * PostgreSQL: entries written by transactions at or after {@code horizon}, in sequence order
   * after {@code seq}, at most {@code limit}.
   */
  @Transactional(TxType.REQUIRES_NEW)
  List<Entry> fromTransactions(long horizon, long seq, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select seq, type, doc_id, xid from search_change where xid >= ?1 and seq > ?2"
                    + " order by seq limit "
                    + limit)
            .setParameter(1, horizon)
            .setParameter(2, seq)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Entry(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** PostgreSQL: the newest transaction whose entries the purge has deleted. */
  @Transactional(TxType.REQUIRES_NEW)
  long purgedTransaction() {
    List<?> found =
        em.createNativeQuery("select setting from search_meta where name = 'purged_xid'")
            .getResultList();
    return found.isEmpty() ? 0 : Long.parseLong((String) found.get(0));
  }

  /** A random id this database was given the first time an index was built from it. */
  @Transactional(TxType.REQUIRES_NEW)
  String databaseId() {
    List<?> found =
        em.createNativeQuery("select setting from search_meta where name = 'database'")
            .getResultList();
    if (!found.isEmpty()) {
      return (String) found.get(0);
    }
    String id = UUID.randomUUID().toString();
    em.createNativeQuery("insert into search_meta (name, setting) values ('database', ?1)")
        .setParameter(1, id)
        .executeUpdate();
    return id;
  }

  @Transactional(TxType.REQUIRES_NEW)
  long newest() {
    Object max = em.createNativeQuery("select max(seq) from search_change").getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  @Transactional(TxType.REQUIRES_NEW)
  long oldest() {
    Object min = em.createNativeQuery("select min(seq) from search_change").getSingleResult();
    return min == null ? 0 : ((Number) min).longValue();
  }

  /**
   * Deletes entries more than a day old by the database's clock, but never the newest: it tells an
   * instance that starts later whether it missed anything.
   */
  @Transactional(TxType.REQUIRES_NEW)
  int forgetEntriesADayOld() {
    String old = "changed_at < current_timestamp - INTERVAL '1' DAY";
    if (byTransaction()) {
      // Remember how far the purge reached, so that an index that had read only that far (an
      // instance down for longer than the purge waits) knows to build itself again.
      Object newest =
          em.createNativeQuery(
                  "select max(xid) from search_change where "
                      + old
                      + " and seq < (select max(seq) from search_change)")
              .getSingleResult();
      if (newest != null) {
        em.createNativeQuery(
                "update search_meta set setting = cast(greatest(cast(setting as bigint), ?1) as"
                    + " varchar) where name = 'purged_xid'")
            .setParameter(1, ((Number) newest).longValue())
            .executeUpdate();
      }
    }
    return em.createNativeQuery(
            "delete from search_change where "
                + old
                + " and seq < (select max(seq) from search_change)")
        .executeUpdate();
  }
}
