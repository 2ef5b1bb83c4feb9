package coop.seedbed.accelerator;

import coop.seedbed.database.NativeValues;
import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes what a cohort does once it runs, and before: interviews, sessions, each team's
 * milestones, check-ins, mentors and notes, and people's progress through a self-paced track.
 */
@ApplicationScoped
class CohortRuns {

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

  Optional<Interview> interview(long applicationId) {
    return Optional.ofNullable(em.find(Interview.class, applicationId));
  }

  List<Interview> interviews(long cohortId) {
    return em.createQuery(
            "select i from Interview i where i.cohortId = :cohort order by i.startsAt",
            Interview.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  CohortSession session(long id) {
    CohortSession session = em.find(CohortSession.class, id);
    if (session == null) {
      throw new NotFoundException("There is no such session.");
    }
    return session;
  }

  List<CohortSession> sessions(long cohortId) {
    return em.createQuery(
            "select s from CohortSession s where s.cohortId = :cohort order by s.startsAt, s.id",
            CohortSession.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  /** An accepted team's milestones, copied once from the programme's template. */
  void startMilestones(Application a, Programme p) {
    if (!milestones(a.id).isEmpty()) {
      return;
    }
    int position = 0;
    for (String title : p.milestones) {
      Milestone m = new Milestone();
      m.applicationId = a.id;
      m.position = position++;
      m.title = title;
      em.persist(m);
    }
  }

  List<Milestone> milestones(long applicationId) {
    return em.createQuery(
            "select m from Milestone m where m.applicationId = :application order by m.position",
            Milestone.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  Milestone milestone(long id) {
    Milestone milestone = em.find(Milestone.class, id);
    if (milestone == null) {
      throw new NotFoundException("There is no such milestone.");
    }
    return milestone;
  }

  List<CheckIn> checkIns(long applicationId) {
    return em.createQuery(
            "select c from CheckIn c where c.applicationId = :application order by c.period desc",
            CheckIn.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  Optional<CheckIn> checkIn(long applicationId, int period) {
    return em.createQuery(
            "select c from CheckIn c where c.applicationId = :application and c.period = :period",
            CheckIn.class)
        .setParameter("application", applicationId)
        .setParameter("period", period)
        .getResultStream()
        .findFirst();
  }

  /** The check-ins a person wrote, in any team: for their data export and deletion. */
  List<CheckIn> checkInsBy(long accountId) {
    return em.createQuery(
            "select c from CheckIn c where c.authorAccountId = :account order by c.createdAt",
            CheckIn.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** The latest fortnight each team checked in for, and when, by application id. */
  Map<Long, LastCheckIn> lastCheckIns(List<Long> ids) {
    Map<Long, LastCheckIn> last = new TreeMap<>();
    if (ids.isEmpty()) {
      return last;
    }
    for (Object[] row :
        em.createQuery(
                "select c.applicationId, max(c.period), max(c.createdAt) from CheckIn c"
                    + " where c.applicationId in :ids group by c.applicationId",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      last.put(
          (Long) row[0], new LastCheckIn(((Number) row[1]).intValue(), (OffsetDateTime) row[2]));
    }
    return last;
  }

  /** A team's latest check-in: the fortnight it was for, and when it was written. */
  record LastCheckIn(int period, OffsetDateTime at) {}

  /** Milestones done and in all, by application id. */
  Map<Long, MilestoneCount> milestoneCounts(List<Long> ids) {
    Map<Long, MilestoneCount> counts = new TreeMap<>();
    if (ids.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "select m.applicationId, count(m.doneOn), count(m) from Milestone m"
                    + " where m.applicationId in :ids group by m.applicationId",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      counts.put(
          (Long) row[0],
          new MilestoneCount(((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
    }
    return counts;
  }

  record MilestoneCount(int done, int total) {}

  /** The notes a person wrote on any team: for their data export and deletion. */
  List<TeamNote> notesBy(long accountId) {
    return em.createQuery(
            "select n from TeamNote n where n.authorAccountId = :account order by n.createdAt",
            TeamNote.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  List<TeamNote> notes(long applicationId) {
    return em.createQuery(
            "select n from TeamNote n where n.applicationId = :application order by n.createdAt desc",
            TeamNote.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  List<Long> mentors(long applicationId) {
    return longs(
        em.createNativeQuery(
                "select account_id from team_mentor where application_id = ?1 order by assigned_at")
            .setParameter(1, applicationId)
            .getResultList());
  }

  List<Long> mentoredBy(long accountId) {
    return longs(
        em.createNativeQuery(
                "select application_id from team_mentor where account_id = ?1 order by assigned_at")
            .setParameter(1, accountId)
            .getResultList());
  }

  /** Adds a mentor to a team; false when they already are its mentor. */
  boolean addMentor(long applicationId, long accountId, OffsetDateTime now) {
    if (mentors(applicationId).contains(accountId)) {
      return false;
    }
    em.createNativeQuery(
            "insert into team_mentor (application_id, account_id, assigned_at) values (?1, ?2, ?3)")
        .setParameter(1, applicationId)
        .setParameter(2, accountId)
        .setParameter(3, now)
        .executeUpdate();
    return true;
  }

  void removeMentor(long applicationId, long accountId) {
    em.createNativeQuery("delete from team_mentor where application_id = ?1 and account_id = ?2")
        .setParameter(1, applicationId)
        .setParameter(2, accountId)
        .executeUpdate();
  }

  /** When each guide of a person's track was marked as read, by slug. */
  Map<String, OffsetDateTime> progress(long accountId) {
    Map<String, OffsetDateTime> done = new TreeMap<>();
    for (Object row :
        em.createNativeQuery("select guide_slug, done_at from track_progress where account_id = ?1")
            .setParameter(1, accountId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      done.put((String) r[0], NativeValues.utc(r[1]));
    }
    return done;
  }

  void markRead(long accountId, String slug, OffsetDateTime now) {
    if (progress(accountId).containsKey(slug)) {
      return;
    }
    em.createNativeQuery(
            "insert into track_progress (account_id, guide_slug, done_at) values (?1, ?2, ?3)")
        .setParameter(1, accountId)
        .setParameter(2, slug)
        .setParameter(3, now)
        .executeUpdate();
  }

  void markUnread(long accountId, String slug) {
    em.createNativeQuery("delete from track_progress where account_id = ?1 and guide_slug = ?2")
        .setParameter(1, accountId)
        .setParameter(2, slug)
        .executeUpdate();
  }

  /** The ids among {@code ids} whose team checked in at {@code period} or later. */
  Set<Long> checkedInSince(List<Long> ids, int period) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "select distinct c.applicationId from CheckIn c where c.applicationId in :ids"
                    + " and c.period >= :period",
                Long.class)
            .setParameter("ids", ids)
            .setParameter("period", period)
            .getResultList());
  }

  private static List<Long> longs(List<?> rows) {
    List<Long> ids = new ArrayList<>();
    for (Object row : rows) {
      ids.add(((Number) row).longValue());
    }
    return ids;
  }
}
