package coop.seedbed.matching;

import coop.seedbed.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes matchmaking's tables: profiles, open roles, introductions, blocks and hidden
 * suggestions. Circles and the mentor draft have their own.
 */
@ApplicationScoped
class Matches {

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

  Optional<Profile> profileOf(long accountId) {
    return em.createQuery("select p from Profile p where p.accountId = :account", Profile.class)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  Optional<Profile> profile(long id) {
    return Optional.ofNullable(em.find(Profile.class, id));
  }

  Map<Long, Profile> profiles(Collection<Long> ids) {
    Map<Long, Profile> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (Profile p :
        em.createQuery("select p from Profile p where p.id in :ids", Profile.class)
            .setParameter("ids", ids)
            .getResultList()) {
      found.put(p.id, p);
    }
    return found;
  }

  Map<Long, Profile> profilesOfAccounts(Collection<Long> accounts) {
    Map<Long, Profile> found = new HashMap<>();
    if (accounts.isEmpty()) {
      return found;
    }
    for (Profile p :
        em.createQuery("select p from Profile p where p.accountId in :ids", Profile.class)
            .setParameter("ids", accounts)
            .getResultList()) {
      found.put(p.accountId, p);
    }
    return found;
  }

  /** Profiles changed since {@code since}, a page at a time by id, for the index. */
  /** Id and version of each profile changed since {@code since}. */
  List<long[]> profileVersionsSince(OffsetDateTime since) {
    return versions(
        em.createQuery(
                "select p.id, p.version from Profile p where p.updatedAt >= :since", Object[].class)
            .setParameter("since", since)
            .getResultList());
  }

  /** Id and version of each open role changed since {@code since}. */
  List<long[]> roleVersionsSince(OffsetDateTime since) {
    return versions(
        em.createQuery(
                "select r.id, r.version from OpenRole r where r.updatedAt >= :since",
                Object[].class)
            .setParameter("since", since)
            .getResultList());
  }

  private static List<long[]> versions(List<Object[]> rows) {
    return rows.stream()
        .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
        .toList();
  }

  List<Profile> circleSeekers() {
    return em.createQuery(
            "select p from Profile p where p.circle = true and p.paused = false"
                + " and p.visibility <> :hidden order by p.id",
            Profile.class)
        .setParameter("hidden", Profile.Visibility.HIDDEN)
        .getResultList();
  }

  List<Profile> mentors() {
    return em.createQuery(
            "select p from Profile p where p.mentorCapacity > 0 and p.paused = false"
                + " order by p.id",
            Profile.class)
        .getResultList();
  }

  Optional<OpenRole> role(long id) {
    return Optional.ofNullable(em.find(OpenRole.class, id));
  }

  Map<Long, OpenRole> roles(Collection<Long> ids) {
    Map<Long, OpenRole> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (OpenRole r :
        em.createQuery("select r from OpenRole r where r.id in :ids", OpenRole.class)
            .setParameter("ids", ids)
            .getResultList()) {
      found.put(r.id, r);
    }
    return found;
  }

  List<OpenRole> rolesOf(String organisationSlug) {
    return em.createQuery(
            "select r from OpenRole r where r.organisationSlug = :slug and r.open = true"
                + " order by r.createdAt desc",
            OpenRole.class)
        .setParameter("slug", organisationSlug)
        .getResultList();
  }

  List<OpenRole> rolesPostedBy(long accountId) {
    return em.createQuery(
            "select r from OpenRole r where r.contactAccountId = :account order by r.id",
            OpenRole.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  Introduction introduction(long id) {
    Introduction found = em.find(Introduction.class, id);
    if (found == null) {
      throw new NotFoundException("There is no such introduction of yours.");
    }
    return found;
  }

  void lock(Profile profile) {
    em.lock(profile, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(profile);
  }

  Introduction lock(Introduction introduction) {
    em.lock(introduction, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(introduction);
    return introduction;
  }

  List<Introduction> introductionsOf(long accountId) {
    return em.createQuery(
            "select i from Introduction i where i.fromAccountId = :account"
                + " or i.toAccountId = :account order by i.createdAt desc",
            Introduction.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  long askedSince(long accountId, OffsetDateTime since) {
    return em.createQuery(
            "select count(i) from Introduction i where i.fromAccountId = :account"
                + " and i.createdAt >= :since",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Per account: requests to them still pending, made since {@code since}. */
  Map<Long, Integer> pendingTo(Collection<Long> accounts, OffsetDateTime since) {
    return countBy(
        "select i.toAccountId, count(i) from Introduction i where i.toAccountId in :ids"
            + " and i.status = :status and i.createdAt >= :since group by i.toAccountId",
        accounts,
        Introduction.Status.PENDING,
        since);
  }

  /** Per account: requests to them that lapsed unanswered since {@code since}. */
  Map<Long, Integer> lapsedTo(Collection<Long> accounts, OffsetDateTime since) {
    return countBy(
        "select i.toAccountId, count(i) from Introduction i where i.toAccountId in :ids"
            + " and i.status = :status and i.expiresAt >= :since group by i.toAccountId",
        accounts,
        Introduction.Status.LAPSED,
        since);
  }

  /** Per account: requests to them answered (yes or no) since {@code since}. */
  Map<Long, Integer> answeredBy(Collection<Long> accounts, OffsetDateTime since) {
    Map<Long, Integer> counts = new HashMap<>();
    if (accounts.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "select i.toAccountId, count(i) from Introduction i where i.toAccountId in :ids"
                    + " and i.answeredAt >= :since group by i.toAccountId",
                Object[].class)
            .setParameter("ids", accounts)
            .setParameter("since", since)
            .getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  private Map<Long, Integer> countBy(
      String jpql, Collection<Long> accounts, Introduction.Status status, OffsetDateTime since) {
    Map<Long, Integer> counts = new HashMap<>();
    if (accounts.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(jpql, Object[].class)
            .setParameter("ids", accounts)
            .setParameter("status", status)
            .setParameter("since", since)
            .getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return counts;
  }

  List<Long> dueReminders(OffsetDateTime remindBefore) {
    return em.createQuery(
            "select i.id from Introduction i where i.status = :pending and i.remindedAt is null"
                + " and i.createdAt <= :before",
            Long.class)
        .setParameter("pending", Introduction.Status.PENDING)
        .setParameter("before", remindBefore)
        .getResultList();
  }

  boolean takeReminder(long id, OffsetDateTime now) {
    return em.createQuery(
                "update Introduction i set i.remindedAt = :now where i.id = :id"
                    + " and i.remindedAt is null and i.status = :pending")
            .setParameter("now", now)
            .setParameter("id", id)
            .setParameter("pending", Introduction.Status.PENDING)
            .executeUpdate()
        == 1;
  }

  List<Long> lapsing(OffsetDateTime now) {
    return em.createQuery(
            "select i.id from Introduction i where i.status = :pending and i.expiresAt <= :now",
            Long.class)
        .setParameter("pending", Introduction.Status.PENDING)
        .setParameter("now", now)
        .getResultList();
  }

  // Blocks and hidden suggestions, in plain SQL: they are pairs, nothing more.

  /** Everyone this person blocked or was blocked by: neither sees the other. */
  Set<Long> blockedEitherWay(long accountId) {
    Set<Long> accounts = new HashSet<>();
    for (Object row :
        em.createNativeQuery(
                "select blocked_account_id from match_block where blocker_account_id = ?1"
                    + " union select blocker_account_id from match_block where blocked_account_id = ?1")
            .setParameter(1, accountId)
            .getResultList()) {
      accounts.add(((Number) row).longValue());
    }
    return accounts;
  }

  boolean block(long blocker, long blocked, OffsetDateTime now) {
    if (blockedEitherWay(blocker).contains(blocked)
        && !em.createNativeQuery(
                "select 1 from match_block where blocker_account_id = ?1 and blocked_account_id = ?2")
            .setParameter(1, blocker)
            .setParameter(2, blocked)
            .getResultList()
            .isEmpty()) {
      return false;
    }
    em.createNativeQuery(
            "insert into match_block (blocker_account_id, blocked_account_id, created_at)"
                + " values (?1, ?2, ?3)")
        .setParameter(1, blocker)
        .setParameter(2, blocked)
        .setParameter(3, now)
        .executeUpdate();
    return true;
  }

  /** Every block, as {blocker, blocked} account ids. */
  List<long[]> blocks() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select blocker_account_id, blocked_account_id from match_block")
            .getResultList();
    return rows.stream()
        .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()})
        .toList();
  }

  List<Long> blockedBy(long accountId) {
    List<Long> accounts = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select blocked_account_id from match_block where blocker_account_id = ?1")
            .setParameter(1, accountId)
            .getResultList()) {
      accounts.add(((Number) row).longValue());
    }
    return accounts;
  }

  Set<String> hiddenBy(long accountId) {
    Set<String> keys = new HashSet<>();
    for (Object row :
        em.createNativeQuery("select kind, target_id from match_hidden where account_id = ?1")
            .setParameter(1, accountId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      keys.add(MatchDocuments.key((String) r[0], ((Number) r[1]).longValue()));
    }
    return keys;
  }

  void hide(long accountId, String kind, long target, OffsetDateTime now) {
    if (hiddenBy(accountId).contains(MatchDocuments.key(kind, target))) {
      return;
    }
    em.createNativeQuery(
            "insert into match_hidden (account_id, kind, target_id, created_at)"
                + " values (?1, ?2, ?3, ?4)")
        .setParameter(1, accountId)
        .setParameter(2, kind)
        .setParameter(3, target)
        .setParameter(4, now)
        .executeUpdate();
  }
}
