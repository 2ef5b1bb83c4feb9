package coop.seedbed.accelerator;

import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes reviews, their scores and the conflicts reviewers declare. */
@ApplicationScoped
class Reviews {

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

  Review get(long id) {
    Review review = em.find(Review.class, id);
    if (review == null) {
      throw new NotFoundException("There is no review " + id + " of yours.");
    }
    return review;
  }

  Review lock(Review review) {
    em.lock(review, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(review);
    return review;
  }

  List<Review> ofCohort(long cohortId) {
    return em.createQuery(
            "select r from Review r where r.cohortId = :cohort order by r.applicationId, r.id",
            Review.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  List<Review> ofApplication(long applicationId) {
    return em.createQuery(
            "select r from Review r where r.applicationId = :application order by r.id",
            Review.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  List<Review> ofReviewer(long accountId) {
    return em.createQuery(
            "select r from Review r where r.reviewerAccountId = :account"
                + " order by r.dueAt, r.id",
            Review.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  Optional<Review> find(long applicationId, long accountId) {
    return em.createQuery(
            "select r from Review r where r.applicationId = :application"
                + " and r.reviewerAccountId = :account",
            Review.class)
        .setParameter("application", applicationId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  List<ReviewScore> scores(long reviewId) {
    return em.createQuery(
            "select s from ReviewScore s where s.reviewId = :review", ReviewScore.class)
        .setParameter("review", reviewId)
        .getResultList();
  }

  /** Scores of many reviews at once, by review id. */
  Map<Long, List<ReviewScore>> scores(Collection<Long> reviewIds) {
    Map<Long, List<ReviewScore>> byReview = new HashMap<>();
    List<Long> ids = new ArrayList<>(reviewIds);
    // In slices, so that a cohort of thousands never builds one enormous IN list.
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 1000));
      for (ReviewScore s :
          em.createQuery("select s from ReviewScore s where s.reviewId in :ids", ReviewScore.class)
              .setParameter("ids", slice)
              .getResultList()) {
        byReview.computeIfAbsent(s.reviewId, id -> new ArrayList<>()).add(s);
      }
    }
    return byReview;
  }

  void deleteScores(long reviewId) {
    em.createQuery("delete from ReviewScore s where s.reviewId = :review")
        .setParameter("review", reviewId)
        .executeUpdate();
  }

  List<DeclaredConflict> declared(long applicationId) {
    return em.createQuery(
            "select d from DeclaredConflict d where d.applicationId = :application",
            DeclaredConflict.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  List<DeclaredConflict> declaredInCohort(long cohortId) {
    return em.createQuery(
            "select d from DeclaredConflict d where d.applicationId in"
                + " (select a.id from Application a where a.cohortId = :cohort)",
            DeclaredConflict.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  List<DeclaredConflict> declaredBy(long accountId) {
    return em.createQuery(
            "select d from DeclaredConflict d where d.reviewerAccountId = :account",
            DeclaredConflict.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Reviews not in by their due time and not yet reminded of, across cohorts. */
  List<Long> late(OffsetDateTime now) {
    return em.createQuery(
            "select r.id from Review r where r.status = :assigned and r.dueAt < :now"
                + " and r.remindedAt is null and r.reviewerAccountId is not null",
            Long.class)
        .setParameter("assigned", Review.Status.ASSIGNED)
        .setParameter("now", now)
        .getResultList();
  }

  /** Claims the one reminder of a late review: of two instances, exactly one gets true. */
  boolean takeReminder(long reviewId, OffsetDateTime now) {
    return em.createQuery(
                "update Review r set r.remindedAt = :now where r.id = :id and r.remindedAt is null")
            .setParameter("now", now)
            .setParameter("id", reviewId)
            .executeUpdate()
        == 1;
  }

  /** What the ranking board shows of an application, read without loading entities. */
  record BoardApplication(
      long id, String projectName, String status, String decision, boolean shortlisted) {}

  /** One criterion's score of a submitted review. */
  record BoardScore(long reviewId, long applicationId, Long reviewer, long criterion, int score) {}

  /** The applications of a cohort that have been submitted (withdrawn ones included). */
  List<BoardApplication> boardApplications(long cohortId) {
    List<BoardApplication> apps = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select id, project_name, status, decision, shortlisted from application"
                    + " where cohort_id = ?1 and status <> 'DRAFT' order by id")
            .setParameter(1, cohortId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      apps.add(
          new BoardApplication(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              Boolean.TRUE.equals(r[4])));
    }
    return apps;
  }

  Map<Long, Integer> assignedCounts(long cohortId) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select application_id, count(*) from review where cohort_id = ?1"
                    + " group by application_id")
            .setParameter(1, cohortId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
    }
    return counts;
  }

  /** Every score of every submitted review of a cohort, in one query. */
  List<BoardScore> submittedScores(long cohortId) {
    List<BoardScore> scores = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select r.id, r.application_id, r.reviewer_account_id, s.criterion_id, s.score"
                    + " from review r join review_score s on s.review_id = r.id"
                    + " where r.cohort_id = ?1 and r.status = 'SUBMITTED'")
            .setParameter(1, cohortId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      scores.add(
          new BoardScore(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              r[2] == null ? null : ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).intValue()));
    }
    return scores;
  }
}
