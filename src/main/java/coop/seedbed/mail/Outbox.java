package coop.seedbed.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox table as the sender sees it. Each method is its own short transaction, so that no
 * database transaction is open while an SMTP server is being talked to.
 */
@ApplicationScoped
class Outbox {

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "seedbed.db.datasource-class")
  String dataSourceClass;

  /**
   * Takes the next message due at {@code now} (the application's clock, which a test can move),
   * leased for {@code lease} by the database's clock, or nothing when none is due. On PostgreSQL
   * the row is picked with {@code FOR UPDATE SKIP LOCKED}, so instances polling at once each take a
   * different one without waiting on each other; the conditional update below is what makes a claim
   * exclusive on either database. The lease is counted on the database's clock because another
   * instance, whose own clock may run ahead, is what decides that it ran out.
   */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<OutboxMessage> claimNext(OffsetDateTime now, Duration lease) {
    List<?> due =
        em.createNativeQuery(
                "select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?1"
                    + " order by next_attempt_at limit 1"
                    + (dataSourceClass.startsWith("org.postgresql")
                        ? " for update skip locked"
                        : ""))
            .setParameter(1, now)
            .getResultList();
    if (due.isEmpty()) {
      return Optional.empty();
    }
    return claim(((Number) due.get(0)).longValue(), now, databaseNow().plus(lease));
  }

  /** The database's time now: the one clock every instance shares. */
  private OffsetDateTime databaseNow() {
    Object now = em.createNativeQuery("select current_timestamp").getSingleResult();
    if (now instanceof OffsetDateTime time) {
      return time;
    }
    if (now instanceof Timestamp time) {
      return time.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (now instanceof Instant time) {
      return time.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected database time " + now.getClass().getName());
  }

  /**
   * Takes a message for sending. The conditional update succeeds for exactly one instance, so two
   * instances polling the same table never both send it; the attempt count it raises is the claim's
   * mark, which every later change of the message checks.
   */
  private Optional<OutboxMessage> claim(long id, OffsetDateTime now, OffsetDateTime leaseUntil) {
    int claimed =
        em.createQuery(
                "update OutboxMessage m set m.status = :sending, m.claimedUntil = :lease,"
                    + " m.attempts = m.attempts + 1"
                    + " where m.id = :id and m.status = :pending and m.nextAttemptAt <= :now")
            .setParameter("sending", MailStatus.SENDING)
            .setParameter("lease", leaseUntil)
            .setParameter("id", id)
            .setParameter("pending", MailStatus.PENDING)
            .setParameter("now", now)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    OutboxMessage message = em.find(OutboxMessage.class, id);
    em.refresh(message);
    message.attachments.size();
    em.detach(message);
    return Optional.of(message);
  }

  /**
   * Records a delivery, if the claim of {@code attempt} still holds: false when the lease ran out
   * and the message was put back or taken by another claim meanwhile.
   */
  @Transactional(TxType.REQUIRES_NEW)
  boolean markSent(long id, int attempt, String messageId, OffsetDateTime now) {
    return em.createQuery(
                "update OutboxMessage m set m.status = :sent, m.sentAt = :now,"
                    + " m.messageId = :messageId, m.claimedUntil = null, m.lastError = null"
                    + " where m.id = :id and m.status = :sending and m.attempts = :attempt")
            .setParameter("sent", MailStatus.SENT)
            .setParameter("now", now)
            .setParameter("messageId", messageId)
            .setParameter("id", id)
            .setParameter("sending", MailStatus.SENDING)
            .setParameter("attempt", attempt)
            .executeUpdate()
        == 1;
  }

  /**
   * Records a failed attempt, if the claim of {@code attempt} still holds: retried at {@code
   * retryAt}, or given up on when that is empty.
   */
  @Transactional(TxType.REQUIRES_NEW)
  boolean markFailed(long id, int attempt, String error, Optional<OffsetDateTime> retryAt) {
    Query update =
        em.createQuery(
                "update OutboxMessage m set m.status = :status, m.lastError = :error,"
                    + (retryAt.isPresent() ? " m.nextAttemptAt = :retryAt," : "")
                    + " m.claimedUntil = null"
                    + " where m.id = :id and m.status = :sending and m.attempts = :attempt")
            .setParameter("status", retryAt.isPresent() ? MailStatus.PENDING : MailStatus.FAILED)
            .setParameter("error", Mailer.truncate(error, OutboxMessage.ERROR_LENGTH))
            .setParameter("id", id)
            .setParameter("sending", MailStatus.SENDING)
            .setParameter("attempt", attempt);
    retryAt.ifPresent(at -> update.setParameter("retryAt", at));
    return update.executeUpdate() == 1;
  }

  /**
   * Puts back messages whose sender died mid-send, judged by the database's clock, as their leases
   * were given. This is the one way a mail can go out twice: when an instance crashed after the
   * SMTP server accepted it and before it was marked sent.
   */
  @Transactional(TxType.REQUIRES_NEW)
  int releaseExpiredClaims() {
    return em.createQuery(
            "update OutboxMessage m set m.status = :pending, m.claimedUntil = null"
                + " where m.status = :sending and m.claimedUntil < CURRENT_TIMESTAMP")
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("sending", MailStatus.SENDING)
        .executeUpdate();
  }

  /**
   * Forgets the content of mail sent long ago: it holds addresses and links nobody needs any more.
   */
  @Transactional(TxType.REQUIRES_NEW)
  int purgeSentBefore(OffsetDateTime cutoff) {
    List<OutboxMessage> old =
        em.createQuery(
                "select m from OutboxMessage m where m.status = :sent and m.sentAt < :cutoff",
                OutboxMessage.class)
            .setParameter("sent", MailStatus.SENT)
            .setParameter("cutoff", cutoff)
            .setMaxResults(500)
            .getResultList();
    old.forEach(em::remove);
    return old.size();
  }

  @Transactional(TxType.REQUIRES_NEW)
  long countByStatus(MailStatus status) {
    return em.createQuery(
            "select count(m) from OutboxMessage m where m.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }
}
