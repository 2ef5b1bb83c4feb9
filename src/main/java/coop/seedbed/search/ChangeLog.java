package coop.seedbed.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The ordered log of searchable changes. A feature's {@link SearchableChanged} is written here
 * inside the feature's own transaction, so the log holds exactly the changes that committed; every
 * instance reads it to bring its index up to date.
 */
@ApplicationScoped
class ChangeLog {

  /** One logged change. */
  record Entry(long seq, String type, String id) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Runs in the changing transaction: a change that rolls back leaves no entry. */
  void record(@Observes(during = TransactionPhase.IN_PROGRESS) SearchableChanged changed) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (String id : changed.ids()) {
      em.createNativeQuery(
              "insert into search_change (seq, type, doc_id, changed_at)"
                  + " values (nextval('search_change_seq'), ?1, ?2, ?3)")
          .setParameter(1, changed.type())
          .setParameter(2, id)
          .setParameter(3, now)
          .executeUpdate();
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
        .map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
        .toList();
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
    String id = java.util.UUID.randomUUID().toString();
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
   * Deletes entries older than {@code cutoff}, but never the newest: it tells an instance that
   * starts later whether it missed anything.
   */
  @Transactional(TxType.REQUIRES_NEW)
  int forgetBefore(OffsetDateTime cutoff) {
    return em.createNativeQuery(
            "delete from search_change where changed_at < ?1"
                + " and seq < (select max(seq) from search_change)")
        .setParameter(1, cutoff)
        .executeUpdate();
  }
}
