package coop.seedbed.guides;

import coop.seedbed.search.SearchableChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers which version of each guide the search index was told about, and tells it about every
 * guide added, changed or removed since, in one transaction with the record, so the index and the
 * files never drift apart, even across restarts.
 */
@ApplicationScoped
class GuideIndexState {

  @PersistenceContext EntityManager em;
  @Inject Event<SearchableChanged> changed;

  @Transactional(TxType.REQUIRES_NEW)
  void announce(Map<String, String> hashes) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select slug, hash from guide_state").getResultList();
    Map<String, String> known = new HashMap<>();
    for (Object[] row : rows) {
      known.put((String) row[0], (String) row[1]);
    }
    List<String> touched = new ArrayList<>();
    for (Map.Entry<String, String> guide : hashes.entrySet()) {
      String before = known.remove(guide.getKey());
      if (before == null) {
        em.createNativeQuery("insert into guide_state (slug, hash) values (?1, ?2)")
            .setParameter(1, guide.getKey())
            .setParameter(2, guide.getValue())
            .executeUpdate();
        touched.add(guide.getKey());
      } else if (!before.equals(guide.getValue())) {
        em.createNativeQuery("update guide_state set hash = ?2 where slug = ?1")
            .setParameter(1, guide.getKey())
            .setParameter(2, guide.getValue())
            .executeUpdate();
        touched.add(guide.getKey());
      }
    }
    for (String gone : known.keySet()) {
      em.createNativeQuery("delete from guide_state where slug = ?1")
          .setParameter(1, gone)
          .executeUpdate();
      touched.add(gone);
    }
    if (!touched.isEmpty()) {
      changed.fire(new SearchableChanged(GuideSearchSource.TYPE, touched));
    }
  }
}
