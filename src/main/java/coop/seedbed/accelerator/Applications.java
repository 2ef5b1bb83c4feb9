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

/** Reads and writes applications, their teams, answers and files, and the record of decisions. */
@ApplicationScoped
class Applications {

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

  Application get(long id) {
    Application application = em.find(Application.class, id);
    if (application == null) {
      throw new NotFoundException("There is no application " + id + ".");
    }
    return application;
  }

  Application lock(Application application) {
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(application);
    return application;
  }

  Optional<Application> ofLead(long cohortId, long accountId) {
    return em.createQuery(
            "select a from Application a where a.cohortId = :cohort and a.leadAccountId = :lead",
            Application.class)
        .setParameter("cohort", cohortId)
        .setParameter("lead", accountId)
        .getResultStream()
        .findFirst();
  }

  List<Application> ofCohort(long cohortId) {
    return em.createQuery(
            "select a from Application a where a.cohortId = :cohort order by a.id",
            Application.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  List<Application> submitted(long cohortId) {
    return em.createQuery(
            "select a from Application a where a.cohortId = :cohort and a.status = :submitted"
                + " order by a.id",
            Application.class)
        .setParameter("cohort", cohortId)
        .setParameter("submitted", Application.Status.SUBMITTED)
        .getResultList();
  }

  List<Application> withDecision(long cohortId, Application.Decision decision) {
    return em.createQuery(
            "select a from Application a where a.cohortId = :cohort and a.decision = :decision"
                + " order by a.decidedAt, a.id",
            Application.class)
        .setParameter("cohort", cohortId)
        .setParameter("decision", decision)
        .getResultList();
  }

  /** Offers not taken up by their date, on every cohort. */
  List<Long> lapsedOffers(OffsetDateTime now) {
    return em.createQuery(
            "select a.id from Application a where a.decision = :offered and a.respondBy <= :now",
            Long.class)
        .setParameter("offered", Application.Decision.OFFERED)
        .setParameter("now", now)
        .getResultList();
  }

  /** The applications a person is on (as lead or confirmed co-applicant), newest first. */
  List<Application> ofPerson(long accountId) {
    return em.createQuery(
            "select a from Application a where a.id in (select m.applicationId from Member m"
                + " where m.accountId = :account and m.status = :confirmed) order by a.id desc",
            Application.class)
        .setParameter("account", accountId)
        .setParameter("confirmed", Member.Status.CONFIRMED)
        .getResultList();
  }

  List<Member> members(long applicationId) {
    return em.createQuery(
            "select m from Member m where m.applicationId = :application order by m.id",
            Member.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  Map<Long, List<Member>> members(Collection<Long> applicationIds) {
    Map<Long, List<Member>> byApplication = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return byApplication;
    }
    for (Member m :
        em.createQuery(
                "select m from Member m where m.applicationId in :ids order by m.id", Member.class)
            .setParameter("ids", applicationIds)
            .getResultList()) {
      byApplication.computeIfAbsent(m.applicationId, id -> new ArrayList<>()).add(m);
    }
    return byApplication;
  }

  Optional<Member> memberByToken(String tokenHash) {
    return em.createQuery("select m from Member m where m.tokenHash = :hash", Member.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  Optional<Member> memberByFeed(String secret) {
    return em.createQuery("select m from Member m where m.feedSecret = :secret", Member.class)
        .setParameter("secret", secret)
        .getResultStream()
        .findFirst();
  }

  Member member(long id) {
    Member member = em.find(Member.class, id);
    if (member == null) {
      throw new NotFoundException("There is no such team member.");
    }
    return member;
  }

  /** Every membership of a person, by account or by the address they were invited at. */
  List<Member> membershipsOf(long accountId, String email) {
    return em.createQuery(
            "select m from Member m where m.accountId = :account or m.email = :email"
                + " order by m.id",
            Member.class)
        .setParameter("account", accountId)
        .setParameter("email", email)
        .getResultList();
  }

  /** The accounts this person has been on a team with, in any cohort. */
  List<Long> teammatesOf(long accountId) {
    return em.createQuery(
            "select distinct o.accountId from Member m, Member o where m.accountId = :account"
                + " and o.applicationId = m.applicationId and o.accountId is not null"
                + " and o.accountId <> :account",
            Long.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  List<Answer> answers(long applicationId) {
    return em.createQuery(
            "select a from Answer a where a.applicationId = :application", Answer.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  Optional<Answer> answer(long applicationId, long questionId) {
    return Optional.ofNullable(em.find(Answer.class, new Answer.Key(applicationId, questionId)));
  }

  List<DecisionRecord> decisions(long applicationId) {
    return em.createQuery(
            "select d from DecisionRecord d where d.applicationId = :application"
                + " order by d.decidedAt, d.id",
            DecisionRecord.class)
        .setParameter("application", applicationId)
        .getResultList();
  }

  List<DecisionRecord> decisionsBy(long accountId) {
    return em.createQuery(
            "select d from DecisionRecord d where d.decidedBy = :account order by d.decidedAt",
            DecisionRecord.class)
        .setParameter("account", accountId)
        .getResultList();
  }
}
