package coop.seedbed.accelerator;

import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes programmes, cohorts, their questions, rubrics and reviewer panels, and keeps a
 * cohort's count of places with conditional updates that the database's CHECK backs up.
 */
@ApplicationScoped
class Cohorts {

  @PersistenceContext EntityManager em;

  void persist(Object entity) {
    em.persist(entity);
  }

  void remove(Object entity) {
    em.remove(entity);
  }

  void flush() {
    em.flush();
  }

  Optional<Programme> findProgramme(String slug) {
    return em.createQuery("select p from Programme p where p.slug = :slug", Programme.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  Programme getProgramme(String slug) {
    return findProgramme(slug)
        .orElseThrow(() -> new NotFoundException("There is no programme called " + slug + "."));
  }

  Programme programme(long id) {
    return em.find(Programme.class, id);
  }

  List<Programme> programmes() {
    return em.createQuery("select p from Programme p order by p.name", Programme.class)
        .getResultList();
  }

  Optional<Cohort> find(String slug) {
    if (slug == null || slug.length() > 80) {
      return Optional.empty();
    }
    return em.createQuery("select c from Cohort c where c.slug = :slug", Cohort.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  Cohort get(String slug) {
    return find(slug)
        .orElseThrow(
            () -> new NotFoundException("There is no cohort at /accelerator/" + slug + "."));
  }

  Cohort get(long id) {
    Cohort cohort = em.find(Cohort.class, id);
    if (cohort == null) {
      throw new NotFoundException("There is no such cohort.");
    }
    return cohort;
  }

  /** The cohort read again under a row lock, for changes that must not interleave. */
  Cohort lock(long id) {
    Cohort cohort = get(id);
    em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(cohort);
    return cohort;
  }

  /** Cohorts whose window has not yet closed, soonest deadline first. */
  List<Cohort> openOrUpcoming(OffsetDateTime now) {
    return em.createQuery(
            "select c from Cohort c where c.closesAt > :now order by c.closesAt, c.name",
            Cohort.class)
        .setParameter("now", now)
        .getResultList();
  }

  List<Cohort> all() {
    return em.createQuery("select c from Cohort c order by c.startsOn desc, c.name", Cohort.class)
        .getResultList();
  }

  List<Cohort> ofProgramme(long programmeId) {
    return em.createQuery(
            "select c from Cohort c where c.programmeId = :programme order by c.startsOn",
            Cohort.class)
        .setParameter("programme", programmeId)
        .getResultList();
  }

  List<Question> questions(long cohortId) {
    return em.createQuery(
            "select q from Question q where q.cohortId = :cohort order by q.position, q.id",
            Question.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  List<RubricCriterion> rubric(long programmeId) {
    return em.createQuery(
            "select r from RubricCriterion r where r.programmeId = :programme order by r.position",
            RubricCriterion.class)
        .setParameter("programme", programmeId)
        .getResultList();
  }

  List<CohortReviewer> reviewers(long cohortId) {
    return em.createQuery(
            "select r from CohortReviewer r where r.cohortId = :cohort order by r.accountId",
            CohortReviewer.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  Optional<CohortReviewer> reviewer(long cohortId, long accountId) {
    return Optional.ofNullable(
        em.find(CohortReviewer.class, new CohortReviewer.Key(cohortId, accountId)));
  }

  List<CohortReviewer> panelsOf(long accountId) {
    return em.createQuery(
            "select r from CohortReviewer r where r.accountId = :account", CohortReviewer.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * Takes one of the cohort's places if one is free: the update matches no row when all are taken,
   * so of two requests for the last place, on any instances, exactly one gets it.
   */
  boolean takePlace(long cohortId) {
    return em.createNativeQuery(
                "update cohort set places_taken = places_taken + 1"
                    + " where id = ?1 and places_taken < capacity")
            .setParameter(1, cohortId)
            .executeUpdate()
        == 1;
  }

  void freePlace(long cohortId) {
    em.createNativeQuery(
            "update cohort set places_taken = places_taken - 1 where id = ?1 and places_taken > 0")
        .setParameter(1, cohortId)
        .executeUpdate();
  }

  int placesTaken(long cohortId) {
    return ((Number)
            em.createNativeQuery("select places_taken from cohort where id = ?1")
                .setParameter(1, cohortId)
                .getSingleResult())
        .intValue();
  }

  /** Marks a change that the ranking board must show: reviews, assignments, decisions. */
  void touch(long cohortId) {
    em.createNativeQuery("update cohort set revision = revision + 1 where id = ?1")
        .setParameter(1, cohortId)
        .executeUpdate();
  }

  /** A cohort's id and revision in one query, for boards that are kept until it moves. */
  Optional<long[]> idAndRevision(String slug) {
    if (slug == null || slug.length() > 80) {
      return Optional.empty();
    }
    return em.createNativeQuery("select id, revision from cohort where slug = ?1")
        .setParameter(1, slug)
        .getResultStream()
        .findFirst()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
            });
  }

  long revision(long cohortId) {
    return ((Number)
            em.createNativeQuery("select revision from cohort where id = ?1")
                .setParameter(1, cohortId)
                .getSingleResult())
        .longValue();
  }
}
