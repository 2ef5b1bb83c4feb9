package coop.seedbed.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table as the sender sees it. Each method is its own short transaction, so that no
 * database transaction is open while an SMTP server is being talked to.
 */
@ApplicationScoped
class Outbox {

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  List<Long> dueIds(OffsetDateTime now, int limit) {
    return em.createQuery(
            "select m.id from OutboxMessage m"
                + " where m.status = :pending and m.nextAttemptAt <= :now order by m.nextAttemptAt",
            Long.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Takes a message for sending. The conditional update succeeds for exactly one instance, so two
   * instances polling the same table never both send it.
   */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<OutboxMessage> claim(long id, OffsetDateTime now, OffsetDateTime leaseUntil) {
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

  @Transactional(TxType.REQUIRES_NEW)
  void markSent(long id, String messageId, OffsetDateTime now) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    message.status = MailStatus.SENT;
    message.sentAt = now;
    message.messageId = messageId;
    message.claimedUntil = null;
    message.lastError = null;
  }

  /** Records a failed attempt: retried at {@code retryAt}, or given up on when that is empty. */
  @Transactional(TxType.REQUIRES_NEW)
  void markFailed(long id, String error, Optional<OffsetDateTime> retryAt) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    message.lastError = Mailer.truncate(error, OutboxMessage.ERROR_LENGTH);
    message.claimedUntil = null;
    if (retryAt.isPresent()) {
      message.status = MailStatus.PENDING;
      message.nextAttemptAt = retryAt.get();
    } else {
      message.status = MailStatus.FAILED;
    }
  }

  /**
   * Puts back messages whose sender died mid-send. This is the one way a mail can go out twice:
   * when an instance crashed after the SMTP server accepted it and before it was marked sent.
   */
  @Transactional(TxType.REQUIRES_NEW)
  int releaseExpiredClaims(OffsetDateTime now) {
    return em.createQuery(
            "update OutboxMessage m set m.status = :pending, m.claimedUntil = null"
                + " where m.status = :sending and m.claimedUntil < :now")
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("sending", MailStatus.SENDING)
        .setParameter("now", now)
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
