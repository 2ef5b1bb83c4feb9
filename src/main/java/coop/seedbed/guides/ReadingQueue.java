package coop.seedbed.guides;

import coop.seedbed.search.SearchableChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The queue of documents waiting for their text to be read, as {@link DocumentReader} takes from
 * it: one claim at a time, so two readers on two instances never read the same document.
 */
@ApplicationScoped
class ReadingQueue {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<SearchableChanged> changed;
  @Inject DocumentFiles files;

  @Inject
  @ConfigProperty(name = "seedbed.documents.read-timeout")
  Duration readTimeout;

  /** Fired after a file is stored, so a reader takes it at once rather than at its next look. */
  public record DocumentStored(long id) {}

  /** What a reader needs of a document it has claimed. */
  record Claimed(long id, int attempt, String mediaType, byte[] bytes) {}

  /**
   * Takes the oldest waiting document, or one whose reader stopped (a restart mid-read), marking it
   * as being read, so two readers on two instances never read the same one.
   */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<Claimed> claimNext() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime stale = now.minus(readTimeout.multipliedBy(3));
    List<LegalDocument> candidates =
        em.createQuery(
                "select d from LegalDocument d where d.status = :waiting"
                    + " or (d.status = :reading and d.claimedAt < :stale) order by d.updatedAt",
                LegalDocument.class)
            .setParameter("waiting", LegalDocument.Status.WAITING)
            .setParameter("reading", LegalDocument.Status.READING)
            .setParameter("stale", stale)
            .setMaxResults(1)
            .getResultList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    LegalDocument doc = candidates.get(0);
    em.lock(doc, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    doc.status = LegalDocument.Status.READING;
    doc.claimedAt = now;
    doc.attempts++;
    em.flush();
    return Optional.of(new Claimed(doc.id, doc.attempts, doc.mediaType, files.bytes(doc.id)));
  }

  /** Stores what reading gave, unless the document changed meanwhile (a new file, a delete). */
  @Transactional(TxType.REQUIRES_NEW)
  void finish(long id, int attempts, TextExtractor.Extraction result) {
    LegalDocument doc = em.find(LegalDocument.class, id);
    if (doc == null || doc.status != LegalDocument.Status.READING || doc.attempts != attempts) {
      return;
    }
    em.createNativeQuery("delete from legal_document_text where document_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    if (result.outcome() == TextExtractor.Outcome.READ) {
      em.createNativeQuery("insert into legal_document_text (document_id, body) values (?1, ?2)")
          .setParameter(1, id)
          .setParameter(2, result.text())
          .executeUpdate();
      doc.status = LegalDocument.Status.READY;
      doc.textChars = result.text().length();
    } else {
      doc.status = LegalDocument.Status.FAILED;
      doc.textChars = null;
    }
    doc.reason = result.reason();
    doc.claimedAt = null;
    doc.updatedAt = OffsetDateTime.now(clock);
    changed.fire(SearchableChanged.of(DocumentSearchSource.TYPE, id));
  }
}
