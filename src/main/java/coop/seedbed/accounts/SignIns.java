package coop.seedbed.accounts;

import coop.seedbed.shared.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Signed-in web sessions in the database (see V13__signed_in_sessions.sql), so that any instance
 * can take over a session whose instance has stopped. Each method is its own short transaction.
 */
@ApplicationScoped
class SignIns {

  /** As long as a session lasts without a request: web.xml's session-timeout. */
  static final Duration IDLE = Duration.ofMinutes(120);

  /** How stale the last-seen time may get before a request writes it again. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(TxType.REQUIRES_NEW)
  void record(String sessionId, long accountId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    // Sessions idle past their time go whenever someone signs in; no loop is needed for them.
    em.createNativeQuery("delete from signed_in where last_seen_at < ?1")
        .setParameter(1, now.minus(IDLE))
        .executeUpdate();
    em.createNativeQuery(
            "insert into signed_in (session_hash, account_id, last_seen_at) values (?1, ?2, ?3)")
        .setParameter(1, Tokens.hash(sessionId))
        .setParameter(2, accountId)
        .setParameter(3, now)
        .executeUpdate();
  }

  /** The account signed in under a session no instance holds now, if it was seen recently. */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<Long> accountOf(String sessionId) {
    List<?> found =
        em.createNativeQuery(
                "select account_id from signed_in where session_hash = ?1 and last_seen_at >= ?2")
            .setParameter(1, Tokens.hash(sessionId))
            .setParameter(2, OffsetDateTime.now(clock).minus(IDLE))
            .getResultList();
    return found.isEmpty() ? Optional.empty() : Optional.of(((Number) found.get(0)).longValue());
  }

  @Transactional(TxType.REQUIRES_NEW)
  void touch(String sessionId) {
    em.createNativeQuery("update signed_in set last_seen_at = ?1 where session_hash = ?2")
        .setParameter(1, OffsetDateTime.now(clock))
        .setParameter(2, Tokens.hash(sessionId))
        .executeUpdate();
  }

  @Transactional(TxType.REQUIRES_NEW)
  void forget(String sessionId) {
    em.createNativeQuery("delete from signed_in where session_hash = ?1")
        .setParameter(1, Tokens.hash(sessionId))
        .executeUpdate();
  }
}
